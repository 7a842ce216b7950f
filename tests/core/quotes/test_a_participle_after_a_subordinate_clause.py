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


def test_a_when_clause_after_a_preposition_leaves_the_participle_to_the_main_subject():
    text = (
        "Governor Helen Marsh is expected to sign the water bill this month, aides say.\n\n"
        "Her chief of staff, Dorian Pell, told reporters on Monday that the timing was still open.\n\n"
        "However, Pell remained vague about when Marsh would sign the measure, saying only it will be "
        "“some time before the harvest festival.”\n"
    )
    assert speakers_of(text) == ["Dorian Pell"]


def test_an_opening_participle_phrase_naming_a_body_leaves_the_main_subject_the_speaker():
    text = (
        "Talks over the Corvel harbor lease stalled again this week.\n\n"
        "Testifying before the Corvel Harbor Review Committee last month, Lena Ford, the city’s chief "
        "negotiator with the port, was even more adamant, saying “it has always been the city position "
        "that the lease does not speak about dredging at all.”\n"
    )
    assert speakers_of(text) == ["Lena Ford"]


def test_a_group_in_an_opening_like_phrase_is_not_the_participles_subject():
    text = (
        "The Varden county board filed its legal brief in the water case on Friday.\n\n"
        "Like the farmers, the brief also highlights the history of the river, arguing that “the central "
        "purpose of the water tax has always been the upkeep of the river banks.”\n"
    )
    assert speakers_of(text) == ["the brief"]
