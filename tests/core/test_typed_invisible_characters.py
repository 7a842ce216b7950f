"""A typed command line (the console, a message mentioning the bot) read through invisible
characters: a zero-width space or a bidi mark pasted into "/summary" is still /summary, and an
unknown command is echoed short and printable, so the remedy after it stays in view and no
terminal escape or right-to-left override reaches the reply."""

from __future__ import annotations

import pytest

from bot.core.errors import QueryError
from bot.core.typed import parse


@pytest.mark.parametrize("line", ["/sum\u200bmary", "/\u202esummary", "\u2067/summary 3"])
def test_a_command_typed_with_invisible_characters_is_the_command(line):
    assert parse(line).name == "summary"


def test_a_long_unknown_command_is_echoed_short_with_the_remedy():
    with pytest.raises(QueryError) as raised:
        parse("/" + "x" * 5000)
    assert len(str(raised.value)) < 200 and str(raised.value).endswith("Type /help for the list.")


def test_an_unknown_command_is_echoed_without_terminal_escapes():
    with pytest.raises(QueryError) as raised:
        parse("/\x1b[31mred")
    assert "\x1b" not in str(raised.value)
