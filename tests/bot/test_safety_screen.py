"""The red-flag checklist, the lock it sets, the two-step unlock, re-screening and /safety."""

from __future__ import annotations

from datetime import timedelta

from db.models import SafetyEvent
from tests.support.dbcheck import fetch_all, ratings_of, results_of, sessions_of, user_row
from tests.support.fakes import TelegramUser
from tests.support.flows import SCREENING_ITEMS, onboard, start_walk
from tests.support.harness import BotHarness, running_bot


async def start_screen(bot: BotHarness, person: TelegramUser, *, consent: bool = True) -> None:
    """/start and answer the consent question: the checklist is on screen."""
    await bot.send(person.command("/start"))
    await bot.tap(person, "c:y" if consent else "c:n")


async def test_a_person_with_no_red_flags_is_through_the_screen_in_one_tap(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4001)
        await start_screen(bot, ada)
        checklist = bot.last_text(ada)
        assert "1. 🚨 Chest pain" in checklist
        assert "🚨 get urgent care · 🩺 see a doctor or physio first" in checklist
        await bot.tap(ada, "None of these")
        said = bot.texts(ada)[-2]
        assert "Thanks for checking" in said
        assert "good to go" not in said
    user = await user_row(database_url, 4001)
    assert user.screening_status == "clear"
    assert user.screened_at is not None
    assert user.onboarding_step == "timezone"
    assert await fetch_all(database_url, SafetyEvent, user_id=4001) == []


async def test_ticking_items_edits_the_checklist_in_place_and_done_confirms_them(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4002)
        await start_screen(bot, ada)
        checklist = bot.last(ada).message_id
        await bot.tap(ada, "6")  # numbness, tingling or weakness: see a doctor first
        assert "None of these" not in bot.labels(ada), "a tick cannot be cleared by mistake"
        await bot.tap(ada, "11")  # spine surgery in the last year
        await bot.tap(ada, "☑ 11")  # changed my mind
        labels = bot.labels(ada)
        assert labels[5] == "☑ 6"
        assert labels[10] == "11"
        assert bot.last(ada).message_id == checklist, "no new message per tick"
        await bot.tap(ada, "✅ Done")
        advice = bot.last_text(ada)
        assert "see a doctor or physiotherapist before you start" in advice
        assert bot.last(ada).buttons == []
        await bot.send(ada.command("/routine"))
        assert "an answer in your safety check" in bot.last_text(ada)
        assert bot.labels(ada) == ["🩺 A professional has checked me"]
    user = await user_row(database_url, 4002)
    assert (user.screening_status, user.lock_cause) == ("see_doctor", "screening")
    events = await fetch_all(database_url, SafetyEvent, user_id=4002)
    assert [event.reason for event in events] == ["screen_numbness_weakness"]


async def test_an_urgent_tick_gives_emergency_advice_without_an_unlock_button(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4003)
        await start_screen(bot, ada, consent=False)
        await bot.tap(ada, "1")
        await bot.tap(ada, "12")
        await bot.tap(ada, "✅ Done")
        advice = bot.last(ada)
        assert "call your local emergency number now (112 / 911 / 999)" in (advice.text or "")
        assert advice.buttons == []
    user = await user_row(database_url, 4003)
    assert (user.screening_status, user.onboarding_step) == ("urgent", "clearance")
    assert await fetch_all(database_url, SafetyEvent, user_id=4003) == [], "no consent"


async def test_unlocking_takes_two_deliberate_taps_and_is_recorded(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4004)
        await start_screen(bot, ada)
        await bot.tap(ada, "7")
        await bot.tap(ada, "✅ Done")
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "🩺 A professional has checked me")
        assert "has a doctor, physiotherapist or other health professional" in bot.last_text(ada)
        assert (await user_row(database_url, 4004)).screening_status == "see_doctor"
        await bot.tap(ada, "Not yet")
        assert "they stay paused" in bot.last_text(ada)
        assert (await user_row(database_url, 4004)).screening_status == "see_doctor"
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "🩺 A professional has checked me")
        await bot.tap(ada, "✅ Yes, I'm cleared to exercise")
        texts = bot.texts(ada)
        assert "back on" in texts[-2]
        assert "Which time zone" in texts[-1], "onboarding goes on"
    user = await user_row(database_url, 4004)
    assert (user.screening_status, user.lock_cause) == ("cleared", None)
    assert user.cleared_at is not None
    reasons = [e.reason for e in await fetch_all(database_url, SafetyEvent, user_id=4004)]
    assert reasons == ["screen_neck_dizzy", "cleared"]


