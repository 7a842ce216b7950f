"""Quotations lost or left without a speaker because of how news copy writes them (session 15).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_dash_led_line_naming_a_person_before_a_quotation_is_that_persons_words():
    text = (
        "Harbor Rovers lost 2-1 at home to Millbrook Town on Saturday.\n\n"
        "Rovers led at the break but conceded twice after the hour.\n\n"
        '- Rovers boss Tom Reyes "I am bitterly disappointed with the second half. '
        '"We allowed them to heap pressure on us, and in the end we cracked."\n'
        ' - Millbrook manager Gwen Holt "We deserved the win and the lads know it."\n'
    )
    assert speakers_of(text) == ["Tom Reyes", "Tom Reyes", "Gwen Holt"]


def test_a_person_opening_a_paragraph_before_a_partial_quotation_told_by_another_is_not_its_speaker():
    text = (
        "Mayor Gwen Holt signed the harbor plan on Monday.\n\n"
        'Holt "felt a moral obligation to do something about" the harbor, Tom Reyes said.\n'
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_note_opening_with_a_name_and_a_partial_quotation_is_no_label():
    text = (
        "Mayor Gwen Holt released her emails on Monday. Here are the most notable.\n\n"
        'Praising Holt "turning the council around," apparently on the harbor.\n'
    )
    assert speakers_of(text) == [None]
