"""A participle after the people a message is sent to, past a describing word ("robo-calls to likely
voters saying: “…”"), gives the message's words to its sender, never to those it reached."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Primary race\n\nLawyer Greg Tillman has accused his rival, Frank Abel, of hiding his taxes.\n\n"


def test_robo_calls_to_likely_voters_are_the_candidates():
    text = LEAD + (
        "Tillman, meanwhile, has started using “robo-calls” to likely voters saying: “Dishonest Frank "
        "Abel won't show you his taxes and doesn't even live in this state.”\n"
    )
    assert speakers_of(text) == ["Greg Tillman"]


def test_protesters_shouting_are_still_the_protesters():
    text = LEAD + "The crowd included angry protesters shouting “Abel lies, Abel lies, every single day!”\n"
    assert speakers_of(text) == ["angry protesters"]
