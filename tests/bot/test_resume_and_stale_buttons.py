"""Conversation state lives in the database: restarts resume, old taps change nothing."""

from __future__ import annotations

from datetime import timedelta

from tests.support.dbcheck import ratings_of, results_of, sessions_of, user_row
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
        assert retired is not None
        assert retired.buttons == []
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
        assert "Done: 2" in bot.texts(ada)[-2]  # then the function check's offer (issue 19)
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


async def test_routine_resumes_a_paused_quick_session_as_its_stop_message_promises(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2101)
        await start_walk(bot, ada, 3, routine="/quick")
        await bot.tap(ada, "✅ Done")
        await bot.send(ada.command("/stop"))
        assert bot.last_text(ada) == (
            "⏸ Left for now. Your session is kept: /routine picks up at exercise 2 of 2."
        )
        await bot.send(ada.command("/routine"))
        texts = bot.texts(ada)
        assert texts[-2] == "Welcome back! Picking up where you left off: exercise 2 of 2."
        assert texts[-1].startswith("🏋️ 2/2 · Lat Pulldown")
    sessions = await sessions_of(database_url, 2101)
    assert [(s.routine_id, s.status, s.step) for s in sessions] == [("quick", "active", 1)]


async def test_quick_while_a_full_routine_is_paused_asks_first_and_never_drops_it(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2102)
        await start_walk(bot, ada, 3)
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.send(ada.command("/cancel"))  # the old name still leaves the session
        assert "picks up at exercise 3 of 7" in bot.last_text(ada)
        await bot.send(ada.command("/quick"))
        question = bot.last(ada)
        assert question.text == "Finish your paused routine (3/7) or start the 2-minute one?"
        assert bot.labels(ada) == ["▶ Finish it (3/7)", "Start the 2-minute one"]
        await bot.tap(ada, "▶ Finish it (3/7)")
        assert bot.last_text(ada).startswith("🏋️ 3/7 · Chair Rotation")
        answered = bot.api.message(ada.chat_id, question.message_id)
        assert answered is not None
        assert answered.buttons == []
        assert str(answered.text).endswith("\n\n▶ Finish it (3/7)")
        assert [s.status for s in await sessions_of(database_url, 2102)] == ["active"]

        await bot.send(ada.command("/stop"))
        await bot.send(ada.command("/quick"))
        old_choice = ada.press_button(bot.api, "Start the 2-minute one")
        await bot.tap(ada, "Start the 2-minute one")
        assert "how much pain" in bot.last_text(ada)
        assert "⏱ About 2 min." in bot.last_text(ada)
        shown = len(bot.api.messages_to(ada.chat_id))
        await bot.send(old_choice)
        toast = bot.api.calls_of("answerCallbackQuery")[-1]
        assert "session is over" in str(toast.params.get("text"))
        assert len(bot.api.messages_to(ada.chat_id)) == shown, "a stale tap is a toast only"
    sessions = await sessions_of(database_url, 2102)
    # Left by the person's own choice: stopped, never "abandoned".
    assert [(s.routine_id, s.status) for s in sessions] == [
        ("full", "stopped"),
        ("quick", "active"),
    ]


async def test_the_menu_offers_stop_and_no_longer_cancel(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        commands = bot.api.calls_of("setMyCommands")[-1].params["commands"]
        names = [command["command"] for command in commands]  # type: ignore[union-attr]
        assert "stop" in names
        assert "cancel" not in names


async def test_each_used_onboarding_and_pain_button_retires_showing_the_answer(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2103)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "5")
        answers = {
            str(m.text).rsplit("\n\n", 1)[-1]: m.buttons
            for m in bot.api.messages_to(ada.chat_id)
            if m.edits and m.text
        }
        assert answers == {
            "✅ Yes, keep my answers": [],
            "None of these": [],
            "Europe/Berlin": [],
            "7 days": [],
            "09:00": [],
            "✅ Yes": [],
            "→ 5": [],
        }


async def test_an_old_time_zone_button_from_onboarding_changes_nothing(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2104)
        await bot.send(ada.command("/start"))
        await bot.tap(ada, "c:y")
        await bot.tap(ada, "sc:0000:ok")
        zones = bot.last(ada)
        old_tokyo = ada.press_button(bot.api, "Asia/Tokyo", zones.message_id)
        await bot.tap(ada, "Europe/Berlin", zones.message_id)
        await bot.tap(ada, "gl:5")
        await bot.tap(ada, "rm:0900")
        await bot.tap(ada, "bd:y")
        shown = len(bot.api.messages_to(ada.chat_id))
        await bot.send(old_tokyo)
        toast = bot.api.calls_of("answerCallbackQuery")[-1]
        assert toast.params.get("text") == "This button is no longer active."
        assert len(bot.api.messages_to(ada.chat_id)) == shown
        assert (await user_row(database_url, 2104)).timezone == "Europe/Berlin"

        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "🌍 Time zone")
        await bot.tap(ada, "Asia/Tokyo")
        assert "Asia/Tokyo" in bot.last_text(ada), "asked again in /settings, a zone button works"
    assert (await user_row(database_url, 2104)).timezone == "Asia/Tokyo"
