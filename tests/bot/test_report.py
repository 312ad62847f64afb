"""/report through the real bot: a PDF with the hand-computed numbers, and kind answers without."""

from __future__ import annotations

from pathlib import Path

from tests.bot.report_fixture import FULL, JOINED, TODAY, seed_four_weeks
from tests.reports.poppler import page_count, pdf_text
from tests.support.fakes import TelegramUser
from tests.support.fakes.store import StoredFile
from tests.support.flows import onboard
from tests.support.harness import BotHarness, FakeClock, running_bot


def last_document(bot: BotHarness, person: TelegramUser) -> StoredFile:
    """The newest document in the person's chat, as the fake Telegram stored it."""
    sent = [m for m in bot.api.messages_to(person.chat_id) if m.kind == "document"][-1]
    stored = bot.api.state.files.by_id(sent.file_id or "")
    assert stored is not None
    return stored


NAMES = (
    "Lat Pulldown (resistance band)",
    "Wall Angels",
    "Chair Rotation",
    "Neck Flexion",
    "Trunk Rotation",
    "Arm Reach Above the Head",
    "Knee to Chest",
)


async def test_the_report_states_the_hand_computed_four_weeks(
    database_url: str, tmp_path: Path
) -> None:
    clock = FakeClock(JOINED)
    async with running_bot(database_url, clock=clock) as bot:
        zoe = bot.person(7301, "Zoë")
        await onboard(bot, zoe)
        await seed_four_weeks(database_url, 7301)
        clock.now = TODAY
        await bot.send(zoe.command("/report"))
        call = bot.api.calls_of("sendDocument")[-1]
        upload = last_document(bot, zoe)
        assert bot.labels(zoe) == ["12 weeks", "All time"]
        assert "9 Nov 2026 to 6 Dec 2026" in str(call.params.get("caption"))
        assert [c.params.get("action") for c in bot.api.calls_of("sendChatAction")] == [
            "upload_document"
        ]
    assert upload.file_name == "backcoach-report-2026-11-09-to-2026-12-06.pdf"
    pdf = upload.content
    assert page_count(pdf, tmp_path) == 2
    text = pdf_text(pdf, tmp_path)
    assert "Name: Zoë Routine: Full routine" in text
    assert "Period: 9 Nov 2026 to 6 Dec 2026 (number of days: 28) Created: 6 Dec 2026" in text
    assert "Sessions done: 10 (quick sessions among them: 1), 2.5 per week." in text
    assert "Longest streak (days in a row): 4. Sessions stopped early: 1." in text
    assert "from 6.0 in the first week to 3.5 in the last week: 2.5 points (42%)" in text
    assert "That is a meaningful improvement" in text
    assert (
        "Mean score went up from 3.5 to 5.5: 2.0 points. That is a meaningful improvement" in text
    )
    assert "Sitting at my desk for an hour 3 6 +3 (meaningful)" in text
    assert "Lifting a bag 4 5 +1" in text
    for name in NAMES:
        assert name in text
    # Lat Pulldown: 9 full sessions done (the stopped one's 2 steps too); Wall Angels once
    # gentler and hurt mildly; Arm Reach skipped once.
    assert "Wall Angels gentler" not in text
    assert " 10 0 1 0 0 0 1 " in text
    assert "12/11/2026 Advised to see a professional Pain 7 or more after a session" in text
    assert "20/11/2026 Typed symptom (kind) Dizziness, numbness, tingling or weakness" in text
    assert len(FULL) == len(NAMES)
    # Each exercise at the person's level today: Chair Rotation and Knee to Chest raised once
    # (Knee to Chest before the period), Wall Angels back at its first dose.
    assert "Chair Rotation hold 30 s each side, 2–3 times 10 " in text
    assert "Knee to Chest hold 30 s, 2–3 times 9 " in text
    assert "Wall Angels 2 sets × 10 slow reps 10 " in text
    doses = text[text.index("Dose changes") : text.index("Safety")]
    assert doses == (
        "Dose changes Date Exercise From To Why "
        "16/11/2026 Wall Angels 2 sets × 10 slow reps 2 sets × 12 slow reps "
        "Raised: three easy sessions "
        "24/11/2026 Wall Angels 2 sets × 12 slow reps 2 sets × 10 slow reps Lowered: it hurt "
        "25/11/2026 Chair Rotation hold 20 s each side, 2–3 times "
        "hold 30 s each side, 2–3 times Raised: three easy sessions "
    )


async def test_twelve_weeks_from_the_button_start_on_the_day_the_person_joined(
    sqlite_url: str, tmp_path: Path
) -> None:
    clock = FakeClock(JOINED)
    async with running_bot(sqlite_url, clock=clock) as bot:
        zoe = bot.person(7302, "Zoë")
        await onboard(bot, zoe)
        await seed_four_weeks(sqlite_url, 7302)
        clock.now = TODAY
        await bot.send(zoe.command("/report"))
        await bot.tap(zoe, "12 weeks")
        upload = last_document(bot, zoe)
        assert bot.labels(zoe) == ["4 weeks", "All time"]
    assert upload.file_name == "backcoach-report-2026-11-01-to-2026-12-06.pdf"
    assert "Period: 1 Nov 2026 to 6 Dec 2026 (number of days: 36)" in pdf_text(
        upload.content, tmp_path
    )


async def test_without_pain_tracking_the_report_shows_adherence_and_exercises(
    database_url: str, tmp_path: Path
) -> None:
    clock = FakeClock(JOINED)
    async with running_bot(database_url, clock=clock) as bot:
        bob = bot.person(7303, "Bob")
        await onboard(bot, bob, consent=False)
        await seed_four_weeks(database_url, 7303, ratings=False, levels=False)
        clock.now = TODAY
        await bot.send(bob.command("/report"))
        upload = last_document(bot, bob)
    text = pdf_text(upload.content, tmp_path)
    assert page_count(upload.content, tmp_path) == 2
    assert "Pain is not tracked" in text
    assert "Sessions done: 10 (quick sessions among them: 1), 2.5 per week." in text
    assert "Weekly average pain" not in text
    assert "No function checks in this period." in text
    for name in NAMES:
        assert name in text
    assert "Dose changes No dose changes in this period. Safety" in text
    assert "Chair Rotation hold 20 s each side, 2–3 times 10 " in text


async def test_no_sessions_get_a_friendly_answer_and_no_pdf(database_url: str) -> None:
    clock = FakeClock(JOINED)
    async with running_bot(database_url, clock=clock) as bot:
        ada, cy = bot.person(7304), bot.person(7305, "Cy")
        await onboard(bot, ada)
        await bot.send(ada.command("/report"))
        assert "There's nothing to report yet" in bot.last_text(ada)
        await onboard(bot, cy)
        await seed_four_weeks(database_url, 7305)
        clock.now = TODAY.replace(year=2027, month=3)
        await bot.send(cy.command("/report"))
        assert "No finished sessions in the last 28 days" in bot.last_text(cy)
        assert bot.labels(cy) == ["12 weeks", "All time"]
        await bot.tap(cy, "All time")
        upload = last_document(bot, cy)
        unknown = bot.person(7306)
        await bot.send(unknown.command("/report"))
        assert "/start" in bot.last_text(unknown)
    assert upload.file_name == "backcoach-report-2026-11-09-to-2027-03-06.pdf"
    assert len(bot.api.calls_of("sendDocument")) == 1
