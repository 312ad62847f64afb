"""Messages and keyboards for onboarding, screening and settings."""

from __future__ import annotations

from datetime import time

from bot.content import FULL_ROUTINE_ID, QUICK_ROUTINE_ID, Catalog, TextKey
from bot.domain.weekly_goal import WeeklyGoal
from bot.presses import (
    BandPress,
    CallbackData,
    ConsentPress,
    ForgetHealthPress,
    GoalPress,
    RemindPress,
    StartPress,
)
from bot.services.profile_reply import ProfileReply, Said, Step
from bot.services.replies import UserSettings
from bot.views.outgoing import OutMessage, Rendered, ReplyKeys, keyboard
from bot.views.safety_view import SafetyView
from bot.views.settings_view import SettingsView
from bot.views.zone_view import ZoneView

REMIND_TIMES = (
    time(7, 0),
    time(8, 0),
    time(9, 0),
    time(12, 0),
    time(17, 0),
    time(18, 0),
    time(19, 0),
    time(20, 0),
)
# Answers to a typed zone that already carry what to tap: no need to ask the question again.
_ZONE_ANSWERS = frozenset({Said.ZONE_CHOICES, Said.BAD_TIMEZONE})

_ONBOARDING_SAID = {
    Said.SCREEN_CLEAR: TextKey.ONBOARDING_SCREEN_CLEAR,
    Said.URGENT_ADVICE: TextKey.ONBOARDING_URGENT_ADVICE,
    Said.DOCTOR_ADVICE: TextKey.ONBOARDING_DOCTOR_ADVICE,
    Said.CONSENT_YES: TextKey.ONBOARDING_CONSENT_YES,
    Said.CONSENT_NO: TextKey.ONBOARDING_CONSENT_NO,
    Said.BAD_TIMEZONE: TextKey.COMMON_HINT_TIMEZONE,
    Said.NOT_STARTED: TextKey.COMMON_FINISH_SETUP_FIRST,
}
_SETTINGS_SAID = {
    **_ONBOARDING_SAID,
    Said.CONSENT_YES: TextKey.SETTINGS_CONSENT_NOW_ON,
    Said.CONSENT_NO: TextKey.SETTINGS_CONSENT_NOW_OFF,
    Said.REMINDERS_OFF: TextKey.SETTINGS_REMINDERS_DISABLED,
}


