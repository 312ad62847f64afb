"""Random updates from several people, through the real Application, never break the bot.

A Hypothesis state machine plays 2–4 people who send commands, numbers, free text, stickers,
photos and edits, press the buttons they are shown, re-press old ones and forge callback data,
while the clock jumps ahead by minutes to days and the nudge tick runs now and then. After every
single update it checks that nothing was logged as an error, every button press was answered
exactly once, nobody got a reply meant for someone else, the stored data obeys its rules
(pain 0–10, one active session, one result per position, ...) and the cached streak equals the
streak recomputed from the sessions.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy.ext.asyncio import create_async_engine

from bot.content import TextKey
from tests.conftest import POSTGRES_URL_ENV, postgres_url, reset_postgres
from tests.robustness.support import (
    ErrorLog,
    Snapshot,
    StreakModel,
    read_snapshot,
    storage_problems,
)
from tests.support.fakes import ApiCall, TelegramUser
from tests.support.fakes.state import DEFAULT_BOT_USERNAME
from tests.support.harness import FakeClock, running_bot

T = TypeVar("T")
Json = dict[str, object]
UrlMaker = Callable[[], Awaitable[str]]

USER_IDS = (7101, 7102, 7103, 7104)
WHO = st.integers(0, len(USER_IDS) - 1)
COMMANDS = (
    "/start",
    "/routine",
    "/quick",
    "/cancel",
    "/help",
    "/settings",
    "/pause",
    "/pause 2",
    "/pause 0",
    "/pause 400",
    "/pause ٣",
    "/resume",
    "/unknown",
    "/stats",
    "/timezone",
    "/remind",
    f"/routine@{DEFAULT_BOT_USERNAME}",
    "/routine@SomeOtherBot",
    "/start deep-link-payload",
)
ZONES = (
    "Europe/Berlin",
    "UTC",
    "utc",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Australia/Lord_Howe",
    "america/new york",
    "Mars/Olympus",
    "../../etc/passwd",
    "Europe/Berlin extra",
    "🙂",
    "x" * 300,
)
TIMES = (
    "08:30",
    "8:30",
    "7.30",
    "00:00",
    "23:59",
    "24:00",
    "12:60",
    "0730",
    "off",
    "on",
    "weekdays",
    "daily",
    "none",
    "٠٨:٣٠",
    "８:３０",
)
TEXTS = st.one_of(
    st.sampled_from(
        ["0", "5", "10", "11", "-1", "7.5", " 7 ", "７", "😀", "5" * 5000, "Europe/Berlin", "08:30"]
    ),
    st.text(min_size=1, max_size=40),
)


KNOWN_ROUTINES = frozenset({"full", "quick"})
FORGED = st.one_of(
    st.sampled_from(
        [
            "",
            "x" * 80,
            "r:1:1:done" + "0" * 60,
            "r:abc:1:done",
            "r:1:1:done:extra",
            "R:1:1:DONE",
            "r:01:1:done",
            "r:0:0:done",
            "p:1:1:11",
            "p:1:1:-1",
            "p:999999999999999999:0:5",
            "t:1:1",
            "s:0:y",
            "sc:ffff:ok",
            "sc:0001:15",
            "sc:0000:16",
            "ok",
            "ul:1",
            "ul:no",
            "pz",
            "c:y",
            "tz:Mars/Olympus",
            "tz:../../etc",
            "rm:2400",
            "rm:0960",
            "set:xx",
            "go:quick",
            "snz:20261301",
            "skp:20260231",
            "skp:20261124",
            "zz:1",
            "🙂" * 20,
        ]
    ),
    st.text(max_size=100),
)
MOVES = st.one_of(
    st.just("done"),
    st.just("done"),
    st.sampled_from(["skip", "hurts", "stop", "mild", "strong", "sharp", "urgent", "timer"]),
    st.integers(0, 10),
)
DELTAS = st.one_of(
    st.integers(1, 180).map(lambda n: timedelta(minutes=n)),
    st.integers(1, 36).map(lambda n: timedelta(hours=n)),
    st.integers(1, 5).map(lambda n: timedelta(days=n)),
)


@dataclass(frozen=True)
class Onboarding:
    """How one person answers onboarding: consent, which zone and time buttons, a red flag."""

    consent: bool
    zone: int
    remind: int
    red_flag: int | None

    def choice(self, data: list[str]) -> str | None:
        """The button to press, or None when onboarding is not asking anything."""
        for prefix, pick in (("tz:", self.zone), ("gl:", self.remind), ("rm:", self.remind)):
            options = [d for d in data if d.startswith(prefix)]
            if options:
                return options[pick % len(options)]
        if "c:y" in data:
            return "c:y" if self.consent else "c:n"
        ticked = [d for d in data if re.fullmatch(r"sc:[0-9a-f]{4}:ok", d) and d != "sc:0000:ok"]
        if ticked:
            return ticked[0]
        if "sc:0000:ok" in data:
            return "sc:0000:ok" if self.red_flag is None else f"sc:0000:{self.red_flag}"
        return "ok" if "ok" in data else None


ONBOARDING = st.builds(
    Onboarding,
    consent=st.booleans(),
    zone=st.integers(0, 20),
    remind=st.integers(0, 20),
    red_flag=st.one_of(st.none(), st.none(), st.none(), st.integers(0, 12)),
)


def brief(update: Json) -> str:
    """A short description of an update for failure messages."""
    if isinstance(query := update.get("callback_query"), dict):
        return f"press {str(query.get('data'))[:70]!r} by {query['from']}"
    for kind in ("message", "edited_message"):
        if isinstance(message := update.get(kind), dict):
            shown = {k: v for k, v in message.items() if k in ("text", "sticker", "photo")}
            return f"{kind} {str(shown)[:70]} from {message['chat']}"
    return str(update)[:100]


def unblocked(person: TelegramUser) -> Json:
    """The my_chat_member update for unblocking the bot.

    TelegramUser.my_chat_member_restored() leaves `until_date` out of the old "kicked" member,
    which Telegram always sends and PTB requires (ChatMemberBanned), so it is added here.
    """
    update = person.my_chat_member_restored()
    change = update["my_chat_member"]
    assert isinstance(change, dict)
    change["old_chat_member"] = {**change["old_chat_member"], "until_date": 0}
    return update


class UpdateFuzzer(RuleBasedStateMachine):
    """2–4 people poking the real Application in random ways, checked after every update."""

    def __init__(self, make_url: UrlMaker) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.url = self.run(make_url())
        self.clock = FakeClock()
        # The first person is an admin, so /stats runs its queries too.
        self._bot_context = running_bot(
            self.url, clock=self.clock, admin_ids=frozenset(USER_IDS[:1])
        )
        self.bot = self.run(self._bot_context.__aenter__())
        self.engine = create_async_engine(self.url)
        self.errors = ErrorLog()
        self.error_text = self.bot.app.bot_data.services.catalog.texts.render(TextKey.COMMON_ERROR)
        logging.getLogger().addHandler(self.errors)
        self.people: list[TelegramUser] = []
        self.shown: dict[int, set[tuple[int, str]]] = {}
        self.blocked: set[int] = set()
        self.streaks = StreakModel()

    def run(self, awaitable: Awaitable[T]) -> T:
        """Run one coroutine on this machine's own event loop."""
        return self.loop.run_until_complete(awaitable)

    def teardown(self) -> None:
        """Stop the bot and release the database, whatever happened."""
        logging.getLogger().removeHandler(self.errors)
        try:
            self.run(self._bot_context.__aexit__(None, None, None))
            self.run(self.engine.dispose())
        finally:
            self.loop.close()

    # --- people and what they see ---------------------------------------------------------

    @initialize(
        plans=st.lists(
            st.one_of(st.none(), ONBOARDING, ONBOARDING, ONBOARDING),
            min_size=2,
            max_size=len(USER_IDS),
        )
    )
    def meet(self, plans: list[Onboarding | None]) -> None:
        """2–4 people; most of them finish onboarding (some with a red flag), some do not."""
        ids = USER_IDS[: len(plans)]
        self.people = [self.bot.person(user_id, f"P{user_id}") for user_id in ids]
        self.shown = {person.user_id: set() for person in self.people}
        for who, plan in enumerate(plans):
            if plan is not None:
                self.go_through_onboarding(who, plan)

    def person(self, who: int) -> TelegramUser:
        """The who-th participant (indexes wrap around)."""
        return self.people[who % len(self.people)]

    def newest_keyboard(self, person: TelegramUser) -> tuple[Json, list[str]] | None:
        """The newest live message with buttons, as JSON, and its callback data."""
        for sent in reversed(self.bot.api.messages_to(person.chat_id)):
            data = [d for _, d in sent.buttons if d]
            if data:
                return self.bot.api.state.message_json(sent), data
        return None

    def remember_buttons(self) -> None:
        """Keep every button anyone was ever shown, to press it again later when it is stale."""
        for person in self.people:
            for sent in self.bot.api.messages_to(person.chat_id):
                self.shown[person.user_id].update((sent.message_id, d) for _, d in sent.buttons)

    def press_on(self, person: TelegramUser, message: Json, data: str) -> None:
        """Tap one button of a message the bot sent."""
        message_id = message["message_id"]
        assert isinstance(message_id, int)
        self.deliver(person, person.press(data, message_id, message=message))

    # --- delivering and checking ----------------------------------------------------------

    def deliver(self, person: TelegramUser, update: Json) -> None:
        """Send one update and check every invariant right after it.

        Someone who blocked the bot unblocks it first, as Telegram requires before they can
        write again (it then sends a my_chat_member update ahead of their message).
        """
        if person.user_id in self.blocked:
            self.blocked.discard(person.user_id)
            self.bot.api.unblock_user(person.chat_id)
            self.run(self._deliver(person, unblocked(person)))
        self.run(self._deliver(person, update))

    async def _deliver(self, person: TelegramUser, update: Json) -> None:
        start = len(self.bot.api.calls)
        await self.bot.send(update)
        calls = self.bot.api.calls[start:]
        problems = self.reply_problems(calls)
        strangers = {c.chat_id for c in calls if c.chat_id is not None} - {person.chat_id}
        if strangers:
            problems.append(f"replies went to other chats: {sorted(map(str, strangers))}")
        query = update.get("callback_query")
        if isinstance(query, dict):
            answers = [c for c in calls if c.method == "answerCallbackQuery"]
            if [str(c.params.get("callback_query_id")) for c in answers] != [str(query["id"])]:
                problems.append(f"the press was answered {len(answers)}× (must be exactly once)")
            if any(not c.ok for c in answers):
                problems.append("answerCallbackQuery was refused")
        await self.check(brief(update), problems)

    def reply_problems(self, calls: list[ApiCall]) -> list[str]:
        """The apology text only goes out when an update failed."""
        return [
            f"the user was told {self.error_text!r}"
            for c in calls
            if c.method == "sendMessage" and c.params.get("text") == self.error_text
        ]

    async def check(self, what: str, problems: list[str], before: Snapshot | None = None) -> None:
        """Logged errors, stored data and streaks, after one update or tick."""
        snapshot = await read_snapshot(self.engine)
        problems = problems + self.errors.take() + storage_problems(snapshot)
        if before is not None:
            problems += self.streaks.after_tick(before, snapshot, self.clock.now)
        problems += self.streaks.observe(snapshot, self.clock.now)
        problems += self.streaks.problems(snapshot)
        self.remember_buttons()
        assert not problems, f"after {what} at {self.clock.now}:\n  " + "\n  ".join(problems)

    # --- rules: what people do ------------------------------------------------------------

    @rule(who=WHO, command=st.sampled_from(COMMANDS))
    def send_command(self, who: int, command: str) -> None:
        """Any command, known or not, with odd arguments."""
        person = self.person(who)
        self.deliver(person, person.command(command))

    @rule(who=WHO, zone=st.sampled_from(ZONES))
    def set_timezone(self, who: int, zone: str) -> None:
        """/timezone with good, oddly written and bad names."""
        person = self.person(who)
        self.deliver(person, person.command(f"/timezone {zone}"))

    @rule(who=WHO, at=st.sampled_from(TIMES))
    def set_reminder(self, who: int, at: str) -> None:
        """/remind with good and bad times and the on/off/weekdays switches."""
        person = self.person(who)
        self.deliver(person, person.command(f"/remind {at}"))

    @rule(who=WHO, text=TEXTS)
    def type_text(self, who: int, text: str) -> None:
        """Numbers in and out of range, emoji, 5,000 characters, anything."""
        person = self.person(who)
        self.deliver(person, person.text(text))

    @rule(who=WHO, kind=st.sampled_from(["sticker", "photo", "caption", "edit"]), text=TEXTS)
    def send_something_else(self, who: int, kind: str, text: str) -> None:
        """Stickers, photos (with a caption that looks like an answer) and edited messages."""
        person = self.person(who)
        if kind == "sticker":
            update = person.sticker()
        elif kind == "photo":
            update = person.photo()
        elif kind == "caption":
            update = person.photo(caption=text)
        elif person.last_message_id:
            update = person.edited_text(text)
        else:
            update = person.text(text)
        self.deliver(person, update)

    @rule(who=WHO, pick=st.integers(0, 63))
    def press_a_shown_button(self, who: int, pick: int) -> None:
        """Any button on the newest keyboard the bot shows this person."""
        person = self.person(who)
        shown = self.newest_keyboard(person)
        if shown is not None:
            message, data = shown
            chosen = data[pick % len(data)]
            self.press_on(person, message, chosen)

    @rule(who=WHO, pick=st.integers(0, 10**6))
    def press_an_old_button(self, who: int, pick: int) -> None:
        """A button from any message this person was ever shown, stale or not."""
        person = self.person(who)
        history = sorted(self.shown[person.user_id])
        if history:
            message_id, data = history[pick % len(history)]
            self.deliver(person, person.press(data, message_id))

    @rule(who=WHO, victim=WHO, pick=st.integers(0, 10**6))
    def press_someone_elses_button(self, who: int, victim: int, pick: int) -> None:
        """Forged data naming another person's session (or anything else they were shown)."""
        person, other = self.person(who), self.person(victim)
        history = sorted(self.shown[other.user_id])
        routine = [entry for entry in history if entry[1][:2] in ("r:", "p:", "t:")]
        pool = routine or history
        if pool:
            message_id, data = pool[pick % len(pool)]
            self.deliver(person, person.press(data, message_id))

    @rule(who=WHO, data=FORGED)
    def press_forged_data(self, who: int, data: str) -> None:
        """Unknown prefixes, over-long data, malformed fields and random strings."""
        person = self.person(who)
        self.deliver(person, person.press(data, 1))

    @rule(who=WHO, plan=ONBOARDING)
    def go_through_onboarding(self, who: int, plan: Onboarding) -> None:
        """/start and answer with the buttons, mostly 'no' to the red-flag questions."""
        person = self.person(who)
        self.deliver(person, person.command("/start"))
        for _ in range(10):
            shown = self.newest_keyboard(person)
            if shown is None:
                return
            message, data = shown
            chosen = plan.choice(data)
            if chosen is None:
                return
            self.press_on(person, message, chosen)

    @rule(
        who=WHO,
        routine=st.sampled_from(["/routine", "/quick"]),
        moves=st.lists(MOVES, min_size=2, max_size=14),
        finish=st.booleans(),
    )
    def walk_a_routine(self, who: int, routine: str, moves: list[str | int], finish: bool) -> None:
        """Start or resume a routine and answer its prompts: scores, done, skip, hurts, stop.

        With `finish`, the random moves are followed by "done" and a rating until the end, so
        sessions often complete and streaks grow over the days.
        """
        person = self.person(who)
        self.deliver(person, person.command(routine))
        tail: list[str | int] = ["done", 3] * 10 if finish else []
        for move in moves + tail:
            shown = self.newest_keyboard(person)
            if shown is None:
                return
            message, data = shown
            chosen = self.routine_choice(data, move)
            if chosen is None:
                return
            self.press_on(person, message, chosen)

    @staticmethod
    def routine_choice(data: list[str], move: str | int) -> str | None:
        """The button for a move, falling back to the first routine button on the keyboard."""
        routine = [d for d in data if d[:2] in ("r:", "p:", "t:")]
        if not routine:
            return None
        if isinstance(move, int):
            wanted = [d for d in routine if d.startswith("p:") and d.endswith(f":{move}")]
        elif move == "timer":
            wanted = [d for d in routine if d.startswith("t:")]
        else:
            wanted = [d for d in routine if d.startswith("r:") and d.endswith(f":{move}")]
        return (wanted or routine)[0]

    @rule(
        who=WHO,
        days=st.lists(st.integers(-240, 240), min_size=1, max_size=4),
        routine=st.sampled_from(["/routine", "/quick"]),
    )
    def keep_the_habit(self, who: int, days: list[int], routine: str) -> None:
        """Finish a routine on several days in a row (give or take a few hours): streaks grow."""
        for jitter in days:
            self.clock.advance(timedelta(days=1, minutes=jitter))
            self.walk_a_routine(who, routine, [], finish=True)

    @rule(who=WHO)
    def block_the_bot(self, who: int) -> None:
        """Block the bot: Telegram refuses every message to them until they unblock it."""
        person = self.person(who)
        if person.user_id not in self.blocked:
            self.run(self._deliver(person, person.my_chat_member_kicked()))
            self.bot.api.block_user(person.chat_id)
            self.blocked.add(person.user_id)

    # --- rules: the world -----------------------------------------------------------------

    @rule(delta=DELTAS)
    def let_time_pass(self, delta: timedelta) -> None:
        """Minutes, hours or days go by."""
        self.clock.advance(delta)

    @rule(hours=st.integers(18, 30))
    def come_back_another_day(self, hours: int) -> None:
        """About a day goes by, so streaks can grow (or break)."""
        self.clock.advance(timedelta(hours=hours))

    @rule(who=WHO, late=st.integers(0, 75))
    def wait_for_a_reminder(self, who: int, late: int) -> None:
        """Jump to someone's next reminder (sometimes too late for it) and run the tick."""
        snapshot = self.run(read_snapshot(self.engine))
        user = snapshot.users.get(self.person(who).user_id)
        if user is not None and user.next_nudge_at is not None:
            due = user.next_nudge_at + timedelta(minutes=late)
            self.clock.advance(max(due - self.clock.now, timedelta(0)))
        self.run_the_nudge_tick()

    @rule()
    def run_the_nudge_tick(self) -> None:
        """The reminder job runs; it may only message people who finished onboarding."""
        self.run(self._tick())

    async def _tick(self) -> None:
        before = await read_snapshot(self.engine)
        start = len(self.bot.api.calls)
        await self.bot.tick()
        calls = self.bot.api.calls[start:]
        problems = self.reply_problems(calls)
        ready = {u.chat_id for u in before.users.values() if u.onboarding_step == "done"}
        nudged = {c.chat_id for c in calls if c.chat_id is not None}
        if nudged - ready:
            problems.append(f"nudged people who have not finished onboarding: {nudged - ready}")
        await self.check("the nudge tick", problems, before)


