"""Broken texts.ftl copies stop start-up with a message naming the file, the line and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import ContentError, default_content_directory, load_catalog
from tests.content.editing import replace_once

LONG = "x" * 4100
ENGLISH = (default_content_directory() / "texts.ftl").read_text(encoding="utf-8").split("\n")


def line(start: str, after: int = 0) -> int:
    """The line of the shipped English texts.ftl that starts with `start`, plus `after`."""
    return next(n for n, text in enumerate(ENGLISH, 1) if text.startswith(start)) + after


BROKEN_TEXTS = [
    pytest.param(
        "command-quick = The 2-minute version\n",
        "command-qu_ick = The 2-minute version\n",
        "content/texts.ftl: command-qu_ick: a command is 1-32 of a-z, 0-9 and -",
        id="command_with_underscore",
    ),
    pytest.param(
        "common-hint-time = I couldn't read that time. Try 7:30, 7pm or 19h, or tap a button.\n",
        "",
        "content/texts.ftl: common-hint-time: missing text",
        id="missing_text_key",
    ),
    pytest.param(
        "settings-consent-on = on\n",
        "settings-consent-on = on\nsettings-font = large\n",
        f"content/texts.ftl: line {line('settings-consent-on', 1)}: settings-font: "
        "unknown text key",
        id="unknown_text_key",
    ),
    pytest.param(
        "settings-consent-on = on\n",
        "settings-consent-on = on\nsettings-consent-on = off\n",
        f"content/texts.ftl: line {line('settings-consent-on', 1)}: settings-consent-on: "
        "defined twice",
        id="defined_twice",
    ),
    pytest.param(
        "settings-consent-on = on\n",
        "settings-consent-on =\n",
        f"content/texts.ftl: line {line('settings-consent-on')}: settings-consent-on: Fluent "
        "syntax error: "
        'Expected message "settings-consent-on" to have a value or attributes',
        id="empty_text",
    ),
    pytest.param(
        "routine-timer-running = ⏱ { $remaining } s",
        "routine-timer-running = ⏱ { $remaining s",
        f"content/texts.ftl: line {line('routine-timer-running')}: routine-timer-running: "
        "Fluent syntax error: "
        'Expected token: "}"',
        id="broken_braces",
    ),
    pytest.param(
        "    • Mild: uncomfortable but OK → try a gentler version\n",
        "    • Mild: uncomfortable but OK → try a gentler version\n    [Strong]: it really hurts\n",
        f"content/texts.ftl: line {line('    • Mild: uncomfortable but OK → try', 1)}: "
        "routine-hurts-ask: Fluent syntax error: Expected an entry "
        "start (every line of a text is indented; one that starts with [, * or . is written",
        id="continuation_line_starting_with_a_bracket",
    ),
    pytest.param(
        "Sorry it hurts 😣 What is it like during { $name }?",
        "Sorry it hurts 😣 What is it like during exercise { $index }?",
        "content/texts.ftl: routine-hurts-ask: placeholder { $index } is not allowed here "
        "(allowed: { $name })",
        id="placeholder_not_allowed",
    ),
    pytest.param(
        "routine-no-session = There's no routine running right now.",
        "routine-no-session = { $first_name }, there's no routine running right now.",
        "content/texts.ftl: routine-no-session: placeholder { $first_name } is not allowed "
        "here (allowed: none)",
        id="placeholder_in_a_text_without_values",
    ),
    pytest.param(
        "routine-timer-running = ⏱ { $remaining } s",
        "routine-timer-running = ⏱ { NUMBER($remaining) } s",
        "content/texts.ftl: routine-timer-running: { NUMBER(…) }: only { $placeholders }",
        id="function_call",
    ),
    pytest.param(
        "routine-timer-running = ⏱ { $remaining } s",
        "routine-timer-running = ⏱ { -brand } { $remaining } s",
        "content/texts.ftl: routine-timer-running: { -brand }: terms are not used in texts",
        id="term_reference",
    ),
    pytest.param(
        "{ $streak ->\n        [one] day\n",
        "{ $streak ->\n        [one] day\n        [few] days\n",
        "content/texts.ftl: nudge-streak: select on $streak: [few] is not a plural category "
        "of 'en' (use [one], [other] or an exact number such as [0])",
        id="variant_not_a_category",
    ),
    pytest.param(
        "{ $streak ->\n        [one] day\n",
        "{ $streak ->\n        [0] days\n",
        "content/texts.ftl: nudge-streak: select on $streak: needs a variant for every plural "
        "category of 'en': missing [one]",
        id="missing_plural_category",
    ),
    pytest.param(
        "{ $streak ->",
        '{ "streak" ->',
        "content/texts.ftl: nudge-streak: a select expression must select on a { $placeholder }",
        id="select_on_a_literal",
    ),
    pytest.param(
        "\nbutton-done = ✅ Done\n",
        "\nbutton-done = ✅ Done, and on to the next exercise please\n",
        "content/texts.ftl: button-done: the button label can reach",
        id="button_label_too_long",
    ),
    pytest.param(
        "common-already-recorded = Already noted 👍",
        f"common-already-recorded = Already noted {'👍' * 100}",
        "content/texts.ftl: common-already-recorded: the button answer can reach 214 "
        "characters; at most 200 fit",
        id="callback_answer_too_long",
    ),
    pytest.param(
        "routine-no-session = There",
        f"routine-no-session = {LONG} There",
        "content/texts.ftl: routine-no-session: the message can reach",
        id="message_over_4096",
    ),
    pytest.param(
        "export-intro = 📦 Here is",
        f"export-intro = {'x' * 1100} Here is",
        "content/texts.ftl: export-intro: the caption can reach",
        id="caption_over_1024",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected_problem"), BROKEN_TEXTS)
def test_a_broken_text_names_the_file_and_the_key(
    content_copy: Path, old: str, new: str, expected_problem: str
) -> None:
    replace_once(content_copy / "texts.ftl", old, new)
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert expected_problem in str(raised.value)


def test_a_syntax_error_does_not_also_report_its_message_missing(content_copy: Path) -> None:
    replace_once(
        content_copy / "texts.ftl",
        "routine-timer-running = ⏱ { $remaining } s",
        "routine-timer-running = ⏱ { $remaining s",
    )
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert "routine-timer-running: Fluent syntax error" in str(raised.value)
    assert "routine-timer-running: missing text" not in str(raised.value)


def test_a_command_description_must_be_plain_text(content_copy: Path) -> None:
    replace_once(
        content_copy / "texts.ftl",
        "command-quick = The 2-minute version",
        "command-quick = The { $minutes }-minute version",
    )
    with pytest.raises(ContentError, match=r"content/texts\.ftl: command-quick: must be a plain"):
        load_catalog(content_copy)
