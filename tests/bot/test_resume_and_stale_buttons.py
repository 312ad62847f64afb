"""Conversation state lives in the database: restarts resume, old taps change nothing."""

from __future__ import annotations

from datetime import timedelta

from tests.support.dbcheck import ratings_of, results_of, sessions_of
from tests.support.fakes.buttons import find_button
from tests.support.flows import onboard, start_walk
from tests.support.harness import FakeClock, running_bot


async def test_a_restarted_bot_resumes_at_the_same_exercise(database_url: str) -> None:
    clock = FakeClock()
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(2001)
        await start_walk(bot, ada)
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "⏭ Skip")
    async with running_bot(database_url, clock=clock) as restarted:
        await restarted.send(ada.command("/routine"))
        texts = restarted.texts(ada)
        assert "3" in texts[0]
        assert "7" in texts[0]
        assert "Chair Rotation" in texts[1]
        await restarted.tap(ada, "✅ Done")
        assert "Neck Flexion" in restarted.last_text(ada)
    ratings = await ratings_of(database_url, 2001)
    assert [(r.kind, r.score) for r in ratings] == [("before", 5)]
    sessions = await sessions_of(database_url, 2001)
    assert len(sessions) == 1
    outcomes = [r.outcome for r in await results_of(database_url, sessions[0].id)]
    assert outcomes == ["done", "skipped", "done"]


async def test_a_double_tap_advances_once(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2002)
        await start_walk(bot, ada, 4)
        shown, data = find_button(bot.api, ada.chat_id, "✅ Done")
        await bot.send(ada.press(data, shown.message_id))
        sent_before = len(bot.api.messages_to(ada.chat_id))
        await bot.send(ada.press(data, shown.message_id))
        assert len(bot.api.messages_to(ada.chat_id)) == sent_before
        answers = bot.api.calls_of("answerCallbackQuery")
        assert answers[-1].params.get("text") == "Already noted 👍"
    sessions = await sessions_of(database_url, 2002)
    assert sessions[0].step == 1
    assert len(await results_of(database_url, sessions[0].id)) == 1


async def test_a_step_costs_one_answer_one_edit_and_one_message_and_old_buttons_stay_harmless(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2006)
        await start_walk(bot, ada, 4)
        shown, done = find_button(bot.api, ada.chat_id, "✅ Done")
        before = len(bot.api.snapshot())
        await bot.send(ada.press(done, shown.message_id, message=bot.api.state.message_json(shown)))
        step = [call.method for call in bot.api.snapshot()[before:]]
        # The pressed card retires (one edit: its answer instead of its buttons), sent
        # alongside the next exercise rather than before it.
        assert sorted(step) == ["answerCallbackQuery", "editMessageCaption", "sendAnimation"]
        sent = next(c for c in bot.api.snapshot()[before:] if c.method == "sendAnimation")
        assert "2/7" in str(sent.params.get("caption"))
        retired = bot.api.message(ada.chat_id, shown.message_id)
        assert retired is not None and retired.buttons == []
        assert str(retired.caption).endswith("\n\n✅ Done")
        before = len(bot.api.snapshot())
        await bot.send(ada.press(done, shown.message_id))
        late = bot.api.snapshot()[before:]
        assert [call.method for call in late] == ["answerCallbackQuery"]
        assert late[0].params.get("text") == "Already noted 👍"
    sessions = await sessions_of(database_url, 2006)
    assert sessions[0].step == 1
    assert len(await results_of(database_url, sessions[0].id)) == 1


async def test_a_press_too_old_to_answer_still_gets_its_next_step(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2007)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        bot.api.fail_next(
            "answerCallbackQuery",
            error_code=400,
            description="Bad Request: query is too old and response timeout expired",
        )
        await bot.tap(ada, "4")
        assert bot.api.faults.pending() == []
        assert "Lat Pulldown" in bot.last_text(ada)
    ratings = await ratings_of(database_url, 2007)
    assert [(r.kind, r.score) for r in ratings] == [("before", 4)]


async def test_a_button_from_a_finished_session_changes_nothing(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2003)
        await start_walk(bot, ada, 2, routine="/quick")
        old_stop = ada.press_button(bot.api, "⏹ Stop")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "1")
        assert "Done: 2" in bot.last_text(ada)
        sent_before = len(bot.api.messages_to(ada.chat_id))
        await bot.send(old_stop)
        answer = bot.api.calls_of("answerCallbackQuery")[-1]
        assert "session is over" in str(answer.params.get("text"))
        # A toast only: no chat message about an old button.
        assert len(bot.api.messages_to(ada.chat_id)) == sent_before
    sessions = await sessions_of(database_url, 2003)
    assert [s.status for s in sessions] == ["completed"]


async def test_another_users_session_cannot_be_driven_with_forged_buttons(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada, bob = bot.person(2004), bot.person(2005, "Bob")
        await onboard(bot, ada)
        await onboard(bot, bob)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "3")
        adas_session = (await sessions_of(database_url, 2004))[0]
        forged = f"r:{adas_session.id}:{adas_session.version}:done"
        await bot.send(bob.press(forged))
        for junk in ("r:abc:1:done", "x" * 80, "p:1:1:11", "zz:1", ""):
            await bot.send(bob.press(junk))
        answers = bot.api.calls_of("answerCallbackQuery")
        assert len(answers) >= 6
        assert all(a.params.get("text") for a in answers[-6:])
    after = (await sessions_of(database_url, 2004))[0]
    assert (after.step, after.version) == (adas_session.step, adas_session.version)


async def test_cancel_keeps_the_session_and_routine_picks_it_up(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2006)
        await start_walk(bot, ada, 2)
        await bot.tap(ada, "✅ Done")
        await bot.send(ada.command("/cancel"))
        assert "/routine" in bot.last_text(ada)
        await bot.send(ada.command("/routine"))
        assert "Wall Angels" in bot.last_text(ada)
    sessions = await sessions_of(database_url, 2006)
    assert [(s.status, s.step) for s in sessions] == [("active", 1)]


async def test_yesterdays_unfinished_session_is_closed_when_a_new_day_starts_afresh(
    database_url: str,
) -> None:
    clock = FakeClock()
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(2008)
        await start_walk(bot, ada)
        yesterdays_done = ada.press_button(bot.api, "✅ Done")
        clock.advance(timedelta(days=1))

        await bot.send(ada.command("/routine"))
        assert bot.labels(ada)[:3] == ["0", "1", "2"], "a fresh session asks for pain first"
        await bot.send(yesterdays_done)
        answer = bot.api.calls_of("answerCallbackQuery")[-1]
        assert "session is over" in str(answer.params.get("text"))
    sessions = sorted(await sessions_of(database_url, 2008), key=lambda s: s.id)
    assert [(s.status, s.step, s.version) for s in sessions] == [
        ("abandoned", 0, 1),
        ("active", 0, 0),
    ]
    assert await results_of(database_url, sessions[0].id) == []
