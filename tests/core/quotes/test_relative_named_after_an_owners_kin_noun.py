"""`On the Tuesday, Mr. Dunmore’s older sister, Tilda, drove to the harbour office. ... ¶ She pleaded
with him, saying that “…”`: a relative named after an owner's kin noun with a word saying which one ("older
sister", "late husband") heads the sentence as its subject, so a later she means her (was a man quoted
before, whose gender the article never said)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Gone\n\nNews that the skipper had sailed off alone shook the small harbour town. “By supper the "
    "whole quay was talking about it,” said Rowan Pelling, a deckhand who, like Mr. Dunmore, had crewed "
    "the ferry for a decade. The two of them had mended nets side by side that very week. "
    "“Nobody saw it coming,” he said.\n\n"
)


def test_she_is_the_older_sister_named_after_the_owner():
    text = OPENING + (
        "On the Tuesday, Mr. Dunmore’s older sister, Tilda, drove to the harbour office beside the "
        "old customs house to report him missing. Within a day or two, she got through to "
        "him on a crackling radio link. A log of their talks was later read out at the inquest.\n\n"
        "She pleaded with him, saying that “running off will not mend a single net.”"
    )
    assert speakers_of(text) == ["Rowan Pelling", "Rowan Pelling", "Tilda"]
