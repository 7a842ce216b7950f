"""A name's suffix set off by commas ("the daughter of Martin Luther King, Jr., said") belongs to
the name before it: no person called "Jr." speaks; the sentence's subject does."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("suffix", ["Jr.", "III"])
def test_a_suffix_after_a_comma_is_no_speaker(suffix):
    text = (
        f"Alma Ruiz, the daughter of Martin Luther Vane, {suffix}, said on Twitter that the plan would "
        "“punish the poor.”\n\n“Nobody asked the nurses,” she wrote.\n"
    )
    assert speakers_of(text) == ["Alma Ruiz", "Alma Ruiz"]
