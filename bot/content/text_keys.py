"""Every user-facing text key, so code can only ask for texts that the content must provide."""

from __future__ import annotations

from enum import StrEnum


class TextKey(StrEnum):
    """A text in content/texts.toml, named "section.name" exactly as in the file."""

    COMMON_HELP = "common.help"
    COMMON_UNKNOWN_COMMAND = "common.unknown_command"
    COMMON_HINT_IDLE = "common.hint_idle"
    COMMON_HINT_PAIN = "common.hint_pain"
    COMMON_HINT_BUTTONS = "common.hint_buttons"
    COMMON_HINT_TIMEZONE = "common.hint_timezone"
    COMMON_HINT_TIME = "common.hint_time"
    COMMON_STALE_BUTTON = "common.stale_button"
    COMMON_ALREADY_RECORDED = "common.already_recorded"
    COMMON_FINISH_SETUP_FIRST = "common.finish_setup_first"
    COMMON_LOCKED_SCREENING = "common.locked_screening"
    COMMON_LOCKED_IN_SESSION = "common.locked_in_session"
    COMMON_LOCKED_TYPED = "common.locked_typed"
    COMMON_UNLOCK_CONFIRM = "common.unlock_confirm"
    COMMON_UNLOCK_DONE = "common.unlock_done"
    COMMON_UNLOCK_NOT_YET = "common.unlock_not_yet"
    COMMON_NOT_LOCKED = "common.not_locked"
    COMMON_SYMPTOM_HURTS = "common.symptom_hurts"
    COMMON_BUTTON_EXPIRED = "common.button_expired"
    COMMON_ERROR = "common.error"

    ONBOARDING_WELCOME = "onboarding.welcome"
    ONBOARDING_WELCOME_BACK = "onboarding.welcome_back"
    ONBOARDING_SCREEN_CHECKLIST = "onboarding.screen_checklist"
    ONBOARDING_RESCREEN_INTRO = "onboarding.rescreen_intro"
    ONBOARDING_URGENT_ADVICE = "onboarding.urgent_advice"
    ONBOARDING_DOCTOR_ADVICE = "onboarding.doctor_advice"
    ONBOARDING_SCREEN_CLEAR = "onboarding.screen_clear"
    ONBOARDING_RESCREEN_CLEAR = "onboarding.rescreen_clear"
    ONBOARDING_CONSENT_ASK = "onboarding.consent_ask"
    ONBOARDING_CONSENT_YES = "onboarding.consent_yes"
    ONBOARDING_CONSENT_NO = "onboarding.consent_no"
    ONBOARDING_TIMEZONE_ASK = "onboarding.timezone_ask"
    ONBOARDING_TIMEZONE_SET = "onboarding.timezone_set"
    ONBOARDING_REMIND_ASK = "onboarding.remind_ask"
    ONBOARDING_DONE = "onboarding.done"
    ONBOARDING_DONE_NO_REMINDERS = "onboarding.done_no_reminders"

    BUTTON_CLEARED = "button.cleared"
    BUTTON_UNLOCK_YES = "button.unlock_yes"
    BUTTON_UNLOCK_NO = "button.unlock_no"
    BUTTON_SCREEN_NONE = "button.screen_none"
    BUTTON_SCREEN_DONE = "button.screen_done"
    BUTTON_PAUSE_ROUTINE = "button.pause_routine"
    BUTTON_FORGET_HEALTH = "button.forget_health"
    BUTTON_CONSENT_YES = "button.consent_yes"
    BUTTON_CONSENT_NO = "button.consent_no"
    BUTTON_DONE = "button.done"
    BUTTON_SKIP = "button.skip"
    BUTTON_HURTS = "button.hurts"
    BUTTON_STOP = "button.stop"
    BUTTON_TIMER = "button.timer"
    BUTTON_HURT_MILD = "button.hurt_mild"
    BUTTON_HURT_STRONG = "button.hurt_strong"
    BUTTON_HURT_SHARP = "button.hurt_sharp"
    BUTTON_HURT_URGENT = "button.hurt_urgent"
    BUTTON_REMINDERS_OFF = "button.reminders_off"
    BUTTON_CHANGE_TIMEZONE = "button.change_timezone"
    BUTTON_CHANGE_REMINDER = "button.change_reminder"
    BUTTON_TOGGLE_CONSENT = "button.toggle_consent"
    BUTTON_START_ROUTINE = "button.start_routine"
    BUTTON_QUICK = "button.quick"

    ROUTINE_PAIN_BEFORE_ASK = "routine.pain_before_ask"
    ROUTINE_PAIN_AFTER_ASK = "routine.pain_after_ask"
    ROUTINE_EXERCISE = "routine.exercise"
    ROUTINE_EXERCISE_GENTLER = "routine.exercise_gentler"
    ROUTINE_HURTS_ASK = "routine.hurts_ask"
    ROUTINE_HURT_MILD = "routine.hurt_mild"
    ROUTINE_HURT_STRONG = "routine.hurt_strong"
    ROUTINE_RED_FLAG_STOP = "routine.red_flag_stop"
    ROUTINE_EMERGENCY = "routine.emergency"
    ROUTINE_HURTS_ASK_GENTLER = "routine.hurts_ask_gentler"
    ROUTINE_HURT_LET_GO = "routine.hurt_let_go"
    ROUTINE_RESUMED = "routine.resumed"
    ROUTINE_CANCELLED = "routine.cancelled"
    ROUTINE_NO_SESSION = "routine.no_session"
    ROUTINE_TIMER_RUNNING = "routine.timer_running"
    ROUTINE_TIMER_DONE = "routine.timer_done"
    ROUTINE_SUMMARY_HEAD = "routine.summary_head"
    ROUTINE_SUMMARY_STOPPED = "routine.summary_stopped"
    ROUTINE_SUMMARY_PAIN = "routine.summary_pain"
    ROUTINE_SUMMARY_PAIN_OFF = "routine.summary_pain_off"
    ROUTINE_SUMMARY_STREAK = "routine.summary_streak"
    ROUTINE_SUMMARY_COUNTS_RULE = "routine.summary_counts_rule"
    ROUTINE_SUMMARY_NEXT_REMINDER = "routine.summary_next_reminder"
    ROUTINE_SUMMARY_REMINDERS_OFF = "routine.summary_reminders_off"

    SAFETY_SHOW = "safety.show"

    SETTINGS_SHOW = "settings.show"
    SETTINGS_CONSENT_ON = "settings.consent_on"
    SETTINGS_CONSENT_OFF = "settings.consent_off"
    SETTINGS_REMINDERS_OFF_VALUE = "settings.reminders_off_value"
    SETTINGS_TIMEZONE_USAGE = "settings.timezone_usage"
    SETTINGS_REMIND_USAGE = "settings.remind_usage"
    SETTINGS_TIMEZONE_SET = "settings.timezone_set"
    SETTINGS_REMIND_SET = "settings.remind_set"
    SETTINGS_REMINDERS_DISABLED = "settings.reminders_disabled"
    SETTINGS_CONSENT_NOW_ON = "settings.consent_now_on"
    SETTINGS_CONSENT_NOW_OFF = "settings.consent_now_off"
    SETTINGS_HEALTH_ERASED = "settings.health_erased"
    SETTINGS_REMINDERS_ENABLED = "settings.reminders_enabled"
    SETTINGS_WEEKDAYS_ONLY = "settings.weekdays_only"
    SETTINGS_EVERY_DAY = "settings.every_day"
    SETTINGS_PAUSED_UNTIL = "settings.paused_until"
    SETTINGS_PAUSED_INDEFINITELY = "settings.paused_indefinitely"
    SETTINGS_RESUMED = "settings.resumed"
    SETTINGS_NOT_PAUSED = "settings.not_paused"
    SETTINGS_PAUSE_USAGE = "settings.pause_usage"

    NUDGE_MESSAGE_1 = "nudge.message_1"
    NUDGE_MESSAGE_2 = "nudge.message_2"
    NUDGE_MESSAGE_3 = "nudge.message_3"
    NUDGE_MESSAGE_4 = "nudge.message_4"
    NUDGE_MESSAGE_5 = "nudge.message_5"
    NUDGE_STREAK = "nudge.streak"
    NUDGE_NO_STREAK = "nudge.no_streak"
    NUDGE_SNOOZED = "nudge.snoozed"
    NUDGE_SKIPPED_TODAY = "nudge.skipped_today"
    BUTTON_SNOOZE = "button.snooze"
    BUTTON_SKIP_TODAY = "button.skip_today"
    ROUTINE_SOFTENED_NOTE = "routine.softened_note"
    ROUTINE_ESCALATION = "routine.escalation"
    ROUTINE_ESCALATION_HIGH_AFTER = "routine.escalation_high_after"
    ROUTINE_ESCALATION_ROSE = "routine.escalation_rose"
    ROUTINE_ESCALATION_TREND = "routine.escalation_trend"
    ROUTINE_ESCALATION_NO_IMPROVEMENT = "routine.escalation_no_improvement"
    ROUTINE_ASK_KEEP_DROP = "routine.ask_keep_drop"
    ROUTINE_KEPT = "routine.kept"
    ROUTINE_DROPPED = "routine.dropped"
    BUTTON_KEEP = "button.keep"
    BUTTON_DROP = "button.drop"
    PROGRESS_CAPTION = "progress.caption"
    PROGRESS_RELIEF = "progress.relief"
    PROGRESS_RELIEF_NONE = "progress.relief_none"
    PROGRESS_IMPROVED = "progress.improved"
    PROGRESS_WORSENED = "progress.worsened"
    PROGRESS_NO_CLEAR_CHANGE = "progress.no_clear_change"
    PROGRESS_NOT_ENOUGH_DATA = "progress.not_enough_data"
    PROGRESS_EMPTY = "progress.empty"
    PROGRESS_PAIN_OFF = "progress.pain_off"
    CHART_TITLE_SINCE = "chart.title_since"
    CHART_TITLE_WINDOW = "chart.title_window"
    CHART_BEFORE = "chart.before"
    CHART_AFTER = "chart.after"
    CHART_WEEKLY = "chart.weekly"
    CHART_PAIN_AXIS = "chart.pain_axis"
    CHART_SESSIONS = "chart.sessions"
    CHART_DATE_AXIS = "chart.date_axis"
    CHART_MONTHS = "chart.months"
    BUTTON_RANGE_30 = "button.range_30"
    BUTTON_RANGE_90 = "button.range_90"
    BUTTON_RANGE_ALL = "button.range_all"
    HISTORY_TITLE = "history.title"
    HISTORY_LINE = "history.line"
    HISTORY_EMPTY = "history.empty"
    BUTTON_OLDER = "button.older"
    BUTTON_NEWER = "button.newer"
    EXPORT_INTRO = "export.intro"
    DELETE_CONFIRM = "delete.confirm"
    DELETE_DONE = "delete.done"
    DELETE_CANCELLED = "delete.cancelled"
    BUTTON_DELETE_YES = "button.delete_yes"
    BUTTON_DELETE_NO = "button.delete_no"
    BUTTON_RESTORE_ROUTINE = "button.restore_routine"
    SETTINGS_ROUTINE_RESTORED = "settings.routine_restored"
    BUTTON_WEEKLY_TOGGLE = "button.weekly_toggle"
    SETTINGS_WEEKLY_ON = "settings.weekly_on"
    SETTINGS_WEEKLY_OFF = "settings.weekly_off"
    WEEKLY_CAPTION = "weekly.caption"
    REPORT_TITLE = "report.title"
    REPORT_ADHERENCE_TITLE = "report.adherence_title"
    REPORT_ADHERENCE_LINE = "report.adherence_line"
    REPORT_DAY_DONE = "report.day_done"
    REPORT_DAY_QUICK = "report.day_quick"
    REPORT_DAY_MISSED = "report.day_missed"
    REPORT_DAY_PAUSED = "report.day_paused"
    REPORT_DAY_REST = "report.day_rest"
    REPORT_WEEKDAYS = "report.weekdays"
    REPORT_PAIN_TITLE = "report.pain_title"
    REPORT_PAIN_OFF = "report.pain_off"
    REPORT_PAIN_NONE = "report.pain_none"
    REPORT_PAIN_IMPROVED = "report.pain_improved"
    REPORT_PAIN_WORSENED = "report.pain_worsened"
    REPORT_PAIN_NO_CLEAR_CHANGE = "report.pain_no_clear_change"
    REPORT_PAIN_NOT_ENOUGH = "report.pain_not_enough"
    REPORT_PSFS_TITLE = "report.psfs_title"
    REPORT_PSFS_SCALE = "report.psfs_scale"
    REPORT_PSFS_NONE = "report.psfs_none"
    REPORT_PSFS_IMPROVED = "report.psfs_improved"
    REPORT_PSFS_WORSENED = "report.psfs_worsened"
    REPORT_PSFS_NO_CLEAR_CHANGE = "report.psfs_no_clear_change"
    REPORT_PSFS_NOT_ENOUGH = "report.psfs_not_enough"
    REPORT_PSFS_ACTIVITY = "report.psfs_activity"
    REPORT_PSFS_CHANGE = "report.psfs_change"
    REPORT_MEANINGFUL = "report.meaningful"
    REPORT_EXERCISES_TITLE = "report.exercises_title"
    REPORT_COL_EXERCISE = "report.col_exercise"
    REPORT_COL_DONE = "report.col_done"
    REPORT_COL_SKIPPED = "report.col_skipped"
    REPORT_COL_HURT_MILD = "report.col_hurt_mild"
    REPORT_COL_HURT_STRONG = "report.col_hurt_strong"
    REPORT_COL_HURT_SHARP = "report.col_hurt_sharp"
    REPORT_COL_HURT_URGENT = "report.col_hurt_urgent"
    REPORT_COL_GENTLER = "report.col_gentler"
    REPORT_COL_DOSE = "report.col_dose"
    REPORT_DROPPED = "report.dropped"
    REPORT_SAFETY_TITLE = "report.safety_title"
    REPORT_SAFETY_NONE = "report.safety_none"
    REPORT_COL_DATE = "report.col_date"
    REPORT_COL_EVENT = "report.col_event"
    REPORT_COL_DETAIL = "report.col_detail"
    REPORT_SAFETY_STOP = "report.safety_stop"
    REPORT_SAFETY_SYMPTOM = "report.safety_symptom"
    REPORT_SAFETY_ESCALATION = "report.safety_escalation"
    REPORT_SAFETY_RED_FLAG = "report.safety_red_flag"
    REPORT_DISCLAIMER = "report.disclaimer"
    REPORT_META = "report.meta"
    REPORT_PAGE = "report.page"
    BUTTON_FEEL_EASY = "button.feel_easy"
    BUTTON_FEEL_JUST_RIGHT = "button.feel_just_right"
    BUTTON_FEEL_HARD = "button.feel_hard"
    BUTTON_FEEL_PAINFUL = "button.feel_painful"
    BUTTON_FEEL_SKIP = "button.feel_skip"
    BUTTON_LESSONS_ON = "button.lessons_on"
    BUTTON_LESSONS_OFF = "button.lessons_off"
    BUTTON_RESET_LEVELS = "button.reset_levels"
    GROW_PRAISE_ALL = "grow.praise_all"
    GROW_PRAISE_SOME = "grow.praise_some"
    GROW_PRAISE_NONE = "grow.praise_none"
    GROW_PRAISE_PAIN = "grow.praise_pain"
    GROW_MILESTONE_3 = "grow.milestone_3"
    GROW_MILESTONE_7 = "grow.milestone_7"
    GROW_MILESTONE_14 = "grow.milestone_14"
    GROW_MILESTONE_30 = "grow.milestone_30"
    GROW_WELCOME_BACK = "grow.welcome_back"
    GROW_WEEKLY_STREAK = "grow.weekly_streak"
    GROW_WEEKLY_THIS_WEEK = "grow.weekly_this_week"
    GROW_STREAK_FORGIVING = "grow.streak_forgiving"
    GROW_FEEL_ASK = "grow.feel_ask"
    GROW_FEEL_NOTED = "grow.feel_noted"
    GROW_FEEL_SKIPPED = "grow.feel_skipped"
    GROW_LEVEL_UP = "grow.level_up"
    GROW_LEVEL_DOWN_HARD = "grow.level_down_hard"
    GROW_LEVEL_DOWN_HURT = "grow.level_down_hurt"
    GROW_LESSON_SOURCE = "grow.lesson_source"
    GROW_LEARN_TITLE = "grow.learn_title"
    GROW_LEARN_ON = "grow.learn_on"
    GROW_LEARN_OFF = "grow.learn_off"
    GROW_LEVELS_RESET = "grow.levels_reset"
    GROW_LEVELS_RESET_NONE = "grow.levels_reset_none"
    GROW_HISTORY_LEVELS = "grow.history_levels"
    GROW_HISTORY_LEVEL = "grow.history_level"
    GROW_REASON_UP = "grow.reason_up"
    GROW_REASON_HARD = "grow.reason_hard"
    GROW_REASON_HURT = "grow.reason_hurt"
    GROW_REASON_RESET = "grow.reason_reset"


