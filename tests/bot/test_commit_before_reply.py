"""What the bot tells the user is already durable: the reply is sent only after the commit."""

from __future__ import annotations

from typing import Any

from tests.support.dbcheck import ratings_of, sessions_of
from tests.support.fakes import FakeBotApi
from tests.support.flows import start_walk
from tests.support.harness import running_bot


class CheckingBotApi(FakeBotApi):
    """Before answering each sendMessage, reads the database through a separate connection."""

    def __init__(self, database_url: str) -> None:
        super().__init__()
        self.database_url = database_url
        self.observed: list[tuple[str, list[tuple[str, int]], int]] = []

    async def request(self, method: str, params: Any, *args: Any, **kwargs: Any) -> Any:
        """Record what another connection can already see when the bot speaks."""
        if method in ("sendMessage", "sendAnimation") and int(params.get("chat_id", 0)) == 6001:
            ratings = [(r.kind, r.score) for r in await ratings_of(self.database_url, 6001)]
            sessions = await sessions_of(self.database_url, 6001)
            step = sessions[0].step if sessions else -1
            shown = params.get("text") or params.get("caption") or ""
            self.observed.append((str(shown)[:40], ratings, step))
        return await super().request(method, params, *args, **kwargs)


async def test_each_reply_follows_the_commit_of_what_it_describes(database_url: str) -> None:
    api = CheckingBotApi(database_url)
    async with running_bot(database_url, api=api) as bot:
        ada = bot.person(6001)
        await start_walk(bot, ada, 6)
        await bot.tap(ada, "✅ Done")
    first_exercise = next(o for o in api.observed if "Lat Pulldown" in o[0])
    second_exercise = next(o for o in api.observed if "Wall Angels" in o[0])
    assert first_exercise[1:] == ([("before", 6)], 0)
    assert second_exercise[1:] == ([("before", 6)], 1)
