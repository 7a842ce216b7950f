"""`said a senior official who supports Holt`: the relative clause describes the unnamed source; the
person named inside it is never the speaker (a title run stops at "who")."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speaker(attribution: str) -> tuple[str | None, str]:
    text = f"Title: T\n\nTom Holt spent $2 million on jets.\n\n“I want answers,” {attribution}\n"
    quote = extract_quotes(parse_article(text))[0]
    return quote.speaker, quote.kind


@pytest.mark.parametrize(
    ("attribution", "label"),
    [
        ("said an official who supports Holt.", "an official"),
        ("said one voter who backed Tom Holt in 2016.", "one voter"),
        (
            "said a prominent Harbor Party committee member who supports Holt, asking for anonymity.",
            "a prominent Harbor Party committee member",
        ),
    ],
)
def test_the_unnamed_source_speaks_not_the_person_in_its_clause(attribution, label):
    assert _speaker(attribution) == (label, "unnamed")


def test_a_person_after_a_title_still_speaks():
    assert _speaker("said party chairman Tom Holt.") == ("Tom Holt", "person")