def sqlite_urls(root: Path) -> UrlMaker:
    """A fresh SQLite file for every example."""
    counter = iter(range(10**9))

    async def make() -> str:
        return f"sqlite+aiosqlite:///{root / f'fuzz-{next(counter)}.sqlite3'}"

    return make


def postgres_urls(url: str) -> UrlMaker:
    """The test PostgreSQL, emptied before every example."""

    async def make() -> str:
        await reset_postgres(url)
        return url

    return make


PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink, Phase.explain)


def fuzz(make_url: UrlMaker, examples: int, steps: int) -> None:
    """Run the state machine for a bounded number of examples."""
    run_state_machine_as_test(
        # Documented to take any factory, though typed as a class.
        lambda: UpdateFuzzer(make_url),  # type: ignore[arg-type]
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[
                HealthCheck.too_slow,
                HealthCheck.filter_too_much,
                HealthCheck.data_too_large,
            ],
            # Shrinking replays whole conversations and can take minutes; the failing step is
            # already named in the assertion. FUZZ_SHRINK=1 shrinks when debugging locally.
            phases=PHASES if os.environ.get("FUZZ_SHRINK") == "1" else PHASES[:-2],
        ),
    )


def test_random_updates_from_several_people_never_break_the_bot_on_sqlite(
    tmp_path: Path,
) -> None:
    fuzz(sqlite_urls(tmp_path), examples=int(os.environ.get("FUZZ_EXAMPLES", "30")), steps=40)


@pytest.mark.postgres
def test_random_updates_from_several_people_never_break_the_bot_on_postgres() -> None:
    url = postgres_url()
    if url is None:
        pytest.skip(f"{POSTGRES_URL_ENV} is not set")
    fuzz(postgres_urls(url), examples=int(os.environ.get("FUZZ_PG_EXAMPLES", "6")), steps=30)
