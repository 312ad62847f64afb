"""The /progress pain chart as PNG bytes, built for a phone screen and a worker thread."""

# Thread safety: only the object-oriented API is used (a fresh Figure with its own Agg canvas
# per call), never pyplot, whose global figure registry is not thread-safe, and rcParams are
# never changed. So render_pain_chart may run in asyncio.to_thread, several at once.
#
# Phone layout: Telegram shows the 1080 px image about 360-400 points wide, so all sizes are set
# on a 7.2-inch-wide figure whose dpi yields the requested pixels; 14 pt text lands near 11
# points on screen. Windows up to 45 days draw lines, markers and a before-to-after stem per day;
# longer ones draw dots only and let the weekly line carry the trend.

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter

from bot.domain.pain import PAIN_MAX, PAIN_MIN
from bot.domain.progress import DailyPoint, WeeklyAverage, has_pain_data

_WIDTH_IN = 7.2
_PX_RANGE = (320, 4096)
_DETAILED_DAYS = 45
_MAX_TICKS = 6
_DAY_TICK_STEPS = (1, 2, 3, 7, 14, 21, 28)
_MONTH_TICK_STEPS = (1, 2, 3, 4, 6, 12)
_DAY_TICKS_UP_TO = 150

# A calm palette: warm clay for "before", sea green for "after", slate for the weekly line.
_BACKGROUND = "#FBFAF7"
_INK = "#33383F"
_MUTED = "#7A808A"
_GRID = "#E6E3DC"
BEFORE_COLOR = "#D2764F"
AFTER_COLOR = "#2F8F83"
WEEKLY_COLOR = "#8E9BB5"
SESSION_COLOR = "#8FAE9F"
_STEM = "#D9D4CB"

# Margins in inches: title and legend above the plot, the session lane and dates below it.
_EDGE_IN, _TITLE_TOP_IN, _LEGEND_TOP_IN, _TOP_IN = 0.25, 0.2, 0.66, 1.05
_LEFT_IN, _RIGHT_IN, _BOTTOM_IN = 1.0, 0.45, 0.8
_LANE_IN, _LANE_GAP_IN = 0.32, 0.12
_MIN_PLOT_IN = 1.0

