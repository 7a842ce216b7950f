"""A question asking what the news means ("Why does it matter?", "What does this mean?") names nothing
the article could lack: it gets the story's key sentence as the closest passage, never "The article
doesn't mention “matter”"."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.gist import asks_why_it_matters

KILN = parse_article(
    "Pottery kiln to close\n\n"
    "The last working bottle kiln in Stenmoor will close in June after its owners failed to find a "
    "buyer for the site.\n\n"
    "Owner Petra Lund said the deal with a housing firm had collapsed in March.\n\n"
    "The kiln has fired local clay since 1891 and employs nine people.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Why does it matter?",
        "What does this mean?",
        "Why should I care?",
        "so what's the big deal",
        "Why is this important?",
    ],
)
def test_a_question_about_what_the_news_means_gets_the_key_sentence_as_a_passage(question):
    result = answer_question(KILN, question)
    assert result.tier == 2
    assert result.passage.paragraph == 1
    assert result.passage.text.startswith("The last working bottle kiln in Stenmoor will close")


def test_a_significance_word_is_no_missing_thing():
    result = answer_question(KILN, "Why does it matter?")
    assert not result.missing


def test_the_deal_the_article_reports_is_asked_about_as_usual():
    result = answer_question(KILN, "What was the deal?")
    assert "deal with a housing firm" in (result.answer or result.passage.text)


@pytest.mark.parametrize(
    "question", ["Why does the kiln matter to Stenmoor?", "What does AUKUS mean?", "Is the clay important?"]
)
def test_a_question_naming_its_subject_is_no_question_about_the_news_as_a_whole(question):
    assert not asks_why_it_matters(question)
