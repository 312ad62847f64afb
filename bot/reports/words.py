"""The report's words from content, by id, so the report service never reads content itself."""

from __future__ import annotations

from bot.content import Catalog, TextKey
from bot.content.levels import level_version
from bot.content.models import Exercise
from bot.domain.escalation import EscalationReason
from bot.domain.progression import Reason
from bot.services.progression_service import RESET_REASON
from bot.services.report_build import ExerciseWords, ReportWords

_DETAILS = {
    "typed_emergency": TextKey.REPORT_DETAIL_TYPED_EMERGENCY,
    "typed_see_professional": TextKey.REPORT_DETAIL_TYPED_SEE_PROFESSIONAL,
    "hurt_urgent": TextKey.REPORT_DETAIL_HURT_URGENT,
    "hurt_sharp": TextKey.REPORT_DETAIL_HURT_SHARP,
    EscalationReason.HIGH_AFTER.value: TextKey.REPORT_DETAIL_HIGH_AFTER,
    EscalationReason.ROSE_DURING_SESSION.value: TextKey.REPORT_DETAIL_ROSE_DURING_SESSION,
    EscalationReason.RISING_WEEKLY_TREND.value: TextKey.REPORT_DETAIL_RISING_WEEKLY_TREND,
    EscalationReason.NO_IMPROVEMENT_6_WEEKS.value: TextKey.REPORT_DETAIL_NO_IMPROVEMENT_6_WEEKS,
}
# Why a dose changed: /history's words, but a reset says who did it.
_REASONS = {
    Reason.EASY_SESSIONS.value: TextKey.GROW_REASON_UP,
    Reason.HARD_TWICE.value: TextKey.GROW_REASON_HARD,
    Reason.HURT.value: TextKey.GROW_REASON_HURT,
    RESET_REASON: TextKey.REPORT_REASON_RESET,
}


def report_words(catalog: Catalog) -> ReportWords:
    """Routine titles and plans, exercise names and doses at every level, and a label per
    safety event and dose change reason."""
    render, units = catalog.texts.render, catalog.hold_units
    details = {reason: render(key) for reason, key in _DETAILS.items()}
    details.update({f"screen_{item.id}": item.question for item in catalog.screening})
    return ReportWords(
        routines={rid: routine.title for rid, routine in catalog.routines.items()},
        plans={rid: routine.exercises for rid, routine in catalog.routines.items()},
        exercises={
            eid: ExerciseWords(
                e.name, e.dose_text(units), e.gentler.dose_text(units), _ladder(catalog, e)
            )
            for eid, e in catalog.exercises.items()
        },
        details=details,
        other_detail=render(TextKey.REPORT_DETAIL_OTHER),
        reasons={reason: render(key) for reason, key in _REASONS.items()},
    )


def _ladder(catalog: Catalog, exercise: Exercise) -> tuple[str, ...]:
    """The dose in words at each level of the exercise's ladder, level 0 first."""
    return tuple(
        level_version(exercise, n, catalog.count_words).dose_text(catalog.hold_units)
        for n in range(len(exercise.level))
    )
