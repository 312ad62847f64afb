"""The /settings screen: one message showing every setting's current value, edited in place.

The overview is a table of rows; each row is one line of text and, optionally, one row of
buttons. A new setting (a resistance band, lessons) is one more entry in `MAIN_ROWS`, plus
a FLAGS entry in bot/services/settings_screen.py when it is a one-tap on/off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from bot.content import Catalog, TextKey
from bot.domain.nudge_days import EVERY_DAY, WEEKDAYS, DaysKind, days_of, kind_of, toggled
from bot.domain.weekly_goal import WeeklyGoal
from bot.i18n.dates import short_day
from bot.presses import CallbackData, PrefPress, ResetLevelsPress
from bot.services.settings_screen import FLAGS, Page, SettingsScreen
from bot.views.language_view import language_buttons
from bot.views.outgoing import OutMessage, keyboard
from bot.views.zone_view import COMMON_ZONES

COMMON_TIMES = tuple(time(hour, 0) for hour in (6, 7, 8, 9, 10, 12, 13, 17, 18, 19, 20, 21))
CHOSEN = "✓ "
"""Marks the current value in a grid of choices."""

Button = tuple[str, CallbackData]


@dataclass(frozen=True, slots=True)
class ScreenRow:
    """One setting: its line of text and the buttons that change it (if any)."""

    line: str | None
    buttons: tuple[Button, ...] = ()


Row = Callable[["SettingsView", SettingsScreen], ScreenRow]


def _flag(name: str, on: bool) -> CallbackData:
    """The press that sets flag `name` to the opposite of `on`."""
    return PrefPress(name, "n" if on else "y")


def reminder_row(view: SettingsView, screen: SettingsScreen) -> ScreenRow:
    """Reminders on or off, the time and the days, with a button for each."""
    user, texts = screen.user, view.texts
    at = f"{user.remind_at:%H:%M}"
    if user.reminders_enabled:
        line = texts.render(
            TextKey.SETTINGS_SCREEN_REMINDER, remind_time=at, when=view.days(user.nudge_days)
        )
        toggle = TextKey.BUTTON_SETTINGS_REMINDERS_ON
    else:
        line = texts.render(TextKey.SETTINGS_SCREEN_REMINDER_OFF)
        toggle = TextKey.BUTTON_SETTINGS_REMINDERS_OFF
    return ScreenRow(
        line,
        (
            (texts.render(toggle), _flag("rem", user.reminders_enabled)),
            (texts.render(TextKey.BUTTON_SETTINGS_TIME), PrefPress("page", "time")),
            (texts.render(TextKey.BUTTON_SETTINGS_DAYS), PrefPress("page", "days")),
        ),
    )


def goal_row(view: SettingsView, screen: SettingsScreen) -> ScreenRow:
    """The weekly goal, with 3 / 5 / 7 to pick from."""
    texts, goal = view.texts, screen.user.weekly_goal
    buttons = tuple(
        (
            f"{CHOSEN if option == goal else ''}{int(option)} {texts.render(TextKey.BUTTON_GOAL)}",
            PrefPress("goal", str(int(option))),
        )
        for option in WeeklyGoal
    )
    return ScreenRow(texts.render(TextKey.SETTINGS_SCREEN_GOAL, days=goal), buttons)


def pause_row(view: SettingsView, screen: SettingsScreen) -> ScreenRow:
    """Paused until when, or not paused; one tap pauses for a week or resumes."""
    texts = view.texts
    if not screen.paused:
        pause = (texts.render(TextKey.BUTTON_SETTINGS_PAUSE), PrefPress("pause", "7"))
        return ScreenRow(texts.render(TextKey.SETTINGS_SCREEN_NOT_PAUSED), (pause,))
    end = screen.pause_end
    line = (
        texts.render(TextKey.SETTINGS_SCREEN_PAUSED)
        if end is None
        else texts.render(
            TextKey.SETTINGS_SCREEN_PAUSED_UNTIL, until=short_day(end, texts.language)
        )
    )
    return ScreenRow(
        line, ((texts.render(TextKey.BUTTON_SETTINGS_RESUME), PrefPress("resume", "1")),)
    )


def zone_row(view: SettingsView, screen: SettingsScreen) -> ScreenRow:
    """The time zone."""
    texts = view.texts
    return ScreenRow(
        texts.render(TextKey.SETTINGS_SCREEN_ZONE, timezone=screen.user.timezone),
        ((texts.render(TextKey.BUTTON_SETTINGS_ZONE), PrefPress("page", "zone")),),
    )


@dataclass(frozen=True, slots=True)
class FlagRow:
    """A one-tap on/off setting: FLAGS[name] in bot/services/settings_screen.py is its field.

    `line` shows the state (as {consent}: "on"/"off"); the button says the state and sets the
    opposite. A new flag is one FlagRow in MAIN_ROWS.
    """

    name: str
    line: TextKey
    on: TextKey
    off: TextKey
    # What a value never set (None) means: no band answer yet reads as having one.
    unset_on: bool = False

    def __call__(self, view: SettingsView, screen: SettingsScreen) -> ScreenRow:
        """The line and the toggle for the stored value."""
        value, texts = getattr(screen.user, FLAGS[self.name]), view.texts
        on = self.unset_on if value is None else bool(value)
        label = texts.render(self.on if on else self.off)
        return ScreenRow(
            texts.render(self.line, consent=view.on_off(on)), ((label, _flag(self.name, on)),)
        )


def routine_row(view: SettingsView, screen: SettingsScreen) -> ScreenRow:
    """Every exercise in, or the dropped ones with a button to restore them."""
    texts = view.texts
    if not screen.dropped:
        return ScreenRow(texts.render(TextKey.SETTINGS_SCREEN_ROUTINE))
    exercises = view.catalog.exercises
    names = ", ".join(sorted(exercises[i].name if i in exercises else i for i in screen.dropped))
    return ScreenRow(
        texts.render(TextKey.SETTINGS_SCREEN_ROUTINE_DROPPED, name=names),
        ((texts.render(TextKey.BUTTON_RESTORE_ROUTINE), PrefPress("restore", "1")),),
    )


def levels_row(view: SettingsView, _screen: SettingsScreen) -> ScreenRow:
    """The doses grow with easy sessions (issue 20); one tap puts every one back to the start."""
    texts = view.texts
    return ScreenRow(
        texts.render(TextKey.SETTINGS_SCREEN_LEVELS),
        ((texts.render(TextKey.BUTTON_RESET_LEVELS), ResetLevelsPress()),),
    )


def language_row(view: SettingsView, _screen: SettingsScreen) -> ScreenRow:
    """Issue 18: every language in its own name; a tap switches the whole bot."""
    return ScreenRow(None, language_buttons(view.languages, view.texts.language))


MAIN_ROWS: tuple[Row, ...] = (
    reminder_row,
    goal_row,
    pause_row,
    zone_row,
    FlagRow(
        "pain",
        TextKey.SETTINGS_SCREEN_PAIN,
        TextKey.BUTTON_SETTINGS_PAIN_ON,
        TextKey.BUTTON_SETTINGS_PAIN_OFF,
    ),
    FlagRow(
        "wk",
        TextKey.SETTINGS_SCREEN_WEEKLY,
        TextKey.BUTTON_SETTINGS_WEEKLY_ON,
        TextKey.BUTTON_SETTINGS_WEEKLY_OFF,
    ),
    routine_row,
    FlagRow(
        "band",
        TextKey.SETTINGS_SCREEN_BAND,
        TextKey.BUTTON_SETTINGS_BAND_ON,
        TextKey.BUTTON_SETTINGS_BAND_OFF,
        unset_on=True,
    ),
    FlagRow(
        "lsn",
        TextKey.SETTINGS_SCREEN_LESSONS,
        TextKey.BUTTON_SETTINGS_LESSONS_ON,
        TextKey.BUTTON_SETTINGS_LESSONS_OFF,
    ),
    levels_row,
    language_row,
)
"""The overview, top to bottom. Add a setting here."""


class SettingsView:
    """Renders a SettingsScreen as one message: the overview or one choice's grid."""

    def __init__(self, catalog: Catalog, languages: tuple[tuple[str, str], ...] = ()) -> None:
        self.catalog = catalog
        self.texts = catalog.texts
        self.languages = languages  # issue 18: (code, own name) of every language
        self._weekdays = self.texts.render(TextKey.SETTINGS_WEEKDAY_NAMES).split()

    def render(self, screen: SettingsScreen) -> OutMessage:
        """The message for the screen's page."""
        match screen.page:
            case Page.TIME:
                return self._time_page(screen)
            case Page.DAYS:
                return self._days_page(screen)
            case Page.ZONE:
                return self._zone_page()
        rows = [row(self, screen) for row in MAIN_ROWS]
        lines = [self.texts.render(TextKey.SETTINGS_SHOW), ""]
        lines += [row.line for row in rows if row.line is not None]
        buttons = [list(row.buttons) for row in rows if row.buttons]
        if screen.offer_forget:
            lines += ["", self.texts.render(TextKey.SETTINGS_SCREEN_FORGET)]
            buttons.append(
                [(self.texts.render(TextKey.BUTTON_FORGET_HEALTH), PrefPress("forget", "1"))]
            )
        return OutMessage("\n".join(lines), keyboard(buttons))

    def days(self, mask: int) -> str:
        """ "every day", "Monday to Friday", or the chosen days: "Mon, Wed, Fri"."""
        match kind_of(mask):
            case DaysKind.EVERY_DAY:
                return self.texts.render(TextKey.SETTINGS_DAYS_EVERY_DAY)
            case DaysKind.WEEKDAYS:
                return self.texts.render(TextKey.SETTINGS_DAYS_WEEKDAYS)
        return ", ".join(self._weekdays[day] for day in days_of(mask))

    def on_off(self, on: bool) -> str:
        """The words for on and off."""
        return self.texts.render(
            TextKey.SETTINGS_CONSENT_ON if on else TextKey.SETTINGS_CONSENT_OFF
        )

    def _back(self) -> list[Button]:
        """Back to the overview, changing nothing."""
        return [(self.texts.render(TextKey.BUTTON_BACK), PrefPress("page", "main"))]

    def _time_page(self, screen: SettingsScreen) -> OutMessage:
        """Common times, four a row; typing a time works too."""
        current = screen.user.remind_at
        times: list[Button] = [
            ((CHOSEN if at == current else "") + f"{at:%H:%M}", PrefPress("at", f"{at:%H%M}"))
            for at in COMMON_TIMES
        ]
        rows = [times[i : i + 4] for i in range(0, len(times), 4)]
        return OutMessage(
            self.texts.render(TextKey.SETTINGS_PAGE_TIME), keyboard([*rows, self._back()])
        )

    def _days_page(self, screen: SettingsScreen) -> OutMessage:
        """Seven day buttons that switch one day each, and every day / Mon-Fri in one tap."""
        mask = screen.user.nudge_days
        days: list[Button] = [
            (
                (CHOSEN if mask >> day & 1 else "") + name,
                PrefPress("days", str(toggled(mask, day))),
            )
            for day, name in enumerate(self._weekdays)
        ]
        texts = self.texts
        presets: list[Button] = [
            (texts.render(TextKey.BUTTON_EVERY_DAY), PrefPress("days", str(EVERY_DAY))),
            (texts.render(TextKey.BUTTON_WEEKDAYS), PrefPress("days", str(WEEKDAYS))),
        ]
        rows = [days[:4], days[4:], presets, self._back()]
        return OutMessage(texts.render(TextKey.SETTINGS_PAGE_DAYS), keyboard(rows))

    def _zone_page(self) -> OutMessage:
        """Common zones, the location button, and typing a city works too."""
        zones: list[Button] = [(zone, PrefPress("tz", zone)) for zone in COMMON_ZONES]
        rows = [zones[i : i + 3] for i in range(0, len(zones), 3)]
        location: list[Button] = [
            (self.texts.render(TextKey.BUTTON_USE_LOCATION), PrefPress("page", "loc"))
        ]
        return OutMessage(
            self.texts.render(TextKey.SETTINGS_PAGE_ZONE), keyboard([*rows, location, self._back()])
        )
