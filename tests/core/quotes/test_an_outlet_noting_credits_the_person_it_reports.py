"""An outlet noting the news after a person's characterisation ("Brandt had framed the contest as
one between a “…” and a “…,” notes the Harbor Gazette") credits the report: the words are the
person's, as before "the Harbor Gazette reported"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Party leader\n\nCouncillor Anneke Brandt backed the losing candidate on Saturday.\n\n"


def test_framed_as_before_notes_the_outlet_is_the_persons():
    text = LEAD + (
        "Brandt had framed the contest as one between a “tired old guard that keeps losing” and a "
        "“complete rebuilding of the party,” notes the Harbor Gazette.\n"
    )
    assert speakers_of(text) == ["Anneke Brandt", "Anneke Brandt"]


def test_called_before_the_outlet_noted_is_the_persons():
    text = LEAD + "Brandt called the plan a “complete rebuilding of the party,” the Harbor Gazette noted.\n"
    assert speakers_of(text) == ["Anneke Brandt"]


def test_an_outlets_own_words_before_it_noted_stay_the_outlets():
    text = LEAD + "“The vote leaves the party split down the middle,” the Harbor Gazette noted.\n"
    assert speakers_of(text) == ["the Harbor Gazette"]
