"""The habit calendar: a real PNG whose coloured days follow the data and whose words are ours."""

from __future__ import annotations

import io
import struct
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.image import imread
from numpy.typing import NDArray

from bot.charts.calendar_labels import CalendarLabels
from bot.charts.habit_calendar import FILL, render_habit_calendar
from bot.domain.day_status import DayStatus

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NOVEMBER = [(2026, 11)]
DAYS = [date(2026, 11, 1) + timedelta(days=offset) for offset in range(30)]


def size_of(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first."""
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def pixels(png: bytes) -> NDArray[np.float32]:
    """Decoded RGB values in 0..1."""
    image: NDArray[np.float32] = imread(io.BytesIO(png), format="png")
    return image[:, :, :3]


def count(png: bytes, colour: str) -> int:
    """How many pixels show exactly this fill colour (allowing PNG rounding)."""
    target = np.array(to_rgb(colour), dtype=np.float32)
    return int(np.all(np.abs(pixels(png) - target) < 0.01, axis=2).sum())


def test_a_month_is_a_phone_width_png_taller_than_wide() -> None:
    png = render_habit_calendar({}, NOVEMBER)

    width, height = size_of(png)
    assert width == 1080
    assert height > width


def test_more_done_days_paint_more_of_the_done_colour() -> None:
    done = FILL[DayStatus.DONE]
    counts = [
        count(render_habit_calendar(dict.fromkeys(DAYS[:n], DayStatus.DONE), NOVEMBER), done)
        for n in (0, 1, 10, 30)
    ]

    assert counts == sorted(counts)
    assert len(set(counts)) == 4


@pytest.mark.parametrize(
    "status", [DayStatus.DONE, DayStatus.QUICK, DayStatus.MISSED, DayStatus.PAUSED]
)
def test_each_status_has_its_own_colour_on_the_grid(status: DayStatus) -> None:
    empty = count(render_habit_calendar({}, NOVEMBER), FILL[status])
    marked = count(render_habit_calendar(dict.fromkeys(DAYS[:7], status), NOVEMBER), FILL[status])

    assert marked > empty + 7 * 500


def test_the_same_data_gives_the_same_picture_and_other_data_another() -> None:
    week = {day: DayStatus.DONE for day in DAYS[:7]}
    other = {**week, DAYS[3]: DayStatus.MISSED}

    assert render_habit_calendar(week, NOVEMBER) == render_habit_calendar(week, NOVEMBER)
    changed = np.abs(
        pixels(render_habit_calendar(week, NOVEMBER))
        - pixels(render_habit_calendar(other, NOVEMBER))
    )
    assert (changed.max(axis=2) > 0.1).sum() > 1000


def test_the_words_are_the_ones_passed_in() -> None:
    plain = render_habit_calendar({}, NOVEMBER)
    titled = render_habit_calendar({}, NOVEMBER, labels=CalendarLabels(title="Deine Tage"))

    assert size_of(plain) == size_of(titled)
    assert not np.array_equal(pixels(plain), pixels(titled))


def test_a_summary_line_and_more_months_make_it_taller() -> None:
    one = size_of(render_habit_calendar({}, NOVEMBER))[1]
    summary = CalendarLabels(summary="Last 7 days: 5 of 6 goal days")
    with_summary = size_of(render_habit_calendar({}, NOVEMBER, labels=summary))[1]
    two = size_of(render_habit_calendar({}, [(2026, 11), (2026, 12)]))[1]

    assert one < with_summary < two


def test_long_legend_words_flow_onto_more_rows_instead_of_overlapping() -> None:
    short = size_of(render_habit_calendar({}, NOVEMBER, width_px=540))[1]
    wordy = CalendarLabels(legend={status: "A much longer legend text" for status in DayStatus})
    long = size_of(render_habit_calendar({}, NOVEMBER, labels=wordy, width_px=540))[1]

    assert long > short


@pytest.mark.parametrize(
    ("months", "labels", "width"),
    [
        ([], CalendarLabels(), 1080),
        ([(2026, month) for month in range(1, 13)] + [(2027, 1)], CalendarLabels(), 1080),
        (NOVEMBER, CalendarLabels(weekdays=("M", "T")), 1080),
        (NOVEMBER, CalendarLabels(), 100),
    ],
)
def test_impossible_requests_are_refused(
    months: list[tuple[int, int]], labels: CalendarLabels, width: int
) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        render_habit_calendar({}, months, labels=labels, width_px=width)
