"""A country asked by another of its news names is there: "Britain" is the article's "UK", "America"
its "USA"; never "the article doesn't mention Britain"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.absence import with_article_forms
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index

PLAYER = parse_article(
    "Title: New pocket camera\n\n"
    "The new camera comes in two models - one with 256gb of memory for $449 (£379 in the UK) and a "
    "second with half a terabyte for $599.\n\n"
    "It went on sale in the USA on Tuesday.\n"
)


def test_britain_is_the_articles_uk():
    result = answer_question(PLAYER, "How much is the 256gb camera in Britain?")
    assert not result.missing
    assert "£379 in the UK" in (result.answer or result.passage.text)


def test_america_is_the_articles_usa():
    assert not answer_question(PLAYER, "When did it go on sale in America?").missing


TARIFFS = parse_article(
    "Title: Steel tariffs\n\n"
    "The US said on Monday it would cut tariffs on steel.\n\n"
    "China welcomed the move.\n"
)

LAWSUITS = parse_article(
    "Title: Music lawsuits\n\n"
    "In the USA a further 717 lawsuits were filed this week against people who shared songs.\n\n"
    "A court in Oslo ruled against a student who ran a music site.\n"
)


def test_dotted_us_typed_is_the_articles_us():
    result = answer_question(TARIFFS, "What did the U.S. say?")
    assert not result.missing
    assert "The US said" in (result.answer or result.passage.text)


def test_us_typed_in_capitals_is_the_articles_usa():
    result = answer_question(LAWSUITS, "How many lawsuits were filed in the US?")
    assert not result.missing
    assert "717" in (result.answer or result.passage.text)


def test_us_in_lower_case_stays_the_pronoun():
    # Guard: only "US" typed in capitals is the country; "us" is never rewritten as "USA".
    index = build_index(LAWSUITS)
    assert with_article_forms(index, "what did the court tell us") == "what did the court tell us"


FERRY = parse_article(
    "Title: Ferry strike\n\n"
    "Ferries between the two ports stopped on Monday after Polish dockers walked out over pay.\n\n"
    "Norwegian officials said the strike would cost the region millions.\n"
)


def test_a_country_is_there_by_its_peoples_word_that_no_ending_joins():
    # "Poland" / "Polish", "Norway" / "Norwegian": no regular ending makes one of the other.
    assert not answer_question(FERRY, "Why did dockers in Poland walk out?").missing
    assert not answer_question(FERRY, "What did officials in Norway say about the strike?").missing


def test_a_peoples_word_is_there_by_its_country():
    article = parse_article("Title: Talks\n\nTalks resumed in Sweden on Friday.\n")
    assert not answer_question(article, "Did the Swedish talks resume?").missing
