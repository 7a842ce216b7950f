"""A verb of saying inside a condition a teller states ("A senior city official said if, after the
review, a department finds that “…”") is what might be, not what was said: the teller right before
"if" or "unless" says the words."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

QUOTE = "“a specific post should not be open, they can go back to the mayor and ask.”"


@pytest.mark.parametrize("lead", ["said if, after the review,", "said that if", "said unless"])
def test_the_teller_of_the_condition_speaks(lead):
    text = f"A senior city official {lead} a department finds that {QUOTE}\n"
    assert speakers_of(text) == ["a senior city official"]


def test_a_finding_outside_a_condition_is_the_finders():
    text = f"A senior city official said a department found that {QUOTE}\n"
    assert speakers_of(text) != ["a senior city official"]
