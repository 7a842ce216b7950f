"""Typed commands: what a line of text means, for the console and for mentions."""

from __future__ import annotations

import pytest

from bot.core.errors import QueryError
from bot.core.typed import Typed, parse


def test_text_without_a_slash_is_a_question():
    assert parse("who did Blinken meet?") == Typed("ask", "who did Blinken meet?")


def test_a_command_name_typed_as_a_word_runs_that_command():
    assert parse("summary") == Typed("summary")
    assert parse("quote Xi") == Typed("quote", "Xi")


def test_a_slash_command_runs_that_command():
    assert parse("/quote Xi Jinping") == Typed("quote", "Xi Jinping")


def test_a_bare_command_word_followed_by_a_question_stays_a_question():
    assert parse("about the balloon, what happened?").name == "ask"


@pytest.mark.parametrize("line", ["", "help", "hi", "Hello!", "hey there", "?", "help me"])
def test_greetings_and_help_ask_for_the_help_card(line):
    assert parse(line).name == "help"


def test_a_mistyped_command_gets_did_you_mean():
    with pytest.raises(QueryError, match=r"did you mean /summary\?"):
        parse("/sumary")


def test_an_unknown_command_far_from_any_says_so():
    with pytest.raises(QueryError, match=r"Unknown command /bogus\. Type /help"):
        parse("/bogus")


@pytest.mark.parametrize("rest", ["3", "3 sentences", "3 key sentences", "sentences:3"])
def test_summary_takes_a_number_of_sentences_in_words(rest):
    assert parse(f"/summary {rest}") == Typed("summary", number=3)


def test_summary_with_other_words_says_what_it_takes():
    with pytest.raises(QueryError, match="number of sentences"):
        parse("/summary of the talks")


def test_a_number_ending_a_phrase_is_part_of_the_keyword():
    assert parse("/lookup Group of 20") == Typed("lookup", "Group of 20")


def test_a_number_after_one_word_is_the_limit():
    assert parse("/lookup balloon 3") == Typed("lookup", "balloon", number=3)


def test_a_year_after_one_word_is_part_of_the_keyword():
    assert parse("/lookup Biden 2023") == Typed("lookup", "Biden 2023")


@pytest.mark.parametrize("line", ["/lookup Group of 20 limit:2", "/lookup Group of 20 --limit 2"])
def test_an_explicit_limit_is_a_limit_after_a_phrase(line):
    assert parse(line) == Typed("lookup", "Group of 20", number=2)


def test_a_quoted_keyword_keeps_its_number():
    assert parse('/lookup "Article 5"') == Typed("lookup", "Article 5")


def test_words_after_a_command_that_takes_none_are_kept_to_report():
    assert parse("/speakers Xi") == Typed("speakers", ignored="Xi")


def test_a_superscript_digit_after_a_keyword_is_part_of_the_keyword():
    assert parse("/lookup balloon ²") == Typed("lookup", "balloon ²")


@pytest.mark.parametrize("line", ["/lookup para 9", "/lookup paragraph 9", "lookup ¶ 9"])
def test_a_paragraph_reference_is_a_keyword_not_a_limit(line):
    typed = parse(line)
    assert typed.name == "lookup" and typed.number is None and typed.text.endswith("9")


@pytest.mark.parametrize("line", ["¶3", "¶ 3", "para 3", "paragraph 3", "p. 3"])
def test_a_paragraph_reference_typed_alone_opens_that_paragraph(line):
    assert parse(line) == Typed("lookup", line)


def test_a_question_naming_a_paragraph_stays_a_question():
    assert parse("What does paragraph 3 say?").name == "ask"
