"""A state that is also a given name, before an abbreviated title ("said Virginia Rep. Carl
Denby"), is a place: the person is the name after the title, never "Virginia Rep" (issue 11)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Gov."])
def test_the_name_after_a_given_name_state_and_a_title_speaks(title):
    text = (
        "The panel met behind closed doors on Tuesday.\n\n"
        f"“I have had people I know give him high marks,” said Virginia {title} Carl Denby, the top "
        "Democrat on the panel.\n"
    )
    assert speakers_of(text) == ["Carl Denby"]


def test_a_given_name_and_surname_before_a_full_stop_still_name_a_person():
    text = (
        "The panel met behind closed doors on Tuesday.\n\n"
        "“We will look again,” said Virginia Holt. Carl Denby did not reply.\n"
    )
    assert speakers_of(text) == ["Virginia Holt"]
