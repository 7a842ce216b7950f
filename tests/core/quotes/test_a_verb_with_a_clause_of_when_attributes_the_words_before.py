"""A quotation closed on "!" that the splitter makes a sentence of its own is attributed by the next
sentence's opening name and verb of saying when a clause of when or why follows the verb, even when
a later quotation stands in that sentence ("“VETO!” Pruitt tweeted just moments after the council
recorded the vote, a day after saying that ... would be “a terrible vote.”"); a verb whose clause
reports what was said ("Pruitt said the council had acted “…”") does not attribute the words before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council\n\nThe council voted 7-2 on Thursday to block the parking plan of Mayor Dana Pruitt.\n\n"


def test_the_name_and_verb_before_a_clause_of_when_attribute_the_words_before():
    text = LEAD + (
        "“VETO!” Pruitt tweeted just moments after the council recorded the vote, a day after saying"
        " that opposition to the plan would be “a terrible vote.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Dana Pruitt"]


def test_a_verb_reporting_a_clause_does_not_attribute_the_words_before():
    text = LEAD + "“VETO!” Pruitt said the council had acted “in bad faith and in a hurry.”\n"
    assert speakers_of(text) == [None, "Dana Pruitt"]
