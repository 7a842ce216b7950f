"""Capitalised words opening a quoted headline ("under the headline “Bubba Axes Ryde ... Again.”")
are no person's name, even when the last is a surname the article uses: "Mr. Ryde said" stays his."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = (
    "Mr. Ryde praised Mr. Tolland on Monday.\n\n"
    "The party rushed out a news release under the headline “Bubba Axes Ryde ... Again.”\n\n"
    "“Whatever the subject,” Mr. Ryde said, he is reminded how passionate Mr. Tolland is.\n"
)


def test_a_headline_in_title_case_makes_no_person():
    assert "Bubba Axes Ryde" not in kinds_of(TEXT)


def test_the_surname_after_a_title_keeps_its_quotations():
    assert speakers_of(TEXT)[-1] == "Ryde"
