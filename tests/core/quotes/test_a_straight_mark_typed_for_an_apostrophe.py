"""A straight double mark typed where an apostrophe belongs, glued inside a word ("O"Farrell",
"that"s"), opens and closes no quotation: the writer's sentences around it are no one's words. A
straight mark after a space still opens one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Nine candidates are now running for mayor of Pell County.\n\n"


def test_a_mark_inside_a_name_pairs_with_no_other():
    text = LEAD + (
        "Dermot O'Farrell: At the moment, O\"Farrell would be the kid in the back of the class. "
        'O"Farrell may be taking the slow approach, but he is moving slowly right now.\n'
    )
    assert speakers_of(text) == []


def test_a_mark_before_a_contractions_ending_pairs_with_no_other():
    text = LEAD + (
        'Maybe that"s a stretch. I did say it was a long race. Wanda Feeley, as she is called, '
        'never came back to the "forum" after that.\n'
    )
    assert speakers_of(text) == []


def test_a_straight_mark_after_a_space_still_opens_a_quotation():
    text = LEAD + 'At a forum, Wanda Feeley said: "I want every bus in this county to run on time."\n'
    assert speakers_of(text) == ["Wanda Feeley"]
