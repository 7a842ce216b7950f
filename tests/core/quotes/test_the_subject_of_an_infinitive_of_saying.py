"""The subject of an infinitive of saying is the person or role between "for" and "to" ("Critics said
it was time for Lorne to describe the plan as “…”"), not the sentence's subject (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Taxes\n\nMayor Tessa Lorne has spent the week defending her new tax plan in Carrow.\n\n"


def test_the_person_between_for_and_to_says_the_words():
    text = TITLE + "Critics said it was time for Lorne to describe the plan as “a gift to the rich.”\n"
    assert speakers_of(text) == ["Tessa Lorne"]


def test_the_role_between_for_and_to_says_the_words():
    text = TITLE + "Critics said it was unfair for the mayor to describe the plan as “a gift to the rich.”\n"
    assert speakers_of(text) == ["Tessa Lorne"]
