"""A name inside a participle's phrase opening the sentence ("Turning first to Tate’s handling of the
fund, he said:") is what the phrase is about, never the he after its comma: he is the man speaking."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Radio interview\n\nFormer city auditor Graham Pellow accused Mayor Douglas Tate of being unfit "
    "to lead.\n\n"
)


def test_turning_to_a_possessor_leaves_he_with_the_speaker():
    text = LEAD + (
        "Turning first to Tate’s handling of the pension fund, he said: “A leader who hides a shortfall "
        "is not fit to run this city.”\n"
    )
    assert speakers_of(text) == ["Graham Pellow"]


def test_a_name_after_the_comma_is_still_the_subject():
    text = LEAD + "Turning to the fund, Tate said: “Every dollar is accounted for, and the books are open.”\n"
    assert speakers_of(text) == ["Douglas Tate"]
