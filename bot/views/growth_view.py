"""Dose changes, "How did it feel?", lessons and /learn, in the person's words."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Catalog, TextKey
from bot.content.levels import level_version
from bot.domain.progression import Feel, Reason
from bot.i18n.dates import short_day
from bot.presses import (
    CallbackData,
    FeelPress,
    LessonPress,
    LessonsSwitchPress,
    ResetLevelsPress,
)
from bot.services.lessons import LessonList
from bot.services.progression import LevelChangeNote
from bot.services.progression_service import RESET_REASON, FeelOutcome, FeelReply
from bot.services.records import LevelChangeRecord
from bot.views.outgoing import Keyboard, OutMessage, Rendered, keyboard

_ANNOUNCEMENTS = {
    Reason.EASY_SESSIONS: TextKey.GROW_LEVEL_UP,
    Reason.HARD_TWICE: TextKey.GROW_LEVEL_DOWN_HARD,
    Reason.HURT: TextKey.GROW_LEVEL_DOWN_HURT,
}
_REASONS = {
    Reason.EASY_SESSIONS.value: TextKey.GROW_REASON_UP,
    Reason.HARD_TWICE.value: TextKey.GROW_REASON_HARD,
    Reason.HURT.value: TextKey.GROW_REASON_HURT,
    RESET_REASON: TextKey.GROW_REASON_RESET,
}
_FEEL_BUTTONS = (
    ((TextKey.BUTTON_FEEL_EASY, Feel.EASY), (TextKey.BUTTON_FEEL_JUST_RIGHT, Feel.JUST_RIGHT)),
    ((TextKey.BUTTON_FEEL_HARD, Feel.HARD), (TextKey.BUTTON_FEEL_PAINFUL, Feel.PAINFUL)),
)


class GrowthView:
    """Pure builders for issue 20's messages and buttons."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._texts = catalog.texts
        self._lessons = {lesson.id: lesson for lesson in catalog.lessons}

    def feel_keyboard(self, session_id: int) -> Keyboard:
        """Four answers in two rows, and Skip."""
        render = self._texts.render
        rows: list[list[tuple[str, CallbackData]]] = [
            [(render(key), FeelPress(session_id, feel)) for key, feel in row]
            for row in _FEEL_BUTTONS
        ]
        rows.append([(render(TextKey.BUTTON_FEEL_SKIP), FeelPress(session_id, None))])
        return keyboard(rows)

    def announcement(self, change: LevelChangeNote) -> str:
        """One sentence: "Wall Angels: 2 sets × 12 slow reps from today, ..."."""
        exercise = self._catalog.exercises.get(change.exercise_id)
        if exercise is None:
            return ""
        version = level_version(exercise, change.to_level, self._catalog.count_words)
        dose = version.dose_text(self._catalog.hold_units)
        return self._texts.render(_ANNOUNCEMENTS[change.reason], name=exercise.name, dose=dose)

    def feel_reply(self, reply: FeelReply) -> Rendered:
        """A toast, the summary's buttons retired, and any change announced."""
        render = self._texts.render
        if reply.outcome is FeelOutcome.STALE:
            return Rendered(toast=render(TextKey.COMMON_BUTTON_EXPIRED))
        if reply.outcome is FeelOutcome.ALREADY:
            return Rendered(toast=render(TextKey.COMMON_ALREADY_RECORDED))
        key = TextKey.GROW_FEEL_SKIPPED if reply.feel is None else TextKey.GROW_FEEL_NOTED
        lines = [self.announcement(change) for change in reply.changes]
        messages = (OutMessage("\n".join(lines)),) if lines else ()
        return Rendered(messages=messages, toast=render(key), advanced=True)

    def lesson(self, lesson_id: str) -> OutMessage | None:
        """A lesson with its title and source (None: not in the content any more)."""
        lesson = self._lessons.get(lesson_id)
        if lesson is None:
            return None
        source = f"{self._texts.render(TextKey.GROW_LESSON_SOURCE)} {lesson.source}"
        if lesson.url:
            source = f"{source} {lesson.url}"
        return OutMessage(f"📘 {lesson.title}\n\n{lesson.text}\n\n{source}")

    def learn(self, lessons: LessonList) -> OutMessage:
        """Every lesson as a button, and the switch for lessons after sessions."""
        render = self._texts.render
        catalog_lessons = self._catalog.lessons
        seen = sum(1 for lesson in catalog_lessons if lesson.id in lessons.seen)
        title = render(TextKey.GROW_LEARN_TITLE, seen=seen, total=len(catalog_lessons))
        state = render(TextKey.GROW_LEARN_ON if lessons.enabled else TextKey.GROW_LEARN_OFF)
        rows: list[list[tuple[str, CallbackData]]] = [
            [(lesson.title, LessonPress(lesson.id))] for lesson in catalog_lessons
        ]
        switch = TextKey.BUTTON_LESSONS_OFF if lessons.enabled else TextKey.BUTTON_LESSONS_ON
        rows.append([(render(switch), LessonsSwitchPress(not lessons.enabled))])
        return OutMessage(f"{title}\n{state}", keyboard(rows))

    def reset_button(self) -> tuple[str, CallbackData]:
        """ "↩️ Doses back to the start", for the /settings screen to place."""
        return self._texts.render(TextKey.BUTTON_RESET_LEVELS), ResetLevelsPress()

    def reset(self, lowered: int | None) -> Rendered:
        """After "doses back to the start" on /settings: a toast, so the screen stays as it is."""
        render = self._texts.render
        if lowered is None:
            return Rendered(toast=render(TextKey.COMMON_BUTTON_EXPIRED))
        key = TextKey.GROW_LEVELS_RESET if lowered else TextKey.GROW_LEVELS_RESET_NONE
        return Rendered(toast=render(key))

    def history_lines(self, changes: Sequence[LevelChangeRecord]) -> list[str]:
        """Dose changes for /history, newest first, under their own heading."""
        if not changes:
            return []
        render = self._texts.render
        lines = [render(TextKey.GROW_HISTORY_LEVELS)]
        for change in reversed(changes):
            exercise = self._catalog.exercises.get(change.exercise_id)
            reason = _REASONS.get(change.reason)
            lines.append(
                render(
                    TextKey.GROW_HISTORY_LEVEL,
                    date=short_day(change.local_date, self._catalog.texts.language),
                    name=exercise.name if exercise is not None else change.exercise_id,
                    before=change.from_level + 1,
                    after=change.to_level + 1,
                    reason="" if reason is None else render(reason),
                )
            )
        return lines
