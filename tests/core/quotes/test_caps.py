"""Caps where a reader would stop: adversarial shapes get short, sensible answers.

The cost of these shapes is measured by bench/adversarial.py; here, what the answer says."""

from __future__ import annotations

from bot.core import api, constants
from bot.core.article import parse_article

NAMES = ["Alma", "Bruno", "Celia", "Dario", "Elena", "Fabio", "Greta", "Hugo", "Irene", "Jonas"]


def shared_surname_article() -> str:
    lines = [
        f"{name} Burns, a farmer, said “the harvest is late this year {n}.”" for n, name in enumerate(NAMES)
    ]
    return "\n".join(lines) + "\n"


def test_a_surname_many_people_share_offers_a_few_of_them():
    result = api.quote(parse_article(shared_surname_article()), "Burns")
    assert len(result.candidates) == constants.AMBIGUOUS_SPEAKERS_SHOWN


def test_the_offer_says_how_many_more_share_the_surname():
    result = api.quote(parse_article(shared_surname_article()), "Burns")
    hidden = len(NAMES) - constants.AMBIGUOUS_SPEAKERS_SHOWN
    assert f"one of {hidden} others" in result.message


def test_a_full_name_still_finds_one_of_many_sharing_a_surname():
    result = api.quote(parse_article(shared_surname_article()), "Jonas Burns")
    assert result.speaker is not None and result.speaker.name == "Jonas Burns"
