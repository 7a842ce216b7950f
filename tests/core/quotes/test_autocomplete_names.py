"""Which names speaker autocomplete offers: people, not the pieces of a body's name a role holds.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article


def _offered(body: str) -> list[str]:
    return api.complete_speaker(parse_article("Title: Lobbying trip\n\n" + body), "")


def test_the_words_of_a_body_named_in_a_role_are_not_offered_as_people():
    offered = _offered(
        "The trip was led by Digby Jones, director general of the UK's Confederation of British "
        "Industry (CBI), and included several large firms.\n"
    )
    assert offered == ["Digby Jones"]


def test_a_studio_a_role_names_after_its_owner_is_not_offered():
    offered = _offered(
        'Simon Gardner, president of Climax\'s Action Studio, said: "We will make more games."\n'
    )
    assert offered == ["Simon Gardner"]


def test_a_person_named_inside_another_s_role_is_still_offered():
    offered = _offered(
        "The summit brought together US Secretary of State Condoleezza Rice, UN Secretary General "
        "Kofi Annan and others.\n"
    )
    assert "Condoleezza Rice" in offered and "Kofi Annan" in offered
