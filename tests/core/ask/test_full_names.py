"""A person asked about by given name and surname ("What did Marta Keel say?") where the article
calls them by the surname alone after the first mention ("Keel said...")."""

from __future__ import annotations

import pytest

from bot.core.ask.candidates import content_words
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index
from tests.conftest import own_article


@pytest.fixture(scope="module")
def debate():
    return own_article("ask_namesakes.txt")


def test_a_person_asked_in_full_is_answered_by_a_sentence_using_the_surname(debate):
    result = answer_question(debate, "What did Marta Keel say about the harbour budget?")
    assert result.tier == 1
    assert result.answer.startswith("Keel said the harbour budget")


def test_a_surname_two_people_of_the_article_share_stands_for_neither(debate):
    # Olek and Piotr Brandt: "Brandt said fares would rise" may be either brother.
    words = {w.word: w for w in content_words(build_index(debate), "What did Olek Brandt say about fares?")}
    assert words["olek"].surname is None
    keel = {w.word: w for w in content_words(build_index(debate), "What did Marta Keel say?")}
    assert keel["marta"].surname == "keel"
