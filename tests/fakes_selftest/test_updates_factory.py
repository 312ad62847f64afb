"""Factory updates have the real Bot API shape, so PTB parses them like Telegram's."""

from __future__ import annotations

from telegram import Bot, MessageEntity

from tests.support.fakes import TelegramUser, UpdateFactory, to_update


def test_a_command_carries_a_bot_command_entity_covering_the_command(bot: Bot) -> None:
    user = UpdateFactory().user(5, "Bea")
    update = to_update(user.command("/timezone Europe/Berlin"), bot)
    assert update.message is not None
    assert update.message.parse_entities([MessageEntity.BOT_COMMAND]).popitem()[1] == "/timezone"
    assert update.message.from_user is not None
    assert update.message.from_user.language_code == "en"


def test_update_ids_increase_across_users_of_one_factory() -> None:
    factory = UpdateFactory(first_update_id=10)
    first, second = factory.user(1), factory.user(2)
    made = [first.text("a"), second.text("b"), first.sticker()]
    assert [update["update_id"] for update in made] == [10, 11, 12]


def test_users_created_without_a_factory_share_one_counter() -> None:
    one, two = TelegramUser(1), TelegramUser(2)
    first = one.text("a")["update_id"]
    assert isinstance(first, int)
    assert two.text("b")["update_id"] == first + 1


def test_an_edit_refers_to_the_users_last_message(bot: Bot, alice: TelegramUser) -> None:
    alice.text("7")
    update = to_update(alice.edited_text("8"), bot)
    assert update.edited_message is not None
    assert update.edited_message.message_id == alice.last_message_id
    assert update.edited_message.text == "8"


def test_stickers_and_photos_parse_without_text(bot: Bot, alice: TelegramUser) -> None:
    sticker = to_update(alice.sticker(), bot)
    photo = to_update(alice.photo(caption="my desk"), bot)
    assert sticker.message is not None
    assert sticker.message.sticker is not None
    assert photo.message is not None
    assert photo.message.caption == "my desk"
    assert sticker.message.text is None


def test_each_press_has_a_unique_callback_id(bot: Bot, alice: TelegramUser) -> None:
    first = to_update(alice.press("pain:s1:7", message_id=3), bot)
    second = to_update(alice.press("pain:s1:7", message_id=3), bot)
    assert first.callback_query is not None
    assert second.callback_query is not None
    assert first.callback_query.id != second.callback_query.id
    assert first.callback_query.message is not None
    assert first.callback_query.message.message_id == 3


def test_blocking_the_bot_is_a_kicked_my_chat_member_update(bot: Bot, alice: TelegramUser) -> None:
    update = to_update(alice.my_chat_member_kicked(), bot)
    assert update.my_chat_member is not None
    assert update.my_chat_member.new_chat_member.status == "kicked"
    assert update.my_chat_member.new_chat_member.user.username == "BackCoachTestBot"
