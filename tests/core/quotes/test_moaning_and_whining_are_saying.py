""" "Moaned" and "whined" after a quotation are verbs of saying: the one named after them speaks, also
after a dash that hangs the quotation on a sentence about someone else."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

TITLE = "Orchestra cuts\n\nThe city council sent nine inspectors to count the chairs "


@pytest.mark.parametrize("verb", ["moaned", "whined", "moans"])
def test_the_critic_named_after_the_verb_speaks(verb):
    text = TITLE + f"– “a small army of officials with better things to do,” {verb} music critic Paul Hart.\n"
    assert speakers_of(text) == ["Paul Hart"]
