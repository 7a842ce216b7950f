"""A party label closing a name inside an aside ("The Harbor Caucus, led by Rep. Dana Moller
(D-Maine), condemned the “…”") leaves the comma after it closing the aside: the body speaks, as
without the label; a comma typed between a label and the verb with no aside open is still stray."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Caucus condemns posts\n\nThe posts appeared on Sunday.\n\n"


def test_a_body_led_by_a_labelled_member_speaks():
    text = LEAD + (
        'The Congressional Harbor Caucus, led by Rep. Dana Moller (D-Maine), condemned the "careless and '
        'cruel remarks about fishermen" and called for an inquiry.\n'
    )
    assert speakers_of(text) == ["the Congressional Harbor Caucus"]


def test_a_stray_comma_after_a_label_still_leaves_the_person_speaking():
    text = LEAD + 'Sen. Jack Reeve (D-R.I.), said the posts were "careless and cruel."\n'
    assert speakers_of(text) == ["Jack Reeve"]
