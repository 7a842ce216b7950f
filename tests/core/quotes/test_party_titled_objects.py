"""A party label before a title ("GOP Sen. Kelly Ayotte") opens the name's phrase, as "state" or
"former" does: after a preposition the person is an object, no rival for a later he (session 24).
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_party_titled_object_in_a_report_does_not_hide_the_teller_from_he():
    text = (
        "Dan Morley, the chairman of the county party, said Reyes hurt his cause by taking on the state’s"
        " GOP Sen. Kelly Ayotte, who is in a tough race. “I don’t think it’s cut well for him,” he said.\n"
    )
    assert speakers_of(text) == ["Dan Morley"]


def test_a_party_titled_name_opening_the_sentence_is_still_its_subject():
    text = "GOP Sen. Kelly Ayotte met voters on Monday. “We will win this race,” Ayotte said.\n"
    assert speakers_of(text) == ["Kelly Ayotte"]
