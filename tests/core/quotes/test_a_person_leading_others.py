"""People who speak together are given under the one named first: "Sen. Orrin Hatch and Sen. Lamar
Alexander wrote" (the second's abbreviated title between them), "Dana Pruitt and other residents said"
(a group joined to a person named before it)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The court will rule in June.\n\n"


def test_two_senators_with_abbreviated_titles_are_given_under_the_first():
    text = (
        LEAD
        + "“People do not deserve further disruption,” Sen. Orrin Hatch and Sen. Lamar Alexander wrote.\n"
    )
    assert speakers_of(text) == ["Orrin Hatch"]


def test_a_person_and_a_group_after_and_are_given_under_the_person():
    text = LEAD + "Dana Pruitt and other residents said the plan was “a disgrace to the town.”\n"
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_group_alone_stays_the_group():
    text = LEAD + "Other residents said the plan was “a disgrace to the town.”\n"
    assert speakers_of(text) == ["Other residents"]


def test_a_person_and_his_colleagues_after_a_quotation_are_given_under_the_person():
    text = (
        "Sen. Orrin Hatch spoke on Monday.\n\n"
        "“People do not deserve further disruption,” Hatch and his colleagues wrote.\n"
    )
    assert speakers_of(text) == ["Orrin Hatch"]


def test_a_senator_and_other_party_leaders_writing_over_the_weekend_are_given_under_the_senator():
    text = (
        "Sen. Orrin Hatch spoke on Monday.\n\n"
        "“People do not deserve further disruption,” Sen. Orrin Hatch and two other Republican leaders wrote "
        "over the weekend in an opinion column.\n"
    )
    assert speakers_of(text) == ["Orrin Hatch"]


def test_two_senators_after_a_plural_title_are_given_under_the_first():
    text = (
        LEAD + "“This is a good day for commuters,” said Sens. Mara Quill (R-Ohio) and Dev Patel (D-Mich.).\n"
    )
    assert speakers_of(text) == ["Mara Quill"]
