"""`The caption reads “…”` (no colon), `“…,” reads a sign held up by a girl from Ohio.`, `“…,” read one
sign.`, `“…,” the sign read.`: a thing words are printed on speaks them, an unnamed source labelled with
its phrase (as `a banner read “…”` already was); never the person named before it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Tom Reyes led the march to the square on Saturday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The caption reads “Hands off our harbour.”", "the caption"),
        ("The caption reads, “Hands off our harbour.”", "the caption"),
        ("“Save our pier,” reads a sign held up by a girl from Ohio.", "a sign"),
        ("“Save our pier,” read one sign.", "one sign"),
        ("“Save our pier,” the sign read.", "the sign"),
    ],
)
def test_a_printed_thing_speaks_its_words(sentence, label):
    assert speakers_of(_OPENING + sentence + " Nobody was arrested.\n") == [label]
