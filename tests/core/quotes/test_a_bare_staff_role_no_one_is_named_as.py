""" "The aide", "the strategist" or "the operative" no one in the article is named as, bare, is an
unnamed source as "the spokesman" is, never the politician named last; described ("the veteran GOP
operative"), it is an epithet of someone named."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("role", ["aide", "strategist", "operative", "adviser"])
def test_a_bare_staff_role_is_not_the_politician_named_last(role):
    text = (
        "Senator Rita Vance faced her rivals on Monday.\n\n"
        "Added one top adviser to another rival, who asked not to be named:\n\n"
        f"“She is a planner and does not react well when things shift,” the {role} said.\n"
    )
    assert "Rita Vance" not in speakers_of(text)


def test_a_described_operative_is_the_person_named_before():
    text = (
        "Dale Bossie said he was confident the hearings would hurt the governor.\n\n"
        "“That is called winning,” the veteran party operative said.\n"
    )
    assert speakers_of(text) == ["Dale Bossie"]


def test_a_staff_role_someone_is_named_as_is_that_person():
    text = (
        "Mina Tull, a Democratic strategist, watched the vote.\n\n"
        "“It was going to fail badly,” the strategist said.\n"
    )
    assert speakers_of(text) == ["Mina Tull"]


@pytest.mark.parametrize("role", ["deputy", "officer", "detective"])
def test_a_bare_officer_is_not_the_person_stopped(role):
    text = (
        "Luis Ferrante was stopped on Elm Street on Tuesday night. It was raining hard.\n\n"
        f"“I told him not to reach for it,” the {role} said.\n"
    )
    assert "Luis Ferrante" not in speakers_of(text)
