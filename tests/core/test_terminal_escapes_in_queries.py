"""A name, keyword or question pasted from a coloured terminal ("\x1b[1mGarner\x1b[0m") is read without
its escape sequences: removing only the escape character kept "[1m" and "[0m" as part of it."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.language.text import clean_control
from bot.core.query import clean_query

PIER = parse_article(
    "Title: Pier reopens\n\n"
    "The harbour council reopened the old ferry pier on Monday after a year of repairs.\n\n"
    "“It was worth the wait,” said harbourmaster Nell Garner.\n"
)


@pytest.mark.parametrize(
    "typed",
    [
        "\x1b[1mGarner\x1b[0m",  # bold, then reset
        "\x1b[38;5;196mGarner\x1b[m",  # a 256-colour code, a bare reset
        "\x1b]0;shell\x07Garner",  # a window title set before it
        "\x1b]8;;https://example.org\x1b\\Garner\x1b]8;;\x1b\\",  # a terminal hyperlink around it
        "\x1b(BGarner",  # a character set chosen
        "Gar\x00ner\x7f",  # other control characters
    ],
)
def test_a_name_typed_with_terminal_codes_is_the_name(typed):
    assert clean_query(typed, "speaker name") == "Garner"
    assert api.quote(PIER, typed).speaker.name == "Nell Garner"


def test_a_keyword_in_colour_is_looked_up_alone():
    result = api.lookup(PIER, "\x1b[31mpier\x1b[0m")
    assert result.searched == "pier" and not result.ignored


def test_a_question_after_a_colour_code_is_the_question():
    answer = api.ask(PIER, "\x1b[32mWho is Nell Garner?\x1b[0m")
    assert answer.question == "Who is Nell Garner?"


def test_tabs_newlines_and_a_letter_after_a_lone_escape_stay():
    assert clean_control("a\tb\nc") == "a\tb\nc"
    assert clean_control("\x1bGarner") == "Garner"  # Alt+G, or a stray escape: the letter is typed


def test_a_curly_quote_misread_as_a_c1_control_takes_no_text_with_it():
    # "\x9d" (the end of a right double quote decoded as Latin-1) is no terminal's string opener.
    assert clean_control("said\x9d the mayor") == "said the mayor"
