"""What onboarding and settings answer: the user's step, what to say, and their settings."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from bot.domain.screening import ScreeningStatus, is_locked
from bot.services.records import UserRecord
from bot.services.replies import UserSettings


class Step(StrEnum):
    """Onboarding steps, stored on the user so any replica can continue the conversation.

    Consent comes first: the screen's answers are health data too.
    """

    CONSENT = "consent"
    SCREENING = "screening"
    CLEARANCE = "clearance"
    TIMEZONE = "timezone"
    REMIND = "remind"
    # The last question: a resistance band, or the towel version of the band exercise?
    BAND = "band"
    DONE = "done"


class Said(StrEnum):
    """What to tell the user before showing the prompt for their step."""

    WELCOME = "welcome"
    WELCOME_BACK = "welcome_back"
    URGENT_ADVICE = "urgent_advice"
    DOCTOR_ADVICE = "doctor_advice"
    SCREEN_CLEAR = "screen_clear"
    RESCREEN_CLEAR = "rescreen_clear"
    CONSENT_YES = "consent_yes"
    CONSENT_NO = "consent_no"
    TIMEZONE_SET = "timezone_set"
    REMIND_SET = "remind_set"
    REMINDERS_OFF = "reminders_off"
    SETUP_DONE = "setup_done"
    BAD_TIMEZONE = "bad_timezone"
    STALE = "stale"
    NOT_STARTED = "not_started"
    BAND_SET = "band_set"


class ProfileReply:
    """The user's step and settings after the change, plus what to say about it."""

    def __init__(
        self,
        step: Step,
        said: Sequence[Said],
        user: UserRecord | None = None,
        current_streak: int = 0,
    ) -> None:
        self.step = step
        self.said = tuple(said)
        self.current_streak = current_streak
        self.lock_cause = None if user is None else user.lock_cause
        # A safety lock: no "start routine" button anywhere, the lock message instead.
        self.locked = user is not None and is_locked(ScreeningStatus(user.screening_status))
        self.settings = None if user is None else _settings_of(user)


def stale_reply(user: UserRecord) -> ProfileReply:
    """A button from an earlier step: say so and re-show where the user really is."""
    return ProfileReply(Step(user.onboarding_step), [Said.STALE], user)


def _settings_of(user: UserRecord) -> UserSettings:
    """Project the user row onto what /settings shows."""
    return UserSettings(
        timezone=user.timezone,
        remind_at=user.remind_at,
        pain_consent=bool(user.pain_consent),
        next_nudge_at=user.next_nudge_at,
        has_band=user.has_band,
    )
