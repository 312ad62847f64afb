"""A fake Telegram Bot API so tests and benchmarks never reach Telegram."""

from tests.fakes.bot_api import TEST_TOKEN, FakeBotApi
from tests.fakes.http_server import FakeBotApiServer
from tests.fakes.records import ApiCall, SentMessage
from tests.fakes.threaded import ThreadedFakeBotApi
from tests.fakes.transport import FakeRequest
from tests.fakes.updates import TelegramUser, UpdateFactory, to_update

__all__ = [
    "TEST_TOKEN",
    "ApiCall",
    "FakeBotApi",
    "FakeBotApiServer",
    "FakeRequest",
    "SentMessage",
    "TelegramUser",
    "ThreadedFakeBotApi",
    "UpdateFactory",
    "to_update",
]
