"""A capitalised pair between a role word and a lower-case role noun ("the chief White House
photographer", "one former Garland White House official") modifies that noun: no one's name, so
"White House" never becomes a person who takes the quotations of the unnamed official."""

from __future__ import annotations

from .speakers import kinds_of, speakers_of

ARTICLE = (
    "Staff in Corwin were tested again on Friday after an aide to President Garland fell ill.\n\n"
    "“Normally the White House would defer to the medical unit,” said one former Garland White "
    "House official who has heard complaints.\n\n"
    "Garland pointed toward Dana Prell, the chief White House photographer, who was wearing a mask.\n"
)


def test_the_unnamed_official_keeps_the_words():
    assert speakers_of(ARTICLE) == ["one former Garland White House official"]


def test_no_person_is_made_of_the_white_house():
    people = [name for name, kind in kinds_of(ARTICLE).items() if kind == "person"]
    assert not any("White House" in name for name in people)
