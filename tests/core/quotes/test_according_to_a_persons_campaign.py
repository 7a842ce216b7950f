""" "“…,” according to a statement by Mr. Devore’s campaign.": the campaign speaks, as "Devore's
campaign said" does, and the quotation is never left without a speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "source",
    ["a statement by Mr. Devore’s campaign", "Mr. Devore’s campaign", "a statement from Devore’s team"],
)
def test_according_to_a_persons_campaign_is_the_campaign(source):
    text = (
        "Her rival, Senator Paul Devore, raised less.\n\n"
        f"“Thanks to careful spending, we ended the quarter with more cash,” according to {source}.\n"
    )
    assert speakers_of(text)[0] in ("Devore’s campaign", "Devore’s team")
