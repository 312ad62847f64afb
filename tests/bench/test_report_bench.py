"""The report benchmark stays runnable: one repeat of every case, with sane readings."""

from __future__ import annotations

from bench import report


def test_the_report_benchmark_measures_every_case_against_its_baseline() -> None:
    rows = report.run(repeat=1)
    assert rows[0].name.endswith("(baseline)")
    assert [row.name for row in rows[1:]] == [
        "report, 1 session",
        "report, 4 weeks",
        "chart alone, 1 year",
        "report, 1 year",
    ]
    assert all(row.wall_ms > 0 and row.peak_mb > 0 and row.size_kb > 0 for row in rows)


async def test_the_database_half_reads_a_seeded_year_and_draws_it() -> None:
    rows = await report.from_database(repeat=1)
    assert [row.name for row in rows] == [
        "read, 4 weeks (SQLite)",
        "read, 1 year (SQLite)",
        "read + draw, 4 weeks",
        "read + draw, 1 year",
    ]
    assert [row.size_kb > 0 for row in rows] == [False, False, True, True]
    # A year with pain and function checks draws more than four weeks of the same.
    assert rows[3].size_kb > rows[2].size_kb
