"""Initials written with stops and a surname, then ", who" ("R.J. Pellman, who served as Mrs.
Brask's spokesman, said"), are a person's name: the person a he after the sentence may mean."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "The harbor panel was co-chaired by the former port director, William Harlow, and included Nina "
    "Brask, a former deputy mayor.\n\n"
)


def test_initials_before_a_who_clause_name_a_person_a_he_means():
    text = (
        LEAD + "R.J. Pellman, who served as Mrs. Brask’s spokesman at the port office, said the "
        "criticism underscores a basic fact.\n\n"
        "“In our political culture, there is always a temptation to simplify things,” he said.\n"
    )
    assert speakers_of(text) == ["R.J. Pellman"]


def test_a_body_before_a_who_clause_is_no_person():
    text = (
        LEAD + "Harbor Watch, who sued the port office, said the criticism underscores a basic fact.\n\n"
        "“In our political culture, there is always a temptation to simplify things,” he said.\n"
    )
    assert "Harbor Watch" not in speakers_of(text)
