""" "“…,” Boehner spokesman Michael Steel said, though he also criticized the mix Obama has proposed,
saying it “…”": a he after the name that closes the quotation before it, in the same sentence, means
that speaker, not a name further back."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_he_after_the_attribution_is_the_speaker():
    text = (
        "Both sides met late Monday, with President Obama offering a higher threshold for tax increases.\n\n"
        "“Any movement away from the offers the president has made is a step in the right direction,” "
        "spokesman Michael Steel said, though he also criticized the mix of cuts Obama has proposed, "
        "saying it “cannot be considered balanced.”\n"
    )
    assert speakers_of(text) == ["Michael Steel", "Michael Steel"]


def test_a_name_between_two_quotations_before_the_he_is_still_talked_of():
    text = (
        "Mayor Tom Hale spoke on Monday.\n\n"
        "“It is a good plan” — that Ray Dorn is seen as its author — “and it will pass,” he said.\n"
    )
    assert speakers_of(text)[-1] == "Tom Hale"
