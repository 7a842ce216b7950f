""" "“We still have trust in the ballot,” said one.": an inverted "said one" is the unnamed source a
plain "one said" is, never a quotation left without a speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_CROWD = (
    "Supporters of the ousted mayor have camped in Corval Square for a week.\n\n"
    "Outside in the square, the protest was subdued. Many said they feared a crackdown. "
)


@pytest.mark.parametrize("tail", ["said one.", "said one, a retired teacher."])
def test_said_one_is_an_unnamed_source(tail):
    text = _CROWD + f"“We still have trust in the ballot,” {tail}\n"
    assert speakers_of(text) == ["one"]
