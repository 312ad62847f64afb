"""Fixtures: a fresh fake per test, reached through a real telegram.Bot in process or over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from tests.support.fakes import TEST_TOKEN, FakeBotApi, FakeBotApiServer, FakeRequest, TelegramUser
from tests.support.fakes.updates import UpdateFactory


@pytest.fixture
def api() -> FakeBotApi:
    """A fresh fake Telegram."""
    return FakeBotApi()


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    """A real PTB Bot whose transport is the in-process fake."""
    async with Bot(TEST_TOKEN, request=FakeRequest(api), get_updates_request=FakeRequest(api)) as b:
        yield b


@pytest.fixture
async def server(api: FakeBotApi) -> AsyncIterator[FakeBotApiServer]:
    """The fake served over HTTP on a free localhost port."""
    async with FakeBotApiServer(api) as running:
        yield running


@pytest.fixture
async def http_bot(server: FakeBotApiServer) -> AsyncIterator[Bot]:
    """A real PTB Bot with its default httpx transport, pointed at the fake server."""
    root = server.base_url
    async with Bot(TEST_TOKEN, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot") as b:
        yield b


@pytest.fixture
def alice() -> TelegramUser:
    """A simulated user with her own update-id counter."""
    return UpdateFactory().user(1001, "Alice")
