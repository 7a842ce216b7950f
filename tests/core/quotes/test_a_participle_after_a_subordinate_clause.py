"""A participle of saying after a comma closing an "as", "while" or "when" clause with a subject of
its own ("... assaulting his neighbor Alma Keel as she made a frantic call to police, telling the
dispatcher that he was “…”") goes with that clause's subject, not the main clause's; a name
modifying a plural ("when Sanders protesters interrupted her, shouting") is no such subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Standoff\n\nPolice in Harrowgate said a man was arrested on Tuesday after a standoff.\n\n"


def test_the_subordinate_clauses_she_tells_the_dispatcher():
    text = LEAD + (
        "Last week, Peter Dunmore, 52, was charged with assaulting his neighbor Alma Keel as she made a "
        "frantic call to police, telling the dispatcher that he was “waving a knife around the yard.”\n"
    )
    assert speakers_of(text) == ["Alma Keel"]


def test_a_name_modifying_a_plural_is_no_subordinate_subject():
    text = LEAD + (
        "Mayor Ada Holt was speaking at the college when Dunmore supporters interrupted her speech, "
        "shouting “let him go home now!”\n"
    )
    assert speakers_of(text) != ["Peter Dunmore"]
