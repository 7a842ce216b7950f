"""A source phrase ending in the full name of someone the article names, after title words only
("Harbor NAACP chapter President Derek Olson issued a statement", "said Harbor Marshals Service
Director Stacia A. Pell"), is that person, not an organisation labelled with the whole phrase; a
phrase linking the source to the name ("a spokesman for Governor Ada Holt") stays the source's."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_chapter_president_issuing_a_statement_is_the_person_named():
    text = (
        "A man was found hanged in a park on Monday.\n\n"
        "Harbor NAACP chapter President Derek Olson issued a statement calling on "
        "“federal authorities to investigate the death.”\n"
    )
    assert speakers_of(text) == ["Derek Olson"]
    assert kinds_of(text) == {"Derek Olson": "person"}


def test_a_spokesman_for_a_titled_person_stays_the_spokesman():
    text = (
        "Ada Holt won the seat on Tuesday.\n\n"
        "“She never wanted this fight,” a spokesman for Governor Ada Holt said.\n"
    )
    assert speakers_of(text) == ["a spokesman for Governor Ada Holt"]
