"""A quotation inside what someone's claim says is the claim's owner's, also when a describing word
set in quotation marks stands between the owner and the claim ("Dismissing Renner's “extraordinary”
claim that any governor enjoys “…,” Judge Strand said"); with no owner the claim is the speaker's
of the sentence."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ruling\n\nA judge on Monday rejected Governor Paul Renner’s bid to block a subpoena.\n\n"


def test_a_quoted_describing_word_does_not_hide_the_claims_owner():
    text = LEAD + (
        "Dismissing Renner’s “extraordinary” claim that any sitting governor enjoys “total immunity "
        "from any inquiry,” Circuit Judge Helena Strand said the position had no basis.\n"
    )
    assert speakers_of(text) == ["Paul Renner"]


def test_a_claim_no_one_owns_is_the_sentences_speakers():
    text = LEAD + (
        "Dismissing the “extraordinary” claim that any sitting governor enjoys “total immunity "
        "from any inquiry,” Circuit Judge Helena Strand said the position had no basis.\n"
    )
    assert speakers_of(text) == ["Helena Strand"]
