"""Messages and keyboards for onboarding, screening and settings."""

from __future__ import annotations

from datetime import time

from bot.content import FULL_ROUTINE_ID, QUICK_ROUTINE_ID, Catalog, TextKey
from bot.presses import (
    BandPress,
    CallbackData,
    ConsentPress,
    ForgetHealthPress,
    RemindPress,
    SettingsPress,
    StartPress,
    ZonePress,
)
from bot.services.profile_reply import ProfileReply, Said, Step
from bot.services.replies import UserSettings
from bot.views.outgoing import OutMessage, Rendered, keyboard
from bot.views.safety_view import SafetyView

COMMON_ZONES = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Moscow",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
)
REMIND_TIMES = (time(7, 0), time(8, 0), time(9, 0), time(12, 0), time(18, 0), time(20, 0))

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

    def __init__(self, catalog: Catalog, safety: SafetyView) -> None:
        self._catalog = catalog
        self._safety = safety
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
        zones = [(zone, ZonePress(zone)) for zone in COMMON_ZONES]
        self._zones = keyboard([zones[i : i + 3] for i in range(0, len(zones), 3)])
        hours: list[tuple[str, CallbackData]] = [
            (f"{at:%H:%M}", RemindPress(at)) for at in REMIND_TIMES
        ]
        self._times = keyboard(
            [
                hours[:3],
                hours[3:],
                [(texts.render(TextKey.BUTTON_REMINDERS_OFF), RemindPress(None))],
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
        self._change = [
            (texts.render(TextKey.BUTTON_CHANGE_TIMEZONE), SettingsPress("tz")),
            (texts.render(TextKey.BUTTON_CHANGE_REMINDER), SettingsPress("rm")),
        ]
        # The consent button carries the value it sets, so a double tap cannot flip it back.
        extras: list[tuple[str, CallbackData]] = [
            (texts.render(TextKey.BUTTON_RESTORE_ROUTINE), SettingsPress("restore")),
            (texts.render(TextKey.BUTTON_WEEKLY_TOGGLE), SettingsPress("weekly")),
        ]
        self._settings_keyboards = {
            consent: keyboard(
                [
                    self._change,
                    extras,
                    [(texts.render(TextKey.BUTTON_TOGGLE_CONSENT), ConsentPress(not consent))],
                ]
            )
            for consent in (True, False)
        }

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
        if (reply.step is not Step.DONE and reply.step is not Step.CLEARANCE) or not messages:
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
                return [OutMessage(texts.render(key, timezone=settings.timezone))]
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
            case Step.REMIND:
                return OutMessage(texts.render(TextKey.ONBOARDING_REMIND_ASK), self._times)
            case Step.BAND:
                return self.ask_band()
        return self.settings(reply.settings)

    def settings(self, settings: UserSettings | None) -> OutMessage:
        """/settings: the current values and buttons to change them."""
        texts = self._texts
        if settings is None:
            return OutMessage(texts.render(TextKey.COMMON_FINISH_SETUP_FIRST))
        consent = (
            TextKey.SETTINGS_CONSENT_ON if settings.pain_consent else TextKey.SETTINGS_CONSENT_OFF
        )
        text = texts.render(
            TextKey.SETTINGS_SHOW,
            timezone=settings.timezone,
            remind_time=self._remind_value(settings),
            consent=texts.render(consent),
        )
        return OutMessage(text, self._settings_keyboards[settings.pain_consent])

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
