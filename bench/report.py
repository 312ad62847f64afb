"""Time and peak memory of the clinician PDF report, for four weeks and a year of data.

Run: .venv/bin/python -m bench.report [--repeat 5]
Baseline, measured in the same run: the pain chart alone (matplotlib to SVG) for four weeks,
and the one-session report (every fixed cost: fonts, layout, tables, no real data). Each row
prints the median wall and CPU time of `repeat` renders after one warm-up, the peak of Python
allocations during one render (tracemalloc, which also sees numpy's arrays), the PDF's size,
and the time as a multiple of the baseline chart. The process's peak RSS closes the table.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

from bot.content import load_catalog
from bot.domain.report import ReportData
from bot.reports import samples
from bot.reports.chart import TrendLabels, render_trend_svg
from bot.reports.pdf import render_report

LABELS = TrendLabels("Before", "After", "Weekly", "Pain (0–10)", tuple("JFMAMJJASOND"))


@dataclass(frozen=True, slots=True)
class Row:
    """One measured case."""

    name: str
    wall_ms: float
    cpu_ms: float
    peak_mb: float
    size_kb: float


def chart_only(data: ReportData) -> bytes:
    """The baseline: the chart's SVG alone for the same data, without the PDF around it."""
    return render_trend_svg(data.session_points, data.weekly_pain, data.start, data.end, LABELS)


def measure(name: str, render: Callable[[], bytes], repeat: int) -> Row:
    """Warm up once, time `repeat` renders, then trace one render's peak allocations."""
    size = len(render())
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        render()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    tracemalloc.start()
    try:
        render()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Row(name, statistics.median(walls), statistics.median(cpus), peak / 2**20, size / 1024)


def run(repeat: int) -> list[Row]:
    """Measure the baseline and the reports, in that order."""
    texts = load_catalog().texts
    four, year, one = samples.four_weeks(), samples.one_year(), samples.one_session()
    return [
        measure("chart alone, 4 weeks (baseline)", lambda: chart_only(four), repeat),
        measure("report, 1 session", lambda: render_report(one, texts), repeat),
        measure("report, 4 weeks", lambda: render_report(four, texts), repeat),
        measure("chart alone, 1 year", lambda: chart_only(year), repeat),
        measure("report, 1 year", lambda: render_report(year, texts), repeat),
    ]


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    rows = run(parser.parse_args().repeat)
    base = rows[0].wall_ms
    print(f"{'case':34} {'wall ms':>8} {'cpu ms':>8} {'x base':>7} {'peak MB':>8} {'PDF kB':>7}")
    for row in rows:
        print(
            f"{row.name:34} {row.wall_ms:8.1f} {row.cpu_ms:8.1f} {row.wall_ms / base:7.2f} "
            f"{row.peak_mb:8.1f} {row.size_kb:7.1f}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
