""" "The band Harrow Lane said ... ¶ “…,” the band said": "the band" is the band by its whole name,
never the first word of it ("Harrow", "Eagles" of "Eagles of Death Metal")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("band", ["Harrow Lane", "Eagles of Death Metal"])
def test_the_band_is_named_in_full(band):
    text = (
        f"The band {band} said on Tuesday that all its members were safe after the fire.\n\n"
        "“We are shaken and still trying to understand what happened,” the band said.\n"
    )
    assert speakers_of(text) == [band]
