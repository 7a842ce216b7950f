"""ask.unranked: when no sentence ranks, the question's words the article never uses, as typed,
are what the reply names as missing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.unranked import unknown_words
from bot.core.search.index import build_index
from tests.conftest import own_article


def test_the_words_the_article_never_uses_are_named_as_typed():
    index = build_index(own_article("ask_lifeboat_quotes.txt"))
    assert unknown_words(index, "Did the Helicopter land?") == ("Helicopter", "land")


def test_an_indefinite_word_names_nothing_missing():
    index = build_index(own_article("ask_lifeboat_quotes.txt"))
    assert unknown_words(index, "Was anyone hurt?") == ("hurt",)


def test_a_job_the_article_gives_only_as_a_role_is_no_missing_word():
    article = parse_article(
        "Candidate quits\n\n"
        "A council candidate for the Harbour Party has resigned after admitting a link to a fringe group.\n\n"
        "Tom Ashby-Kerr quit after reports in a newspaper. The former teacher said it was his only contact "
        "with the group.\n"
    )
    result = answer_question(article, "What was his job?")
    assert result.tier == 2
    assert result.missing == ()
