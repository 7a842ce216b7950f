"""The console, with several articles loaded and none chosen, answers /ask, /quote and /lookup (and a
line without a slash) from the article the question, name or word is about, as the Discord bot does,
and names it; other commands say to choose one with /article ID."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import console  # noqa: F401  (the fixture)


@pytest.fixture
def two_stories(tmp_path):
    (tmp_path / "a-weir.txt").write_text(
        "Title: Weir closes\n\nThe Lanthorn weir will close for repairs, the river authority said.\n"
    )
    (tmp_path / "b-senate.txt").write_text(
        "Title: Senate seat\n\nFormer mayor Osric Pellow took his seat in the Senate on Tuesday. "
        '"I am ready," Pellow said.\n\nPellow led the city council from 2009.\n'
    )
    return tmp_path


def test_a_question_is_answered_from_the_article_it_is_about(console, two_stories):  # noqa: F811
    out = console("Who is Osric Pellow?\n", two_stories)
    assert "former mayor" in out and "(article: b-senate;" in out


def test_quote_and_lookup_find_their_article(console, two_stories):  # noqa: F811
    out = console("/quote Pellow\n/lookup council\n", two_stories)
    assert "I am ready" in out and "**council**" in out
    assert out.count("(article: b-senate;") == 2


def test_a_word_no_article_holds_is_said_missing_from_all(console, two_stories):  # noqa: F811
    out = console("/lookup pizza\n", two_stories)
    missing = "Nothing in the 2 loaded articles matches “pizza”. Try a shorter or different word."
    assert missing in out and "(article:" not in out


def test_other_commands_say_how_to_choose_in_the_console(console, two_stories):  # noqa: F811
    out = console("/summary\n", two_stories)
    assert "error: 2 articles are loaded; choose one with /article ID: a-weir, b-senate." in out


def test_more_pages_through_the_article_found(console, two_stories):  # noqa: F811
    out = console("/lookup Pellow 1\n/more\n", two_stories)
    assert "“Pellow”: 1 of 2" in out and "“Pellow”: 2 of 2" in out
