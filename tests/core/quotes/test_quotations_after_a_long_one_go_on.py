"""A quotation standing alone right after another that ends with its attribution ('“A. B,” said Fryer.
“C.”') goes on in that speaker's voice, also when the quotation before spans two sentences; the one
after it, attributed to someone else ('“D,” said Shum'), does not take it over."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_quotation_after_a_two_sentence_one_stays_with_its_speaker():
    text = (
        "Internist Dr. Sandra Fryer and pediatrician Dr. Jenny Shum spoke at the hearing.\n\n"
        "A top reason: the patient requested it. “Some patients put a lot of pressure on doctors. But that's "
        "just not true,” said Fryer. “It's become like an insurance policy that doesn't pay.” “I do find "
        "there is a lot of education to do,” said Shum.\n"
    )
    assert speakers_of(text) == ["Sandra Fryer", "Sandra Fryer", "Jenny Shum"]
