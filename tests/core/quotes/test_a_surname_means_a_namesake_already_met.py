"""A bare surname two people share means the one the reader has met: "Dora Vance's campaign … “…,”
Vance told the crowd" is Dora, though her son Colin Vance is named paragraphs later."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Dora Vance's campaign was desperate to change the subject after the debate.\n\n"
    "The campaign said it had raised record sums in a single day.\n\n"
)
LATER_NAMESAKE = "Her son, Colin Vance, also spoke at the rally.\n"


def test_a_surname_before_the_namesake_is_introduced_is_the_one_met():
    text = OPENING + "“We had the biggest day we ever had,” Vance told the crowd.\n\n" + LATER_NAMESAKE
    assert speakers_of(text) == ["Dora Vance"]


def test_a_surname_after_both_are_met_stays_unclear_without_more():
    quotation = "“We had the biggest day we ever had,” Vance said.\n"
    text = OPENING + LATER_NAMESAKE + "\nThe rally ended late.\n\n" + quotation
    assert speakers_of(text) == [None]


def test_a_surname_before_both_namesakes_means_the_one_who_is_no_ones_spouse():
    text = (
        "Holt and Reyes praised the harbour plan on Monday. “We have to open the ferry again,” Holt said.\n\n"
        "Critics said no one should listen to Dale Holt on ferries.\n\n"
        "The event ended with a lunch with Holt, first lady Mara Holt and local teachers.\n"
    )
    assert speakers_of(text) == ["Dale Holt"]


def test_a_surname_before_both_namesakes_is_unclear_when_neither_is_a_relative():
    text = (
        "Holt and Reyes praised the harbour plan on Monday. “We have to open the ferry again,” Holt said.\n\n"
        "Critics said no one should listen to Dale Holt on ferries.\n\n"
        "The event ended with a lunch with Holt, councillor Mara Holt and local teachers.\n"
    )
    assert speakers_of(text) == [None]
