""" "The governor opened his speeches with a pitch for early voting, imploring voters, “…”": imploring,
pleading and begging go on with the clause's subject as "urging" does."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("participle", ["imploring", "pleading with", "begging"])
def test_the_participle_goes_on_with_the_governor(participle):
    text = (
        "Governor Alan Pryce began his closing argument to voters.\n\n"
        f"The governor opened his speeches with a pitch for early voting, {participle} voters, “I need "
        "you to start voting six days from now.”\n"
    )
    assert speakers_of(text) == ["Alan Pryce"]
