"""What a simulated person does in bench.load: the steps of a walk and what each one waits for."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.fakes import TelegramUser

Json = dict[str, object]
PAIN_BEFORE = 6
PAIN_AFTER = 3
EXERCISES = 7
SUMMARY_MARK = f"Done: {EXERCISES}"


@dataclass(frozen=True)
class Delivery:
    """A message the bot sent to the person: its id, text and the callback data of its buttons."""

    message_id: int
    text: str
    buttons: tuple[str, ...]
    message: Json

    def button(self, wanted: Callable[[str], bool]) -> str | None:
        """The callback data of the first button that matches, if any."""
        return next((data for data in self.buttons if wanted(data)), None)


Wants = Callable[[Delivery], bool]
ButtonMatch = Callable[[str], bool]


@dataclass(frozen=True)
class Step:
    """Send a command, or tap a button of the last reply; then wait for a reply that `wants`."""

    wants: Wants
    command: str | None = None
    tap: ButtonMatch | None = None
    data: str | None = None

    def update(self, person: TelegramUser, last: Delivery | None) -> Json:
        """The Update JSON for this step (a tap shows the real message it was pressed on)."""
        if self.command is not None:
            return person.command(self.command)
        if last is None:
            raise LookupError("a tap needs an earlier reply")
        data = self.data
        if self.tap is not None:
            data = last.button(self.tap)
        if data is None:
            raise LookupError("the reply shows no such button")
        return person.press(data, last.message_id, message=last.message)


def _pain(score: int) -> ButtonMatch:
    """A 0–10 button with this score."""
    return lambda data: data.startswith("p:") and data.endswith(f":{score}")


def _done(data: str) -> bool:
    """The ✅ Done button of an exercise."""
    return data.startswith("r:") and data.endswith(":done")


def _shows(match: ButtonMatch) -> Wants:
    """A reply that carries a matching button: the one the next step taps."""
    return lambda delivery: delivery.button(match) is not None


def _any_reply(delivery: Delivery) -> bool:
    """Any message at all (the echo bot's one sendMessage)."""
    return True


def _summary(delivery: Delivery) -> bool:
    """The end-of-routine summary, with every exercise done."""
    return SUMMARY_MARK in delivery.text


def routine_walk() -> list[Step]:
    """/routine, pain 6, ✅ Done on all seven exercises, pain 3, then the summary: 10 updates."""
    done_steps = [Step(_shows(_done), tap=_done) for _ in range(EXERCISES - 1)]
    return [
        Step(_shows(_pain(PAIN_BEFORE)), command="/routine"),
        Step(_shows(_done), tap=_pain(PAIN_BEFORE)),
        *done_steps,
        Step(_shows(_pain(PAIN_AFTER)), tap=_done),
        Step(_summary, tap=_pain(PAIN_AFTER)),
    ]


def echo_walk() -> list[Step]:
    """The same ten updates (one command, nine taps with the same data shapes) for the echo bot."""
    taps = [f"p:1:0:{PAIN_BEFORE}", *(f"r:1:{n}:done" for n in range(1, EXERCISES + 1))]
    taps.append(f"p:1:{EXERCISES + 1}:{PAIN_AFTER}")
    return [
        Step(_any_reply, command="/routine"),
        *(Step(_any_reply, data=data) for data in taps),
    ]


WALKS: dict[str, Callable[[], list[Step]]] = {"routine": routine_walk, "echo": echo_walk}


def percentile(sorted_samples: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of already sorted samples (NaN when there are none)."""
    if not sorted_samples:
        return math.nan
    rank = max(1, math.ceil(share / 100 * len(sorted_samples)))
    return sorted_samples[min(rank, len(sorted_samples)) - 1]
