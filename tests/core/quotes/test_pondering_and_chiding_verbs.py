"""Ways of saying that introduce a quotation: "pondered" asks, as "wondered" does ("pondered who ...
might “…”"), and a participle of chiding or scolding with the one addressed ("..., chiding him,
“…?”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_chiding_participle_with_the_one_addressed_speaks_for_the_subject():
    text = (
        "Senator Ruth Amsel clashed with Victor Dorn during the hearing, chiding him, “What difference "
        "does any of this make now?”\n"
    )
    assert speakers_of(text) == ["Ruth Amsel"]


def test_pondered_introduces_the_subjects_question():
    text = (
        "Mourners gathered at the hall on Sunday.\n\n"
        "Dr. Omar Sayeed pondered who, without him, might “speak for our families in these hard times.”\n"
    )
    assert speakers_of(text) == ["Omar Sayeed"]
