"""A name after a verb of telling and an outlet's possessive ("he told NBC's Mark Moss") is whom
the speaker told, never a subject a later he or she may mean; after a verb of saying ("noted NBC's
Ray Dorrit") it is the inverted subject still."""

from __future__ import annotations

from .speakers import speakers_of

LEAD = "Mayoral hopeful Pell Varga caused some confusion this weekend with new positions on wages.\n\n"


def test_the_interviewer_told_is_no_antecedent_of_he():
    article = LEAD + (
        "After he told NBC's Mark Moss last week that he was open to a higher wage, he told Fox's "
        "Paul Cole that he hasn't “settled on any exact numbers.”\n\n"
        "“But I think workers need more,” he said.\n"
    )
    assert speakers_of(article) == ["Pell Varga", "Pell Varga"]


def test_a_name_after_an_outlets_possessive_and_a_verb_of_saying_speaks():
    article = LEAD + "“Nobody knows his number,” noted NBC's Ray Dorrit.\n"
    assert speakers_of(article) == ["Ray Dorrit"]
