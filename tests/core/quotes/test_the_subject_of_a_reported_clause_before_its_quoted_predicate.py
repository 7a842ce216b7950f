"""A few words after a verb of saying that run straight into a quotation ("..., said the port
authority “must stop ignoring the injured workers.”") are the subject of the reported clause, the
quotation its predicate: the one who said it is the sentence's subject, not those words."""

from __future__ import annotations

from .speakers import speakers_of

OPENING = "The docks were busy on Monday.\n\n"


def test_a_body_speaking_after_its_relative_clause_keeps_both_quotations():
    article = OPENING + (
        "The Harbor Relief Fund, which said its volunteers were “working day and night” at the docks, "
        "said the port authority “must stop ignoring the injured workers.”\n"
    )
    assert speakers_of(article) == ["the Harbor Relief Fund", "the Harbor Relief Fund"]


def test_a_person_speaking_after_her_relative_clause_keeps_both_quotations():
    article = OPENING + (
        "Mayor Ann Holt, who said her staff were “working day and night” at the docks, "
        "said the port authority “must stop ignoring the injured workers.”\n"
    )
    assert speakers_of(article) == ["Ann Holt", "Ann Holt"]


def test_a_pronoun_after_the_verb_opens_the_speakers_own_clause():
    article = OPENING + (
        "Pablo Ortiz of the Harbor Workers Network, said he was unimpressed "
        "with the latest “trial balloon.”\n"
    )
    assert speakers_of(article) == ["Pablo Ortiz"]
