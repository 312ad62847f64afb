"""The pain chart: a real PNG of the asked size, with ratings drawn and gaps left empty."""

from __future__ import annotations

import asyncio
import io
import struct
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.image import imread
from numpy.typing import NDArray

from bot.charts.pain_chart import (
    AFTER_COLOR,
    BEFORE_COLOR,
    SESSION_COLOR,
    WEEKLY_COLOR,
    ChartLabels,
    render_pain_chart,
)
from bot.domain.progress import (
    DailyPoint,
    SessionPoint,
    WeeklyAverage,
    daily_series,
    weekly_averages,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TODAY = date(2026, 5, 20)
# The title and legend sit in the top 20% of the image; the plot and session lane below it.
PLOT_FROM = 0.2
# A marker or a session square covers hundreds of pixels; stray edge pixels are far fewer.
MIN_PATCH = 40
MARKER_PX = 25


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first."""
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def pixels(png: bytes) -> NDArray[np.float32]:
    """Decoded RGB values in 0..1, height x width x 3."""
    image: NDArray[np.float32] = imread(io.BytesIO(png), format="png")
    return image[:, :, :3]


def matching(image: NDArray[np.float32], color: str) -> NDArray[np.bool_]:
    """Where the image shows `color`: fills are exact, so only PNG rounding is allowed for."""
    target = np.array(to_rgb(color), dtype=np.float32)
    result: NDArray[np.bool_] = np.all(np.abs(image - target) < 0.02, axis=2)
    return result


def shows(image: NDArray[np.float32], color: str) -> bool:
    """Whether a solid patch of `color` is drawn, not just a few antialiased text pixels."""
    return int(matching(image, color).sum()) >= MIN_PATCH


def plot_area(png: bytes) -> NDArray[np.float32]:
    """The image below the title and legend, whose samples show every colour anyway."""
    image = pixels(png)
    return image[int(image.shape[0] * PLOT_FROM) :]


def days(count: int) -> list[date]:
    """The last `count` days up to TODAY."""
    return [TODAY - timedelta(days=offset) for offset in range(count - 1, -1, -1)]


def month_of_sessions() -> tuple[tuple[DailyPoint, ...], list[SessionPoint]]:
    """Thirty days with most days rated and a few missed, as /progress would send."""
    points = [
        SessionPoint(day, before=3 + index % 4, after=1 + index % 3)
        for index, day in enumerate(days(30))
        if index % 5 != 2
    ]
    return daily_series(points, TODAY - timedelta(days=29), TODAY), points


def render(series: tuple[DailyPoint, ...], width_px: int = 1080, height_px: int = 810) -> bytes:
    """Render without the weekly line, so only the daily ratings use their colours."""
    return render_pain_chart(
        series, (), title="Your pain", zone_label="UTC", width_px=width_px, height_px=height_px
    )


def test_the_chart_is_a_png_of_the_default_phone_size_and_not_blank() -> None:
    series, points = month_of_sessions()
    weekly = weekly_averages(points, series[0].day, series[-1].day)
    png = render_pain_chart(series, weekly, title="Last 30 days", zone_label="Europe/Berlin")
    assert png_size(png) == (1080, 810)
    image = pixels(png)
    assert image.shape == (810, 1080, 3)
    assert float(image.std()) > 0.05
    assert len(np.unique(image.reshape(-1, 3), axis=0)) > 100


@pytest.mark.parametrize(
    ("width", "height"), [(720, 540), (1080, 1080), (1280, 960), (640, 640)], ids=str
)
def test_the_chart_has_exactly_the_requested_size(width: int, height: int) -> None:
    series, _ = month_of_sessions()
    png = render(series, width_px=width, height_px=height)
    assert png_size(png) == (width, height)
    assert float(pixels(png).std()) > 0.05


@pytest.mark.parametrize(
    "series",
    [
        pytest.param((), id="no days"),
        pytest.param(daily_series([], TODAY - timedelta(days=29), TODAY), id="thirty empty days"),
        pytest.param(
            daily_series([SessionPoint(TODAY)], TODAY, TODAY), id="a session without ratings"
        ),
    ],
)
def test_nothing_to_draw_is_refused_so_the_caller_sends_the_friendly_text(
    series: tuple[DailyPoint, ...],
) -> None:
    with pytest.raises(ValueError, match="empty-state"):
        render(series)


@pytest.mark.parametrize(
    ("width", "height", "message"),
    [
        pytest.param(100, 810, "width_px", id="too narrow"),
        pytest.param(1080, 5000, "height_px", id="too tall"),
        pytest.param(1080, 400, "too flat", id="too flat for the plot"),
    ],
)
def test_unreadable_sizes_are_refused(width: int, height: int, message: str) -> None:
    series, _ = month_of_sessions()
    with pytest.raises(ValueError, match=message):
        render(series, width_px=width, height_px=height)


def test_month_names_must_be_twelve() -> None:
    series, _ = month_of_sessions()
    with pytest.raises(ValueError, match="twelve"):
        render_pain_chart(series, (), title="t", zone_label="UTC", labels=ChartLabels(months=()))


@pytest.mark.parametrize(
    ("middle", "drawn"),
    [
        pytest.param(None, False, id="a missed day is a gap"),
        pytest.param(SessionPoint(TODAY - timedelta(days=1)), False, id="an unrated day too"),
        pytest.param(SessionPoint(TODAY - timedelta(days=1), 5, 3), True, id="a rated day joins"),
    ],
)
def test_a_day_without_ratings_leaves_a_gap_in_the_lines_rather_than_a_zero(
    middle: SessionPoint | None, drawn: bool
) -> None:
    points = [
        SessionPoint(TODAY - timedelta(days=2), before=5, after=3),
        *([] if middle is None else [middle]),
        SessionPoint(TODAY, before=5, after=3),
    ]
    plot = plot_area(render(daily_series(points, TODAY - timedelta(days=2), TODAY)))
    for colour in (BEFORE_COLOR, AFTER_COLOR):
        drawn_at = matching(plot, colour)
        columns = np.flatnonzero(drawn_at.any(axis=0))
        # Between the outer markers (about 20 px wide) only a joining line could show.
        between = drawn_at[:, columns.min() + MARKER_PX : columns.max() - MARKER_PX + 1]
        assert (int(between.sum()) >= MIN_PATCH) == drawn


@pytest.mark.parametrize(
    ("before", "after", "colours"),
    [
        pytest.param(6, None, {BEFORE_COLOR}, id="before only"),
        pytest.param(None, 2, {AFTER_COLOR}, id="after only"),
        pytest.param(6, 2, {BEFORE_COLOR, AFTER_COLOR}, id="both"),
    ],
)
def test_each_rating_is_drawn_in_its_own_colour(
    before: int | None, after: int | None, colours: set[str]
) -> None:
    series = daily_series([SessionPoint(TODAY, before=before, after=after)], TODAY, TODAY)
    plot = plot_area(render(series))
    for colour in (BEFORE_COLOR, AFTER_COLOR):
        assert shows(plot, colour) == (colour in colours)


@pytest.mark.parametrize(
    ("weeks", "drawn"),
    [
        pytest.param((), False, id="no weeks"),
        pytest.param(((TODAY - timedelta(days=16), None),), False, id="an unrated week"),
        pytest.param(((TODAY - timedelta(days=16), 6.0),), True, id="a lone rated week"),
        pytest.param(
            ((TODAY - timedelta(days=16), 6.0), (TODAY - timedelta(days=9), 4.0)),
            True,
            id="two rated weeks joined",
        ),
    ],
)
def test_rated_weeks_are_drawn_as_the_weekly_average_line(
    weeks: tuple[tuple[date, float | None], ...], drawn: bool
) -> None:
    series = daily_series([SessionPoint(TODAY, before=2)], TODAY - timedelta(days=20), TODAY)
    weekly = [WeeklyAverage(start, average, 1) for start, average in weeks]
    png = render_pain_chart(series, weekly, title="Weeks", zone_label="UTC")
    assert shows(plot_area(png), WEEKLY_COLOR) == drawn


def test_a_series_that_skips_days_is_refused() -> None:
    series = (DailyPoint(TODAY - timedelta(days=2), 4.0, None, 1), DailyPoint(TODAY, 4.0, None, 1))
    with pytest.raises(ValueError, match="one point per day"):
        render(series)


@pytest.mark.parametrize(("sessions", "marked"), [(0, False), (1, True), (3, True)])
def test_days_with_a_session_are_marked_in_the_session_lane(sessions: int, marked: bool) -> None:
    series = (DailyPoint(TODAY, before=4.0, after=None, sessions=sessions),)
    assert shows(plot_area(render(series)), SESSION_COLOR) == marked


@pytest.mark.parametrize("count", [1, 7, 90, 400, 1500], ids=lambda count: f"{count} days")
def test_windows_from_one_day_to_years_render(count: int) -> None:
    points = [SessionPoint(day, before=5, after=3) for day in days(count)[::3]]
    start = TODAY - timedelta(days=count - 1)
    series = daily_series(points, start, TODAY)
    png = render_pain_chart(
        series, weekly_averages(points, start, TODAY), title="All time", zone_label="UTC"
    )
    assert png_size(png) == (1080, 810)
    assert float(pixels(png).std()) > 0.05


async def test_renders_in_worker_threads_at_once_match_a_render_on_the_loop() -> None:
    series, points = month_of_sessions()
    weekly = weekly_averages(points, series[0].day, series[-1].day)

    def draw() -> bytes:
        """One chart, as the /progress service would render it."""
        return render_pain_chart(series, weekly, title="Last 30 days", zone_label="UTC")

    expected = draw()
    results = await asyncio.gather(*(asyncio.to_thread(draw) for _ in range(6)))
    assert all(result == expected for result in results)
