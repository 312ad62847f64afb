"""/report in words and buttons: the PDF's caption, the other periods, and why there is no PDF."""

from __future__ import annotations

from bot.content import Catalog, TextKey
from bot.domain.report import ReportData
from bot.presses import CallbackData, ReportRangePress
from bot.reports.format import day_text
from bot.services.report import NoReport
from bot.views.outgoing import Keyboard, OutMessage, keyboard

FOUR_WEEKS, TWELVE_WEEKS = 28, 84
_PERIODS: tuple[tuple[int | None, TextKey], ...] = (
    (FOUR_WEEKS, TextKey.REPORT_CHAT_BUTTON_4_WEEKS),
    (TWELVE_WEEKS, TextKey.REPORT_CHAT_BUTTON_12_WEEKS),
    (None, TextKey.REPORT_CHAT_BUTTON_ALL),
)


class ReportView:
    """Pure builders of what goes around the report's PDF."""

    def __init__(self, catalog: Catalog) -> None:
        self._texts = catalog.texts

    def caption(self, data: ReportData) -> str:
        """The document's caption: the period, and who it is for."""
        language = self._texts.language
        return self._texts.render(
            TextKey.REPORT_CHAT_CAPTION,
            start=day_text(data.start, language),
            end=day_text(data.end, language),
        )

    def periods(self, shown: int | None) -> Keyboard:
        """Buttons for the other periods."""
        render = self._texts.render
        row: list[tuple[str, CallbackData]] = [
            (render(key), ReportRangePress(days)) for days, key in _PERIODS if days != shown
        ]
        return keyboard([row])

    def missing(self, why: NoReport, days: int | None) -> OutMessage:
        """Why there is no PDF, kindly; a period without sessions offers the longer ones."""
        render = self._texts.render
        if why is NoReport.NONE_IN_PERIOD:
            text = render(TextKey.REPORT_CHAT_NO_SESSIONS_PERIOD, days=days or 0)
            return OutMessage(text, self.periods(days))
        if why is NoReport.NO_SESSIONS:
            return OutMessage(render(TextKey.REPORT_CHAT_NO_SESSIONS))
        return OutMessage(render(TextKey.COMMON_FINISH_SETUP_FIRST))
