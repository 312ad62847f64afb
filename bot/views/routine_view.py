"""Messages and keyboards for a routine session."""

from __future__ import annotations

from bot.content import Catalog, TextKey
from bot.content.levels import level_version
from bot.domain.routine import Action, HurtLevel, Phase
from bot.presses import (
    CallbackData,
    ExercisePress,
    PainPress,
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
            return Rendered(
                toast=texts.render(TextKey.COMMON_STALE_BUTTON),
                messages=(OutMessage(texts.render(TextKey.COMMON_STALE_BUTTON)),),
            )
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
        # The pressed keyboard is left in place: every routine button carries its session and
        # version, so a later tap on it only gets "already noted" or "that session is over", and
        # not retiring it saves a Bot API call on every step of the walk.
        return Rendered(messages=tuple(messages))

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
            return OutMessage(texts.render(key), self._pain_keyboard(prompt))
        exercise = self._catalog.exercises[prompt.exercise_id or ""]
        if prompt.phase is Phase.HURT_LEVEL:
            return self._hurts(prompt, exercise.name)
        if prompt.gentler:
            text = self._catalog.gentler_message(exercise)
        else:
            dose = level_version(exercise, prompt.level).dose_text()  # the session's dose level
            text = self._catalog.exercise_message(exercise, prompt.step + 1, prompt.total, dose)
        demo = None if prompt.gentler else exercise.id
        # The gentler version has its own hold: the Timer is shown only when that version is timed.
        timed = exercise.version(gentler=prompt.gentler).is_timed
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
