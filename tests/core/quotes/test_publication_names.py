"""A publication named with a title-like first word ("PC World", "Garden Weekly") is an organisation
speaking, never a person called "World" or "Weekly"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_publication_ending_in_world_speaks_as_an_organisation():
    text = "PC World called the new tablet “a solid buy for students.”\n"
    assert speakers_of(text) == ["PC World"]
    assert kinds_of(text) == {"PC World": "organisation"}


def test_a_magazine_named_by_its_title_speaks_as_an_organisation():
    text = "“The best phone of the year,” Gadget Weekly said in its review.\n"
    assert kinds_of(text) == {"Gadget Weekly": "organisation"}
