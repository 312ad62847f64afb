"""A fake Telegram Bot API so tests and benchmarks never reach Telegram."""

from tests.support.fakes.bot_api import TEST_TOKEN, FakeBotApi
from tests.support.fakes.http_server import FakeBotApiServer
from tests.support.fakes.records import ApiCall, SentMessage
from tests.support.fakes.threaded import ThreadedFakeBotApi
from tests.support.fakes.transport import FakeRequest
from tests.support.fakes.updates import TelegramUser, UpdateFactory, to_update

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
