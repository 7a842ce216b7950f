"""A name or which-question is not answered by a sentence that brings the thing asked about in as a new,
unnamed one ("including a driver", "a harbour official confirmed"): a day beside it names nobody, and a
sentence before it cannot name what only the later sentence introduces."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.which import named_noun, names_the_noun, names_which
from tests.conftest import own_article


@pytest.fixture(scope="module")
def port():
    return own_article("ask_unnamed_newcomers.txt")


def test_a_weekday_beside_an_unnamed_official_does_not_say_which_official(port):
    result = answer_question(port, "Which harbour official confirmed the deal?")
    assert result.tier == 2


def test_a_sentence_before_an_unnamed_newcomer_does_not_name_it(port):
    result = answer_question(port, "What was the name of the driver injured in Brisk?")
    assert result.tier == 2


def test_a_named_holder_still_answers(port):
    result = answer_question(port, "What is the name of the union leader?")
    assert result.tier == 1
    assert "Petra Vance" in result.answer


def test_a_day_is_no_name_beside_the_thing_asked_for():
    sentence = "It was due on Friday, but a city engineer confirmed Monday night that it was delayed."
    assert not names_which("Which city engineer confirmed the delay?", [sentence])
    assert names_which("Which city engineer confirmed the delay?", ["City engineer Ada Holm confirmed it."])


def test_the_noun_asked_the_name_of_ends_before_a_participle():
    assert named_noun("What was the name of the man thrown off the bridge?") == "man"
    assert named_noun("what was the name of the sailor killed in the storm") == "sailor"


def test_an_earlier_sentence_cannot_name_a_thing_introduced_later_as_new():
    earlier = "The new terminal, a project worth $90 million, was meant to open in May."
    later = "It will be run by a contractor."
    assert not names_the_noun("What is the name of the contractor?", [earlier, later])
    # A sentence after the newcomer may name it: "He was named as Ole Brand."
    assert names_the_noun("What is the name of the contractor?", [later, "The firm is Ole Brand Ltd."])


def test_an_adverb_opening_the_sentence_does_not_say_which_firms():
    article = parse_article(
        "Title: Ferries halted\n\n"
        "Storms closed the harbour at Brisk for a third day on Monday.\n\n"
        "Already, some ferry firms are cancelling trips to Brisk.\n\n"
        "The port said repairs would take a week.\n"
    )
    result = answer_question(article, "Which ferry firms cancelled trips to Brisk?")
    assert result.tier == 2
