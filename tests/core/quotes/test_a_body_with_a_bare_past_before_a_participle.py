"""A body opening a clause whose verb is a bare past form ("the Ostravan army cut a third telephone
line, saying its units are “…”") goes on to speak in the participle, as it does after "declined"."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("verb", ["cut", "shut", "sent"])
def test_a_body_with_a_bare_past_speaks_in_the_participle(verb):
    text = (
        f"On Wednesday, the Ostravan army {verb} a third telephone line to the south, saying its rocket "
        "units are “set to strike the bases of the enemy forces.”\n"
    )
    assert speakers_of(text) == ["the Ostravan army"]
