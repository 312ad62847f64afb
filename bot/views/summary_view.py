"""The end of a session in words: counts, pain, streak, next reminder, and what follows."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.content import Catalog, TextKey
from bot.domain.escalation import EscalationReason
from bot.domain.praise import Milestone, Opening, Praise
from bot.domain.routine import Status
from bot.domain.schedule import find_zone
from bot.i18n.dates import weekday_time
from bot.presses import KeepDropPress, PausePress
from bot.services.replies import Summary
from bot.views.growth_view import GrowthView
from bot.views.outgoing import OutMessage, keyboard

_UTC = ZoneInfo("UTC")
_NO_VALUE = "–"
_MILESTONES = {
    Milestone.DAYS_3: TextKey.GROW_MILESTONE_3,
    Milestone.DAYS_7: TextKey.GROW_MILESTONE_7,
    Milestone.DAYS_14: TextKey.GROW_MILESTONE_14,
    Milestone.DAYS_30: TextKey.GROW_MILESTONE_30,
    Milestone.WELCOME_BACK: TextKey.GROW_WELCOME_BACK,
}


class SummaryView:
    """Renders a finished session's summary and the advice or question that follows it."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._texts = catalog.texts
        self._pause = keyboard([[(self._texts.render(TextKey.BUTTON_PAUSE_ROUTINE), PausePress())]])
        self.growth = GrowthView(catalog)

    def summary_message(self, summary: Summary) -> OutMessage:
        """The summary, words before figures, the day's lesson, and "How did it feel?".

        One message, so the buttons sit under the question. The lesson and the question are
        left out with safety advice: advice never shares a reply with them.
        """
        extras = summary.extras
        praise = [] if extras.praise is None else self._praise(summary, extras.praise)
        lines = [*praise, self.summary(summary)]
        lines.extend(self.growth.announcement(change) for change in extras.level_changes)
        lesson = None if extras.lesson_id is None else self.growth.lesson(extras.lesson_id)
        if lesson is not None and not summary.escalations:
            lines.append(f"\n{lesson.text}\n")
        if not extras.ask_feel or summary.escalations:
            return OutMessage("\n".join(lines))
        lines.append(self._texts.render(TextKey.GROW_FEEL_ASK))
        return OutMessage("\n".join(lines), self.growth.feel_keyboard(summary.session_id))

    def _praise(self, summary: Summary, praise: Praise) -> list[str]:
        """What happened, in words: the counts, a meaningful fall in pain, a milestone."""
        render = self._texts.render
        match praise.opening:
            case Opening.ALL_DONE:
                words = render(TextKey.GROW_PRAISE_ALL, done=summary.done)
            case Opening.SOME_DONE:
                words = render(TextKey.GROW_PRAISE_SOME, done=summary.done, total=summary.total)
            case _:
                words = render(TextKey.GROW_PRAISE_NONE)
        if praise.pain_improved:
            before, after = _value(summary.pain_before), _value(summary.pain_after)
            words += render(TextKey.GROW_PRAISE_PAIN, before=before, after=after)
        lines = [f"{words}."]
        if praise.milestone is not None:
            lines.append(render(_MILESTONES[praise.milestone]))
        return lines

    def summary(self, summary: Summary) -> str:
        """The end-of-session report: counts, pain, streak and the next reminder."""
        texts = self._texts
        title = (
            self._catalog.routines[summary.routine_id].title
            if summary.routine_id in self._catalog.routines
            else summary.routine_id
        )
        lines = [
            texts.render(
                TextKey.ROUTINE_SUMMARY_HEAD,
                title=title,
                done=summary.done,
                skipped=summary.skipped,
                hurt=summary.hurt,
            )
        ]
        if summary.status is Status.STOPPED:
            lines.append(texts.render(TextKey.ROUTINE_SUMMARY_STOPPED))
        if summary.pain_before is not None or summary.pain_after is not None:
            lines.append(
                texts.render(
                    TextKey.ROUTINE_SUMMARY_PAIN,
                    before=_value(summary.pain_before),
                    after=_value(summary.pain_after),
                )
            )
        if not summary.track_pain:
            lines.append(texts.render(TextKey.ROUTINE_SUMMARY_PAIN_OFF))
        if summary.escalations:
            # Safety advice follows: no streak figures or praise beside it.
            return "\n".join(lines)
        lines.append(
            texts.render(
                TextKey.ROUTINE_SUMMARY_STREAK,
                current=summary.streak.current,
                best=summary.streak.best,
            )
        )
        extras = summary.extras
        weekly = extras.weekly
        if weekly is not None:
            lines.append(
                texts.render(
                    TextKey.GROW_WEEKLY_THIS_WEEK,
                    current=weekly.current,
                    days=extras.week_days,
                    goal=extras.weekly_goal,
                )
            )
            if weekly.current and extras.after_rest:
                lines.append(texts.render(TextKey.GROW_STREAK_FORGIVING))
        if not summary.counted:
            lines.append(texts.render(TextKey.ROUTINE_SUMMARY_COUNTS_RULE))
        if summary.next_nudge_at is None:
            lines.append(texts.render(TextKey.ROUTINE_SUMMARY_REMINDERS_OFF))
        else:
            zone = find_zone(summary.timezone) or _UTC
            when = weekday_time(summary.next_nudge_at.astimezone(zone), texts.language)
            lines.append(texts.render(TextKey.ROUTINE_SUMMARY_NEXT_REMINDER, when=when))
        return "\n".join(lines)

    def after_summary(self, summary: Summary) -> list[OutMessage]:
        """Calm advice when pain is high or rising; keep-or-drop for an exercise always skipped."""
        texts = self._texts
        messages = []
        if summary.escalations:
            reasons = "\n".join(self._reason(summary, reason) for reason in summary.escalations)
            text = texts.render(TextKey.ROUTINE_ESCALATION, reason=reasons)
            return [OutMessage(text, self._pause)]
        for exercise_id in summary.ask_about:
            buttons = keyboard(
                [
                    [
                        (texts.render(TextKey.BUTTON_KEEP), KeepDropPress(exercise_id, keep=True)),
                        (texts.render(TextKey.BUTTON_DROP), KeepDropPress(exercise_id, keep=False)),
                    ]
                ]
            )
            text = texts.render(TextKey.ROUTINE_ASK_KEEP_DROP, name=self._name(exercise_id))
            messages.append(OutMessage(text, buttons))
        return messages

    def _reason(self, summary: Summary, reason: str) -> str:
        """An escalation reason in words, with this session's numbers."""
        render = self._texts.render
        before, after = _value(summary.pain_before), _value(summary.pain_after)
        match reason:
            case EscalationReason.HIGH_AFTER:
                return render(TextKey.ROUTINE_ESCALATION_HIGH_AFTER, after=after)
            case EscalationReason.ROSE_DURING_SESSION:
                return render(TextKey.ROUTINE_ESCALATION_ROSE, before=before, after=after)
            case EscalationReason.RISING_WEEKLY_TREND:
                return render(TextKey.ROUTINE_ESCALATION_TREND)
        return render(TextKey.ROUTINE_ESCALATION_NO_IMPROVEMENT)

    def _name(self, exercise_id: str) -> str:
        """An exercise's display name."""
        exercise = self._catalog.exercises.get(exercise_id)
        return exercise.name if exercise is not None else ""


def _value(score: int | None) -> str:
    """A rating, or a dash when it was not given."""
    return _NO_VALUE if score is None else str(score)
