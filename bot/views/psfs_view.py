"""The function check (PSFS) in words and buttons: the offer, each step, and the /progress lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.content import Catalog, TextKey
from bot.domain.psfs import MAX_ACTIVITIES, MAX_ACTIVITY_LENGTH, NameProblem, PsfsAction
from bot.domain.report import PsfsActivity, psfs_mean_trend
from bot.i18n.numbers import one_decimal
from bot.presses import CallbackData, PsfsOfferPress, PsfsPress
from bot.services.psfs_reply import PsfsReply, PsfsStep, ScoreLine
from bot.views.outgoing import Keyboard, OutMessage, Rendered, keyboard

SUGGESTIONS = (
    TextKey.PSFS_SUGGEST_1,
    TextKey.PSFS_SUGGEST_2,
    TextKey.PSFS_SUGGEST_3,
    TextKey.PSFS_SUGGEST_4,
    TextKey.PSFS_SUGGEST_5,
)
_PROBLEMS = {
    NameProblem.EMPTY: TextKey.PSFS_EMPTY,
    NameProblem.TOO_LONG: TextKey.PSFS_TOO_LONG,
    NameProblem.DUPLICATE: TextKey.PSFS_DUPLICATE,
    NameProblem.TOO_MANY: TextKey.PSFS_TOO_MANY,
}
_FIXED = {
    PsfsStep.SKIPPED: TextKey.PSFS_SKIPPED,
    PsfsStep.NO_CONSENT: TextKey.PSFS_NO_CONSENT,
    PsfsStep.NOT_ONBOARDED: TextKey.COMMON_FINISH_SETUP_FIRST,
    PsfsStep.SWAP: TextKey.PSFS_ASK_SWAP,
}
# /progress shows an activity's latest scores; the report has them all.
_SHOWN_SCORES = 6

Row = list[tuple[str, CallbackData]]
_Button = Callable[[TextKey | str, PsfsAction, int], tuple[str, CallbackData]]


class PsfsView:
    """Pure builders of the check's messages, from the catalog's texts."""

    def __init__(self, catalog: Catalog) -> None:
        self._texts = catalog.texts
        render = self._texts.render
        self._offer = OutMessage(
            render(TextKey.PSFS_OFFER),
            keyboard(
                [
                    [
                        (render(TextKey.PSFS_BUTTON_START), PsfsOfferPress(start=True)),
                        (render(TextKey.PSFS_BUTTON_LATER), PsfsOfferPress(start=False)),
                    ]
                ]
            ),
        )

    def offer(self) -> OutMessage:
        """The one short message after a session's summary: start now, or not now."""
        return self._offer

    def suggestion(self, index: int) -> str | None:
        """A suggested activity's words, by its button's index."""
        return self._texts.render(SUGGESTIONS[index]) if 0 <= index < len(SUGGESTIONS) else None

    def render(self, reply: PsfsReply) -> Rendered:
        """A step as one message; a stale button only gets a toast."""
        render = self._texts.render
        if reply.step is PsfsStep.STALE:
            return Rendered(toast=render(TextKey.COMMON_BUTTON_EXPIRED))
        if reply.problem is not None:
            text = render(_PROBLEMS[reply.problem], limit=MAX_ACTIVITY_LENGTH)
            return Rendered(messages=(OutMessage(text),))
        return Rendered(messages=(self._message(reply),), advanced=True)

    def _message(self, reply: PsfsReply) -> OutMessage:
        """The text and buttons of a step."""
        render = self._texts.render
        listed = "\n".join(f"• {name}" for name in reply.activities)
        match reply.step:
            case PsfsStep.NAME if reply.activities:
                text = render(TextKey.PSFS_ASK_MORE, activities=listed)
            case PsfsStep.NAME:
                text = render(TextKey.PSFS_ASK_NAMES)
            case PsfsStep.REVIEW:
                text = render(TextKey.PSFS_REVIEW, activities=listed)
            case PsfsStep.RENAME:
                text = render(TextKey.PSFS_ASK_RENAME, name=reply.current or "")
            case PsfsStep.SCORE:
                index = reply.activities.index(reply.current) + 1 if reply.current else 1
                total = len(reply.activities)
                name = reply.current or ""
                text = render(TextKey.PSFS_ASK_SCORE, name=name, index=index, total=total)
            case PsfsStep.FINISHED:
                lines = "\n".join(self._line(line) for line in reply.lines)
                text = render(TextKey.PSFS_FINISHED, lines=lines)
            case _:
                text = render(_FIXED[reply.step])
        return OutMessage(text, self._keyboard(reply))

    def _line(self, line: ScoreLine) -> str:
        """One activity's result at the end of a check."""
        render = self._texts.render
        if line.now is None:
            return render(TextKey.PSFS_LINE_PASSED, name=line.name)
        if line.previous is None:
            return render(TextKey.PSFS_LINE_FIRST, name=line.name, now=line.now)
        return render(
            TextKey.PSFS_LINE_CHANGE, name=line.name, previous=line.previous, now=line.now
        )

    def _keyboard(self, reply: PsfsReply) -> Keyboard | None:
        """The buttons of a step, each carrying the check and the version they answer."""
        render = self._texts.render

        def button(
            key: TextKey | str, action: PsfsAction, value: int = 0
        ) -> tuple[str, CallbackData]:
            label = render(key) if isinstance(key, TextKey) else key
            return label, PsfsPress(reply.check_id, reply.version, action, value)

        skip: Row = [button(TextKey.PSFS_BUTTON_SKIP, PsfsAction.SKIP)]
        rows: list[Row] = []
        match reply.step:
            case PsfsStep.NAME | PsfsStep.RENAME:
                rows = [[item] for item in self._suggestions(reply.activities, button)]
                if reply.step is PsfsStep.NAME and reply.activities:
                    skip.insert(0, button(TextKey.PSFS_BUTTON_DONE, PsfsAction.DONE, 0))
            case PsfsStep.REVIEW:
                second: Row = [button(TextKey.PSFS_BUTTON_SWAP, PsfsAction.SWAP)]
                if len(reply.activities) < MAX_ACTIVITIES:
                    second.append(button(TextKey.PSFS_BUTTON_ADD, PsfsAction.ADD))
                rows = [[button(TextKey.PSFS_BUTTON_SAME, PsfsAction.SAME)], second]
            case PsfsStep.SWAP:
                rows = [
                    [button(name, PsfsAction.OUT, slot)]
                    for slot, name in enumerate(reply.activities)
                ]
            case PsfsStep.SCORE:
                scores = [button(str(n), PsfsAction.SCORE, n) for n in range(11)]
                rows = [scores[:6], scores[6:]]
                skip.insert(0, button(TextKey.PSFS_BUTTON_PASS, PsfsAction.PASS))
            case _:
                return None
        return keyboard([*rows, skip])

    def _suggestions(self, named: Sequence[str], button: _Button) -> Row:
        """The suggested activities not named yet."""
        taken = {name.casefold() for name in named}
        render = self._texts.render
        return [
            button(render(key), PsfsAction.PICK, index)
            for index, key in enumerate(SUGGESTIONS)
            if render(key).casefold() not in taken
        ]

    def progress(self, activities: Sequence[PsfsActivity]) -> OutMessage | None:
        """Function scores over time for /progress, with the change said in words; None
        before the first check."""
        if not activities:
            return None
        render = self._texts.render
        lines = [render(TextKey.PSFS_PROGRESS_TITLE)]
        for activity in activities:
            shown = " → ".join(str(s.score) for s in activity.scores[-_SHOWN_SCORES:])
            change = activity.change
            moved = ""
            if change is not None and change.meaningful:
                key = TextKey.PSFS_ACTIVITY_UP if change.points > 0 else TextKey.PSFS_ACTIVITY_DOWN
                moved = " " + render(key, points=f"{abs(change.points):g}")
            lines.append(
                render(TextKey.PSFS_PROGRESS_LINE, name=activity.name, scores=shown, change=moved)
            )
        trend, language = psfs_mean_trend(activities), self._texts.language
        if trend is None:
            lines.append(render(TextKey.PSFS_PROGRESS_ONE_CHECK))
        else:
            if trend.improved:
                key = TextKey.PSFS_PROGRESS_IMPROVED
            elif trend.worsened:
                key = TextKey.PSFS_PROGRESS_WORSENED
            else:
                key = TextKey.PSFS_PROGRESS_NO_CLEAR_CHANGE
            lines.append(
                render(
                    key,
                    first=one_decimal(trend.first, language),
                    last=one_decimal(trend.last, language),
                    points=one_decimal(abs(trend.points), language),
                )
            )
        return OutMessage("\n".join(lines))
