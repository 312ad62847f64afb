"""Every user-facing text key, so code can only ask for texts that the content must provide."""

from __future__ import annotations

from enum import StrEnum


class TextKey(StrEnum):
    """A text in content/texts.toml, named "section.name" exactly as in the file."""

    # The unit words after a hold's number ("20 s", "2 min"), per language (issue 18).
    UNITS_SECOND = "units.second"
    UNITS_MINUTE = "units.minute"
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
    DELETE_EXPIRED = "delete.expired"
    DELETE_NOTHING = "delete.nothing"
    CALENDAR_TITLE = "calendar.title"
    CALENDAR_LEGEND = "calendar.legend"
    BUTTON_RESTORE_ROUTINE = "button.restore_routine"
    SETTINGS_ROUTINE_RESTORED = "settings.routine_restored"
    SETTINGS_WEEKLY_ON = "settings.weekly_on"
    SETTINGS_WEEKLY_OFF = "settings.weekly_off"
    WEEKLY_CAPTION = "weekly.caption"
    REPORT_TITLE = "report.title"
    REPORT_ADHERENCE_TITLE = "report.adherence_title"
    REPORT_ADHERENCE_LINE = "report.adherence_line"
    REPORT_DAY_DONE = "report.day_done"
    REPORT_DAY_QUICK = "report.day_quick"
    REPORT_DAY_MISSED = "report.day_missed"
    REPORT_DAY_STOPPED = "report.day_stopped"
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
    # The settings screen, the weekly goal and forgiving input (issue 17, issue 20 item 3).
    ONBOARDING_GOAL_ASK = "onboarding.goal_ask"
    BUTTON_GOAL = "button.goal"
    BUTTON_BACK = "button.back"
    BUTTON_SETTINGS_REMINDERS_ON = "button.settings_reminders_on"
    BUTTON_SETTINGS_REMINDERS_OFF = "button.settings_reminders_off"
    BUTTON_SETTINGS_TIME = "button.settings_time"
    BUTTON_SETTINGS_DAYS = "button.settings_days"
    BUTTON_SETTINGS_ZONE = "button.settings_zone"
    BUTTON_SETTINGS_PAIN_ON = "button.settings_pain_on"
    BUTTON_SETTINGS_PAIN_OFF = "button.settings_pain_off"
    BUTTON_SETTINGS_WEEKLY_ON = "button.settings_weekly_on"
    BUTTON_SETTINGS_WEEKLY_OFF = "button.settings_weekly_off"
    BUTTON_SETTINGS_BAND_ON = "button.settings_band_on"
    BUTTON_SETTINGS_BAND_OFF = "button.settings_band_off"
    BUTTON_SETTINGS_LESSONS_ON = "button.settings_lessons_on"
    BUTTON_SETTINGS_LESSONS_OFF = "button.settings_lessons_off"
    BUTTON_SETTINGS_PAUSE = "button.settings_pause"
    BUTTON_SETTINGS_RESUME = "button.settings_resume"
    BUTTON_EVERY_DAY = "button.every_day"
    BUTTON_WEEKDAYS = "button.weekdays"
    BUTTON_USE_LOCATION = "button.use_location"
    BUTTON_SHARE_LOCATION = "button.share_location"
    SETTINGS_SCREEN_REMINDER = "settings.screen_reminder"
    SETTINGS_SCREEN_REMINDER_OFF = "settings.screen_reminder_off"
    SETTINGS_SCREEN_PAUSED_UNTIL = "settings.screen_paused_until"
    SETTINGS_SCREEN_PAUSED = "settings.screen_paused"
    SETTINGS_SCREEN_NOT_PAUSED = "settings.screen_not_paused"
    SETTINGS_SCREEN_GOAL = "settings.screen_goal"
    SETTINGS_SCREEN_ZONE = "settings.screen_zone"
    SETTINGS_SCREEN_PAIN = "settings.screen_pain"
    SETTINGS_SCREEN_WEEKLY = "settings.screen_weekly"
    SETTINGS_SCREEN_BAND = "settings.screen_band"
    SETTINGS_SCREEN_LESSONS = "settings.screen_lessons"
    SETTINGS_SCREEN_LEVELS = "settings.screen_levels"
    SETTINGS_SCREEN_ROUTINE = "settings.screen_routine"
    SETTINGS_SCREEN_ROUTINE_DROPPED = "settings.screen_routine_dropped"
    SETTINGS_SCREEN_FORGET = "settings.screen_forget"
    SETTINGS_DAYS_EVERY_DAY = "settings.days_every_day"
    SETTINGS_DAYS_WEEKDAYS = "settings.days_weekdays"
    SETTINGS_WEEKDAY_NAMES = "settings.weekday_names"
    SETTINGS_PAGE_TIME = "settings.page_time"
    SETTINGS_PAGE_DAYS = "settings.page_days"
    SETTINGS_PAGE_ZONE = "settings.page_zone"
    SETTINGS_ZONE_DID_YOU_MEAN = "settings.zone_did_you_mean"
    SETTINGS_ZONE_OFFSET = "settings.zone_offset"
    SETTINGS_LOCATION_ASK = "settings.location_ask"
    SETTINGS_LOCATION_UNKNOWN = "settings.location_unknown"
    SETTINGS_PAIN_OUT_OF_RANGE = "settings.pain_out_of_range"
    PSFS_OFFER = "psfs.offer"
    PSFS_BUTTON_START = "psfs.button_start"
    PSFS_BUTTON_LATER = "psfs.button_later"
    PSFS_ASK_NAMES = "psfs.ask_names"
    PSFS_ASK_MORE = "psfs.ask_more"
    PSFS_SUGGEST_1 = "psfs.suggest_1"
    PSFS_SUGGEST_2 = "psfs.suggest_2"
    PSFS_SUGGEST_3 = "psfs.suggest_3"
    PSFS_SUGGEST_4 = "psfs.suggest_4"
    PSFS_SUGGEST_5 = "psfs.suggest_5"
    PSFS_BUTTON_DONE = "psfs.button_done"
    PSFS_BUTTON_SKIP = "psfs.button_skip"
    PSFS_REVIEW = "psfs.review"
    PSFS_BUTTON_SAME = "psfs.button_same"
    PSFS_BUTTON_SWAP = "psfs.button_swap"
    PSFS_BUTTON_ADD = "psfs.button_add"
    PSFS_ASK_SWAP = "psfs.ask_swap"
    PSFS_ASK_RENAME = "psfs.ask_rename"
    PSFS_ASK_SCORE = "psfs.ask_score"
    PSFS_BUTTON_PASS = "psfs.button_pass"
    PSFS_FINISHED = "psfs.finished"
    PSFS_LINE_FIRST = "psfs.line_first"
    PSFS_LINE_CHANGE = "psfs.line_change"
    PSFS_LINE_PASSED = "psfs.line_passed"
    PSFS_SKIPPED = "psfs.skipped"
    PSFS_TOO_LONG = "psfs.too_long"
    PSFS_EMPTY = "psfs.empty"
    PSFS_DUPLICATE = "psfs.duplicate"
    PSFS_TOO_MANY = "psfs.too_many"
    PSFS_NO_CONSENT = "psfs.no_consent"
    PSFS_STALE = "psfs.stale"
    PSFS_PROGRESS_TITLE = "psfs.progress_title"
    PSFS_PROGRESS_LINE = "psfs.progress_line"
    PSFS_PROGRESS_IMPROVED = "psfs.progress_improved"
    PSFS_PROGRESS_WORSENED = "psfs.progress_worsened"
    PSFS_PROGRESS_NO_CLEAR_CHANGE = "psfs.progress_no_clear_change"
    PSFS_PROGRESS_ONE_CHECK = "psfs.progress_one_check"
    PSFS_ACTIVITY_UP = "psfs.activity_up"
    PSFS_ACTIVITY_DOWN = "psfs.activity_down"
    REPORT_CHAT_CAPTION = "report_chat.caption"
    REPORT_CHAT_NO_SESSIONS = "report_chat.no_sessions"
    REPORT_CHAT_NO_SESSIONS_PERIOD = "report_chat.no_sessions_period"
    REPORT_CHAT_BUTTON_4_WEEKS = "report_chat.button_4_weeks"
    REPORT_CHAT_BUTTON_12_WEEKS = "report_chat.button_12_weeks"
    REPORT_CHAT_BUTTON_ALL = "report_chat.button_all"
    REPORT_DETAIL_TYPED_EMERGENCY = "report.detail_typed_emergency"
    REPORT_DETAIL_TYPED_SEE_PROFESSIONAL = "report.detail_typed_see_professional"
    REPORT_DETAIL_HURT_URGENT = "report.detail_hurt_urgent"
    REPORT_DETAIL_HURT_SHARP = "report.detail_hurt_sharp"
    REPORT_DETAIL_HIGH_AFTER = "report.detail_high_after"
    REPORT_DETAIL_ROSE_DURING_SESSION = "report.detail_rose_during_session"
    REPORT_DETAIL_RISING_WEEKLY_TREND = "report.detail_rising_weekly_trend"
    REPORT_DETAIL_NO_IMPROVEMENT_6_WEEKS = "report.detail_no_improvement_6_weeks"
    REPORT_DETAIL_OTHER = "report.detail_other"
    REPORT_DOSES_TITLE = "report.doses_title"
    REPORT_DOSES_NONE = "report.doses_none"
    REPORT_COL_FROM = "report.col_from"
    REPORT_COL_TO = "report.col_to"
    REPORT_COL_WHY = "report.col_why"
    REPORT_DOSE_RAISED = "report.dose_raised"
    REPORT_DOSE_LOWERED = "report.dose_lowered"
    REPORT_REASON_RESET = "report.reason_reset"
    # A coach that keeps its promises, says what a routine takes, and times the holds.
    ROUTINE_OPENING = "routine.opening"
    ROUTINE_OPENING_NOTHING = "routine.opening_nothing"
    ROUTINE_CHOOSE_PAUSED = "routine.choose_paused"
    ROUTINE_TIMER_SIDE = "routine.timer_side"
    ROUTINE_TIMER_SWITCH = "routine.timer_switch"
    ROUTINE_TIMER_REST = "routine.timer_rest"
    ROUTINE_TIMER_ROUND = "routine.timer_round"
    ROUTINE_TIMER_FINISHED = "routine.timer_finished"
    ROUTINE_TIMER_BUSY = "routine.timer_busy"
    BUTTON_FINISH_PAUSED = "button.finish_paused"
    BUTTON_START_OTHER = "button.start_other"
    BUTTON_BAND_YES = "button.band_yes"
    BUTTON_BAND_NO = "button.band_no"
    ONBOARDING_BAND_ASK = "onboarding.band_ask"
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

    # Issue 18: the language's own name, on the /language buttons and the /settings row.
    LANGUAGE_NAME = "language.name"


