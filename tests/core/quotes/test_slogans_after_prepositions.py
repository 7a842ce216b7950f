"""A word or two in title case after a preposition is a work's title only in a sentence no one
tells; under a person's verb of saying it is a slogan she speaks ("Brisco said she stood for “Fair
Rents.”"). A work's noun or a possessive before it still makes it a title."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_slogan_after_for_under_a_verb_of_saying_is_the_tellers():
    text = "Nora Brisco told tenants in Dunmore that she stood for “Fair Rents.”\n"
    assert speakers_of(text) == ["Nora Brisco"]


def test_a_slogan_after_of_under_a_verb_of_saying_is_the_tellers():
    text = "Nora Brisco said the valley was weary of “Broken Pledges.”\n"
    assert speakers_of(text) == ["Nora Brisco"]


def test_a_short_title_after_from_in_an_untold_sentence_is_still_no_quotation():
    text = "Lio Dunn built a ship from “Comet Run.” “It took a year,” Dunn said.\n"
    assert speakers_of(text) == ["Lio Dunn"]
