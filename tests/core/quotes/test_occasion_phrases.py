""" "Sanders during a Sunday rally thanked ...", "Reyes during an interview on Sunday said ...": a
phrase of time or occasion between a named subject and its verb, with no commas around it, leaves
the name the verb's subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_INTRO = "Ada Sanders held a rally in Dunmore on Sunday.\n\n"


def test_a_name_before_during_and_an_event_thanks():
    text = f"{_INTRO}Sanders during a Sunday rally thanked “the working people of this town.”\n"
    assert speakers_of(text) == ["Ada Sanders"]


def test_a_name_before_an_interview_and_its_day_says():
    text = f"{_INTRO}Tom Reyes during an interview on Sunday said he would “fight on until the end.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_name_governed_by_a_preposition_before_the_phrase_does_not_say():
    text = f"{_INTRO}A letter sent to Tom Reyes in March said the town must “pay up now.”\n"
    assert speakers_of(text) != ["Tom Reyes"]


def test_a_name_opening_a_that_clause_before_the_phrase_thanks():
    text = (
        f"{_INTRO}The union has become such a presence that Sanders during a Sunday rally thanked its "
        "members “for their support in my campaign.”\n"
    )
    assert speakers_of(text) == ["Ada Sanders"]


def test_a_name_in_words_another_reports_before_the_phrase_does_not_say():
    text = (
        f"{_INTRO}Ann Bell noted that Sanders in the past has called the plan “weak” and “disappointing.”\n"
    )
    assert "Ada Sanders" not in speakers_of(text)
