"""What a simulated person does in bench.load: which update comes next, and which reply counts."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from tests.support.fakes import TelegramUser

Json = dict[str, object]
PAIN_BEFORE = 6
PAIN_AFTER = 3
EXERCISES = 7
SUMMARY_MARK = f"Done: {EXERCISES}"
RESUME = "/routine"


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


class Answer(Enum):
    """How a person reads a message while waiting for the answer to their last update."""

    STEP = "step"  # the answer: the next prompt (or the echo)
    FINAL = "final"  # the answer, and the walk is over (the routine's summary)
    ERROR = "error"  # the bot's apology: the update failed, try again
    OTHER = "other"  # part of a longer answer (e.g. "resuming…"); keep waiting


def _is_pain(data: str) -> bool:
    """A 0–10 button."""
    return data.startswith("p:")


def _is_done(data: str) -> bool:
    """The ✅ Done button of an exercise."""
    return data.startswith("r:") and data.endswith(":done")


class RoutinePerson:
    """Walks the full routine like a person: rate, Done x7, rate; after an apology, /routine."""

    def __init__(self, user: TelegramUser, apology: str) -> None:
        self.user = user
        self._apology = apology
        self._seen_exercise = False
        self.finished = False

    def first(self) -> Json:
        """The opening /routine."""
        return self.user.command("/routine")

    def read(self, delivery: Delivery) -> Answer:
        """Classify a message from the bot."""
        if SUMMARY_MARK in delivery.text:
            return Answer.FINAL
        if delivery.button(_is_done) or delivery.button(_is_pain):
            return Answer.STEP
        if delivery.text == self._apology:
            return Answer.ERROR
        return Answer.OTHER

    def next(self, reply: Answer, delivery: Delivery) -> Json | None:
        """The next update after an answer, or None when the walk is over."""
        if reply is Answer.FINAL:
            self.finished = True
            return None
        if reply is Answer.ERROR:
            return self.user.command(RESUME)  # nothing is lost: the session resumes where it is
        done = delivery.button(_is_done)
        if done is not None:
            self._seen_exercise = True
            return self._tap(done, delivery)
        score = PAIN_AFTER if self._seen_exercise else PAIN_BEFORE
        pain = delivery.button(lambda data: _is_pain(data) and data.endswith(f":{score}"))
        if pain is None:
            raise LookupError(f"no pain button {score} in {delivery.buttons}")
        return self._tap(pain, delivery)

    def _tap(self, data: str, delivery: Delivery) -> Json:
        """A tap on a button of that message, which Telegram sends along."""
        return self.user.press(data, delivery.message_id, message=delivery.message)


class EchoPerson:
    """The same ten updates (a command, nine taps shaped like the routine's) for the echo bot."""

    def __init__(self, user: TelegramUser) -> None:
        self.user = user
        self._taps = [
            f"p:1:0:{PAIN_BEFORE}",
            *(f"r:1:{n}:done" for n in range(1, EXERCISES + 1)),
            f"p:1:{EXERCISES + 1}:{PAIN_AFTER}",
        ]
        self.finished = False

    def first(self) -> Json:
        """The opening /routine."""
        return self.user.command("/routine")

    def read(self, delivery: Delivery) -> Answer:
        """Every message is the echo of the last update."""
        return Answer.STEP

    def next(self, reply: Answer, delivery: Delivery) -> Json | None:
        """The next tap, on the echo message, or None after the tenth update."""
        if not self._taps:
            self.finished = True
            return None
        return self.user.press(self._taps.pop(0), delivery.message_id, message=delivery.message)


Person = RoutinePerson | EchoPerson


def percentile(sorted_samples: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of already sorted samples (NaN when there are none)."""
    if not sorted_samples:
        return math.nan
    rank = max(1, math.ceil(share / 100 * len(sorted_samples)))
    return sorted_samples[min(rank, len(sorted_samples)) - 1]
