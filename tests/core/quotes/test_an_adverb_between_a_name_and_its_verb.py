""" "Falk’s predecessor Ivan Marsh perhaps had a higher opinion of Brandt. ¶ “…,” he said": an adverb
between a name and its verb leaves the name the subject the next he means."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("adverb", ["perhaps", "probably", "clearly"])
def test_a_he_after_a_subject_an_adverb_parts_from_its_verb(adverb):
    text = (
        "Governor Hal Brandt rebuked Premier Oren Falk in 2003.\n\n"
        f"Falk’s predecessor Ivan Marsh {adverb} had a higher opinion of Brandt.\n\n"
        "“Every time he walked into a room we all stood a little taller,” he said.\n"
    )
    assert speakers_of(text) == ["Ivan Marsh"]
