"""A gerund of saying after "after" ("Gov. Lena Cobb was suspended after tweeting that people should
“…”") is a verb whose subject is the sentence's, as in "apologized after saying"."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Mayor Carl Pruitt spoke in Elmvale on Monday.\n\n"


@pytest.mark.parametrize("gerund", ["tweeting", "saying", "writing"])
def test_the_subject_of_a_passive_sentence_says_what_its_gerund_brings(gerund):
    text = LEAD + f"Gov. Lena Cobb was suspended after {gerund} that people should “go back to work now.”\n"
    assert speakers_of(text) == ["Lena Cobb"]
