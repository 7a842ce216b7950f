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
        "The visit was led by Hugh Dakers, director general of the UK's Confederation of Welsh "
        "Industry (CWI), and included several family firms.\n"
    )
    assert offered == ["Hugh Dakers"]


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


def test_places_and_leagues_named_without_a_role_are_not_offered():
    offered = _offered(
        "Tom Reyes flew from Santa Monica to a ceremony in Beverly Hills, then to a hotel on George "
        'Street before a season in La Liga. "It was a long day," he said.\n'
    )
    assert offered == ["Tom Reyes"]


def test_an_adverb_opening_a_sentence_or_a_name_made_an_adjective_is_not_offered():
    offered = _offered(
        'Ada Holt said: "We will sell the ferry."\n\n'
        "Separately, the harbour board met in the evening. It planned a Ben Dorn-style campaign.\n"
    )
    assert offered == ["Ada Holt"]


def test_a_name_with_a_slashed_o_is_offered_for_the_plain_letter_typed():
    article = parse_article(
        'Title: Terrace row\n\nSøren Ødegaard, a city planner, said: "Any terrace needs a licence."\n'
    )
    assert api.complete_speaker(article, "ode") == ["Søren Ødegaard"]


def test_an_abbreviated_title_before_a_name_is_not_offered_as_a_person():
    offered = _offered(
        "Rivals such as former Ohio governor Zeb Lind and New Jersey Gov. Ben Holt have support.\n"
    )
    assert "Gov" not in offered and "Ben Holt" in offered


def test_an_adverb_opening_a_sentence_before_a_name_is_not_offered_as_a_person():
    offered = _offered(
        "Ada Lind, a spokeswoman for net provider Quaynet, said attacks were rare.\n\n"
        "Often Quaynet and other net suppliers get notice of an attack.\n"
    )
    assert "Often Quaynet" not in offered and "Ada Lind" in offered
