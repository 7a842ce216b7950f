"""A partial quotation in the writer's sentence opened by a pronoun for the thing talked of ("It
needs to be part of “…”"), right after a sentence reporting someone's talk of it ("And, Okafor
warns, mapping is step one, but ..."), goes on in that person's voice; after a sentence reporting
no one's talk it stays no one's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Flood maps\n\nNadia Okafor directs the Pellham Water Institute.\n\n"
QUOTED = (
    "It needs to be part of “a much wider set of plans and levees the towns need” before the rains come.\n"
)


def test_the_thing_talked_of_goes_on_in_the_reporters_voice():
    text = (
        LEAD + "And, Okafor warns, mapping is step one, but it won’t hold back a river by itself. " + QUOTED
    )
    assert speakers_of(text) == ["Nadia Okafor"]


def test_after_a_sentence_reporting_no_one_it_stays_no_ones():
    text = LEAD + "Mapping is step one, but it won’t hold back a river by itself. " + QUOTED
    assert speakers_of(text) == [None]
