"""A finding of a thing no one is named for ("his office's investigation found “…”") inside a "that"
clause a person tells is the teller's report, even when the telling names the one written to ("wrote in
a letter to Sen. Alma Price that ...") (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Contract\n\nThe roads department signed the March contract without a tender.\n\n"


def test_the_teller_of_a_finding_keeps_it_past_whom_the_letter_went_to():
    text = TITLE + (
        "Hugo Renner, the acting auditor for the Department of Roads, wrote in a letter to Sen. Alma Price "
        "that his office's investigation into the March contract found “a ledger that suggests fraud.”\n"
    )
    assert speakers_of(text) == ["Hugo Renner"]


def test_a_telling_closed_before_that_leaves_the_finding_to_no_one():
    text = TITLE + (
        "Hugo Renner wrote to Sen. Alma Price, and she agreed, that the investigation into the March "
        "contract found “a ledger that suggests fraud.”\n"
    )
    assert speakers_of(text) == [None]
