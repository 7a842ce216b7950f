""" "Asked by Radio Dunmore's Tobias Wren whether he was “switching sides ...,” Graver laughed": the
quoted question is the asker's whom "by" names, never the one asked."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_DONOR = "The race has drawn a wealthy donor, the shipping heir Hollis Graver.\n\n"


@pytest.mark.parametrize("asker", ["Radio Dunmore’s Tobias Wren", "reporter Tobias Wren"])
def test_the_question_is_the_askers(asker):
    text = _DONOR + (
        f"Asked by {asker} whether he was “switching sides from Carla Benning to Peter Loach,” Graver "
        "laughed. “I like Peter Loach a great deal,” he said.\n"
    )
    assert speakers_of(text) == ["Tobias Wren", "Hollis Graver"]


def test_a_question_with_no_asker_named_is_no_ones():
    text = _DONOR + (
        "Asked whether he was “switching sides from Carla Benning to Peter Loach,” Graver laughed. "
        "“I like Peter Loach a great deal,” he said.\n"
    )
    assert speakers_of(text) == [None, "Hollis Graver"]
