"""A document described by a party's or nation's adjective ("The Republican platform says, “…”",
"the new Democratic platform states that “…”") speaks as that document, as "the platform says"
does; a capitalised phrase opening the next sentence after a quotation ("“…share.” The Republican
platform calls for ...") is a sentence of its own, no attribution of the quotation before."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "The parties met in Elmvale this week.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Republican platform says, “We will cut taxes for every family.”", "the Republican platform"),
        (
            "The new Democratic platform states that “every worker deserves a fair wage.”",
            "the new Democratic platform",
        ),
    ],
)
def test_a_platform_described_by_a_party_speaks(sentence, speaker):
    assert speakers_of(LEAD + sentence + "\n") == [speaker]


def test_a_capitalised_phrase_after_a_quotation_opens_its_own_sentence():
    text = LEAD + (
        "On taxes, the Democratic platform says that the president will fight for cuts while “asking the "
        "wealthiest to pay their fair share.” The Republican platform calls for extending the old cuts.\n"
    )
    assert speakers_of(text) == ["the Democratic platform"]
