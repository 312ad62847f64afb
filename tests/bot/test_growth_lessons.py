"""One short lesson a day after a finished session, and /learn (issue 20)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.content import load_catalog
from db.models import LessonSeen
from tests.bot.growth_flows import quick
from tests.support.dbcheck import fetch_all, user_row
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

DAY = timedelta(days=1)
MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
LESSONS = load_catalog().lessons


async def test_one_lesson_a_day_in_order_after_a_finished_session(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(21001)
        await onboard(bot, ada)
        first = await quick(bot, ada)
        assert f"📘 {LESSONS[0].title}\n\n{LESSONS[0].text}" in first
        assert first.index("📘") < first.index("How did it feel?"), "the question stays last"
        clock.advance(timedelta(hours=2))
        assert "📘" not in await quick(bot, ada), "at most one a day"
        clock.advance(DAY)
        assert f"📘 {LESSONS[1].title}" in await quick(bot, ada)
    assert (await user_row(database_url, 21001)).lesson_day == (MONDAY + DAY).date()


async def test_lessons_are_never_repeated_until_all_have_been_seen(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(21002)
        await onboard(bot, ada, consent=False)
        await bot.send(ada.command("/learn"))
        await bot.tap(ada, LESSONS[0].title)
        assert bot.last_text(ada).startswith(f"📘 {LESSONS[0].title}")
        shown = []
        for _ in range(len(LESSONS)):
            summary = await quick(bot, ada)
            shown.append(next(lesson.id for lesson in LESSONS if lesson.title in summary))
            clock.advance(DAY)
        assert shown == [lesson.id for lesson in LESSONS[1:]] + [LESSONS[0].id]
    seen = await fetch_all(database_url, LessonSeen, user_id=21002)
    assert [row.lesson_id for row in seen] == [LESSONS[0].id], "a new round began"


async def test_learn_lists_every_lesson_and_switches_them_off_and_on(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(21003)
        await onboard(bot, ada)
        await quick(bot, ada)
        await bot.send(ada.command("/learn"))
        assert bot.last_text(ada).startswith(
            f"📚 Short lessons: 1 of {len(LESSONS)} read in this round."
        )
        labels = bot.labels(ada)
        assert labels == [lesson.title for lesson in LESSONS] + ["🔕 No lessons after sessions"]
        await bot.tap(ada, "🔕 No lessons after sessions")
        assert "Lessons after sessions are off" in bot.last_text(ada)
        assert bot.labels(ada)[-1] == "🔔 Lessons after sessions"
        clock.advance(DAY)
        assert "📘" not in await quick(bot, ada)
        await bot.send(ada.command("/learn"))
        await bot.tap(ada, "🔔 Lessons after sessions")
        assert "at most one a day" in bot.last_text(ada)
        clock.advance(DAY)
        assert f"📘 {LESSONS[1].title}" in await quick(bot, ada)
        await bot.send(ada.press("lsn:no_such_lesson"))
        assert bot.api.calls_of("answerCallbackQuery")[-1].params.get("text")


async def test_no_lesson_and_no_question_beside_safety_advice(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(21004)
        await onboard(bot, ada)
        advice = await quick(bot, ada, before=3, after=8)
        assert "professional" in advice
        summary = bot.texts(ada)[-2]
        assert summary.startswith("🏁 2-minute routine"), "no praise beside the advice"
        for text in (summary, advice):
            assert "📘" not in text
            assert "How did it feel?" not in text
            assert "Nice work" not in text
        assert not bot.last(ada).buttons or "😌 Easy" not in [b for b, _ in bot.last(ada).buttons]
        await bot.send(ada.command("/learn"))
        assert bot.last_text(ada).startswith(f"📚 Short lessons: 0 of {len(LESSONS)}")
