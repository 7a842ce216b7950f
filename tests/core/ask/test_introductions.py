"""ask.introductions: the name a "Who is X?" question asks about, typed in any case, and the
sentence introducing that person with a title or an apposition."""

from __future__ import annotations

from bot.core.ask.candidates import rank_candidates
from bot.core.ask.introductions import as_name, asked_name, introduction
from tests.conftest import own_article


def test_the_asked_name_is_read_from_a_who_is_question():
    assert asked_name("Who is Daniel Kritenbrink?") == "Daniel Kritenbrink"


def test_a_role_asked_about_is_no_name():
    assert asked_name("Who is the mayor?") is None


def test_a_name_typed_in_lower_case_is_title_cased():
    assert as_name("xi jinping") == "Xi Jinping"


def test_the_introduction_is_the_sentence_giving_the_role_beside_the_name():
    article = own_article("ask_market_hall.txt")
    question = "Who is Tomas Reddy?"
    found = introduction(question, rank_candidates(article, question), floor=0.0)
    assert found is not None and "a stonemason" in found.text
