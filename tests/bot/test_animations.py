"""Each exercise comes with its animation; Telegram gets each file once, then its file_id."""

from __future__ import annotations

from pathlib import Path

from bot.content import load_catalog
from bot.demos import DemoLibrary
from tests.support.flows import onboard, start_walk
from tests.support.harness import make_settings, running_bot


async def test_the_second_send_of_an_animation_reuses_the_file_id(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada, bob = bot.person(9601), bot.person(9602, "Bob")
        await onboard(bot, ada, consent=False)
        await onboard(bot, bob, consent=False)
        await bot.send(ada.command("/quick"))
        await bot.send(bob.command("/quick"))
        await bot.tap(ada, "3")
        await bot.tap(bob, "3")
        animations = bot.api.calls_of("sendAnimation")
        assert [call.chat_id for call in animations] == [ada.chat_id, bob.chat_id]
        first, second = animations
        assert first.files, "the first send uploads the GIF"
        assert first.files["animation"][:6] in (b"GIF89a", b"GIF87a")
        assert second.files == {}
        assert isinstance(second.params["animation"], str)
        exercise = bot.last(ada)
        assert exercise.kind == "animation"
        assert "Chair Rotation" in (exercise.caption or "")
        assert [label for label, _ in exercise.buttons][-4:] == [
            "✅ Done",
            "⏭ Skip",
            "😣 Hurts",
            "⏹ Stop",
        ]


async def test_a_failed_animation_never_blocks_the_steps(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9603)
        await onboard(bot, ada, consent=False)
        bot.api.fail_next("sendAnimation", error_code=500, description="Internal Server Error")
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "3")
        assert "Chair Rotation" in bot.last_text(ada)


async def test_an_animation_the_cache_cannot_hold_never_blocks_the_steps(
    sqlite_url: str, tmp_path: Path
) -> None:
    library = DemoLibrary(load_catalog(None), tmp_path)
    blocked = tmp_path / f"chair_rotation-{library.cache_key('chair_rotation')}.gif"
    blocked.mkdir(parents=True)  # a directory where the GIF should go: it can be neither
    async with running_bot(sqlite_url, media_cache_dir=tmp_path) as bot:
        ada = bot.person(9604)
        await onboard(bot, ada, consent=False)
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "3")
        exercise = bot.last(ada)
        assert exercise.kind == "text"
        assert "Chair Rotation" in (exercise.text or "")
        assert [label for label, _ in exercise.buttons][-4:] == [
            "✅ Done",
            "⏭ Skip",
            "😣 Hurts",
            "⏹ Stop",
        ]


async def test_a_gentler_version_of_the_same_movement_has_its_own_animation(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(9605)
        await start_walk(bot, ada, 4)
        for _ in range(3):
            await bot.tap(ada, "✅ Done")
        assert "Neck Flexion" in (bot.last(ada).caption or "")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Mild")
        gentler = bot.last(ada)
        assert gentler.kind == "animation"
        assert (gentler.caption or "").startswith("🌱 Gentler version of Neck Flexion")
        assert "move only a little way" in (gentler.caption or "")
        assert "✅ Done" in [label for label, _ in gentler.buttons]
        main, smaller = bot.api.calls_of("sendAnimation")[-2:]
        assert smaller.files["animation"][:6] in (b"GIF89a", b"GIF87a")
        assert smaller.files["animation"] != main.files["animation"]


async def test_a_gentler_version_that_is_another_movement_sends_its_own_animation(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9606)
        await start_walk(bot, ada, 4)
        for _ in range(2):
            await bot.tap(ada, "✅ Done")
        assert "Chair Rotation" in (bot.last(ada).caption or "")
        await bot.tap(ada, "😣 Hurts")
        await bot.tap(ada, "Mild")
        gentler = bot.last(ada)
        assert gentler.kind == "animation"
        assert (gentler.caption or "").startswith("🌱 Gentler version of Chair Rotation")
        assert "cross your arms over your chest" in (gentler.caption or "")
        assert "✅ Done" in [label for label, _ in gentler.buttons]
        sent = bot.api.calls_of("sendAnimation")[-1]
    # The file the bot rendered for the variant (already in the shared cache, not rendered again).
    library = DemoLibrary(load_catalog(None), make_settings(sqlite_url).media_cache_dir)
    variant = library.animation_path("chair_rotation.gentler").read_bytes()
    assert sent.files["animation"] == variant
    assert variant != library.animation_path("chair_rotation").read_bytes()