_STEP_POSITION = frozenset({"index", "total"})
_PAIN_CHANGE = frozenset({"first", "last", "points", "percent"})
_PSFS_CHANGE = frozenset({"first", "last", "points"})

ALLOWED_PLACEHOLDERS: dict[TextKey, frozenset[str]] = {
    TextKey.ONBOARDING_WELCOME: frozenset({"first_name"}),
    TextKey.ONBOARDING_WELCOME_BACK: frozenset({"first_name", "current_streak"}),
    TextKey.ONBOARDING_SCREEN_CHECKLIST: frozenset({"items"}),
    TextKey.ONBOARDING_TIMEZONE_SET: frozenset({"timezone"}),
    TextKey.ONBOARDING_DONE: frozenset({"remind_time", "timezone"}),
    TextKey.ONBOARDING_DONE_NO_REMINDERS: frozenset({"timezone"}),
    TextKey.ROUTINE_EXERCISE: _STEP_POSITION | {"name", "why", "steps", "dose", "safety"},
    TextKey.ROUTINE_EXERCISE_GENTLER: frozenset({"name", "gentler", "dose", "safety"}),
    TextKey.ROUTINE_HURTS_ASK: frozenset({"name"}),
    TextKey.ROUTINE_HURTS_ASK_GENTLER: frozenset({"name"}),
    TextKey.ROUTINE_HURT_LET_GO: frozenset({"name"}),
    TextKey.ROUTINE_ESCALATION: frozenset({"reason"}),
    TextKey.ROUTINE_ESCALATION_HIGH_AFTER: frozenset({"after"}),
    TextKey.ROUTINE_ESCALATION_ROSE: frozenset({"before", "after"}),
    TextKey.ROUTINE_HURT_STRONG: frozenset({"name"}),
    TextKey.ROUTINE_RESUMED: _STEP_POSITION,
    TextKey.ROUTINE_CANCELLED: _STEP_POSITION,
    TextKey.ROUTINE_TIMER_RUNNING: frozenset({"remaining"}),
    TextKey.ROUTINE_SUMMARY_HEAD: frozenset({"title", "done", "skipped", "hurt"}),
    TextKey.ROUTINE_SUMMARY_PAIN: frozenset({"before", "after"}),
    TextKey.ROUTINE_SUMMARY_STREAK: frozenset({"current", "best"}),
    TextKey.ROUTINE_SUMMARY_NEXT_REMINDER: frozenset({"when"}),
    TextKey.SETTINGS_SHOW: frozenset({"timezone", "remind_time", "consent"}),
    TextKey.SETTINGS_TIMEZONE_SET: frozenset({"timezone"}),
    TextKey.SETTINGS_REMIND_SET: frozenset({"remind_time", "timezone"}),
    TextKey.SETTINGS_PAUSED_UNTIL: frozenset({"until"}),
    TextKey.SETTINGS_RESUMED: frozenset({"current_streak"}),
    TextKey.NUDGE_STREAK: frozenset({"streak"}),
    TextKey.ROUTINE_SOFTENED_NOTE: frozenset({"name"}),
    TextKey.ROUTINE_ASK_KEEP_DROP: frozenset({"name"}),
    TextKey.ROUTINE_KEPT: frozenset({"name"}),
    TextKey.ROUTINE_DROPPED: frozenset({"name"}),
    TextKey.CHART_TITLE_SINCE: frozenset({"start"}),
    TextKey.CHART_TITLE_WINDOW: frozenset({"days"}),
    TextKey.CHART_DATE_AXIS: frozenset({"zone"}),
    TextKey.PROGRESS_CAPTION: frozenset(
        {"best", "comparison", "current", "relief", "sessions_month", "sessions_week"}
    ),
    TextKey.PROGRESS_RELIEF: frozenset({"relief"}),
    TextKey.PROGRESS_IMPROVED: frozenset({"first", "now", "points", "percent"}),
    TextKey.PROGRESS_WORSENED: frozenset({"first", "now", "points"}),
    TextKey.PROGRESS_NO_CLEAR_CHANGE: frozenset({"first", "now", "points"}),
    TextKey.PROGRESS_PAIN_OFF: frozenset({"best", "current", "sessions_month", "sessions_week"}),
    TextKey.HISTORY_LINE: frozenset({"date", "done", "hurt", "pain", "routine", "skipped"}),
    TextKey.WEEKLY_CAPTION: frozenset({"best", "comparison", "current", "relief", "sessions_week"}),
    TextKey.REPORT_PAIN_IMPROVED: _PAIN_CHANGE,
    TextKey.REPORT_PAIN_WORSENED: _PAIN_CHANGE,
    TextKey.REPORT_PAIN_NO_CLEAR_CHANGE: _PAIN_CHANGE,
    TextKey.REPORT_PSFS_IMPROVED: _PSFS_CHANGE,
    TextKey.REPORT_PSFS_WORSENED: _PSFS_CHANGE,
    TextKey.REPORT_PSFS_NO_CLEAR_CHANGE: _PSFS_CHANGE,
    TextKey.REPORT_ADHERENCE_LINE: frozenset({"done", "quick", "per_week", "streak", "stopped"}),
    TextKey.REPORT_META: frozenset({"name", "routine", "start", "end", "days", "created"}),
    TextKey.REPORT_PAGE: frozenset({"page", "pages"}),
    TextKey.GROW_PRAISE_ALL: frozenset({"done"}),
    TextKey.GROW_PRAISE_SOME: frozenset({"done", "total"}),
    TextKey.GROW_PRAISE_PAIN: frozenset({"before", "after"}),
    TextKey.GROW_WEEKLY_STREAK: frozenset({"current", "goal"}),
    TextKey.GROW_WEEKLY_THIS_WEEK: frozenset({"current", "days", "goal"}),
    TextKey.GROW_LEVEL_UP: frozenset({"name", "dose"}),
    TextKey.GROW_LEVEL_DOWN_HARD: frozenset({"name", "dose"}),
    TextKey.GROW_LEVEL_DOWN_HURT: frozenset({"name", "dose"}),
    TextKey.GROW_LEARN_TITLE: frozenset({"seen", "total"}),
    TextKey.GROW_HISTORY_LEVEL: frozenset({"date", "name", "before", "after", "reason"}),
}


def allowed_placeholders(key: TextKey) -> frozenset[str]:
    """Names a text may fill in; keys missing from the table take no values at all."""
    return ALLOWED_PLACEHOLDERS.get(key, frozenset())


BUTTON_KEYS = frozenset(key for key in TextKey if key.startswith("button."))

CALLBACK_ANSWER_KEYS = frozenset(
    {TextKey.COMMON_ALREADY_RECORDED, TextKey.COMMON_BUTTON_EXPIRED, TextKey.COMMON_STALE_BUTTON}
)

# Printed in the PDF report, never sent as a Telegram message, so Telegram's limits do not apply.
REPORT_KEYS = frozenset(key for key in TextKey if key.startswith("report."))
