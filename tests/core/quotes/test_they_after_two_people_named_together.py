"""`But Ferrante and fellow attorney Gideon Mairs acknowledged ... ¶ “…,” they said in a statement.`: a
quotation's "they" whose sentence before opens with two people named together (past a joining word or an
opening phrase, their titles before each name) is that pair, given under the one named first, as "Ferrante
and Mairs said" is; one person named alone there, or a pair named after the sentence's subject, gives no
one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Audit\n\nCritics have accused the contractor at the center of the Harlow County audit of ties to "
    "the ruling party.\n\nNadia Ferrante, a lawyer for the contractor, dismissed the accusations on "
    "Tuesday.\n\n"
)
QUOTED = "\n\n“Our client has never given money to a political party,” they said in a statement.\n"


def test_they_are_the_pair_named_in_the_sentence_before():
    sentence = (
        "But Ferrante and fellow attorney Gideon Mairs acknowledged Wednesday their client had met officials."
    )
    assert speakers_of(LEAD + sentence + QUOTED) == ["Nadia Ferrante"]


def test_a_pair_after_an_opening_phrase_with_titles():
    sentence = (
        "In a joint statement, Council President Rosa Quint and Finance Chair Ben Adair said the audit "
        "would go on."
    )
    assert speakers_of(LEAD + sentence + QUOTED) == ["Rosa Quint"]


def test_one_person_named_alone_is_no_they():
    sentence = "But fellow attorney Gideon Mairs acknowledged Wednesday their client had met officials."
    assert speakers_of(LEAD + sentence + QUOTED) == [None]


def test_a_pair_named_after_the_subject_is_no_they():
    sentence = "The judge thanked Ferrante and fellow attorney Gideon Mairs on Wednesday."
    assert speakers_of(LEAD + sentence + QUOTED) == [None]
