"""Settings from the environment (or .env); the only place that reads os.environ."""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/backcoach.sqlite3"
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,64}$")
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,256}$")
HEALTH_PATH = "/healthz"


class Settings(BaseSettings):
    """Everything the bot can be configured with."""

    # An empty variable (as in .env.example) means "use the default".
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    telegram_bot_token: SecretStr
    database_url: str = DEFAULT_DATABASE_URL
    telegram_api_base_url: str = "https://api.telegram.org"
    log_level: str = "INFO"
    content_dir: Path | None = None
    media_cache_dir: Path = Path("data/media")
    demos_enabled: bool = True
    timer_tick_seconds: float = Field(default=5.0, gt=0)
    nudge_tick_seconds: float = Field(default=30.0, gt=0)
    nudge_max_late_minutes: int = Field(default=60, ge=0)
    # Users one claim leases at a time: small, so that replicas share a fan-out.
    nudge_batch_size: int = Field(default=50, ge=1, le=5000)
    # Messages per second overall (Telegram's free limit is 30); 0 lifts every limit (benchmarks).
    rate_limit_per_second: float = Field(default=30.0, ge=0)
    # Telegram user ids allowed to use /stats, comma-separated.
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    # How long a claim is this replica's; unsent claims then go back to the pool (>= a chunk's
    # send time, about NUDGE_BATCH_SIZE / RATE_LIMIT_PER_SECOND).
    nudge_lease_seconds: float = Field(default=120.0, gt=0)
    # Nudges as Telegram paid broadcasts (allow_paid_broadcast; the bot must be eligible and pays
    # Stars beyond 30 messages/s), at up to PAID_BROADCAST_PER_SECOND.
    paid_broadcast: bool = False
    paid_broadcast_per_second: float = Field(default=1000.0, gt=0, le=1000)
    # Webhook mode when set (the public HTTPS URL Telegram posts to); polling otherwise.
    webhook_url: str | None = None
    # Checked on every webhook request; derived from the bot token when not given.
    webhook_secret_token: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"  # a container listens on all its interfaces
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_max_connections: int = Field(default=40, ge=1, le=100)
    # GET /healthz in polling mode (webhook mode serves it on WEBHOOK_PORT).
    health_port: int | None = Field(default=None, ge=1, le=65535)

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_looks_like_a_bot_token(cls, value: SecretStr) -> SecretStr:
        """Fail at start with a clear message instead of a 401 later."""
        if not TOKEN_PATTERN.fullmatch(value.get_secret_value().strip()):
            raise ValueError("TELEGRAM_BOT_TOKEN does not look like a bot token (123456:ABC...)")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("telegram_api_base_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        """Accept the root with or without a trailing slash."""
        return value.rstrip("/")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: object) -> object:
        """ADMIN_IDS=1,2,3 rather than JSON."""
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        return value

    @field_validator("webhook_url")
    @classmethod
    def _https_webhook(cls, value: str | None) -> str | None:
        """Telegram only posts to HTTPS; an empty value means polling."""
        if value is None or not value.strip():
            return None
        parsed = urlsplit(value.strip())
        if parsed.scheme != "https" or not parsed.hostname:
            raise ValueError("WEBHOOK_URL must be an https:// URL, e.g. https://bot.example.com/tg")
        if parsed.path.rstrip("/") == HEALTH_PATH:
            raise ValueError(f"WEBHOOK_URL's path must not be {HEALTH_PATH}")
        return value.strip()

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_charset(cls, value: SecretStr | None) -> SecretStr | None:
        """Telegram accepts A-Z, a-z, 0-9, _ and -; 16 or more, so it is a secret worth the name."""
        if value is None or not value.get_secret_value():
            return None
        if not SECRET_PATTERN.fullmatch(value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET_TOKEN must be 16-256 of A-Z a-z 0-9 _ -")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        """Reject typos early rather than silently logging at the wrong level."""
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @property
    def webhook_path(self) -> str:
        """The path the load balancer forwards, taken from WEBHOOK_URL."""
        return urlsplit(self.webhook_url or "").path or "/"

    @property
    def webhook_secret(self) -> str:
        """The configured secret, or one every replica derives alike from the shared token."""
        if self.webhook_secret_token is not None:
            return self.webhook_secret_token.get_secret_value()
        token = self.telegram_bot_token.get_secret_value().encode()
        return hmac.new(token, b"backcoach-webhook", hashlib.sha256).hexdigest()

    @property
    def bot_api_url(self) -> str:
        """Root for API calls: PTB appends the token and method."""
        return f"{self.telegram_api_base_url}/bot"

    @property
    def bot_file_url(self) -> str:
        """Root for file downloads, as served by Telegram's local Bot API server."""
        return f"{self.telegram_api_base_url}/file/bot"


def describe_settings_error(error: ValidationError) -> str:
    """One line naming the bad settings, never their values (the token is secret)."""
    problems = []
    for item in error.errors():
        name = ".".join(str(part) for part in item["loc"]).upper() or "settings"
        reason = (
            "is missing" if item["type"] == "missing" else item["msg"].removeprefix("Value error, ")
        )
        problems.append(f"{name} {reason}")
    return "; ".join(problems)
