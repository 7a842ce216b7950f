"""'What is X?' and 'What does X mean?': the sentence that defines the term ("X, a sale in which ..."),
not the one that only uses it."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.definitions import defined_term
from bot.core.ask.engine import answer_question

_SALT = (
    "Councils buy road salt through reverse auctions\n"
    "Kent buys its road salt through reverse auctions.\n"
    "The county first tried a reverse auction, a sale in which suppliers bid the price down rather "
    "than up, in 2019, after a long and costly winter left its depots empty.\n"
    "Critics say such auctions reward the cheapest supplier of salt rather than the best.\n"
)


@pytest.fixture(scope="module")
def salt():
    return parse_article(_SALT)


def test_what_is_a_term_is_answered_by_the_sentence_defining_it(salt):
    result = answer_question(salt, "what is a reverse auction")
    assert result.tier == 1
    assert "suppliers bid the price down" in result.answer


def test_what_does_it_mean_when_asks_the_meaning_of_its_last_word():
    assert defined_term("What does it mean when a company inverts?") == "inverts"
    assert defined_term("What does isobaric mean?") == "isobaric"


def test_a_possessive_or_a_name_asked_for_is_no_term_to_define():
    assert defined_term("What is her sentence?") is None
    assert defined_term("What was the naval base called?") is None


def test_what_an_acronym_stands_for_is_the_sentence_spelling_it_out():
    article = parse_article(
        "Dock bill passes\n\n"
        "The bill, known as the Harbour Workers Safety Act, passed the council on Monday.\n\n"
        "Supporters of HWSA said the dock had seen three accidents this year.\n\n"
        "Opponents said HWSA would cost the port too much.\n"
    )
    result = answer_question(article, "What does HWSA stand for?")
    assert result.answer is not None and "Harbour Workers Safety Act" in result.answer


def test_a_sentence_naming_the_kind_of_thing_a_term_is_called_defines_it():
    article = parse_article(
        "Phones get pictures on the radio\n\n"
        "The name Tide Radio leads people to think of television, said Ada Lind of Harbor Labs.\n\n"
        "Harbor Labs has been working on a technology called Tide Radio, which takes an FM signal "
        "and adds pictures to it.\n\n"
        "The first Tide Radio service will begin in a few months. Tide Radio handsets are due soon.\n"
    )
    result = answer_question(article, "What is Tide Radio?")
    assert "a technology called Tide Radio" in (result.answer or result.passage.text)
