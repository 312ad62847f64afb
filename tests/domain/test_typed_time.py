"""Typed reminder times: every common way of writing a clock time reads; nonsense gives None."""

from __future__ import annotations

from datetime import time

import pytest

from bot.domain.typed_time import parse_typed_time

READ = [
    ("9", time(9, 0)),
    ("09", time(9, 0)),
    ("0", time(0, 0)),
    ("19", time(19, 0)),
    ("9am", time(9, 0)),
    ("9 am", time(9, 0)),
    ("9 AM", time(9, 0)),
    ("9a.m.", time(9, 0)),
    ("9 a.m.", time(9, 0)),
    ("7pm", time(19, 0)),
    ("7 p.m.", time(19, 0)),
    ("7p", time(19, 0)),
    ("12am", time(0, 0)),
    ("12pm", time(12, 0)),
    ("12:30 am", time(0, 30)),
    ("19h", time(19, 0)),
    ("19h30", time(19, 30)),
    ("19 h 30", time(19, 30)),
    ("19.30", time(19, 30)),
    ("7.30pm", time(19, 30)),
    ("7:30 pm", time(19, 30)),
    ("7:30PM", time(19, 30)),
    ("07:30", time(7, 30)),
    ("7:05", time(7, 5)),
    ("23:59", time(23, 59)),
    ("00:00", time(0, 0)),
    ("0730", time(7, 30)),
    ("1930", time(19, 30)),
    ("730pm", time(19, 30)),
    ("7 30", time(7, 30)),
    ("noon", time(12, 0)),
    ("Noon", time(12, 0)),
    ("midday", time(12, 0)),
    ("midnight", time(0, 0)),
    ("7 o'clock", time(7, 0)),
    ("7 o’clock pm", time(19, 0)),
    ("at 8", time(8, 0)),
    ("around 6pm", time(18, 0)),
    ("  8:15  ", time(8, 15)),
    ("８：１５", time(8, 15)),
    ("8 hours", time(8, 0)),
    ("19:30:00", time(19, 30)),
    ("7:30 in the evening", time(19, 30)),
    ("8 in the morning", time(8, 0)),
    ("10 at night", time(22, 0)),
    ("12 at night", time(0, 0)),
    ("2 at night", time(2, 0)),
    ("3 in the afternoon", time(15, 0)),
]

NOT_A_TIME = [
    "",
    "   ",
    "soon",
    "tomorrow",
    "24",
    "25:00",
    "24:00",
    "7:60",
    "13pm",
    "0am",
    "9:5",
    "12345",
    "-3",
    "9 10 11",
    "nine",
    "19:30:15",
    "7 in the night",
    "9am" * 20,
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_a_time_written_any_common_way_is_read(text: str, expected: time) -> None:
    assert parse_typed_time(text) == expected


@pytest.mark.parametrize("text", NOT_A_TIME)
def test_text_that_names_no_time_of_day_gives_none(text: str) -> None:
    assert parse_typed_time(text) is None


def test_the_table_has_at_least_thirty_inputs() -> None:
    assert len(READ) + len(NOT_A_TIME) >= 30
