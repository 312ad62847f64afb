"""/progress is one picture for everyone: the habit calendar (under the pain chart for those who
rate pain), with rolling-day counts, and its range buttons edit it in place."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from PIL import Image

from bot.charts.habit_calendar import FILL
from bot.domain.day_status import DayStatus
from tests.bot.test_progress import quick_session
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard
from tests.support.harness import BotHarness, FakeClock, running_bot

# Thursday 2026-11-26, 08:00 UTC: a few days before December begins.
THURSDAY = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
DONE_TWICE = ("✅ Done", "✅ Done")


def _pixels_of(png: bytes, status: DayStatus) -> int:
    """How many pixels have exactly the calendar colour of a status."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colour = tuple(int(FILL[status][i : i + 2], 16) for i in (1, 3, 5))
    counts = {rgb: count for count, rgb in image.getcolors(1 << 24) or []}
    return counts.get(colour, 0)


async def _progress_png(bot: BotHarness, person: TelegramUser) -> tuple[bytes, str]:
    """Send /progress; the one new photo's bytes and caption."""
    photos = len(bot.api.calls_of("sendPhoto"))
    await bot.send(person.command("/progress"))
    sent = bot.api.calls_of("sendPhoto")
    assert len(sent) == photos + 1
    return sent[-1].files["photo"], str(sent[-1].params["caption"])


async def test_without_pain_tracking_progress_is_the_habit_calendar_and_follows_the_days(
    database_url: str,
) -> None:
    clock = FakeClock(THURSDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9901)
        await onboard(bot, ada, consent=False, zone="UTC")
        await quick_session(bot, ada, 2, DONE_TWICE, 2)
        clock.advance(timedelta(days=2))  # Friday missed
        first, caption = await _progress_png(bot, ada)
        await quick_session(bot, ada, 2, DONE_TWICE, 2)
        second, _ = await _progress_png(bot, ada)

    image = Image.open(io.BytesIO(first))
    assert image.format == "PNG"
    assert image.width == 1080
    assert 1.0 < image.height / image.width < 3.0  # one picture a phone shows whole
    assert "Pain tracking is off" in caption
    assert "1 in the last 7 days, 1 in the last 30" in caption
    quick_before, quick_after = (
        _pixels_of(first, DayStatus.QUICK),
        _pixels_of(second, DayStatus.QUICK),
    )
    assert quick_before > 0
    assert quick_after > 1.5 * quick_before  # Saturday's session is a second quick day
    assert _pixels_of(first, DayStatus.MISSED) > 0  # Friday


async def test_counts_are_rolling_days_so_a_new_month_never_shows_fewer_than_a_week(
    database_url: str,
) -> None:
    clock = FakeClock(THURSDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9902)
        await onboard(bot, ada, consent=False, zone="UTC")
        for _ in range(6):  # Thursday 26 November to Tuesday 1 December
            await quick_session(bot, ada, 2, DONE_TWICE, 2)
            clock.advance(timedelta(days=1))
        _png, caption = await _progress_png(bot, ada)
    assert "6 in the last 7 days, 6 in the last 30" in caption


async def test_range_buttons_edit_the_report_in_place(database_url: str) -> None:
    clock = FakeClock(THURSDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9903)
        await onboard(bot, ada, zone="UTC")
        for before, after in ((6, 4), (5, 3)):
            await quick_session(bot, ada, before, DONE_TWICE, after)
            clock.advance(timedelta(days=1))
        thirty, caption = await _progress_png(bot, ada)
        shown = bot.last(ada)
        messages = len(bot.api.messages_to(ada.chat_id))

        await bot.tap(ada, "90 days", shown.message_id)
        ninety = bot.api.message(ada.chat_id, shown.message_id)
        await bot.tap(ada, "All time", shown.message_id)
        bot.api.fail_next(
            "editMessageMedia",
            error_code=400,
            description="Bad Request: message is not modified: specified new message content "
            "and reply markup are exactly the same as a current content and reply markup of "
            "the message",
        )
        await bot.tap(ada, "All time", shown.message_id)  # the same again: Telegram refuses

        assert len(bot.api.messages_to(ada.chat_id)) == messages  # no copies, no apology
        edits = bot.api.calls_of("editMessageMedia")
        assert len(edits) == 3
        assert edits[0].files
        assert next(iter(edits[0].files.values())) != thirty
        assert ninety is not None
        assert ninety.file_id != shown.file_id
        assert ninety.caption == caption  # the same numbers, over a wider window
        assert [label for label, _ in ninety.buttons] == ["30 days", "90 days", "All time"]
        assert len(bot.api.calls_of("answerCallbackQuery")) >= 3
    tall = Image.open(io.BytesIO(thirty))
    assert tall.height > 1.5 * tall.width  # the pain chart above the calendar, in one picture


async def test_history_pages_turn_in_place(database_url: str) -> None:
    clock = FakeClock(THURSDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9904)
        await onboard(bot, ada, consent=False, zone="UTC")
        for _ in range(12):
            await quick_session(bot, ada, 2, ("✅ Done", "⏭ Skip"), 2)
            clock.advance(timedelta(hours=20))
        await bot.send(ada.command("/history"))
        page = bot.last(ada)
        messages = len(bot.api.messages_to(ada.chat_id))

        await bot.tap(ada, "◀ Older", page.message_id)
        older = bot.api.message(ada.chat_id, page.message_id)
        assert older is not None
        assert (older.text or "").count("2-minute routine") == 2
        await bot.send(ada.press("hs:1", page.message_id))  # a second tap of the old "Older"
        await bot.tap(ada, "Newer ▶", page.message_id)

        newest = bot.api.message(ada.chat_id, page.message_id)
        assert newest is not None
        assert (newest.text or "").count("2-minute routine") == 10
        assert len(bot.api.messages_to(ada.chat_id)) == messages
        assert [c.method for c in bot.api.calls if c.method.startswith("edit")][-3:] == [
            "editMessageText"
        ] * 3
