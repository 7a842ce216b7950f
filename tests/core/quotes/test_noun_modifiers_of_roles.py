"""A lower-case noun before a role before a name says what kind of role it is ("survey leader Ann
Moss", "count organiser Ravi Molina"), after a verb of saying or a preposition as after a sentence's
start: the role shown is "survey leader", never "leader" alone (issue 11, speaker quality).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

_OPENING = "Volunteers counted fewer birds on the estuary this spring.\n\n"


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + _OPENING + text)).speakers
    return {s.name: s.roles for s in listed}


def test_a_noun_before_a_role_after_an_inverted_verb_of_saying_stays_in_the_role():
    assert _roles("“We were never told,” said survey leader Ann Moss.\n") == {"Ann Moss": ("survey leader",)}


def test_a_noun_before_a_role_after_a_preposition_stays_in_the_role():
    text = "According to count organiser Ravi Molina, the birds “simply did not come back.”\n"
    assert _roles(text) == {"Ravi Molina": ("count organiser",)}


def test_a_verb_before_a_role_is_no_part_of_it():
    text = "The survey hired leader Ann Moss in May. “We were never told,” she said.\n"
    assert _roles(text) == {"Ann Moss": ("leader",)}


def test_a_verb_after_to_before_a_role_is_no_part_of_it():
    text = "A teacher stepped in to rescue pupil Alya Reyes, 13. “She is doing well,” said Alya Reyes.\n"
    assert _roles(text)["Alya Reyes"] != ("rescue pupil",)
