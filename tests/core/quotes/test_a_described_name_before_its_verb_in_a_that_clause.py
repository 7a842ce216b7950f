""" "It’s a decision that Gerald Ruddock, a transport researcher at Westfield University, says only
hurts commuters. ¶ “…,” he says": a name set off by a short apposition before its verb is that
verb's subject, whom the next he means."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("apposition", ["a researcher", "a transport researcher at Westfield University"])
def test_a_he_after_a_described_subject_in_a_that_clause(apposition):
    text = (
        "“The terminal has cost us too much,” council leader Peter Hanlon said after the vote.\n\n"
        f"It’s a decision that Gerald Ruddock, {apposition}, says only hurts commuters.\n\n"
        "“If we close the terminal, we cut off half the town,” he says.\n"
    )
    assert speakers_of(text) == ["Peter Hanlon", "Gerald Ruddock"]