_TITLE_PT, _LABEL_PT, _TICK_PT = 20, 15, 14


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Every word drawn on the chart, so the texts can come from content files."""

    before: str = "Before"
    after: str = "After"
    weekly: str = "Weekly average (before)"
    pain_axis: str = "Pain (0–10)"
    sessions: str = "Sessions"
    # "{zone}" is replaced by zone_label (plain replacement, no str.format).
    date_axis: str = "Date ({zone})"
    months: tuple[str, ...] = (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    )  # fmt: skip


def render_pain_chart(
    series: Sequence[DailyPoint],
    weekly: Sequence[WeeklyAverage],
    *,
    title: str,
    zone_label: str,
    width_px: int = 1080,
    height_px: int = 810,
    labels: ChartLabels = ChartLabels(),
) -> bytes:
    """Draw daily before/after pain with gaps for missed days, plus the weekly average line."""
    # `series` is progress.daily_series(...) for the window shown (one point per day, oldest
    # first) and `weekly` is progress.weekly_averages(...) for the same window. Raises
    # ValueError when the series holds no rating: the caller sends a friendly text instead.
    if not has_pain_data(series):
        raise ValueError("no pain ratings to draw; send the empty-state message instead")
    for name, value in (("width_px", width_px), ("height_px", height_px)):
        if not _PX_RANGE[0] <= value <= _PX_RANGE[1]:
            raise ValueError(f"{name} must be within {_PX_RANGE[0]}-{_PX_RANGE[1]}, got {value}")
    if len(labels.months) != 12:
        raise ValueError("labels.months needs twelve month names")
    start, end = series[0].day, series[-1].day
    if (end - start).days != len(series) - 1:
        raise ValueError("series must hold one point per day, oldest first, as daily_series gives")
    detailed = len(series) <= _DETAILED_DAYS
    dpi = width_px / _WIDTH_IN
    height_in = height_px / dpi
    figure = Figure(figsize=(_WIDTH_IN, height_in), dpi=dpi, facecolor=_BACKGROUND)
    FigureCanvasAgg(figure)
    pain, lane = _layout(figure, height_in)
    _draw_pain(pain, series, weekly, detailed=detailed)
    pain.set_ylabel(labels.pain_axis, fontsize=_LABEL_PT, color=_INK)
    pain.set_xlim(start.toordinal() - 0.7, end.toordinal() + 0.7)
    _draw_sessions(lane, series, labels.sessions)
    _draw_dates(lane, start, end, labels.months)
    lane.set_xlabel(labels.date_axis.replace("{zone}", zone_label), fontsize=_LABEL_PT, color=_INK)
    figure.text(
        _EDGE_IN / _WIDTH_IN, 1.0 - _TITLE_TOP_IN / height_in, title,
        ha="left", va="top", fontsize=_TITLE_PT, color=_INK, fontweight="bold",
    )  # fmt: skip
    figure.legend(
        _legend_handles(detailed=detailed),
        [labels.weekly, labels.before, labels.after],
        loc="upper left",
        bbox_to_anchor=(_EDGE_IN / _WIDTH_IN, 1.0 - _LEGEND_TOP_IN / height_in),
        ncols=3, frameon=False, fontsize=_TICK_PT, labelcolor=_INK,
        handlelength=1.4, columnspacing=1.2, handletextpad=0.5, borderaxespad=0.0, borderpad=0.0,
    )  # fmt: skip
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor=_BACKGROUND)
    return buffer.getvalue()


def _layout(figure: Figure, height_in: float) -> tuple[Axes, Axes]:
    """Place the pain axes and the session lane by fixed inch margins, so text never overlaps."""
    pain_bottom = _BOTTOM_IN + _LANE_IN + _LANE_GAP_IN
    pain_height = height_in - _TOP_IN - pain_bottom
    if pain_height < _MIN_PLOT_IN:
        raise ValueError("the image is too flat for a readable chart")
    left = _LEFT_IN / _WIDTH_IN
    width = 1.0 - (_LEFT_IN + _RIGHT_IN) / _WIDTH_IN
    pain = figure.add_axes((left, pain_bottom / height_in, width, pain_height / height_in))
    lane_box = (left, _BOTTOM_IN / height_in, width, _LANE_IN / height_in)
    lane = figure.add_axes(lane_box, sharex=pain)
    for axes in (pain, lane):
        axes.set_facecolor(_BACKGROUND)
        axes.spines[["top", "right"]].set_visible(False)
        axes.spines[["left", "bottom"]].set_color(_GRID)
        axes.tick_params(labelsize=_TICK_PT, colors=_MUTED, labelcolor=_INK, length=4)
    return pain, lane


def _draw_pain(
    axes: Axes, series: Sequence[DailyPoint], weekly: Sequence[WeeklyAverage], *, detailed: bool
) -> None:
    """Plot the weekly line under the daily ratings; None becomes NaN, which leaves a gap."""
    days = [point.day.toordinal() for point in series]
    middles, averages = _weekly_line(weekly, series[0].day, series[-1].day)
    width = _day_size_pt(axes, len(middles), largest=5.0, smallest=2.0)
    axes.plot(
        middles, averages, color=WEEKLY_COLOR, linewidth=width, marker="o", markersize=8, mew=0,
        markevery=_alone(averages),
    )  # fmt: skip
    if detailed:
        # A faint stem from before to after shows each session's relief (or rise) at a glance.
        pairs = [(p.day.toordinal(), p.before, p.after) for p in series]
        stems = [(x, b, a) for x, b, a in pairs if b is not None and a is not None]
        low = [min(b, a) for _, b, a in stems]
        high = [max(b, a) for _, b, a in stems]
        axes.vlines([x for x, _, _ in stems], low, high, colors=_STEM, linewidth=3, zorder=1)
    marker = _day_size_pt(axes, len(series), largest=9.0)
    for values, color in (
        ([point.before for point in series], BEFORE_COLOR),
        ([point.after for point in series], AFTER_COLOR),
    ):
        axes.plot(
            days,
            [math.nan if value is None else value for value in values],
            color=color,
            linewidth=2.6 if detailed else 0.0,
            marker="o",
            markersize=marker,
            markeredgecolor=_BACKGROUND,
            markeredgewidth=1.2 if detailed else 0.0,
            alpha=1.0 if detailed else 0.75,
            zorder=3,
        )
    axes.set_ylim(PAIN_MIN - 0.4, PAIN_MAX + 0.4)
    axes.yaxis.set_major_locator(FixedLocator(list(range(PAIN_MIN, PAIN_MAX + 1, 2))))
    axes.grid(axis="y", color=_GRID, linewidth=1.2)
    axes.tick_params(axis="x", bottom=False, labelbottom=False)


def _weekly_line(
    weekly: Sequence[WeeklyAverage], start: date, end: date
) -> tuple[list[float], list[float]]:
    """One point per week at the middle of its visible days; unrated weeks break the line."""
    middles: list[float] = []
    averages: list[float] = []
    for week in weekly:
        first = max(week.week_start, start)
        last = min(week.week_start + timedelta(days=6), end)
        if first <= last:
            middles.append((first.toordinal() + last.toordinal()) / 2)
            averages.append(math.nan if week.average is None else week.average)
    return middles, averages


def _alone(values: Sequence[float]) -> list[int]:
    """Rated weeks with no rated neighbour: no line reaches them, so they get a dot."""
    rated = [not math.isnan(value) for value in values]
    padded = [False, *rated, False]
    return [i for i, ok in enumerate(rated) if ok and not padded[i] and not padded[i + 2]]


def _legend_handles(*, detailed: bool) -> list[Line2D]:
    """Legend samples at full size, even when a long window draws its dots small."""
    weekly = Line2D([], [], color=WEEKLY_COLOR, linewidth=5, solid_capstyle="round")
    width = 2.6 if detailed else 0.0
    daily = [
        Line2D([], [], color=color, linewidth=width, marker="o", markersize=9.0)
        for color in (BEFORE_COLOR, AFTER_COLOR)
    ]
    for handle in daily:
        handle.set_markeredgecolor(_BACKGROUND)
        handle.set_markeredgewidth(1.2)
    return [weekly, *daily]


def _day_size_pt(axes: Axes, slots: int, *, largest: float, smallest: float = 4.0) -> float:
    """A size that keeps neighbouring days (or weeks) apart, however long the window."""
    width_pt = axes.get_position().width * _WIDTH_IN * 72
    return max(smallest, min(largest, 0.7 * width_pt / max(slots, 1)))


def _draw_sessions(axes: Axes, series: Sequence[DailyPoint], label: str) -> None:
    """Mark each day with a session in a thin lane, so the effort shows, rated or not."""
    days = [point.day.toordinal() for point in series if point.sessions > 0]
    size = _day_size_pt(axes, len(series), largest=10.0) ** 2
    axes.scatter(days, [0.0] * len(days), s=size, color=SESSION_COLOR, marker="s", linewidths=0)
    axes.set_ylim(-1.0, 1.0)
    axes.set_yticks([0.0], [label], fontsize=_TICK_PT - 2, color=_MUTED)
    axes.tick_params(axis="y", length=0)
    axes.spines["left"].set_visible(False)


def _draw_dates(axes: Axes, start: date, end: date, months: Sequence[str]) -> None:
    """Label a few dates, always including the last day, with locale-free month names."""
    by_month = (end - start).days > _DAY_TICKS_UP_TO

    def name(value: float, _position: int | None) -> str:
        """One tick label: "12 May" for short windows, "May 2026" for long ones."""
        day = date.fromordinal(round(value))
        month = months[day.month - 1]
        return f"{month} {day.year}" if by_month else f"{day.day} {month}"

    ticks = _date_ticks(start, end)
    axes.xaxis.set_major_locator(FixedLocator([tick.toordinal() for tick in ticks]))
    axes.xaxis.set_major_formatter(FuncFormatter(name))


def _date_ticks(start: date, end: date) -> list[date]:
    """At most six ticks: days counted back from the end, or month starts for long windows."""
    span = (end - start).days
    if span <= _DAY_TICKS_UP_TO:
        step = next(s for s in _DAY_TICK_STEPS if span // s + 1 <= _MAX_TICKS)
        return [end - timedelta(days=offset) for offset in range(0, span + 1, step)][::-1]
    months = (end.year - start.year) * 12 + end.month - start.month
    fitting = (s for s in _MONTH_TICK_STEPS if months // s + 1 < _MAX_TICKS)
    step = next(fitting, 12 * math.ceil(months / (12 * (_MAX_TICKS - 2))))
    ticks = []
    index = end.year * 12 + end.month - 1
    while (first := date(index // 12, index % 12 + 1, 1)) >= start:
        ticks.append(first)
        index -= step
    return ticks[::-1]
