"""Unnamed sources in the shapes news copy names them again or places them: `said a senior aide the day
before the vote` (a time phrase after the source), `said one participant in the Tuesday call`, `the
person close to Ostrow said` (the source of `a person close to Mayor Lena Ostrow` named again), whose
kind is an unnamed person's, not an organisation's."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

FIRST = "“The vote is closer than anyone admits,” said a person close to Mayor Lena Ostrow.\n\n"
QUOTE = "“Nobody gets twenty donors on a call just to say hello,”"


def test_a_time_phrase_after_an_unnamed_source_is_no_part_of_it():
    text = FIRST + f"{QUOTE} said a senior aide the day before the vote.\n"
    assert speakers_of(text)[1] == "a senior aide"


def test_one_participant_in_a_call_is_an_unnamed_source():
    text = FIRST + f"{QUOTE} said one participant in the Tuesday call.\n"
    assert speakers_of(text)[1] == "one participant in the Tuesday call"


def test_the_person_close_to_someone_named_again_speaks():
    text = FIRST + "Ostrow met three council members.\n\n" + f"{QUOTE} the person close to Ostrow said.\n"
    assert speakers_of(text)[1] == "the person close to Ostrow"


def test_a_person_close_to_someone_is_an_unnamed_person():
    assert kinds_of(FIRST) == {"a person close to Mayor Lena Ostrow": "unnamed"}


def test_a_placed_source_before_an_infinitive_leaves_its_to_out_of_the_label():
    text = (
        "Race\n\nGovernor Ilse Brandvold moved across the capital last week.\n\n"
        "Her demeanor prompted a Democrat close to the governor's office to tell the Ledger that she is "
        "“intoxicated by the idea of running.”\n"
    )
    assert speakers_of(text) == ["a Democrat close to the governor's office"]
