"""A clause joined by ", but" after a verb of saying, opened by an unnamed source whose own verb
leads to the colon ("Ostrava said ..., but a senior water board official rejected that idea in an
email to Ms. Ostrava: “…”"), gives the quotation to that source, not the teller."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Complaint\n\nLinda Ostrava, a senior lawyer for the Pellham water board, filed a complaint.\n\n"


def test_the_unnamed_source_after_but_writes_the_words():
    text = LEAD + (
        "Ms. Ostrava said officials at headquarters should decide, but a senior water board official "
        "rejected that idea in an email to Ms. Ostrava: “No way. Keep it local. Figure it out.”\n"
    )
    assert speakers_of(text) == ["a senior water board official"]


def test_the_teller_keeps_words_her_own_clause_introduces():
    text = LEAD + (
        "Ms. Ostrava said officials at headquarters should decide, and she wrote in her complaint: “This "
        "was a very unusual order.”\n"
    )
    assert speakers_of(text) == ["Linda Ostrava"]
