"""A family name written first and a hyphened romanised given name ("Park Geun-hye", "Moon
Jae-in") name a person by their shape, even where the family name is also a place's word ("Park")
and nothing else in the article vouches for the name."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_ARTICLE = (
    "An envoy was attacked in Seoul on Thursday.\n\n"
    "South Korean minister, Park Min-seo condemned the attack: “Violence like this has no place "
    "here.” She promised a “full inquiry and tighter guards” for visiting diplomats.\n"
)


def test_a_family_name_that_is_also_a_places_word_before_a_hyphened_given_name_is_a_person():
    assert kinds_of(_ARTICLE) == {"Park Min-seo": "person"}


def test_she_after_the_hyphened_name_means_that_person():
    assert speakers_of(_ARTICLE) == ["Park Min-seo", "Park Min-seo"]


def test_a_family_name_before_a_street_word_is_no_person():
    text = "Shops on Park Lane closed early. “We have never seen crowds like it,” a shopkeeper said.\n"
    assert "Park Lane" not in kinds_of(text)


def test_a_hyphened_given_name_ending_in_ing_keeps_its_place_in_the_name():
    text = (
        "“Ten thousand families will get nothing,” said Chye-Ling Wu, a policy director at the "
        "Harbor Budget Center.\n"
    )
    assert speakers_of(text) == ["Chye-Ling Wu"]


def test_a_hyphened_participle_before_a_name_is_still_an_epithet():
    text = (
        "Mayor Tom Reyes defended the plan on Monday.\n\n"
        "“We will not cut the ferry,” Fear-mongering Reyes told the crowd.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_hyphened_given_name_written_first_in_lower_case_stays_in_the_name():
    text = (
        "Students have camped in the main square of Port Alder for four days.\n\n"
        "“The city won't want visitors to see this,” Mei-lin Tosh, 18, a student at the Port Alder "
        "Technical College, told the Harbor Courier.\n"
    )
    assert speakers_of(text) == ["Mei-lin Tosh"]
