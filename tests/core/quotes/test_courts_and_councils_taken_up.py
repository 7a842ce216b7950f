""" "the court said", "the council added": the one court or council the article names ("Harbor High Court",
"Harbor City Council", never a piece of that name read from its middle), and not a name's tail after
"and" ("NSW Civil and Administrative Tribunal" is no "Administrative Tribunal")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_court_is_the_court_named():
    text = (
        "The Harbor High Court blocked the housing plan on Monday.\n\n"
        "“The council acted beyond its powers,” the court said in its ruling.\n"
    )
    assert speakers_of(text) == ["Harbor High Court"]


def test_the_council_is_the_whole_council_name_in_its_own_paragraph():
    text = (
        "The council's housing plan was blocked on Monday by a judge.\n\n"
        "Harbor City Council said it would appeal. “We will appeal,” the council added.\n"
    )
    assert speakers_of(text) == ["Harbor City Council"]


def test_a_name_cut_after_and_is_not_the_tribunal():
    text = (
        "Ada Holt told the Harbor Civil and Administrative Tribunal that she had been bullied.\n\n"
        "“The claim fails,” the tribunal said.\n"
    )
    assert speakers_of(text) == ["the tribunal"]
