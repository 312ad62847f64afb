"""What onboarding and settings answer: the user's step, what to say, and their settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.schedule import find_zone
from bot.domain.screening import ScreeningStatus, is_locked
from bot.domain.typed_zone import OffsetZones, ZoneCandidates, ZoneFound, read_zone
from bot.services.records import UserRecord
from bot.services.replies import UserSettings
from bot.services.settings_screen import SettingsScreen


class Step(StrEnum):
    """Onboarding steps, stored on the user so any replica can continue the conversation.

    Consent comes first: the screen's answers are health data too.
    """

    CONSENT = "consent"
    SCREENING = "screening"
    CLEARANCE = "clearance"
    TIMEZONE = "timezone"
    GOAL = "goal"
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
    GOAL_SET = "goal_set"
    ZONE_CHOICES = "zone_choices"
    REMIND_SET = "remind_set"
    REMINDERS_OFF = "reminders_off"
    SETUP_DONE = "setup_done"
    SCREEN = "screen"
    BAD_TIMEZONE = "bad_timezone"
    STALE = "stale"
    NOT_STARTED = "not_started"
    BAND_SET = "band_set"


@dataclass(frozen=True, slots=True)
class ZoneChoices:
    """Zones to tap: for a typed name that names none for sure, or for a UTC `offset`."""

    zones: tuple[str, ...]
    offset: timedelta | None = None


def typed_zone(name: str, now: datetime) -> ZoneInfo | ZoneChoices | None:
    """The zone a button, a typed zone or city, or a location lookup names; else what to offer.

    An IANA name (Etc/GMT-2 included) is taken as it is; a city resolves through tzdata's
    tables; a near miss or an offset such as "UTC+2" gives choices instead of a guess.
    """
    zone = find_zone(name)
    if zone is not None:
        return zone
    found = read_zone(name, now)
    if isinstance(found, ZoneFound):
        return find_zone(found.zone)
    if isinstance(found, ZoneCandidates):
        return ZoneChoices(found.candidates)
    if isinstance(found, OffsetZones):
        fixed = () if found.fixed_zone is None else (found.fixed_zone,)
        return ZoneChoices((*found.candidates, *fixed), found.offset)
    return None


class ProfileReply:
    """The user's step and settings after the change, plus what to say about it."""

    def __init__(
        self,
        step: Step,
        said: Sequence[Said],
        user: UserRecord | None = None,
        current_streak: int = 0,
        *,
        screen: SettingsScreen | None = None,
        choices: ZoneChoices | None = None,
    ) -> None:
        self.step = step
        self.user = user
        # The whole /settings screen, read in the same transaction, once onboarding is done.
        self.screen = screen
        self.choices = choices
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
        # Off means off: a kept time is not a promise to remind.
        remind_at=user.remind_at if user.reminders_enabled else None,
        pain_consent=bool(user.pain_consent),
        next_nudge_at=user.next_nudge_at,
        has_band=user.has_band,
    )


def new_user(user_id: int, chat_id: int, now: datetime, remind_at: time) -> UserRecord:
    """A newcomer at the first onboarding step: the consent question."""
    return UserRecord(
        id=user_id,
        chat_id=chat_id,
        timezone="UTC",
        remind_at=remind_at,
        screening_status=ScreeningStatus.PENDING,
        screening_index=0,
        onboarding_step=Step.CONSENT,
        created_at=now,
        updated_at=now,
    )
