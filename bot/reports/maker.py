"""Make a report's PDF in a worker thread: drawing takes a while (CPU only), and other people's
updates must never wait behind it on the event loop.

The fontTools logger (fpdf2 subsets fonts with it) is set to WARNING here, once, so its INFO
lines about glyph subsetting never reach the bot's log.
"""

from __future__ import annotations

import asyncio
import logging

from bot.content import Texts
from bot.domain.report import ReportData
from bot.reports import pdf


def quiet_font_logs() -> None:
    """fontTools logs every subset at INFO; the bot's log has no use for it."""
    logging.getLogger("fontTools").setLevel(logging.WARNING)


class ReportMaker:
    """Turns ReportData into PDF bytes off the event loop."""

    def __init__(self, texts: Texts) -> None:
        self._texts = texts
        quiet_font_logs()

    async def pdf(self, data: ReportData) -> bytes:
        """The PDF, drawn in a worker thread."""
        return await asyncio.to_thread(pdf.render_report, data, self._texts)

    @staticmethod
    def filename(data: ReportData) -> str:
        """e.g. backcoach-report-2026-11-08-to-2026-12-05.pdf."""
        return pdf.report_filename(data)
