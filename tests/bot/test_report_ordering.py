"""A report being drawn never holds up someone else's reply: drawing runs in a worker thread.

Ordering, not time: the drawing is held at a gate inside the real renderer's thread until the
other person's reply is out. Were the drawing on the event loop, the gate would hold the loop
and the other reply could only come after the document.
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.content import Texts
from bot.domain.report import ReportData
from bot.reports import pdf as pdf_module
from tests.bot.report_fixture import JOINED, TODAY, seed_four_weeks
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

real_render = pdf_module.render_report


async def test_another_persons_reply_goes_out_while_a_12_week_report_is_drawn(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawing, release = threading.Event(), threading.Event()

    def gated(data: ReportData, texts: Texts) -> bytes:
        drawing.set()
        release.wait(timeout=10)
        return real_render(data, texts)

    clock = FakeClock(JOINED)
    async with running_bot(database_url, clock=clock) as bot:
        zoe, ada = bot.person(7401, "Zoë"), bot.person(7402)
        await onboard(bot, zoe)
        await onboard(bot, ada)
        await seed_four_weeks(database_url, 7401)
        clock.now = TODAY
        await bot.send(zoe.command("/report"))
        monkeypatch.setattr(pdf_module, "render_report", gated)
        zoe_report = asyncio.create_task(bot.send(zoe.press_button(bot.api, "rp:84")))
        assert await asyncio.to_thread(drawing.wait, 10)
        await bot.send(ada.command("/help"))
        helped = [c for c in bot.api.calls_of("sendMessage") if c.chat_id == ada.chat_id]
        documents_while_drawing = len(bot.api.calls_of("sendDocument"))
        release.set()
        await zoe_report
        documents = bot.api.calls_of("sendDocument")
    assert "/quick" in str(helped[-1].params.get("text"))
    assert documents_while_drawing == 1, "only the 4-week report was out when Ada was answered"
    assert len(documents) == 2
    assert documents[-1].at > helped[-1].at
