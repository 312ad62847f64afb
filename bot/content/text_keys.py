"""Every user-facing text key, so code can only ask for texts that the content must provide."""

from __future__ import annotations

from enum import StrEnum


class TextKey(StrEnum):
    """A message of content/texts.ftl; the value is its Fluent id ("common-hint-idle")."""

    # The unit words after a hold's number ("20 s", "2 min"), per language (issue 18).
    UNITS_SECOND = "units-second"
    UNITS_MINUTE = "units-minute"
    # A dose level's counts with their words ("3 sets", "12 slow reps", "2–3 times"), so each
    # language's plural forms come from CLDR (bot/content/ladders.py fills them in).
    DOSE_SETS = "dose-sets"
    DOSE_REPS = "dose-reps"
    DOSE_SLOW_REPS = "dose-slow-reps"
    DOSE_TIMES = "dose-times"
    COMMON_HELP = "common-help"
    COMMON_UNKNOWN_COMMAND = "common-unknown-command"
    COMMON_HINT_IDLE = "common-hint-idle"
    COMMON_HINT_PAIN = "common-hint-pain"
    COMMON_HINT_BUTTONS = "common-hint-buttons"
    COMMON_HINT_TIMEZONE = "common-hint-timezone"
    COMMON_HINT_TIME = "common-hint-time"
    COMMON_STALE_BUTTON = "common-stale-button"
    COMMON_ALREADY_RECORDED = "common-already-recorded"
    COMMON_FINISH_SETUP_FIRST = "common-finish-setup-first"
    COMMON_LOCKED_SCREENING = "common-locked-screening"
    COMMON_LOCKED_IN_SESSION = "common-locked-in-session"
    COMMON_LOCKED_TYPED = "common-locked-typed"
    COMMON_UNLOCK_CONFIRM = "common-unlock-confirm"
    COMMON_UNLOCK_DONE = "common-unlock-done"
    COMMON_UNLOCK_NOT_YET = "common-unlock-not-yet"
    COMMON_NOT_LOCKED = "common-not-locked"
    COMMON_SYMPTOM_HURTS = "common-symptom-hurts"
    COMMON_BUTTON_EXPIRED = "common-button-expired"
    COMMON_ERROR = "common-error"

    ONBOARDING_WELCOME = "onboarding-welcome"
    ONBOARDING_WELCOME_BACK = "onboarding-welcome-back"
    ONBOARDING_SCREEN_CHECKLIST = "onboarding-screen-checklist"
    ONBOARDING_RESCREEN_INTRO = "onboarding-rescreen-intro"
    ONBOARDING_URGENT_ADVICE = "onboarding-urgent-advice"
    ONBOARDING_DOCTOR_ADVICE = "onboarding-doctor-advice"
    ONBOARDING_SCREEN_CLEAR = "onboarding-screen-clear"
    ONBOARDING_RESCREEN_CLEAR = "onboarding-rescreen-clear"
    ONBOARDING_CONSENT_ASK = "onboarding-consent-ask"
    ONBOARDING_CONSENT_YES = "onboarding-consent-yes"
    ONBOARDING_CONSENT_NO = "onboarding-consent-no"
    ONBOARDING_TIMEZONE_ASK = "onboarding-timezone-ask"
    ONBOARDING_TIMEZONE_SET = "onboarding-timezone-set"
    ONBOARDING_REMIND_ASK = "onboarding-remind-ask"
    ONBOARDING_DONE = "onboarding-done"
    ONBOARDING_DONE_NO_REMINDERS = "onboarding-done-no-reminders"

    BUTTON_CLEARED = "button-cleared"
    BUTTON_UNLOCK_YES = "button-unlock-yes"
    BUTTON_UNLOCK_NO = "button-unlock-no"
    BUTTON_SCREEN_NONE = "button-screen-none"
    BUTTON_SCREEN_DONE = "button-screen-done"
    BUTTON_PAUSE_ROUTINE = "button-pause-routine"
    BUTTON_FORGET_HEALTH = "button-forget-health"
    BUTTON_CONSENT_YES = "button-consent-yes"
    BUTTON_CONSENT_NO = "button-consent-no"
    BUTTON_DONE = "button-done"
    BUTTON_SKIP = "button-skip"
    BUTTON_HURTS = "button-hurts"
    BUTTON_STOP = "button-stop"
    BUTTON_TIMER = "button-timer"
    BUTTON_HURT_MILD = "button-hurt-mild"
    BUTTON_HURT_STRONG = "button-hurt-strong"
    BUTTON_HURT_SHARP = "button-hurt-sharp"
    BUTTON_HURT_URGENT = "button-hurt-urgent"
    BUTTON_REMINDERS_OFF = "button-reminders-off"
    BUTTON_START_ROUTINE = "button-start-routine"
    BUTTON_QUICK = "button-quick"

    ROUTINE_PAIN_BEFORE_ASK = "routine-pain-before-ask"
    ROUTINE_PAIN_AFTER_ASK = "routine-pain-after-ask"
    ROUTINE_EXERCISE = "routine-exercise"
    ROUTINE_EXERCISE_GENTLER = "routine-exercise-gentler"
    ROUTINE_HURTS_ASK = "routine-hurts-ask"
    ROUTINE_HURT_MILD = "routine-hurt-mild"
    ROUTINE_HURT_STRONG = "routine-hurt-strong"
    ROUTINE_RED_FLAG_STOP = "routine-red-flag-stop"
    ROUTINE_EMERGENCY = "routine-emergency"
    ROUTINE_HURTS_ASK_GENTLER = "routine-hurts-ask-gentler"
    ROUTINE_HURT_LET_GO = "routine-hurt-let-go"
    ROUTINE_RESUMED = "routine-resumed"
    ROUTINE_CANCELLED = "routine-cancelled"
    ROUTINE_NO_SESSION = "routine-no-session"
    ROUTINE_TIMER_RUNNING = "routine-timer-running"
    ROUTINE_TIMER_DONE = "routine-timer-done"
    ROUTINE_SUMMARY_HEAD = "routine-summary-head"
    ROUTINE_SUMMARY_STOPPED = "routine-summary-stopped"
    ROUTINE_SUMMARY_PAIN = "routine-summary-pain"
    ROUTINE_SUMMARY_PAIN_OFF = "routine-summary-pain-off"
    ROUTINE_SUMMARY_STREAK = "routine-summary-streak"
    ROUTINE_SUMMARY_COUNTS_RULE = "routine-summary-counts-rule"
    ROUTINE_SUMMARY_NEXT_REMINDER = "routine-summary-next-reminder"
    ROUTINE_SUMMARY_REMINDERS_OFF = "routine-summary-reminders-off"

    SAFETY_SHOW = "safety-show"

    SETTINGS_SHOW = "settings-show"
    SETTINGS_CONSENT_ON = "settings-consent-on"
    SETTINGS_CONSENT_OFF = "settings-consent-off"
    SETTINGS_REMINDERS_OFF_VALUE = "settings-reminders-off-value"
    SETTINGS_TIMEZONE_USAGE = "settings-timezone-usage"
    SETTINGS_REMIND_USAGE = "settings-remind-usage"
    SETTINGS_TIMEZONE_SET = "settings-timezone-set"
    SETTINGS_REMIND_SET = "settings-remind-set"
    SETTINGS_REMINDERS_DISABLED = "settings-reminders-disabled"
    SETTINGS_CONSENT_NOW_ON = "settings-consent-now-on"
    SETTINGS_CONSENT_NOW_OFF = "settings-consent-now-off"
    SETTINGS_HEALTH_ERASED = "settings-health-erased"
    SETTINGS_REMINDERS_ENABLED = "settings-reminders-enabled"
    SETTINGS_WEEKDAYS_ONLY = "settings-weekdays-only"
    SETTINGS_EVERY_DAY = "settings-every-day"
    SETTINGS_PAUSED_UNTIL = "settings-paused-until"
    SETTINGS_PAUSED_INDEFINITELY = "settings-paused-indefinitely"
    SETTINGS_RESUMED = "settings-resumed"
    SETTINGS_NOT_PAUSED = "settings-not-paused"
    SETTINGS_PAUSE_USAGE = "settings-pause-usage"

    NUDGE_MESSAGE_1 = "nudge-message-1"
    NUDGE_MESSAGE_2 = "nudge-message-2"
    NUDGE_MESSAGE_3 = "nudge-message-3"
    NUDGE_MESSAGE_4 = "nudge-message-4"
    NUDGE_MESSAGE_5 = "nudge-message-5"
    NUDGE_STREAK = "nudge-streak"
    NUDGE_NO_STREAK = "nudge-no-streak"
    NUDGE_SNOOZED = "nudge-snoozed"
    NUDGE_SKIPPED_TODAY = "nudge-skipped-today"
    BUTTON_SNOOZE = "button-snooze"
    BUTTON_SKIP_TODAY = "button-skip-today"
    ROUTINE_SOFTENED_NOTE = "routine-softened-note"
    ROUTINE_ESCALATION = "routine-escalation"
    ROUTINE_ESCALATION_HIGH_AFTER = "routine-escalation-high-after"
    ROUTINE_ESCALATION_ROSE = "routine-escalation-rose"
    ROUTINE_ESCALATION_TREND = "routine-escalation-trend"
    ROUTINE_ESCALATION_NO_IMPROVEMENT = "routine-escalation-no-improvement"
    ROUTINE_ASK_KEEP_DROP = "routine-ask-keep-drop"
    ROUTINE_KEPT = "routine-kept"
    ROUTINE_DROPPED = "routine-dropped"
    BUTTON_KEEP = "button-keep"
    BUTTON_DROP = "button-drop"
    PROGRESS_CAPTION = "progress-caption"
    PROGRESS_RELIEF = "progress-relief"
    PROGRESS_RELIEF_NONE = "progress-relief-none"
    PROGRESS_IMPROVED = "progress-improved"
    PROGRESS_WORSENED = "progress-worsened"
    PROGRESS_NO_CLEAR_CHANGE = "progress-no-clear-change"
    PROGRESS_NOT_ENOUGH_DATA = "progress-not-enough-data"
    PROGRESS_EMPTY = "progress-empty"
    PROGRESS_PAIN_OFF = "progress-pain-off"
    CHART_TITLE_SINCE = "chart-title-since"
    CHART_TITLE_WINDOW = "chart-title-window"
    CHART_BEFORE = "chart-before"
    CHART_AFTER = "chart-after"
    CHART_WEEKLY = "chart-weekly"
    CHART_PAIN_AXIS = "chart-pain-axis"
    CHART_SESSIONS = "chart-sessions"
    CHART_DATE_AXIS = "chart-date-axis"
    CHART_MONTHS = "chart-months"
    BUTTON_RANGE_30 = "button-range-30"
    BUTTON_RANGE_90 = "button-range-90"
    BUTTON_RANGE_ALL = "button-range-all"
    HISTORY_TITLE = "history-title"
    HISTORY_LINE = "history-line"
    HISTORY_EMPTY = "history-empty"
    BUTTON_OLDER = "button-older"
    BUTTON_NEWER = "button-newer"
    EXPORT_INTRO = "export-intro"
    DELETE_CONFIRM = "delete-confirm"
    DELETE_DONE = "delete-done"
    DELETE_CANCELLED = "delete-cancelled"
    BUTTON_DELETE_YES = "button-delete-yes"
    BUTTON_DELETE_NO = "button-delete-no"
    DELETE_EXPIRED = "delete-expired"
    DELETE_NOTHING = "delete-nothing"
    CALENDAR_TITLE = "calendar-title"
    CALENDAR_LEGEND = "calendar-legend"
    BUTTON_RESTORE_ROUTINE = "button-restore-routine"
    SETTINGS_ROUTINE_RESTORED = "settings-routine-restored"
    SETTINGS_WEEKLY_ON = "settings-weekly-on"
    SETTINGS_WEEKLY_OFF = "settings-weekly-off"
    WEEKLY_CAPTION = "weekly-caption"
    REPORT_TITLE = "report-title"
    REPORT_ADHERENCE_TITLE = "report-adherence-title"
    REPORT_ADHERENCE_LINE = "report-adherence-line"
    REPORT_DAY_DONE = "report-day-done"
    REPORT_DAY_QUICK = "report-day-quick"
    REPORT_DAY_MISSED = "report-day-missed"
    REPORT_DAY_STOPPED = "report-day-stopped"
    REPORT_DAY_PAUSED = "report-day-paused"
    REPORT_DAY_REST = "report-day-rest"
    REPORT_WEEKDAYS = "report-weekdays"
    REPORT_PAIN_TITLE = "report-pain-title"
    REPORT_PAIN_OFF = "report-pain-off"
    REPORT_PAIN_NONE = "report-pain-none"
    REPORT_PAIN_IMPROVED = "report-pain-improved"
    REPORT_PAIN_WORSENED = "report-pain-worsened"
    REPORT_PAIN_NO_CLEAR_CHANGE = "report-pain-no-clear-change"
    REPORT_PAIN_NOT_ENOUGH = "report-pain-not-enough"
    REPORT_PSFS_TITLE = "report-psfs-title"
    REPORT_PSFS_SCALE = "report-psfs-scale"
    REPORT_PSFS_NONE = "report-psfs-none"
    REPORT_PSFS_IMPROVED = "report-psfs-improved"
    REPORT_PSFS_WORSENED = "report-psfs-worsened"
    REPORT_PSFS_NO_CLEAR_CHANGE = "report-psfs-no-clear-change"
    REPORT_PSFS_NOT_ENOUGH = "report-psfs-not-enough"
    REPORT_PSFS_ACTIVITY = "report-psfs-activity"
    REPORT_PSFS_CHANGE = "report-psfs-change"
    REPORT_MEANINGFUL = "report-meaningful"
    REPORT_EXERCISES_TITLE = "report-exercises-title"
    REPORT_COL_EXERCISE = "report-col-exercise"
    REPORT_COL_DONE = "report-col-done"
    REPORT_COL_SKIPPED = "report-col-skipped"
    REPORT_COL_HURT_MILD = "report-col-hurt-mild"
    REPORT_COL_HURT_STRONG = "report-col-hurt-strong"
    REPORT_COL_HURT_SHARP = "report-col-hurt-sharp"
    REPORT_COL_HURT_URGENT = "report-col-hurt-urgent"
    REPORT_COL_GENTLER = "report-col-gentler"
    REPORT_COL_DOSE = "report-col-dose"
    REPORT_DROPPED = "report-dropped"
    REPORT_SAFETY_TITLE = "report-safety-title"
    REPORT_SAFETY_NONE = "report-safety-none"
    REPORT_COL_DATE = "report-col-date"
    REPORT_COL_EVENT = "report-col-event"
    REPORT_COL_DETAIL = "report-col-detail"
    REPORT_SAFETY_STOP = "report-safety-stop"
    REPORT_SAFETY_SYMPTOM = "report-safety-symptom"
    REPORT_SAFETY_ESCALATION = "report-safety-escalation"
    REPORT_SAFETY_RED_FLAG = "report-safety-red-flag"
    REPORT_DISCLAIMER = "report-disclaimer"
    REPORT_META = "report-meta"
    REPORT_PAGE = "report-page"
    # The settings screen, the weekly goal and forgiving input (issue 17, issue 20 item 3).
    ONBOARDING_GOAL_ASK = "onboarding-goal-ask"
    BUTTON_GOAL = "button-goal"
    BUTTON_BACK = "button-back"
    BUTTON_SETTINGS_REMINDERS_ON = "button-settings-reminders-on"
    BUTTON_SETTINGS_REMINDERS_OFF = "button-settings-reminders-off"
    BUTTON_SETTINGS_TIME = "button-settings-time"
    BUTTON_SETTINGS_DAYS = "button-settings-days"
    BUTTON_SETTINGS_ZONE = "button-settings-zone"
    BUTTON_SETTINGS_PAIN_ON = "button-settings-pain-on"
    BUTTON_SETTINGS_PAIN_OFF = "button-settings-pain-off"
    BUTTON_SETTINGS_WEEKLY_ON = "button-settings-weekly-on"
    BUTTON_SETTINGS_WEEKLY_OFF = "button-settings-weekly-off"
    BUTTON_SETTINGS_BAND_ON = "button-settings-band-on"
    BUTTON_SETTINGS_BAND_OFF = "button-settings-band-off"
    BUTTON_SETTINGS_LESSONS_ON = "button-settings-lessons-on"
    BUTTON_SETTINGS_LESSONS_OFF = "button-settings-lessons-off"
    BUTTON_SETTINGS_PAUSE = "button-settings-pause"
    BUTTON_SETTINGS_RESUME = "button-settings-resume"
    BUTTON_EVERY_DAY = "button-every-day"
    BUTTON_WEEKDAYS = "button-weekdays"
    BUTTON_USE_LOCATION = "button-use-location"
    BUTTON_SHARE_LOCATION = "button-share-location"
    SETTINGS_SCREEN_REMINDER = "settings-screen-reminder"
    SETTINGS_SCREEN_REMINDER_OFF = "settings-screen-reminder-off"
    SETTINGS_SCREEN_PAUSED_UNTIL = "settings-screen-paused-until"
    SETTINGS_SCREEN_PAUSED = "settings-screen-paused"
    SETTINGS_SCREEN_NOT_PAUSED = "settings-screen-not-paused"
    SETTINGS_SCREEN_GOAL = "settings-screen-goal"
    SETTINGS_SCREEN_ZONE = "settings-screen-zone"
    SETTINGS_SCREEN_PAIN = "settings-screen-pain"
    SETTINGS_SCREEN_WEEKLY = "settings-screen-weekly"
    SETTINGS_SCREEN_BAND = "settings-screen-band"
    SETTINGS_SCREEN_LESSONS = "settings-screen-lessons"
    SETTINGS_SCREEN_LEVELS = "settings-screen-levels"
    SETTINGS_SCREEN_ROUTINE = "settings-screen-routine"
    SETTINGS_SCREEN_ROUTINE_DROPPED = "settings-screen-routine-dropped"
    SETTINGS_SCREEN_FORGET = "settings-screen-forget"
    SETTINGS_DAYS_EVERY_DAY = "settings-days-every-day"
    SETTINGS_DAYS_WEEKDAYS = "settings-days-weekdays"
    SETTINGS_WEEKDAY_NAMES = "settings-weekday-names"
    SETTINGS_PAGE_TIME = "settings-page-time"
    SETTINGS_PAGE_DAYS = "settings-page-days"
    SETTINGS_PAGE_ZONE = "settings-page-zone"
    SETTINGS_ZONE_DID_YOU_MEAN = "settings-zone-did-you-mean"
    SETTINGS_ZONE_OFFSET = "settings-zone-offset"
    SETTINGS_LOCATION_ASK = "settings-location-ask"
    SETTINGS_LOCATION_UNKNOWN = "settings-location-unknown"
    SETTINGS_PAIN_OUT_OF_RANGE = "settings-pain-out-of-range"
    PSFS_OFFER = "psfs-offer"
    PSFS_BUTTON_START = "psfs-button-start"
    PSFS_BUTTON_LATER = "psfs-button-later"
    PSFS_ASK_NAMES = "psfs-ask-names"
    PSFS_ASK_MORE = "psfs-ask-more"
    PSFS_SUGGEST_1 = "psfs-suggest-1"
    PSFS_SUGGEST_2 = "psfs-suggest-2"
    PSFS_SUGGEST_3 = "psfs-suggest-3"
    PSFS_SUGGEST_4 = "psfs-suggest-4"
    PSFS_SUGGEST_5 = "psfs-suggest-5"
    PSFS_BUTTON_DONE = "psfs-button-done"
    PSFS_BUTTON_SKIP = "psfs-button-skip"
    PSFS_REVIEW = "psfs-review"
    PSFS_BUTTON_SAME = "psfs-button-same"
    PSFS_BUTTON_SWAP = "psfs-button-swap"
    PSFS_BUTTON_ADD = "psfs-button-add"
    PSFS_ASK_SWAP = "psfs-ask-swap"
    PSFS_ASK_RENAME = "psfs-ask-rename"
    PSFS_ASK_SCORE = "psfs-ask-score"
    PSFS_BUTTON_PASS = "psfs-button-pass"
    PSFS_FINISHED = "psfs-finished"
    PSFS_LINE_FIRST = "psfs-line-first"
    PSFS_LINE_CHANGE = "psfs-line-change"
    PSFS_LINE_PASSED = "psfs-line-passed"
    PSFS_SKIPPED = "psfs-skipped"
    PSFS_TOO_LONG = "psfs-too-long"
    PSFS_EMPTY = "psfs-empty"
    PSFS_DUPLICATE = "psfs-duplicate"
    PSFS_TOO_MANY = "psfs-too-many"
    PSFS_NO_CONSENT = "psfs-no-consent"
    PSFS_STALE = "psfs-stale"
    PSFS_PROGRESS_TITLE = "psfs-progress-title"
    PSFS_PROGRESS_LINE = "psfs-progress-line"
    PSFS_PROGRESS_IMPROVED = "psfs-progress-improved"
    PSFS_PROGRESS_WORSENED = "psfs-progress-worsened"
    PSFS_PROGRESS_NO_CLEAR_CHANGE = "psfs-progress-no-clear-change"
    PSFS_PROGRESS_ONE_CHECK = "psfs-progress-one-check"
    PSFS_ACTIVITY_UP = "psfs-activity-up"
    PSFS_ACTIVITY_DOWN = "psfs-activity-down"
    REPORT_CHAT_CAPTION = "report-chat-caption"
    REPORT_CHAT_NO_SESSIONS = "report-chat-no-sessions"
    REPORT_CHAT_NO_SESSIONS_PERIOD = "report-chat-no-sessions-period"
    REPORT_CHAT_BUTTON_4_WEEKS = "report-chat-button-4-weeks"
    REPORT_CHAT_BUTTON_12_WEEKS = "report-chat-button-12-weeks"
    REPORT_CHAT_BUTTON_ALL = "report-chat-button-all"
    REPORT_DETAIL_TYPED_EMERGENCY = "report-detail-typed-emergency"
    REPORT_DETAIL_TYPED_SEE_PROFESSIONAL = "report-detail-typed-see-professional"
    REPORT_DETAIL_HURT_URGENT = "report-detail-hurt-urgent"
    REPORT_DETAIL_HURT_SHARP = "report-detail-hurt-sharp"
    REPORT_DETAIL_HIGH_AFTER = "report-detail-high-after"
    REPORT_DETAIL_ROSE_DURING_SESSION = "report-detail-rose-during-session"
    REPORT_DETAIL_RISING_WEEKLY_TREND = "report-detail-rising-weekly-trend"
    REPORT_DETAIL_NO_IMPROVEMENT_6_WEEKS = "report-detail-no-improvement-6-weeks"
    REPORT_DETAIL_OTHER = "report-detail-other"
    REPORT_DOSES_TITLE = "report-doses-title"
    REPORT_DOSES_NONE = "report-doses-none"
    REPORT_COL_FROM = "report-col-from"
    REPORT_COL_TO = "report-col-to"
    REPORT_COL_WHY = "report-col-why"
    REPORT_DOSE_RAISED = "report-dose-raised"
    REPORT_DOSE_LOWERED = "report-dose-lowered"
    REPORT_REASON_RESET = "report-reason-reset"
    # A coach that keeps its promises, says what a routine takes, and times the holds.
    ROUTINE_OPENING = "routine-opening"
    ROUTINE_OPENING_NOTHING = "routine-opening-nothing"
    ROUTINE_CHOOSE_PAUSED = "routine-choose-paused"
    ROUTINE_TIMER_SIDE = "routine-timer-side"
    ROUTINE_TIMER_SWITCH = "routine-timer-switch"
    ROUTINE_TIMER_REST = "routine-timer-rest"
    ROUTINE_TIMER_ROUND = "routine-timer-round"
    ROUTINE_TIMER_FINISHED = "routine-timer-finished"
    ROUTINE_TIMER_BUSY = "routine-timer-busy"
    BUTTON_FINISH_PAUSED = "button-finish-paused"
    BUTTON_START_OTHER = "button-start-other"
    BUTTON_BAND_YES = "button-band-yes"
    BUTTON_BAND_NO = "button-band-no"
    ONBOARDING_BAND_ASK = "onboarding-band-ask"
    BUTTON_FEEL_EASY = "button-feel-easy"
    BUTTON_FEEL_JUST_RIGHT = "button-feel-just-right"
    BUTTON_FEEL_HARD = "button-feel-hard"
    BUTTON_FEEL_PAINFUL = "button-feel-painful"
    BUTTON_FEEL_SKIP = "button-feel-skip"
    BUTTON_LESSONS_ON = "button-lessons-on"
    BUTTON_LESSONS_OFF = "button-lessons-off"
    BUTTON_RESET_LEVELS = "button-reset-levels"
    GROW_PRAISE_ALL = "grow-praise-all"
    GROW_PRAISE_SOME = "grow-praise-some"
    GROW_PRAISE_NONE = "grow-praise-none"
    GROW_PRAISE_PAIN = "grow-praise-pain"
    GROW_MILESTONE_3 = "grow-milestone-3"
    GROW_MILESTONE_7 = "grow-milestone-7"
    GROW_MILESTONE_14 = "grow-milestone-14"
    GROW_MILESTONE_30 = "grow-milestone-30"
    GROW_WELCOME_BACK = "grow-welcome-back"
    GROW_WEEKLY_STREAK = "grow-weekly-streak"
    GROW_WEEKLY_THIS_WEEK = "grow-weekly-this-week"
    GROW_STREAK_FORGIVING = "grow-streak-forgiving"
    GROW_FEEL_ASK = "grow-feel-ask"
    GROW_FEEL_NOTED = "grow-feel-noted"
    GROW_FEEL_SKIPPED = "grow-feel-skipped"
    GROW_LEVEL_UP = "grow-level-up"
    GROW_LEVEL_DOWN_HARD = "grow-level-down-hard"
    GROW_LEVEL_DOWN_HURT = "grow-level-down-hurt"
    GROW_LESSON_SOURCE = "grow-lesson-source"
    GROW_LEARN_TITLE = "grow-learn-title"
    GROW_LEARN_ON = "grow-learn-on"
    GROW_LEARN_OFF = "grow-learn-off"
    GROW_LEVELS_RESET = "grow-levels-reset"
    GROW_LEVELS_RESET_NONE = "grow-levels-reset-none"
    GROW_HISTORY_LEVELS = "grow-history-levels"
    GROW_HISTORY_LEVEL = "grow-history-level"
    GROW_REASON_UP = "grow-reason-up"
    GROW_REASON_HARD = "grow-reason-hard"
    GROW_REASON_HURT = "grow-reason-hurt"
    GROW_REASON_RESET = "grow-reason-reset"

    # Issue 18: the language's own name, on the /language buttons and the /settings row.
    LANGUAGE_NAME = "language-name"


_STEP_POSITION = frozenset({"index", "total"})
_PAIN_CHANGE = frozenset({"first", "last", "points", "percent"})
_PSFS_CHANGE = frozenset({"first", "last", "points"})

ALLOWED_PLACEHOLDERS: dict[TextKey, frozenset[str]] = {
    TextKey.DOSE_SETS: frozenset({"count"}),
    TextKey.DOSE_REPS: frozenset({"count"}),
    TextKey.DOSE_SLOW_REPS: frozenset({"count"}),
    TextKey.DOSE_TIMES: frozenset({"count"}),
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


BUTTON_KEYS = frozenset(key for key in TextKey if key.startswith("button-"))

CALLBACK_ANSWER_KEYS = frozenset(
    {
        TextKey.COMMON_ALREADY_RECORDED,
        TextKey.COMMON_BUTTON_EXPIRED,
        TextKey.COMMON_STALE_BUTTON,
        TextKey.ROUTINE_TIMER_BUSY,
    }
)

# Printed in the PDF report, never sent as a Telegram message, so Telegram's limits do not apply.
REPORT_KEYS = frozenset(
    key for key in TextKey if key.startswith("report-") and not key.startswith("report-chat-")
)
