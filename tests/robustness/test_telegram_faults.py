"""Telegram having a bad day during a routine: 429s, 5xx, slow and lost answers.

The person walks the full routine while the fake Bot API refuses or delays calls at chosen
presses. Floods (429 with retry_after) are waited out and invisible to the person. A 5xx or a
lost answer may cost a prompt: then the person does what the apology suggests and sends /routine,
which resumes. Either way the walk ends with one session, one result per position, one rating of
each kind and exactly one summary.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.content import TextKey
from db.models import ExerciseResult, PainRating, RoutineSession
from tests.e2e.process import bot_environment
from tests.robustness.support import SUMMARY_MARK, capture_errors, newest_prompt
from tests.robustness.test_crash_restart import BotUnderFire, Walker, start_bot
from tests.support.dbcheck import fetch_all, user_row
from tests.support.fakes import FakeBotApi, TelegramUser, ThreadedFakeBotApi, UpdateFactory
from tests.support.flows import onboard, start_walk
from tests.support.harness import BotHarness, running_bot

BEFORE, AFTER = 6, 2
Stage = Callable[[FakeBotApi, int], None]


def flood(method: str) -> Stage:
    """429 Too Many Requests with retry_after=1 on the next call of `method` to this chat."""

    def stage(api: FakeBotApi, chat_id: int) -> None:
        api.fail_next(
            method,
            error_code=429,
            description="Too Many Requests: retry after 1",
            retry_after=1,
            chat_id=None if method == "answerCallbackQuery" else chat_id,
        )

    return stage


def server_error(method: str, code: int) -> Stage:
    """A 5xx from Telegram on the next call of `method`."""

    def stage(api: FakeBotApi, chat_id: int) -> None:
        api.fail_next(
            method,
            error_code=code,
            description="Internal Server Error" if code == 500 else "Bad Gateway",
            chat_id=None if method == "answerCallbackQuery" else chat_id,
        )

    return stage


def lost_answer(method: str) -> Stage:
    """Telegram performs the next `method` call but the answer never arrives (a timeout)."""

    def stage(api: FakeBotApi, chat_id: int) -> None:
        api.timeout_next(method, processed=True)

    return stage


def slow(seconds: float) -> Stage:
    """Every answer from now on takes this long."""

    def stage(api: FakeBotApi, chat_id: int) -> None:
        api.set_latency(seconds)

    return stage


@dataclass
class Walked:
    """What happened on the way: presses made and how often the person had to resume."""

    presses: int = 0
    resumes: int = 0
    query_ids: list[str] = field(default_factory=list)
    sessions: list[int] = field(default_factory=list)


async def walk_the_routine(
    bot: BotHarness, person: TelegramUser, faults: Mapping[int, list[Stage]]
) -> Walked:
    """Press Done/score on each prompt; before press n, stage faults[n]; /routine if stuck.

    Returns at the summary, or when /routine shows a new session because the first one
    already finished without its summary getting through.
    """
    walked = Walked()
    api, chat_id = bot.api, person.chat_id
    seen, pressed = 0, None
    await bot.send(person.command("/routine"))
    while walked.presses + walked.resumes < 40:
        prompt = newest_prompt(api, chat_id)
        if prompt is None or prompt.message_id <= seen or prompt.identity == pressed:
            walked.resumes += 1
            seen, pressed = api.messages_to(chat_id)[-1].message_id, None
            await bot.send(person.command("/routine"))
            continue
        if prompt.identity is None:
            return walked
        session_id, version = prompt.identity
        if walked.sessions and session_id != walked.sessions[0]:
            # The first session finished but its summary was lost; /routine began a new one.
            walked.sessions.append(session_id)
            return walked
        walked.sessions = [session_id]
        if prompt.pain:
            data = f"p:{session_id}:{version}:{BEFORE if version == 0 else AFTER}"
        else:
            data = f"r:{session_id}:{version}:done"
        walked.presses += 1
        for stage in faults.get(walked.presses, []):
            stage(api, chat_id)
        update = person.press(data, prompt.message_id)
        walked.query_ids.append(str(update["callback_query"]["id"]))  # type: ignore[index]
        await bot.send(update)
        seen, pressed = prompt.message_id, prompt.identity
    raise AssertionError(f"the walk did not finish: {bot.texts(person)[-3:]}")


async def assert_one_intact_walk(database_url: str, user_id: int) -> None:
    """One completed session, one result per position, one rating of each kind."""
    sessions = await fetch_all(database_url, RoutineSession, user_id=user_id)
    assert [s.status for s in sessions] == ["completed"]
    results = await fetch_all(database_url, ExerciseResult, session_id=sessions[0].id)
    assert sorted(r.position for r in results) == list(range(sessions[0].total))
    ratings = await fetch_all(database_url, PainRating, user_id=user_id)
    assert sorted((r.kind, r.score) for r in ratings) == [("after", AFTER), ("before", BEFORE)]


FLOODS = {
    2: [flood("sendMessage")],
    4: [flood("answerCallbackQuery")],
    6: [flood("answerCallbackQuery"), flood("sendAnimation")],
}
# Not on the last press: a summary lost to a 5xx cannot be asked for again (see below).
SERVER_ERRORS = {
    2: [server_error("sendMessage", 502)],
    3: [server_error("sendAnimation", 503)],
    4: [server_error("answerCallbackQuery", 500)],
    6: [server_error("answerCallbackQuery", 502), server_error("sendAnimation", 502)],
    8: [server_error("sendMessage", 500)],
}
SLOW_AND_LOST = {
    1: [slow(0.02)],
    3: [lost_answer("sendMessage")],
    5: [lost_answer("answerCallbackQuery")],
    7: [lost_answer("sendAnimation")],
}


async def test_floods_are_waited_out_and_the_person_never_notices(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9401)
        await onboard(bot, ada)
        with capture_errors() as errors:
            walked = await walk_the_routine(bot, ada, FLOODS)
        assert errors.take() == []
        assert walked.resumes == 0
        assert len(walked.sessions) == 1
        assert bot.api.faults.pending() == []
        error_text = bot.app.bot_data.services.catalog.texts.render(TextKey.COMMON_ERROR)
        assert error_text not in bot.texts(ada)
        assert_answered_once_each(bot.api, walked.query_ids)
        assert_one_summary(bot.api, ada.chat_id)
    await assert_one_intact_walk(sqlite_url, 9401)


async def test_after_server_errors_routine_resumes_and_nothing_is_doubled(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(9402)
        await onboard(bot, ada)
        with capture_errors() as errors:
            walked = await walk_the_routine(bot, ada, SERVER_ERRORS)
        logged = errors.take()
        assert bot.api.faults.pending() == []
        # Each failed reply is logged once and apologised for; a missing animation is no error.
        assert 1 <= len(logged) <= len(SERVER_ERRORS) - 1
        assert all("NetworkError" in line for line in logged), logged
        assert walked.resumes <= len(SERVER_ERRORS)
        assert len(walked.sessions) == 1
        assert_answered_once_each(bot.api, walked.query_ids)
        assert_one_summary(bot.api, ada.chat_id)
    await assert_one_intact_walk(database_url, 9402)


async def test_slow_and_lost_answers_double_nothing(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9403)
        await onboard(bot, ada)
        with capture_errors() as errors:
            walked = await walk_the_routine(bot, ada, SLOW_AND_LOST)
        logged = errors.take()
        assert bot.api.faults.pending() == []
        assert all("TimedOut" in line for line in logged), logged
        assert walked.resumes <= len(SLOW_AND_LOST)
        assert len(walked.sessions) == 1
        assert_one_summary(bot.api, ada.chat_id)
    await assert_one_intact_walk(sqlite_url, 9403)


async def test_a_summary_lost_to_a_5xx_costs_only_the_message(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9404)
        await onboard(bot, ada)
        with capture_errors() as errors:
            walked = await walk_the_routine(bot, ada, {9: [server_error("sendMessage", 502)]})
        assert len(errors.take()) == 1
        assert walked.resumes == 1
        assert [text for text in bot.texts(ada) if SUMMARY_MARK in text] == []
    finished, fresh = await fetch_all(sqlite_url, RoutineSession, user_id=9404)
    assert [finished.id, fresh.id] == walked.sessions
    assert (finished.status, finished.counted) == ("completed", True)
    assert (fresh.status, fresh.phase, fresh.version) == ("active", "pain_before", 0)
    results = await fetch_all(sqlite_url, ExerciseResult, session_id=finished.id)
    assert sorted(r.position for r in results) == list(range(finished.total))
    ratings = await fetch_all(sqlite_url, PainRating, user_id=9404)
    assert sorted((r.session_id, r.kind, r.score) for r in ratings) == [
        (finished.id, "after", AFTER),
        (finished.id, "before", BEFORE),
    ]
    user = await user_row(sqlite_url, 9404)
    assert (user.streak_current, user.streak_best) == (1, 1)


async def test_when_the_next_prompt_is_lost_the_person_still_has_a_way_forward(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9405)
        await start_walk(bot, ada, 6, routine="/quick")
        await bot.tap(ada, "✅ Done")
        # The last exercise's Done is answered with the pain question: a plain sendMessage.
        bot.api.fail_next(
            "sendMessage", error_code=502, description="Bad Gateway", chat_id=ada.chat_id
        )
        with capture_errors():
            await bot.tap(ada, "✅ Done")
        assert bot.api.faults.pending() == []
        (session,) = await fetch_all(sqlite_url, RoutineSession, user_id=9405)
        assert session.phase == "pain_after"
        prompt = newest_prompt(bot.api, ada.chat_id)
        shows_the_current_step = prompt is not None and prompt.identity == (
            session.id,
            session.version,
        )
        points_to_routine = "/routine" in bot.texts(ada)[-1]
        assert shows_the_current_step or points_to_routine, bot.texts(ada)[-1]


async def test_a_lost_answer_on_the_exercise_animation_shows_the_step_once(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9406)
        await start_walk(bot, ada)
        bot.api.timeout_next("sendAnimation", processed=True)
        with capture_errors():
            await bot.tap(ada, "✅ Done")
        assert bot.api.faults.pending() == []
        shown = [
            data
            for message in bot.api.messages_to(ada.chat_id)
            for _, data in message.buttons
            if data.endswith(":done")
        ]
        # The second exercise once (the first one's keyboard retired when it was pressed):
        # the animation whose answer was lost got no text copy with a second set of buttons.
        assert len(shown) == len(set(shown)) == 1, shown


def assert_answered_once_each(api: FakeBotApi, query_ids: list[str]) -> None:
    """Telegram accepted exactly one answer for every press."""
    accepted = Counter(
        str(c.params.get("callback_query_id")) for c in api.calls_of("answerCallbackQuery") if c.ok
    )
    assert {query_id: accepted[query_id] for query_id in query_ids} == dict.fromkeys(query_ids, 1)


def assert_one_summary(api: FakeBotApi, chat_id: int) -> None:
    """The end-of-session summary reached the person exactly once."""
    summaries = [text for text in api.texts_to(chat_id) if SUMMARY_MARK in text]
    assert len(summaries) == 1, summaries


@pytest.mark.e2e
def test_over_http_a_slow_flooding_flaky_telegram_still_gets_one_clean_walk(
    tmp_path: Path,
) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'faults.sqlite3'}"
    media = Path(tempfile.gettempdir()) / "backcoach-test-media"

    async def prepare() -> None:
        async with running_bot(database_url) as bot:
            await onboard(bot, bot.person(9404), zone="UTC", remind="off")

    asyncio.run(prepare())
    bot = BotUnderFire()
    bot.stop_new_walks.set()
    with ThreadedFakeBotApi() as server:
        env = bot_environment(
            server.base_url, database_url, LOG_LEVEL="INFO", MEDIA_CACHE_DIR=str(media)
        )
        faults = {
            1: [slow(0.05)],
            3: [flood("sendMessage")],
            5: [server_error("sendMessage", 502)],
        }

        def before_press(number: int) -> None:
            for stage in faults.get(number, []):
                stage(server.api, 9404)

        walker = Walker(server, UpdateFactory().user(9404), 9404, bot, before_press=before_press)
        with start_bot(server, env, tmp_path / "bot.log") as process:
            bot.up.set()
            walker.start()
            walker.join(timeout=60)
            assert process.poll() is None
        assert walker.failure is None, walker.failure
        assert server.api.faults.pending() == []
        assert_one_summary(server.api, 9404)
    log = (tmp_path / "bot.log").read_text()
    assert log.count("level=ERROR") <= 1, log
    asyncio.run(assert_one_intact_walk_with(database_url, 9404, walker))


async def assert_one_intact_walk_with(database_url: str, user_id: int, walker: Walker) -> None:
    """As assert_one_intact_walk, with the scores this walker chose."""
    (walk,) = walker.walks
    sessions = await fetch_all(database_url, RoutineSession, user_id=user_id)
    assert [s.id for s in sessions] == walk.sessions
    assert [s.status for s in sessions] == ["completed"]
    results = await fetch_all(database_url, ExerciseResult, session_id=sessions[0].id)
    assert sorted(r.position for r in results) == list(range(sessions[0].total))
    ratings = await fetch_all(database_url, PainRating, user_id=user_id)
    assert sorted((r.kind, r.score) for r in ratings) == [
        ("after", walk.after),
        ("before", walk.before),
    ]
