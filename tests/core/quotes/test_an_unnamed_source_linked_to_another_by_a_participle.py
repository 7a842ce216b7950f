"""An unnamed source linked by a participle and a preposition to someone else ("A lawyer working
with one of the contractors said") is the one who speaks, labelled with the whole phrase; the one
worked with says nothing."""

from __future__ import annotations

from .speakers import speakers_of

OPENING = "Minister Karl Oste was pressed on the delayed rail project on Friday.\n\n"
SENTENCE = "{source} said in an email that the statement “seems to me to be of a piece with the blame.”\n"


def test_one_of_a_group_worked_with_is_no_speaker():
    article = OPENING + SENTENCE.format(source="A lawyer working with one of the contractors")
    assert speakers_of(article) == ["a lawyer working with one of the contractors"]


def test_a_modified_role_keeps_its_modifier():
    article = OPENING + SENTENCE.format(source="A defense lawyer working with a senior aide")
    assert speakers_of(article) == ["a defense lawyer working with a senior aide"]


def test_a_source_for_one_of_a_group_is_unchanged():
    article = OPENING + SENTENCE.format(source="A lawyer for one of the contractors")
    assert speakers_of(article) == ["a lawyer for one of the contractors"]
