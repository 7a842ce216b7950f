"""A role subject the article keeps unnamed (", who spoke on condition of anonymity", ", who asked
not to be named"): an unnamed source, never the person of that role the article names.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "The senator's personal lawyer, Victor Hale, has said his client turned over every message.\n\n"


def test_a_role_that_spoke_on_condition_of_anonymity_is_not_the_named_holder():
    text = _OPENING + "“No one ever called me,” said the attorney, who spoke on condition of anonymity.\n"
    assert speakers_of(text) == ["the attorney"]


def test_a_role_that_asked_not_to_be_named_is_not_the_named_holder():
    text = _OPENING + "“No one ever called me,” said the lawyer, who asked not to be named.\n"
    assert speakers_of(text) == ["the lawyer"]


def test_the_role_with_no_such_clause_still_refers_back():
    assert speakers_of(_OPENING + "“No one ever called me,” the lawyer said.\n") == ["Victor Hale"]
