"""A numbered measure's abbreviation ("Prop. 12") does not end the sentence, so its participle of
saying keeps the subject: "... on Prop. 12, writing in a statement, “…”"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Docks\n\nThe court ruling on Wednesday ended a two-year fight over the docks.\n\n"


def test_the_subject_speaks_past_a_numbered_measure():
    text = (
        TITLE
        + "Governor Lena Vostrik said she was acting on the court's decision on Prop. 12, writing in a "
        + "statement, “I have directed the harbor office to issue permits.”\n"
    )
    assert speakers_of(text) == ["Lena Vostrik"]
