"""People of one office or trade named by their bare plural ("“…,” inspectors wrote", "auditors
said") report together: an unnamed group, as "investigators said" already was."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "Jail review\n\nWarden Ivo Marsh runs the county jail in Dunmore.\n\n"


@pytest.mark.parametrize("group", ["inspectors", "auditors", "detectives", "historians", "pollsters"])
def test_a_bare_plural_of_an_office_after_a_quotation_speaks(group):
    text = LEAD + f"“The setting is that of a typical jail,” {group} wrote.\n"
    assert speakers_of(text) == [group]


def test_the_office_is_listed_as_unnamed():
    text = LEAD + "“The setting is that of a typical jail,” inspectors wrote.\n"
    assert kinds_of(text)["inspectors"] == "unnamed"


def test_the_warden_named_before_does_not_take_their_words():
    text = LEAD + "“Guards were not familiar with the standards,” auditors said.\n"
    assert "Ivo Marsh" not in speakers_of(text)
