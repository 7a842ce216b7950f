"""A lone name set off right after a noun for a place ("the country's third-largest city,
Rostenburg,") is that place's, no person who could speak; the person the apposition describes does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Election orders\n\n"


def test_the_city_named_in_an_apposition_does_not_speak():
    text = LEAD + (
        "Pavel Orlov, the mayor of the country's third-largest city, Rostenburg, told reporters that "
        "teachers had received orders “from the regional office” to bring out voters.\n"
    )
    assert speakers_of(text) == ["Pavel Orlov"]


def test_a_name_after_city_after_city_is_still_a_person():
    text = LEAD + (
        "Labor Secretary Ines Marcato flew west on Monday.\n\n"
        "In city after city, Marcato lobbies for a higher wage: “No one who works full time should "
        "live in poverty.”\n"
    )
    assert speakers_of(text) == ["Ines Marcato"]


def test_a_name_after_a_place_noun_and_a_comma_that_says_something_is_a_person():
    text = (
        "Troops\n\nSen. Dario Veltman is open to sending ground troops to Castavia.\n\n"
        "Asked about sending ground troops into the region, Veltman said, “I'm open to doing whatever "
        "it takes to defeat them.”\n"
    )
    assert speakers_of(text) == ["Dario Veltman"]
