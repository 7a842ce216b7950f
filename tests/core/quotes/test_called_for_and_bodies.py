"""Quoted words that are someone else's inside another's sentence: a call "from X", and a body whose
name ends in a role's word ("the Regional Executive") speaking as the body, not as a role holder."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of


@pytest.fixture(scope="module")
def tram():
    return own_article("quotes_call_and_executive.txt")


def _texts(article, name: str) -> list[str]:
    return [q.text for q in api.quote(article, name).quotes]


def test_words_of_a_call_from_a_named_person_are_that_persons(tram):
    assert "pause and think again" in _texts(tram, "Ann Ross")
    assert "pause and think again" not in _texts(tram, "Colin Hale")


def test_a_body_whose_name_ends_in_a_role_word_speaks_as_the_body(tram):
    assert "a sound use of public money" not in _texts(tram, "Brian Mott")
    assert "a sound use of public money" in _texts(tram, "Regional Executive")


def test_a_role_of_a_person_named_before_still_names_them():
    article = parse_article(
        "Title: Budget\n\nCouncil chief executive Brian Mott met the unions on Monday.\n\n"
        'The chief executive said the budget was "fair to every department in the council".\n'
    )
    assert _texts(article, "Brian Mott") == ["fair to every department in the council"]


def test_words_demanded_of_a_person_are_not_that_person_s():
    text = (
        "The club was angry. Its chairman said: 'We will not stand for it.' The club issued a demand for "
        "'a full and public apology' from Ann Ross.\n"
    )
    assert "Ann Ross" not in speakers_of(text)
