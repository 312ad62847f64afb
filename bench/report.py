"""Time and peak memory of the clinician PDF report, for four weeks and a year of data.

Run: .venv/bin/python -m bench.report [--repeat 5]
Baseline, measured in the same run: the pain chart alone (matplotlib to SVG) for four weeks,
and the one-session report (every fixed cost: fonts, layout, tables, no real data). Each row
prints the median wall and CPU time of `repeat` runs after one warm-up, the peak of Python
allocations during one run (tracemalloc, which also sees numpy's arrays), the PDF's size,
and the time as a multiple of the baseline chart. Then the whole /report path on a year of
practice seeded into SQLite: reading the period (ReportService.gather) and reading plus drawing
in a worker thread (ReportMaker.pdf). The process's peak RSS closes the table.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from bench.report_seed import USER_ID, seed_practice
from bot.content import load_catalog
from bot.domain.report import ReportData
from bot.reports import samples
from bot.reports.chart import TrendLabels, render_trend_svg
from bot.reports.maker import ReportMaker
from bot.reports.pdf import render_report
from bot.reports.words import report_words
from bot.services.report import ReportService
from db.engine import create_engine, create_session_factory
from db.uow import SqlUnitOfWorkFactory
from tests.support.seeding import fresh_schema

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


async def measure_async(name: str, make: Callable[[], Awaitable[bytes]], repeat: int) -> Row:
    """As `measure`, for a coroutine (the event loop's own time included)."""
    size = len(await make())
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        await make()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    tracemalloc.start()
    try:
        await make()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Row(name, statistics.median(walls), statistics.median(cpus), peak / 2**20, size / 1024)


async def from_database(repeat: int) -> list[Row]:
    """The /report path on a year of practice in SQLite: the read alone, then read and draw."""
    today = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
    catalog = load_catalog()
    maker = ReportMaker(catalog.texts)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/report.sqlite3"
        seeded = await fresh_schema(url)
        await seed_practice(seeded, today, 365)
        await seeded.dispose()
        engine = create_engine(url)
        uow = SqlUnitOfWorkFactory(create_session_factory(engine))
        service = ReportService(uow, lambda: today, report_words(catalog))

        async def read(days: int | None) -> ReportData:
            outcome = await service.gather(USER_ID, "Zoë", days, receipt=None)
            if outcome.data is None:
                raise RuntimeError(f"nothing to report: {outcome.missing}")
            return outcome.data

        async def read_only(days: int | None) -> bytes:
            await read(days)
            return b""

        async def whole(days: int | None) -> bytes:
            return await maker.pdf(await read(days))

        try:
            return [
                await measure_async("read, 4 weeks (SQLite)", lambda: read_only(28), repeat),
                await measure_async("read, 1 year (SQLite)", lambda: read_only(None), repeat),
                await measure_async("read + draw, 4 weeks", lambda: whole(28), repeat),
                await measure_async("read + draw, 1 year", lambda: whole(None), repeat),
            ]
        finally:
            await engine.dispose()


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
    repeat = parser.parse_args().repeat
    rows = run(repeat) + asyncio.run(from_database(repeat))
    base = rows[0].wall_ms
    print(f"{'case':34} {'wall ms':>8} {'cpu ms':>8} {'x base':>7} {'peak MB':>8} {'PDF kB':>7}")
    for row in rows:
        print(
            f"{row.name:34} {row.wall_ms:8.1f} {row.cpu_ms:8.1f} {row.wall_ms / base:7.2f} "
            f"{row.peak_mb:8.1f} " + (f"{row.size_kb:7.1f}" if row.size_kb else f"{'—':>7}")
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
