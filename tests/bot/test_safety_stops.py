"""😣 Hurts choices and safety stops: what each choice does, and that a stop really stops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db.models import SafetyEvent
from tests.support.dbcheck import fetch_all, ratings_of, results_of, sessions_of, user_row
from tests.support.flows import onboard, start_walk
from tests.support.harness import FakeClock, running_bot

HURTS_LABELS = ["Mild", "Strong", "Sharp, numb, tingling, dizzy", "🚨 Chest pain or can't breathe"]
# Tuesday 07:00 UTC: the 09:00 Berlin reminder is an hour away.
BEFORE_NINE_BERLIN = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


async def test_each_hurts_choice_is_described_and_mild_twice_leaves_the_exercise_out(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4101)
        await start_walk(bot, ada, 4)
        await bot.tap(ada, "😣 Hurts")
        assert bot.labels(ada) == HURTS_LABELS
        asked = bot.last_text(ada)
        assert "Mild: uncomfortable but OK → try a gentler version" in asked
        assert "🚨 Chest pain or can't breathe → emergency advice" in asked
        await bot.tap(ada, "Mild")
        assert "Gentler version of Lat Pulldown" in bot.last_text(ada)
        await bot.tap(ada, "😣 Hurts")
        assert "leave this one out today" in bot.last_text(ada)
        await bot.tap(ada, "Mild")
        texts = bot.texts(ada)
        assert "leave Lat Pulldown (resistance band) out today" in texts[-2]
        assert "Wall Angels" in texts[-1]
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Strong")
        texts = bot.texts(ada)
        assert "skip Wall Angels today" in texts[-2]
        assert "⏹ Stop below: stopping is fine too" in texts[-2]
        assert "That's fine" not in texts[-2]
    session = (await sessions_of(database_url, 4101))[0]
    results = [
        (r.outcome, r.gentler, r.hurt_level) for r in await results_of(database_url, session.id)
    ]
    assert results == [("hurt_skipped", True, "mild"), ("hurt_skipped", False, "strong")]


async def test_sharp_pain_stops_with_advice_alone_and_locks(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4102)
        await start_walk(bot, ada, 4)
        await bot.tap(ada, "😣 Hurts")
        before = len(bot.texts(ada))
        await bot.tap(ada, "Sharp, numb, tingling, dizzy")
        reply = bot.texts(ada)[before:]
        assert len(reply) == 1, reply
        assert reply[0].startswith("⏹ Please stop the exercises for now.")
        assert "streak" not in reply[0].lower()
        await bot.send(ada.command("/routine"))
        assert "what you told me during a session" in bot.last_text(ada)
    sessions = await sessions_of(database_url, 4102)
    assert [s.status for s in sessions] == ["red_flag"]
    results = await results_of(database_url, sessions[0].id)
    assert [(r.outcome, r.hurt_level) for r in results] == [("hurt_stopped", "sharp")]
    user = await user_row(database_url, 4102)
    assert (user.screening_status, user.lock_cause) == ("see_doctor", "in_session")
    reasons = [e.reason for e in await fetch_all(database_url, SafetyEvent, user_id=4102)]
    assert reasons == ["hurt_sharp"]


async def test_the_emergency_choice_gives_the_emergency_advice_first(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4103)
        await start_walk(bot, ada, 2, routine="/quick")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "🚨 Chest pain or can't breathe")
        advice = bot.last(ada)
        first_line = (advice.text or "").splitlines()[0]
        assert first_line.startswith(
            "🚨 If this is happening now, call your local emergency number"
        )
        assert advice.buttons == [], "no unlock beside emergency advice"
    user = await user_row(database_url, 4103)
    assert (user.screening_status, user.lock_cause) == ("urgent", "in_session")


async def test_no_nudge_or_weekly_summary_reaches_a_locked_user_until_cleared(
    database_url: str,
) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(4104)
        await start_walk(bot, ada, 2, routine="/quick")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Sharp, numb, tingling, dizzy")
        sent_before = len(bot.texts(ada))
        clock.advance(timedelta(hours=1))
        assert await bot.tick() == 0
        clock.advance(timedelta(days=5, hours=10))  # Sunday 19:00 Berlin and past it
        assert await bot.tick() == 0
        assert await bot.weekly_tick() == 0
        assert len(bot.texts(ada)) == sent_before
        since_lock = bot.api.messages_to(ada.chat_id)[sent_before - 1 :]
        assert not any("Start routine" in label for m in since_lock for label, _ in m.buttons)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "🩺 A professional has checked me")
        await bot.tap(ada, "✅ Yes, I'm cleared to exercise")
        clock.advance(timedelta(hours=14))  # Monday 09:00 Berlin
        assert await bot.tick() == 1, "reminders come back once cleared"
    assert (await user_row(database_url, 4104)).next_nudge_at is not None


async def test_without_consent_the_after_session_check_still_works_and_keeps_nothing(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4105)
        await onboard(bot, ada, consent=False)
        await bot.send(ada.command("/quick"))
        assert "how much pain" in bot.last_text(ada)
        await bot.tap(ada, "3")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "8")
        texts = bot.texts(ada)
        assert "Pain before → after: 3 → 8" in texts[-2]
        assert "streak" not in texts[-2].lower(), "no streak beside safety advice"
        assert "Your pain went up from 3 to 8 during this session." in texts[-1]
        assert bot.labels(ada) == ["⏸ Pause my reminders"]
        await bot.tap(ada, "⏸ Pause my reminders")
        assert "paused until you send /resume" in bot.last_text(ada)
    assert await ratings_of(database_url, 4105) == []
    assert await fetch_all(database_url, SafetyEvent, user_id=4105) == []
    assert (await user_row(database_url, 4105)).screened_at is None, "screen again next time"
