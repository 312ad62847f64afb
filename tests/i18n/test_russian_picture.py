"""/progress for a Russian reader: the chart and calendar drawn with Cyrillic words and dates."""

from __future__ import annotations

import io
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

from matplotlib import font_manager, ft2font
from PIL import Image

from bot.i18n.dates import full_month_names, month_names, weekday_letters
from tests.i18n.marked import MARK, marked_content
from tests.support.harness import FakeClock, running_bot

THURSDAY = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
DONE = f"{MARK}✅ Done"


async def test_a_russian_progress_picture_has_cyrillic_labels(
    database_url: str, tmp_path: Path
) -> None:
    content = marked_content(tmp_path, "ru", "Русский")
    clock = FakeClock(THURSDAY)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = await _russian_progress(database_url, content, clock)
    image = Image.open(io.BytesIO(png))
    assert image.width > 400
    assert image.height > 400
    missing = [str(warning.message) for warning in caught if "Glyph" in str(warning.message)]
    assert missing == [], "the chart font lacks Cyrillic glyphs"
    font = ft2font.FT2Font(font_manager.findfont(font_manager.FontProperties()))
    assert all(font.get_char_index(ord(letter)) for letter in "БольЗанятиянояб.ПВСЧНоябрь")
    assert month_names("ru")[10] == "нояб."
    assert full_month_names("ru")[10] == "Ноябрь"  # the calendar's month heading
    assert weekday_letters("ru")[0] == "П"


async def _russian_progress(database_url: str, content: Path, clock: FakeClock) -> bytes:
    """Onboard a ru-RU user, three quick sessions with ratings, then /progress's picture."""
    async with running_bot(database_url, clock=clock, content_dir=content) as bot:
        ivan = bot.person(1811, "Иван")
        ivan.language_code = "ru-RU"
        await bot.send(ivan.command("/start"))
        for data in ("c:y", "sc:0000:ok", "tz:UTC", "gl:7", "rm:0900", "bd:y"):
            await bot.tap(ivan, data)
        for before, after in ((6, 4), (5, 3), (5, 2)):
            await bot.send(ivan.command("/quick"))
            await bot.tap(ivan, str(before))
            await bot.tap(ivan, DONE)
            await bot.tap(ivan, DONE)
            await bot.tap(ivan, str(after))
            clock.advance(timedelta(days=1))
        await bot.send(ivan.command("/progress"))
        return bot.api.calls_of("sendPhoto")[-1].files["photo"]
