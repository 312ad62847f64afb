"""Messages and keyboards for a routine session."""

from __future__ import annotations

from bot.content import Catalog, TextKey
from bot.content.plans import dose_in, plan_minutes, plan_needs
from bot.demos.versions import GENTLER, version_key
from bot.domain.routine import Action, HurtLevel, Phase
from bot.presses import (
    CallbackData,
    ExercisePress,
    PainPress,
    StartPress,
    SwitchRoutinePress,
    TimerPress,
)
from bot.services.replies import Note, Prompt, RoutineReply
from bot.views.outgoing import Keyboard, OutMessage, Rendered, keyboard
from bot.views.safety_view import SafetyView
from bot.views.summary_view import SummaryView


class RoutineView:
    """Renders prompts, notes and summaries from the catalog's texts."""

    def __init__(self, catalog: Catalog, safety: SafetyView) -> None:
        self._catalog = catalog
        self._texts = catalog.texts
        self._safety = safety
        self._summaries = SummaryView(catalog)

    def render(self, reply: RoutineReply) -> Rendered:
        """Turn a routine reply into a toast and messages."""
        texts = self._texts
        if reply.note is Note.STALE:
            # A toast only: a chat message about an old button would clutter the chat.
            return Rendered(toast=texts.render(TextKey.COMMON_STALE_BUTTON))
        if reply.note is Note.CHOOSE and reply.prompt is not None:
            return Rendered(messages=(self._choose(reply.prompt, reply.choice or ""),))
        if reply.note is Note.ALREADY_HANDLED:
            return Rendered(toast=texts.render(TextKey.COMMON_ALREADY_RECORDED))
        messages = list(self._notes(reply))
        if reply.prompt is not None and reply.note is not Note.CANCELLED:
            if reply.prompt.softened and reply.prompt.phase is Phase.EXERCISE:
                name = self._name(reply.prompt.exercise_id)
                messages.append(OutMessage(texts.render(TextKey.ROUTINE_SOFTENED_NOTE, name=name)))
            messages.append(self.prompt(reply.prompt))
        if reply.summary is not None:
            messages.append(self._summaries.summary_message(reply.summary))
            messages.extend(self._summaries.after_summary(reply.summary))
        # The pressed keyboard is retired by the handler (bot/handlers/sending.py), with the answer.
        return Rendered(messages=tuple(messages))

    def _choose(self, paused: Prompt, choice: str) -> OutMessage:
        """ "Finish your paused routine (3/7) or start the 2-minute one?", with both buttons."""
        texts = self._texts
        index, total = min(paused.step + 1, paused.total), paused.total
        routine = self._catalog.routines.get(choice)
        other = routine.called if routine is not None else ""
        finish = texts.render(TextKey.BUTTON_FINISH_PAUSED, index=index, total=total)
        start = texts.render(TextKey.BUTTON_START_OTHER, other=other)
        rows: list[list[tuple[str, CallbackData]]] = [
            [(finish, StartPress(paused.routine_id))],
            [(start, SwitchRoutinePress(choice, paused.session_id))],
        ]
        text = texts.render(TextKey.ROUTINE_CHOOSE_PAUSED, index=index, total=total, other=other)
        return OutMessage(text, keyboard(rows))

    def timer_done(self, prompt: Prompt) -> OutMessage:
        """The timer's last word, as a new message so the phone notifies, with ✅ Done on it."""
        texts = self._texts
        done = ExercisePress(prompt.session_id, prompt.version, Action.DONE)
        return OutMessage(
            texts.render(TextKey.ROUTINE_TIMER_DONE),
            keyboard([[(texts.render(TextKey.BUTTON_DONE), done)]]),
        )

    def _opening(self, prompt: Prompt) -> str:
        """ "⏱ About 18 min. You'll need: …", from the session's own plan and doses."""
        minutes = plan_minutes(self._catalog, prompt.routine_id, prompt.plan)
        needs = plan_needs(self._catalog, prompt.plan)
        if not needs:
            return self._texts.render(TextKey.ROUTINE_OPENING_NOTHING, minutes=minutes)
        return self._texts.render(TextKey.ROUTINE_OPENING, minutes=minutes, needs=", ".join(needs))

    def _notes(self, reply: RoutineReply) -> list[OutMessage]:
        """Messages that explain what just happened, before the next prompt."""
        texts, prompt = self._texts, reply.prompt
        match reply.note:
            case Note.RESUMED if prompt is not None:
                index = min(prompt.step + 1, prompt.total)
                return [
                    OutMessage(
                        texts.render(TextKey.ROUTINE_RESUMED, index=index, total=prompt.total)
                    )
                ]
            case Note.CANCELLED if prompt is not None:
                index = min(prompt.step + 1, prompt.total)
                return [
                    OutMessage(
                        texts.render(TextKey.ROUTINE_CANCELLED, index=index, total=prompt.total)
                    )
                ]
            case Note.HURT_MILD:
                return [OutMessage(texts.render(TextKey.ROUTINE_HURT_MILD))]
            case Note.HURT_STRONG | Note.HURT_LET_GO:
                key = (
                    TextKey.ROUTINE_HURT_STRONG
                    if reply.note is Note.HURT_STRONG
                    else TextKey.ROUTINE_HURT_LET_GO
                )
                return [OutMessage(texts.render(key, name=self._name(reply.exercise_id)))]
            case Note.RED_FLAG:
                return [OutMessage(texts.render(TextKey.ROUTINE_RED_FLAG_STOP))]
            case Note.EMERGENCY:
                return [OutMessage(texts.render(TextKey.ROUTINE_EMERGENCY))]
            case Note.NOT_ONBOARDED:
                return [OutMessage(texts.render(TextKey.COMMON_FINISH_SETUP_FIRST))]
            case Note.LOCKED:
                return [self._safety.locked(reply.lock_cause)]
            case Note.RESCREEN:
                intro = OutMessage(texts.render(TextKey.ONBOARDING_RESCREEN_INTRO))
                return [intro, self._safety.checklist()]
            case Note.NO_SESSION:
                return [OutMessage(texts.render(TextKey.ROUTINE_NO_SESSION))]
            case Note.UNEXPECTED if prompt is not None and prompt.phase in (
                Phase.PAIN_BEFORE,
                Phase.PAIN_AFTER,
            ):
                return [OutMessage(texts.render(TextKey.COMMON_HINT_PAIN))]
            case Note.UNEXPECTED:
                return [OutMessage(texts.render(TextKey.COMMON_HINT_BUTTONS))]
        return []

    def prompt(self, prompt: Prompt) -> OutMessage:
        """The question or exercise for the session's current phase, with its buttons."""
        texts = self._texts
        if prompt.phase in (Phase.PAIN_BEFORE, Phase.PAIN_AFTER):
            key = (
                TextKey.ROUTINE_PAIN_BEFORE_ASK
                if prompt.phase is Phase.PAIN_BEFORE
                else TextKey.ROUTINE_PAIN_AFTER_ASK
            )
            text = texts.render(key)
            if prompt.phase is Phase.PAIN_BEFORE and prompt.plan:
                text = f"{self._opening(prompt)}\n\n{text}"
            return OutMessage(text, self._pain_keyboard(prompt))
        exercise = self._catalog.exercises[prompt.exercise_id or ""]
        if prompt.phase is Phase.HURT_LEVEL:
            return self._hurts(prompt, exercise.name)
        shown = dose_in(
            self._catalog, prompt.routine_id, exercise, gentler=prompt.gentler, level=prompt.level
        )
        if prompt.gentler:
            text = self._catalog.gentler_message(exercise)
        else:
            text = self._catalog.exercise_message(exercise, prompt.step + 1, prompt.total, shown)
        # A gentler card shows its own animation where movements.toml declares one, else text.
        demo = version_key(exercise.id, GENTLER if prompt.gentler else None)
        # The gentler version has its own hold: the Timer is shown only when that version is timed.
        timed = shown.is_timed
        return OutMessage(text, self._exercise_keyboard(prompt, timed=timed), demo)

    def _hurts(self, prompt: Prompt, name: str) -> OutMessage:
        """The four Hurts choices, each described in the text; 🚨 always has a row of its own."""
        texts = self._texts

        def button(key: TextKey, level: HurtLevel) -> tuple[str, CallbackData]:
            return texts.render(key), ExercisePress(prompt.session_id, prompt.version, level)

        rows = [
            [button(TextKey.BUTTON_HURT_MILD, HurtLevel.MILD)],
            [button(TextKey.BUTTON_HURT_STRONG, HurtLevel.STRONG)],
            [button(TextKey.BUTTON_HURT_SHARP, HurtLevel.SHARP)],
            [button(TextKey.BUTTON_HURT_URGENT, HurtLevel.URGENT)],
        ]
        key = TextKey.ROUTINE_HURTS_ASK_GENTLER if prompt.gentler else TextKey.ROUTINE_HURTS_ASK
        return OutMessage(texts.render(key, name=name), keyboard(rows))

    def _pain_keyboard(self, prompt: Prompt) -> Keyboard:
        """0–10 in two rows, each button carrying the session and version it answers."""

        def button(score: int) -> tuple[str, PainPress]:
            return str(score), PainPress(prompt.session_id, prompt.version, score)

        return keyboard([[button(n) for n in range(6)], [button(n) for n in range(6, 11)]])

    def _exercise_keyboard(self, prompt: Prompt, *, timed: bool) -> Keyboard:
        """Done/Skip/Hurts/Stop, plus Timer for timed holds."""
        texts = self._texts

        def button(key: TextKey, action: Action) -> tuple[str, ExercisePress]:
            return texts.render(key), ExercisePress(prompt.session_id, prompt.version, action)

        rows: list[list[tuple[str, CallbackData]]] = [
            [button(TextKey.BUTTON_DONE, Action.DONE), button(TextKey.BUTTON_SKIP, Action.SKIP)],
            [button(TextKey.BUTTON_HURTS, Action.HURTS), button(TextKey.BUTTON_STOP, Action.STOP)],
        ]
        if timed:
            rows.insert(
                0,
                [
                    (
                        texts.render(TextKey.BUTTON_TIMER),
                        TimerPress(prompt.session_id, prompt.version),
                    )
                ],
            )
        return keyboard(rows)

    def _name(self, exercise_id: str | None) -> str:
        """An exercise's display name."""
        exercise = self._catalog.exercises.get(exercise_id or "")
        return exercise.name if exercise is not None else ""
