"""A party's member noun right before two capitalised words ("Kentucky Republican Zeb Tolliver")
names a politician, as a title would, though no list knows the given name (issue 11, probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_state_and_party_before_an_unlisted_given_name_make_a_person():
    text = (
        "At the hearing, Ohio Republican Zeb Tolliver tied the deal to other complaints. “This is an "
        "administration that wants to rule alone,” he charged.\n"
    )
    assert speakers_of(text) == ["Zeb Tolliver"]


def test_a_party_before_a_bodys_name_makes_no_person():
    text = (
        "The Republican Jewish Coalition met on Monday. “We will back the nominee,” the coalition "
        "said in a statement.\n"
    )
    assert "Jewish Coalition" not in speakers_of(text)


def test_a_party_before_a_caucus_name_makes_no_person():
    text = (
        "Members met at the statehouse on Friday.\n\n"
        "“We will block the budget,” said the Democrat Prairie Caucus.\n"
    )
    assert "Prairie Caucus" not in speakers_of(text)
