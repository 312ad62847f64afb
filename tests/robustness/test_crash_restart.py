"""SIGKILL `python -m bot` again and again during routines: every walk still completes, intact.

Several people walk the full routine in parallel over HTTP against the fake Bot API while the
bot process is killed (SIGKILL, no clean shutdown) every second or so and restarted on the same
SQLite file. Whenever a reply does not come, the person does what a real one would: sends
/routine, which resumes, and carries on. At the end the database must hold exactly the sessions
the people saw, each completed with one result per position and the ratings they gave, and
every rating the bot acknowledged (by showing the next prompt) must be there.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db.models import ExerciseResult, PainRating, RoutineSession
from tests.e2e.process import bot_environment, bot_process
from tests.robustness.support import Prompt, newest_prompt
from tests.support.dbcheck import fetch_all
from tests.support.fakes import TelegramUser, ThreadedFakeBotApi, UpdateFactory
from tests.support.flows import onboard
from tests.support.harness import running_bot

pytestmark = pytest.mark.e2e

USER_IDS = (9301, 9302, 9303, 9304)
KILLS = int(os.environ.get("CRASH_KILLS", "20"))
# How long a person waits for a reply from a running bot before sending /routine to resume.
PATIENCE_SECONDS = 0.6
# Each Bot API call takes this long, so kills often land between a commit and its reply.
API_LATENCY_SECONDS = 0.03
WALK_DEADLINE_SECONDS = 90.0


@dataclass
class Walk:
    """One routine from /routine to the summary, as one person experienced it."""

    before: int
    after: int
    sessions: list[int] = field(default_factory=list)
    summaries_seen: set[int] = field(default_factory=set)
    acknowledged: dict[tuple[int, str], int] = field(default_factory=dict)
    resumes: int = 0
    done: bool = False


class BotUnderFire:
    """Whether the bot is up right now, shared by the killer and the walkers."""

    def __init__(self) -> None:
        self.up = threading.Event()
        self.stop_new_walks = threading.Event()


class Walker(threading.Thread):
    """A person who walks routines one after the other, resuming with /routine when needed."""

    def __init__(
        self,
        server: ThreadedFakeBotApi,
        person: TelegramUser,
        seed: int,
        bot: BotUnderFire,
        *,
        before_press: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(name=f"walker-{person.user_id}", daemon=True)
        self.server = server
        self.person = person
        self.bot = bot
        self.before_press = before_press
        self.presses = 0
        self.random = random.Random(seed)
        self.walks: list[Walk] = []
        self.failure: BaseException | None = None

    def run(self) -> None:
        """Walk until told to stop starting new walks (at least once), then finish the last."""
        try:
            while not self.walks or not self.bot.stop_new_walks.is_set():
                self.walk()
        except BaseException as error:  # reported by the test thread
            self.failure = error

    def walk(self) -> None:
        """/routine, a score, Done ×7, a score; resume with /routine whenever a reply is lost."""
        # Ratings that never call for safety advice (which would re-screen the next walk).
        before = self.random.randint(1, 6)
        walk = Walk(before=before, after=before - 1)
        self.walks.append(walk)
        deadline = time.monotonic() + WALK_DEADLINE_SECONDS
        seen, pressed = self.newest_message_id(), None
        self.send(self.person.command("/routine"))
        while time.monotonic() < deadline:
            prompt = self.next_prompt(after=seen, not_again=pressed)
            if prompt is None:
                walk.resumes += 1
                seen, pressed = self.newest_message_id(), None
                self.send(self.person.command("/routine"))
                continue
            if prompt.identity is None:
                if walk.sessions:
                    walk.summaries_seen.add(walk.sessions[-1])
                    walk.acknowledged[(walk.sessions[-1], "after")] = walk.after
                walk.done = True
                return
            session_id, version = prompt.identity
            if session_id not in walk.sessions:
                walk.sessions.append(session_id)
            if not prompt.pain or version > 0:
                walk.acknowledged[(session_id, "before")] = walk.before
            if prompt.pain:
                score = walk.before if version == 0 else walk.after
                data = f"p:{session_id}:{version}:{score}"
            else:
                data = f"r:{session_id}:{version}:done"
            self.presses += 1
            if self.before_press is not None:
                self.before_press(self.presses)
            self.send(self.person.press(data, prompt.message_id))
            seen, pressed = prompt.message_id, prompt.identity
        raise AssertionError(f"user {self.person.user_id}: walk {len(self.walks)} never finished")

    def send(self, update: dict[str, object]) -> None:
        """Queue an update; if the bot is down, Telegram keeps it until the bot polls again.

        The id is given on queueing, as Telegram does: walkers are threads, and ids taken when
        updates are built could reach the queue out of order.
        """
        self.server.queue_update(
            {key: value for key, value in update.items() if key != "update_id"}
        )

    def newest_message_id(self) -> int:
        """The id of the newest message in the chat (0 for none)."""
        messages = self.server.api.messages_to(self.person.chat_id)
        return messages[-1].message_id if messages else 0

    def next_prompt(self, *, after: int, not_again: tuple[int, int] | None) -> Prompt | None:
        """The newest prompt sent after `after` that asks something new; None when none comes."""
        waited = 0.0  # only time while the bot runs counts: a dead bot cannot answer
        while waited < PATIENCE_SECONDS:
            if not self.bot.up.is_set():
                self.bot.up.wait(timeout=30)
                continue
            prompt = newest_prompt(self.server.api, self.person.chat_id)
            if prompt is not None and prompt.message_id > after and prompt.identity != not_again:
                return prompt
            time.sleep(0.02)
            waited += 0.02
        return None


async def onboard_everyone(database_url: str) -> None:
    """Create the people in-process (fast): no red flags, ratings stored, no reminders."""
    async with running_bot(database_url) as bot:
        for user_id in USER_IDS:
            await onboard(bot, bot.person(user_id), zone="UTC", remind="off")


def ready_count(server: ThreadedFakeBotApi) -> int:
    """How many times a bot process finished starting (it registers its commands last: the
    default menu, then one per translated language)."""
    menus = server.api.calls_of("setMyCommands")
    return sum(1 for call in menus if not call.params.get("language_code"))


@contextmanager
def start_bot(
    server: ThreadedFakeBotApi, env: dict[str, str], log_path: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """`python -m bot`, handed over once it polls (registering its commands is the last step)."""
    started = ready_count(server)
    with bot_process(env, log_path) as process:
        if not server.wait_for(lambda _calls: ready_count(server) > started, timeout=30):
            raise AssertionError(f"the bot did not start:\n{log_path.read_text()}")
        yield process


def keep_killing(
    server: ThreadedFakeBotApi, env: dict[str, str], logs: Path, bot: BotUnderFire
) -> None:
    """Start the bot and SIGKILL it after a random 0.2–1.0 s, KILLS times over."""
    chance = random.Random(2026)
    for round_number in range(KILLS):
        with start_bot(server, env, logs / f"bot-{round_number}.log") as process:
            bot.up.set()
            time.sleep(chance.uniform(0.2, 1.0))
            bot.up.clear()
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)


def test_a_bot_killed_20_times_mid_routine_loses_and_doubles_nothing(tmp_path: Path) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'crash.sqlite3'}"
    asyncio.run(onboard_everyone(database_url))
    media = Path(tempfile.gettempdir()) / "backcoach-test-media"
    bot = BotUnderFire()
    with ThreadedFakeBotApi() as server:
        server.api.set_latency(API_LATENCY_SECONDS)
        env = bot_environment(
            server.base_url, database_url, LOG_LEVEL="INFO", MEDIA_CACHE_DIR=str(media)
        )
        factory = UpdateFactory()
        walkers = [
            Walker(server, factory.user(user_id, f"W{user_id}"), user_id, bot)
            for user_id in USER_IDS
        ]
        for walker in walkers:
            walker.start()
        keep_killing(server, env, tmp_path, bot)
        with start_bot(server, env, tmp_path / "bot-last.log"):
            bot.up.set()
            bot.stop_new_walks.set()
            for walker in walkers:
                walker.join(timeout=WALK_DEADLINE_SECONDS)
    for walker in walkers:
        assert walker.failure is None, walker.failure
        assert not walker.is_alive(), f"{walker.name} is still walking"
    # The kills really cut walks short: people had to send /routine to get going again.
    assert sum(walk.resumes for walker in walkers for walk in walker.walks) >= KILLS // 4
    for log_path in sorted(tmp_path.glob("bot-*.log")):
        log = log_path.read_text()
        assert "level=ERROR" not in log, log
        assert "Traceback" not in log, log
    for walker in walkers:
        asyncio.run(check_walks(database_url, walker))


async def check_walks(database_url: str, walker: Walker) -> None:
    """The database holds exactly what the person saw, each session complete and intact."""
    user_id = walker.person.user_id
    assert walker.walks
    assert all(walk.done for walk in walker.walks)
    sessions = {s.id: s for s in await fetch_all(database_url, RoutineSession, user_id=user_id)}
    seen = [session_id for walk in walker.walks for session_id in walk.sessions]
    assert sorted(seen) == sorted(sessions), "sessions the person never saw, or seen twice"
    ratings = {
        (r.session_id, r.kind): r.score
        for r in await fetch_all(database_url, PainRating, user_id=user_id)
    }
    for walk in walker.walks:
        for key, score in walk.acknowledged.items():
            assert ratings.get(key) == score, f"acknowledged rating {key}={score} is missing"
        # A walk has one session, unless its summary was lost in a crash: then /routine
        # legitimately started a new one, and the earlier session is complete.
        for session_id in walk.sessions:
            session = sessions[session_id]
            assert session.status == "completed"
            assert (ratings.get((session_id, "before")), ratings.get((session_id, "after"))) == (
                walk.before,
                walk.after,
            )
            results = await fetch_all(database_url, ExerciseResult, session_id=session_id)
            assert sorted(r.position for r in results) == list(range(session.total))
            assert all(r.outcome == "done" for r in results)
        for session_id in walk.sessions[:-1]:
            assert session_id not in walk.summaries_seen
