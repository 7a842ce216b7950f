"""A few lower-case words set off by a comma before a quotation ("But absent that, “…”"), naming no
one and no verb of saying, leave it with the one the sentence before reports, as "But “…”" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Prisons\n\nThe state's prisons are full.\n\n"


def test_but_absent_that_goes_on_with_the_one_reported_before():
    text = TITLE + (
        "In an interview Sunday, Governor Jonas Ferrell said he would prefer to sign a bill. But absent"
        " that, “I am going to do what I can through executive action.”\n"
    )
    assert speakers_of(text) == ["Jonas Ferrell"]


def test_an_opener_naming_someone_else_does_not():
    text = TITLE + (
        "In an interview Sunday, Governor Jonas Ferrell said he would prefer to sign a bill. But critics"
        " say, “He is going to do what he can through executive action.”\n"
    )
    assert speakers_of(text) != ["Jonas Ferrell"]


def test_a_prepositional_phrase_of_four_words_before_the_quotation_goes_on_with_the_speaker():
    text = (
        "Pharmacies\n\nPharmacies in Corvel will soon sell allergy shots without a prescription.\n\n"
        "Lina Marsh said the old rules were hard on working people. The topic “comes up at every dinner,” "
        "Marsh said.\n\n"
        "But with the new rules, “I could just walk to the pharmacy on my lunch break.”\n"
    )
    assert speakers_of(text) == ["Lina Marsh", "Lina Marsh"]
