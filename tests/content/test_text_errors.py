"""Broken texts.toml copies stop start-up with a message naming the text key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import ContentError, load_catalog
from tests.content.editing import replace_once

LONG = "x" * 4100

BROKEN_TEXTS = [
    pytest.param(
        'hint_time = "I couldn\'t read that time. Try 7:30, 7pm or 19h, or tap a button."\n',
        "",
        "content/texts.toml: common.hint_time: missing text",
        id="missing_text_key",
    ),
    pytest.param(
        "[settings]\n",
        '[settings]\nfont = "large"\n',
        "content/texts.toml: settings.font: unknown text key",
        id="unknown_text_key",
    ),
    pytest.param(
        "[settings]\n",
        '[extras]\nhello = "hi"\n\n[settings]\n',
        "content/texts.toml: extras.hello: unknown text key",
        id="unknown_text_section",
    ),
    pytest.param(
        'consent_on = "on"',
        "consent_on = 1",
        "content/texts.toml: settings.consent_on: must be a string",
        id="text_not_a_string",
    ),
    pytest.param(
        'consent_on = "on"',
        'consent_on = ""',
        "content/texts.toml: settings.consent_on: must not be empty",
        id="empty_text",
    ),
    pytest.param(
        "Sorry it hurts 😣 What is it like during {name}?",
        "Sorry it hurts 😣 What is it like during exercise {index}?",
        "content/texts.toml: routine.hurts_ask: placeholder {index} is not allowed here "
        "(allowed: {name})",
        id="placeholder_not_allowed",
    ),
    pytest.param(
        "no_session = \"There's no routine running right now.",
        "no_session = \"{first_name}, there's no routine running right now.",
        "content/texts.toml: routine.no_session: placeholder {first_name} is not allowed here "
        "(allowed: none)",
        id="placeholder_in_a_text_without_values",
    ),
    pytest.param(
        'timer_running = "⏱ {remaining} s"',
        'timer_running = "⏱ {remaining s"',
        "content/texts.toml: routine.timer_running: broken placeholder braces",
        id="broken_braces",
    ),
    pytest.param(
        'timer_running = "⏱ {remaining} s"',
        'timer_running = "⏱ {0} s"',
        "content/texts.toml: routine.timer_running: placeholder {0} is not allowed here",
        id="positional_placeholder",
    ),
    pytest.param(
        '\ndone = "✅ Done"',
        '\ndone = "✅ Done, and on to the next exercise please"',
        "content/texts.toml: button.done: the button label can reach",
        id="button_label_too_long",
    ),
    pytest.param(
        'already_recorded = "Already noted 👍"',
        f'already_recorded = "Already noted {"👍" * 100}"',
        "content/texts.toml: common.already_recorded: the button answer can reach 214 "
        "characters; at most 200 fit",
        id="callback_answer_too_long",
    ),
    pytest.param(
        'no_session = "There',
        f'no_session = "{LONG} There',
        "content/texts.toml: routine.no_session: the message can reach",
        id="message_over_4096",
    ),
    pytest.param(
        'intro = "📦 Here is',
        f'intro = "{"x" * 1100} Here is',
        "content/texts.toml: export.intro: the caption can reach",
        id="caption_over_1024",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected_problem"), BROKEN_TEXTS)
def test_a_broken_text_names_the_file_and_the_key(
    content_copy: Path, old: str, new: str, expected_problem: str
) -> None:
    replace_once(content_copy / "texts.toml", old, new)
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert expected_problem in str(raised.value)
