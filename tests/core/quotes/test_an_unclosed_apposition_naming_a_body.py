"""A name whose apposition runs into its verb of saying with no closing comma ("Qadirullah Zhan, the
chief spokesman for the Front in Velmar told reporters") is a person's, the role read up to the
verb, whether the body is capitalised words joined by "in" or "of" or a body's plain noun ("the
group"); a capitalised word that is also a verb ("the United States") ends no role."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Bombing\n\nA bomb exploded near the main market on Monday, killing four people.\n\n"


@pytest.mark.parametrize("body", ["the Front in Velmar", "the group"])
def test_the_name_before_an_unclosed_apposition_speaks(body):
    text = LEAD + (
        f"“We are not involved in this attack,” Qadirullah Zhan, the chief spokesman for {body} told "
        "reporters.\n"
    )
    assert speakers_of(text) == ["Qadirullah Zhan"]


def test_a_role_of_the_united_states_is_read_whole():
    text = LEAD + (
        "“We are not involved in this attack,” Qadirullah Zhan, the envoy of the United States, told "
        "reporters.\n"
    )
    assert speakers_of(text) == ["Qadirullah Zhan"]