class ProfileView:
    """Renders profile replies; static keyboards are built once here, not per update."""

    def __init__(self, catalog: Catalog, safety: SafetyView, screen: SettingsView) -> None:
        self._catalog = catalog
        self._safety = safety
        self._screen = screen
        self.zones = ZoneView(catalog)
        self._zones = self.zones.common
        texts = self._texts = catalog.texts
        self._forget_health = keyboard(
            [[(texts.render(TextKey.BUTTON_FORGET_HEALTH), ForgetHealthPress())]]
        )
        self._consent = keyboard(
            [
                [
                    (texts.render(TextKey.BUTTON_CONSENT_YES), ConsentPress(True)),
                    (texts.render(TextKey.BUTTON_CONSENT_NO), ConsentPress(False)),
                ]
            ]
        )
        hours: list[tuple[str, CallbackData]] = [
            (f"{at:%H:%M}", RemindPress(at)) for at in REMIND_TIMES
        ]
        self._times = keyboard(
            [
                hours[:4],
                hours[4:],
                [(texts.render(TextKey.BUTTON_REMINDERS_OFF), RemindPress(None))],
            ]
        )
        self._goals = keyboard(
            [
                [
                    (f"{int(goal)} {texts.render(TextKey.BUTTON_GOAL)}", GoalPress(int(goal)))
                    for goal in WeeklyGoal
                ]
            ]
        )
        self._start = keyboard(
            [
                [
                    (texts.render(TextKey.BUTTON_START_ROUTINE), StartPress(FULL_ROUTINE_ID)),
                    (texts.render(TextKey.BUTTON_QUICK), StartPress(QUICK_ROUTINE_ID)),
                ]
            ]
        )

    def render(self, reply: ProfileReply, first_name: str) -> Rendered:
        """Notes first, then the prompt for the step the user is on."""
        texts = self._texts
        if Said.STALE in reply.said:
            # A toast only: the current question is already on screen above.
            return Rendered(toast=texts.render(TextKey.COMMON_BUTTON_EXPIRED))
        in_settings = reply.step is Step.DONE and Said.SETUP_DONE not in reply.said
        table = _SETTINGS_SAID if in_settings else _ONBOARDING_SAID
        messages: list[OutMessage] = []
        for said in reply.said:
            messages.extend(self._said(said, reply, first_name, table, in_settings))
        if _ZONE_ANSWERS.intersection(reply.said):
            return Rendered(messages=tuple(messages), advanced=True)
        if (reply.step is not Step.DONE and reply.step is not Step.CLEARANCE) or not messages:
            if reply.step is Step.TIMEZONE:
                self.zones.offer_location(messages)
            messages.append(self.step_prompt(reply))
        return Rendered(messages=tuple(messages), advanced=True)

    def _said(
        self,
        said: Said,
        reply: ProfileReply,
        first_name: str,
        table: dict[Said, TextKey],
        in_settings: bool,
    ) -> list[OutMessage]:
        """One note; some carry the buttons that answer them."""
        texts, settings = self._texts, reply.settings
        match said:
            case Said.WELCOME:
                return [OutMessage(texts.render(TextKey.ONBOARDING_WELCOME, first_name=first_name))]
            case Said.WELCOME_BACK | Said.RESCREEN_CLEAR if reply.locked:
                return [self._safety.locked(reply.lock_cause)]
            case Said.WELCOME_BACK:
                return [
                    OutMessage(
                        texts.render(
                            TextKey.ONBOARDING_WELCOME_BACK,
                            first_name=first_name,
                            current_streak=reply.current_streak,
                        ),
                        self._start,
                    )
                ]
            case Said.CONSENT_NO if in_settings:
                text = texts.render(TextKey.SETTINGS_CONSENT_NOW_OFF)
                return [OutMessage(text, self._forget_health)]
            case Said.RESCREEN_CLEAR:
                return [OutMessage(texts.render(TextKey.ONBOARDING_RESCREEN_CLEAR), self._start)]
            case Said.TIMEZONE_SET if settings is not None:
                key = (
                    TextKey.SETTINGS_TIMEZONE_SET
                    if in_settings
                    else TextKey.ONBOARDING_TIMEZONE_SET
                )
                # Takes the 📍 Share location keyboard away, however the zone was set.
                text = texts.render(key, timezone=settings.timezone)
                return [OutMessage(text, reply_keys=ReplyKeys())]
            case Said.ZONE_CHOICES if reply.choices is not None:
                return [self.zones.choices(reply.choices)]
            case Said.BAD_TIMEZONE:
                return [OutMessage(texts.render(TextKey.COMMON_HINT_TIMEZONE), self._zones)]
            case Said.SCREEN if reply.screen is not None:
                return [self._screen.render(reply.screen)]
            case Said.REMIND_SET if settings is not None and in_settings:
                return [
                    OutMessage(
                        texts.render(
                            TextKey.SETTINGS_REMIND_SET,
                            timezone=settings.timezone,
                            remind_time=self._remind_value(settings),
                        )
                    )
                ]
            case Said.SETUP_DONE if settings is not None:
                if settings.remind_at is None:
                    text = texts.render(
                        TextKey.ONBOARDING_DONE_NO_REMINDERS, timezone=settings.timezone
                    )
                else:
                    text = texts.render(
                        TextKey.ONBOARDING_DONE,
                        timezone=settings.timezone,
                        remind_time=self._remind_value(settings),
                        when=self._screen.days(reply.user.nudge_days if reply.user else 127),
                    )
                return [OutMessage(text, self._start)]
        note_key = table.get(said)
        return [] if note_key is None else [OutMessage(texts.render(note_key))]

    def step_prompt(self, reply: ProfileReply) -> OutMessage:
        """The question for the user's current onboarding step, or their settings when done."""
        texts = self._texts
        match reply.step:
            case Step.SCREENING:
                return self._safety.checklist()
            case Step.CLEARANCE:
                return self._safety.locked(reply.lock_cause)
            case Step.CONSENT:
                return OutMessage(texts.render(TextKey.ONBOARDING_CONSENT_ASK), self._consent)
            case Step.TIMEZONE:
                return OutMessage(texts.render(TextKey.ONBOARDING_TIMEZONE_ASK), self._zones)
            case Step.GOAL:
                return OutMessage(texts.render(TextKey.ONBOARDING_GOAL_ASK), self._goals)
            case Step.REMIND:
                return OutMessage(texts.render(TextKey.ONBOARDING_REMIND_ASK), self._times)
            case Step.BAND:
                return self.ask_band()
        if reply.screen is None:
            return OutMessage(texts.render(TextKey.COMMON_FINISH_SETUP_FIRST))
        return self._screen.render(reply.screen)

    def ask_band(self) -> OutMessage:
        """ "Do you have a resistance band?" with Yes and No (onboarding's last question)."""
        texts = self._texts
        yes = (texts.render(TextKey.BUTTON_BAND_YES), BandPress(True))
        no = (texts.render(TextKey.BUTTON_BAND_NO), BandPress(False))
        return OutMessage(texts.render(TextKey.ONBOARDING_BAND_ASK), keyboard([[yes, no]]))

    def ask_timezone(self) -> OutMessage:
        """Ask for a zone from /settings."""
        return OutMessage(self._texts.render(TextKey.ONBOARDING_TIMEZONE_ASK), self._zones)

    def ask_remind_time(self) -> OutMessage:
        """Ask for a reminder time from /settings."""
        return OutMessage(self._texts.render(TextKey.ONBOARDING_REMIND_ASK), self._times)

    def _remind_value(self, settings: UserSettings) -> str:
        """HH:MM, or the word for 'off'."""
        if settings.remind_at is None:
            return self._texts.render(TextKey.SETTINGS_REMINDERS_OFF_VALUE)
        return f"{settings.remind_at:%H:%M}"
