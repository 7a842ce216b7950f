"""The fitted fallback for quotations the rules leave unattributed (issue 11, session 7): the likeliest
person named near one speaks it only when the model is sure enough. Each test on a small article.
"""

from __future__ import annotations

from bot.core import constants
from bot.core.quotes import fallback
from tests.core.quotes.speakers import speakers_of


def test_the_one_person_named_next_to_an_unattributed_quotation_speaks_it():
    text = (
        "The ferry to Port Ellis sank on Monday.\n\n"
        "At the rally on the pier, her supporters booed a heckler, with Dana Pruitt reportedly yelling: "
        "“Get him out of here!”\n\n"
        "“We will not be silenced by anyone in this town,” Pruitt said later.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Dana Pruitt"]


def test_two_people_named_together_leave_the_quotation_unattributed():
    text = (
        "Dana Pruitt spoke at the pier in Port Ellis on Saturday, and Tom Reed spoke after her.\n\n"
        "At the rally, some supporters booed a heckler, with Pruitt and Reed reportedly yelling: "
        "“Get him out of here!”\n\n"
        "“We will not be silenced by anyone in this town,” Pruitt said later.\n"
    )
    assert speakers_of(text) == [None, "Dana Pruitt"]


def test_a_person_named_paragraphs_before_a_banner_does_not_speak_it():
    text = (
        "Dana Pruitt opened the new ferry terminal in Port Ellis on Saturday.\n\n"
        "The terminal cost more than the town had planned, and the council argued for months.\n\n"
        "Outside, a banner read “Ferries for all, fares for none.”\n"
    )
    assert speakers_of(text) == ["a banner"]  # the banner's own words, as a sign's: never Pruitt's


def test_the_weights_name_every_feature():
    assert len(constants.QUOTE_FALLBACK_WEIGHTS) == len(fallback.FEATURES)