_STEP_POSITION = frozenset({"index", "total"})
_PAIN_CHANGE = frozenset({"first", "last", "points", "percent"})
_PSFS_CHANGE = frozenset({"first", "last", "points"})

ALLOWED_PLACEHOLDERS: dict[TextKey, frozenset[str]] = {
    TextKey.ONBOARDING_WELCOME: frozenset({"first_name"}),
    TextKey.ONBOARDING_WELCOME_BACK: frozenset({"first_name", "current_streak"}),
    TextKey.ONBOARDING_SCREEN_CHECKLIST: frozenset({"items"}),
    TextKey.ONBOARDING_TIMEZONE_SET: frozenset({"timezone"}),
    TextKey.ONBOARDING_DONE: frozenset({"remind_time", "timezone", "when"}),
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
    TextKey.SETTINGS_SCREEN_REMINDER: frozenset({"remind_time", "when"}),
    TextKey.SETTINGS_SCREEN_PAUSED_UNTIL: frozenset({"until"}),
    TextKey.SETTINGS_SCREEN_GOAL: frozenset({"days"}),
    TextKey.SETTINGS_SCREEN_ZONE: frozenset({"timezone"}),
    TextKey.SETTINGS_SCREEN_PAIN: frozenset({"consent"}),
    TextKey.SETTINGS_SCREEN_WEEKLY: frozenset({"consent"}),
    TextKey.SETTINGS_SCREEN_BAND: frozenset({"consent"}),
    TextKey.SETTINGS_SCREEN_LESSONS: frozenset({"consent"}),
    TextKey.SETTINGS_SCREEN_ROUTINE_DROPPED: frozenset({"name"}),
    TextKey.SETTINGS_ZONE_OFFSET: frozenset({"zone"}),
    TextKey.PSFS_ASK_MORE: frozenset({"activities"}),
    TextKey.PSFS_REVIEW: frozenset({"activities"}),
    TextKey.PSFS_ASK_RENAME: frozenset({"name"}),
    TextKey.PSFS_ASK_SCORE: frozenset({"name", "index", "total"}),
    TextKey.PSFS_FINISHED: frozenset({"lines"}),
    TextKey.PSFS_LINE_FIRST: frozenset({"name", "now"}),
    TextKey.PSFS_LINE_CHANGE: frozenset({"name", "previous", "now"}),
    TextKey.PSFS_LINE_PASSED: frozenset({"name"}),
    TextKey.PSFS_TOO_LONG: frozenset({"limit"}),
    TextKey.PSFS_PROGRESS_LINE: frozenset({"name", "scores", "change"}),
    TextKey.PSFS_PROGRESS_IMPROVED: _PSFS_CHANGE,
    TextKey.PSFS_PROGRESS_WORSENED: _PSFS_CHANGE,
    TextKey.PSFS_PROGRESS_NO_CLEAR_CHANGE: _PSFS_CHANGE,
    TextKey.PSFS_ACTIVITY_UP: frozenset({"points"}),
    TextKey.PSFS_ACTIVITY_DOWN: frozenset({"points"}),
    TextKey.REPORT_CHAT_CAPTION: frozenset({"start", "end"}),
    TextKey.REPORT_CHAT_NO_SESSIONS_PERIOD: frozenset({"days"}),
    TextKey.ROUTINE_OPENING: frozenset({"minutes", "needs"}),
    TextKey.ROUTINE_OPENING_NOTHING: frozenset({"minutes"}),
    TextKey.ROUTINE_CHOOSE_PAUSED: _STEP_POSITION | {"other"},
    TextKey.ROUTINE_TIMER_SIDE: frozenset({"side", "remaining"}),
    TextKey.ROUTINE_TIMER_SWITCH: frozenset({"side", "remaining"}),
    TextKey.ROUTINE_TIMER_REST: frozenset({"remaining"}),
    TextKey.ROUTINE_TIMER_ROUND: frozenset({"round", "rounds"}),
    TextKey.BUTTON_FINISH_PAUSED: _STEP_POSITION,
    TextKey.BUTTON_START_OTHER: frozenset({"other"}),
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
    {
        TextKey.COMMON_ALREADY_RECORDED,
        TextKey.COMMON_BUTTON_EXPIRED,
        TextKey.COMMON_STALE_BUTTON,
        TextKey.ROUTINE_TIMER_BUSY,
    }
)

# Printed in the PDF report, never sent as a Telegram message, so Telegram's limits do not apply.
REPORT_KEYS = frozenset(key for key in TextKey if key.startswith("report."))
