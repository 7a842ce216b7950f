"""A pronoun with its verb run on ("They've", "We're") opening a sentence is no name: no label
"They've" for the words after it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("contraction", ["They've", "They’ve", "We've"])
def test_a_pronoun_contraction_is_no_speaker(contraction):
    text = (
        "Council vote\n\nThe council will block the plan.\n\n"
        f"{contraction} vowed to wait for the “will of the neighborhood.”\n"
    )
    assert contraction not in speakers_of(text)
