"""A name modifying a person noun before a full name ("long-time Greer backer Ellen Marsh") is whom
the person backs; the full name after it speaks (issue 11)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_LEAD = "Mayor Lisa Greer sold the paper mill to a developer in March.\n\n"


@pytest.mark.parametrize("noun", ["backer", "loyalist"])
def test_the_full_name_after_a_named_backer_speaks(noun):
    text = _LEAD + (
        "“Mayor Greer must explain the sale to the workers,” tweeted former state senator and "
        f"long-time Greer {noun} Newt Marsh.\n"
    )
    assert speakers_of(text) == ["Newt Marsh"]
