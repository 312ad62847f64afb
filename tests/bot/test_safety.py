"""Red flags: screening locks routines, hurts escalates, and nothing is diagnosed."""

from __future__ import annotations

from tests.bot.flows import SCREENING_QUESTIONS, onboard
from tests.dbcheck import results_of, sessions_of, user_row
from tests.harness import running_bot


async def test_chest_pain_gets_urgent_advice_and_locks_routines(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4001)
        await bot.send(ada.command("/start"))
        await bot.tap(ada, "s:0:y")
        advice = bot.last_text(ada)
        assert "urgent" in advice
        assert "emergency" in advice
        await bot.send(ada.command("/routine"))
        assert "setting up" in bot.last_text(ada)
        await bot.tap(ada, "ok")
        assert "pain ratings" in bot.last_text(ada)
    user = await user_row(database_url, 4001)
    assert user.screening_status == "cleared"
    assert user.onboarding_step == "consent"


async def test_other_red_flags_advise_a_doctor_after_all_questions(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4002)
        await bot.send(ada.command("/start"))
        await bot.tap(ada, "s:0:n")
        await bot.tap(ada, "s:1:n")
        await bot.tap(ada, "s:2:y")
        for index in range(3, SCREENING_QUESTIONS):
            await bot.tap(ada, f"s:{index}:n")
        assert "doctor or physiotherapist" in bot.last_text(ada)
        assert bot.labels(ada) == ["✅ I've been cleared"]
    assert (await user_row(database_url, 4002)).screening_status == "see_doctor"


async def test_a_screening_answer_tapped_twice_counts_once(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4003)
        await bot.send(ada.command("/start"))
        first = ada.press_button(bot.api, "s:0:n")
        await bot.send(first)
        await bot.send(ada.press(str(first["callback_query"]["data"]), 2))  # type: ignore[index]
        assert "2/6" in bot.last_text(ada)
    assert (await user_row(sqlite_url, 4003)).screening_index == 1


async def test_mild_pain_offers_the_gentler_variant_and_strong_pain_skips(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4004)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "4")
        await bot.tap(ada, "😣 Hurts")
        assert bot.labels(ada) == ["Mild", "Strong", "Sharp / numbness"]
        await bot.tap(ada, "Mild")
        assert "Gentler version of Lat Pulldown" in bot.last_text(ada)
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Strong")
        texts = bot.texts(ada)
        assert any("skip" in t.lower() and "Wall Angels" in t for t in texts[-2:])
        assert "Chair Rotation" in texts[-1]
    session = (await sessions_of(database_url, 4004))[0]
    results = [
        (r.outcome, r.gentler, r.hurt_level) for r in await results_of(database_url, session.id)
    ]
    assert results == [("done", True, "mild"), ("hurt_skipped", False, "strong")]


async def test_sharp_pain_stops_the_session_and_locks_routines(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4005)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "4")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Sharp / numbness")
        texts = bot.texts(ada)
        assert any("professional" in t or "doctor" in t for t in texts[-2:])
        await bot.send(ada.command("/routine"))
        assert "🔒" in bot.last_text(ada)
        await bot.tap(ada, "ok")
        await bot.send(ada.command("/routine"))
        assert bot.labels(ada) == [str(score) for score in range(11)]
    sessions = await sessions_of(database_url, 4005)
    assert [s.status for s in sessions] == ["red_flag", "active"]
    results = await results_of(database_url, sessions[0].id)
    assert [(r.outcome, r.hurt_level) for r in results] == [("hurt_stopped", "sharp")]