async def test_a_confirm_button_from_an_earlier_lock_cannot_lift_a_new_one(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4005)
        await onboard(bot, ada)
        await bot.send(ada.command("/safety"))
        await bot.send(ada.text("I have chest pain"))
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "🩺 A professional has checked me")
        first_confirm = dict(bot.last(ada).buttons)["✅ Yes, I'm cleared to exercise"]
        await bot.tap(ada, "✅ Yes, I'm cleared to exercise")
        bot.clock.advance(timedelta(minutes=5))
        await bot.send(ada.text("my arms are numb"))
        await bot.send(ada.press(str(first_confirm)))
        assert (await user_row(database_url, 4005)).screening_status == "see_doctor"
        toasts = [call.params.get("text") for call in bot.api.calls_of("answerCallbackQuery")]
        assert toasts[-1] == "This button is no longer active."


async def test_the_screen_comes_back_after_twelve_weeks(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4006)
        await onboard(bot, ada)
        await bot.send(ada.command("/quick"))
        assert "how much pain" in bot.last_text(ada)
        await bot.send(ada.command("/cancel"))
        bot.clock.advance(timedelta(weeks=12))
        await bot.send(ada.command("/routine"))
        texts = bot.texts(ada)
        assert "quick safety check" in texts[-2]
        assert "Safety check" in texts[-1]
        await bot.tap(ada, "None of these")
        assert "nothing new" in bot.last_text(ada)
        await bot.tap(ada, "▶ Start routine")
        assert "how much pain" in bot.last_text(ada)
    user = await user_row(database_url, 4006)
    assert user.screened_at == bot.clock.now


async def test_safety_lists_the_warning_signs_and_any_lock(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4007)
        await onboard(bot, ada)
        await bot.send(ada.command("/safety"))
        shown = bot.last_text(ada)
        assert "I don't diagnose" in shown
        assert "a sudden, severe headache" in shown
        assert bot.last(ada).buttons == []
        await bot.send(ada.text("I feel dizzy"))
        await bot.send(ada.command("/safety"))
        assert "a symptom you told me about" in bot.last_text(ada)
        assert bot.labels(ada) == ["🩺 A professional has checked me"]


async def test_forged_checklist_data_counts_only_real_items(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4008)
        await start_screen(bot, ada)
        await bot.send(ada.press(f"sc:0000:{SCREENING_ITEMS}"))
        await bot.send(ada.press("sc:ffff:ok"))
    user = await user_row(sqlite_url, 4008)
    assert user.screening_status == "urgent", "a forged mask counts only real items, all ticked"


async def test_a_locked_person_coming_back_sees_the_lock_not_a_start_button(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4009)
        await onboard(bot, ada)
        await bot.send(ada.text("I can't breathe properly"))
        await bot.send(ada.command("/start"))
        assert "a symptom you told me about" in bot.last_text(ada)
        assert bot.labels(ada) == ["🩺 A professional has checked me"]
        bot.clock.advance(timedelta(weeks=13))
        await bot.send(ada.command("/routine"))
        assert "a symptom you told me about" in bot.last_text(ada), "locked before re-screened"


async def test_withdrawing_consent_offers_to_delete_what_was_kept(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4010)
        await start_walk(bot, ada, 3, routine="/quick")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Strong")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "2")
        assert await ratings_of(database_url, 4010) != []
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "📊 Pain tracking: on")
        assert "What you shared before is still kept" in bot.last_text(ada)
        await bot.tap(ada, "🗑 Delete what I shared")
        assert "deleted" in bot.last_text(ada)
    assert await ratings_of(database_url, 4010) == []
    session = (await sessions_of(database_url, 4010))[0]
    results = [(r.outcome, r.hurt_level) for r in await results_of(database_url, session.id)]
    assert results == [("skipped", None), ("done", None)]
