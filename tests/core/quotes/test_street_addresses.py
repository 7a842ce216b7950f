"""A street named where someone lives ("who lives on Willow Lane", "has lived on Penny Lane")
is an address, not a person, though "Lane" or "Hill" closes surnames too."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from tests.conftest import own_article


def test_a_street_someone_lives_on_is_not_offered_as_a_speaker():
    article = own_article("quotes_street_residents.txt")
    assert api.complete_speaker(article, "") == ["Nora Quill", "Sam Ode", "Tessa Grant"]


def test_a_street_someone_has_lived_on_is_no_person():
    article = parse_article(
        "Title: Parking\n\nOla Brenn, who has lived on Penny Lane for forty years, said the car park"
        ' was too small.\n\n"We were never asked," said Ola Brenn.\n'
    )
    assert api.complete_speaker(article, "") == ["Ola Brenn"]


def test_a_person_with_a_street_word_surname_is_still_a_person():
    article = parse_article(
        'Title: Budget\n\n"The budget is fair," said Martha Lane, the council leader.\n\n'
        "Critics of Martha Lane say the cuts go too far.\n"
    )
    assert api.complete_speaker(article, "") == ["Martha Lane"]


def test_a_street_whose_residents_speak_is_no_person():
    article = parse_article(
        "Title: Parking\n\nResidents of Penny Lane said the car park was too small.\n\n"
        '"We were never asked," said Ola Brenn.\n'
    )
    assert api.complete_speaker(article, "") == ["Ola Brenn"]


def test_an_address_set_apart_after_a_name_is_no_person():
    article = parse_article(
        'Title: Parking\n\nOla Brenn, 64, of Willow Lane, said: "We were never asked."\n\n'
        "A mother of three from Ash Hill Close said the car park was too small.\n"
    )
    assert api.complete_speaker(article, "") == ["Ola Brenn"]


def test_a_person_whose_surname_is_a_street_word_is_no_address_after_the_home_of():
    article = parse_article(
        'Raid\n\nPolice raided the home of Philip Green on Monday. "I have done nothing wrong," '
        'Philip Green said. "Nothing at all," Green added.\n'
    )
    assert [s.name for s in api.speakers(article).speakers] == ["Philip Green"]


def test_a_person_set_apart_after_another_by_of_is_no_address():
    article = parse_article(
        'Crash\n\nThe son, 19, of Damon Hill was unhurt. "It was a shock," Damon Hill said.\n'
    )
    assert [s.name for s in api.speakers(article).speakers] == ["Damon Hill"]
