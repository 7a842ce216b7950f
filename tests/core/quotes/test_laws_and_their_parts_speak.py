"""A law or a part of one states what it says ("the ordinance says the city “may not approve” ...",
"the provision says"), as a bill or a regulation does."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Tower fight\n\nThe council met on Monday.\n\n"


@pytest.mark.parametrize("writing", ["ordinance", "statute", "provision"])
def test_a_law_says_its_words(writing):
    text = LEAD + f"Specifically, the {writing} says the city “may not approve” any taller building.\n"
    assert speakers_of(text) == [f"the {writing}"]
