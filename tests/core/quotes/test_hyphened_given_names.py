"""A family name written first and a hyphened romanised given name ("Park Geun-hye", "Moon
Jae-in") name a person by their shape, even where the family name is also a place's word ("Park")
and nothing else in the article vouches for the name."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_ARTICLE = (
    "An envoy was attacked in Seoul on Thursday.\n\n"
    "South Korean president, Park Geun-hye condemned the attack: “This incident can never be "
    "tolerated.” She pledged a “thorough investigation and strengthening” of protection.\n"
)


def test_a_family_name_that_is_also_a_places_word_before_a_hyphened_given_name_is_a_person():
    assert kinds_of(_ARTICLE) == {"Park Geun-hye": "person"}


def test_she_after_the_hyphened_name_means_that_person():
    assert speakers_of(_ARTICLE) == ["Park Geun-hye", "Park Geun-hye"]


def test_a_family_name_before_a_street_word_is_no_person():
    text = "Shops on Park Lane closed early. “We have never seen crowds like it,” a shopkeeper said.\n"
    assert "Park Lane" not in kinds_of(text)
