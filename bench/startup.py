"""Start-up time and memory of `python -m bot` with 1k, 100k and 1M users in the database.

Run: .venv/bin/python -m bench.startup [--users 1000 100000 1000000] [--backends sqlite postgres]
     .venv/bin/python -m bench.startup --languages   (English only vs four languages, issue 18)
Ready means the updater is about to poll (migrations done, commands set, deleteWebhook sent).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import database_urls, due_query_ms, print_table
from bot.content import default_content_directory
from bot.content.loader import LANGUAGES_DIR
from tests.i18n.marked import marked_content
from tests.support.fakes import TEST_TOKEN, ThreadedFakeBotApi
from tests.support.seeding import fresh_schema, seed_users

# Everybody is due tomorrow, so start-up sends nothing and only the start itself is measured.
TOMORROW = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
REPO_ROOT = Path(__file__).resolve().parents[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_bot(url: str, workdir: Path, content: Path | None = None) -> tuple[float, float]:
    """Seconds until the bot polls, and its RSS then; `content`: another content directory."""
    with ThreadedFakeBotApi() as server:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
            "DATABASE_URL": url,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "LOG_LEVEL": "WARNING",
            **({"CONTENT_DIR": str(content)} if content is not None else {}),
        }
        started = time.perf_counter()
        with (workdir / "bot.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "bot"], cwd=REPO_ROOT, env=env, stdout=log, stderr=log
            )
        try:
            # The fake records a long-poll getUpdates only when it returns; deleteWebhook is the
            # updater's last call before polling starts.
            ready = server.wait_for(
                lambda calls: any(c.method == "deleteWebhook" for c in calls), 120
            )
            elapsed = time.perf_counter() - started
            memory = rss_mb(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)
        if not ready:
            raise RuntimeError((workdir / "bot.log").read_text()[-2000:])
        return elapsed, memory


async def main() -> None:
    """Seed each size, then start the real process and read its numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument(
        "--languages", action="store_true", help="English only vs four languages (issue 18)"
    )
    args = parser.parse_args()
    if args.languages:
        await compare_languages()
        return
    with tempfile.TemporaryDirectory() as workdir:
        for backend, url in database_urls(Path(workdir), args.backends).items():
            rows = []
            for users in args.users:
                engine = await fresh_schema(url)
                seeding = time.perf_counter()
                await seed_users(engine, users, TOMORROW)
                await engine.dispose()
                seeded = time.perf_counter() - seeding
                query_ms = await due_query_ms(url, datetime.now(UTC))
                elapsed, memory = await asyncio.to_thread(start_bot, url, Path(workdir))
                rows.append(
                    [
                        f"{users:,}",
                        f"{seeded:.0f}",
                        f"{query_ms:.2f}",
                        f"{elapsed:.2f}",
                        f"{memory:.0f}",
                    ]
                )
            print_table(
                f"Start-up of python -m bot on {backend}",
                ["users", "seed s", "due query ms", "start-up s", "bot RSS MB"],
                rows,
            )


async def compare_languages(runs: int = 3) -> None:
    """Start-up with English only and with English, Spanish, German and Russian, alternating.

    Languages not in content/languages yet are stood in for by a marked English copy of the
    same size (tests/i18n/marked.py), so the numbers hold before the translations are merged.
    """
    with tempfile.TemporaryDirectory() as name:
        workdir = Path(name)
        english, four = language_contents(workdir)
        url = f"sqlite+aiosqlite:///{workdir / 'languages.sqlite3'}"
        engine = await fresh_schema(url)
        await seed_users(engine, 1_000, TOMORROW)
        await engine.dispose()
        results: dict[str, list[tuple[float, float]]] = {"English only": [], "four languages": []}
        for _ in range(runs):
            for label, content in (("English only", english), ("four languages", four)):
                results[label].append(await asyncio.to_thread(start_bot, url, workdir, content))
        rows = [
            [label, f"{min(t for t, _ in found):.2f}", f"{max(m for _, m in found):.0f}"]
            for label, found in results.items()
        ]
        print_table(
            f"Start-up of python -m bot, 1,000 users on SQLite, best of {runs}",
            ["content", "start-up s", "bot RSS MB"],
            rows,
        )


def language_contents(workdir: Path) -> tuple[Path, Path]:
    """An English-only copy of content/ and one with es, de and ru (real or stood in for)."""
    real = default_content_directory()
    english = workdir / "english" / "content"
    shutil.copytree(real, english, ignore=shutil.ignore_patterns(LANGUAGES_DIR))
    four = workdir / "four" / "content"
    shutil.copytree(real, four)
    for code in ("es", "de", "ru"):
        if not (four / LANGUAGES_DIR / code).is_dir():
            marked = marked_content(workdir / f"marked-{code}", code, code.upper())
            shutil.copytree(marked / LANGUAGES_DIR / code, four / LANGUAGES_DIR / code)
    return english, four


if __name__ == "__main__":
    asyncio.run(main())
