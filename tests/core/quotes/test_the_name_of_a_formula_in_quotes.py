"""Words in quote marks right before "formula" are the formula's name ("under a “one harbour, two
charters” formula"): no quotation, so the sentence's subject does not speak them. Words a person is
said to have put so stay that person's ("said the deal rested on “one harbour, two charters”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Protests spread across the island of Port Salvo on Sunday against a new shipping law.\n\n"


def test_the_name_of_a_formula_is_no_quotation():
    text = LEAD + (
        "Port Salvo City Council returned to mainland oversight in 1989 under a “one harbour, two charters” "
        "formula that let it keep its own courts.\n"
    )
    assert speakers_of(text) == []


def test_the_same_words_a_person_said_stay_theirs():
    text = LEAD + (
        "Organiser Ivo Strand said the island's freedoms rested on “one harbour, two charters” and nothing "
        "else.\n"
    )
    assert speakers_of(text) == ["Ivo Strand"]
