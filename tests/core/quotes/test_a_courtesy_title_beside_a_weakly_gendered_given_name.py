""" "Mr. Ober" beside "Fran Ober", or "Mr. Kessler" beside "Afton Kessler": a given name that tells
no gender surely (short for both, or rare in the census) does not make a second person of the
title's other gender; a common woman's name still does ("Mr. Varga" beside "Ellen Varga")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Undecided\n\nVoters in the district remain split a week before the election.\n\n"


def _article(given: str) -> str:
    return LEAD + (
        f"“This is the emotional vote,” said {given} Ober, managing editor of Ridgeway Research.\n\n"
        "Mr. Ober agreed that turnout would be low.\n\n"
        "“You are talking about people who may never reach the polls,” he said.\n"
    )


def test_mr_beside_a_short_name_for_both_is_the_same_man():
    assert speakers_of(_article("Fran")) == ["Fran Ober", "Fran Ober"]


def test_mr_beside_a_rare_womans_name_is_the_same_man():
    assert speakers_of(_article("Afton")) == ["Afton Ober", "Afton Ober"]


def test_mr_beside_a_common_womans_name_is_another_person():
    assert speakers_of(_article("Ellen")) == ["Ellen Ober", "Mr. Ober"]
