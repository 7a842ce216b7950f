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


def test_a_surname_many_people_share_names_a_few_of_them():
    result = api.quote(parse_article(shared_surname_article()), "Burns")
    named = sum(f"{name} Burns" in result.message for name in NAMES)
    assert len(result.candidates) <= constants.AMBIGUOUS_SPEAKERS_SHOWN
    assert named == constants.AMBIGUOUS_SPEAKERS_SHOWN


def test_the_message_says_how_many_more_share_the_surname():
    result = api.quote(parse_article(shared_surname_article()), "Burns")
    others = len(NAMES) - (1 if result.speaker else 0)  # one quoted namesake is answered, not listed
    assert f"one of {others - constants.AMBIGUOUS_SPEAKERS_SHOWN} others" in result.message


def test_a_full_name_still_finds_one_of_many_sharing_a_surname():
    result = api.quote(parse_article(shared_surname_article()), "Jonas Burns")
    assert result.speaker is not None and result.speaker.name == "Jonas Burns"
