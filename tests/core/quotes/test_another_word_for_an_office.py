"""Another word for one office refers back to whoever holds it by its title ("the pontiff said" is
whoever "Pope Anselm" named), past an apposition set off by commas."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

QUOTE = "“Every parish, every chapel must open its doors.”"


@pytest.mark.parametrize("said", ["the pontiff said:", "the pontiff, himself a former parish priest, said:"])
def test_the_pontiff_is_the_pope_named_before(said):
    text = f"Pope Anselm visited the shrine on Sunday.\n\nLater, {said} {QUOTE}\n"
    assert speakers_of(text) == ["Anselm"]
