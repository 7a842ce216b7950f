"""A bare surname beside a junior: the senior is only the junior's namesake ("Ray Tolliver" beside
"Ray Tolliver Jr."), never a brother; a junior the article keeps telling apart by the suffix
("Trump Jr." again and again) is no bare surname's either (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_brother_beside_a_junior_is_not_the_bare_surnames_senior():
    text = (
        "Dale Vell Jr. met a foreign lobbyist in June, and Vell Jr. later released the emails.\n\n"
        "Vell Jr. has no role in the state government. He and his brother Eric Vell run the family's "
        "hotels.\n\n"
        "On Tuesday evening, Vell urged his followers to watch his son on television, adding, “He is a "
        "great person who loves our state!”\n"
    )
    assert speakers_of(text) == [None]


def test_the_bare_surname_is_a_junior_named_with_the_suffix_only_once():
    text = (
        "From an early age, Ellis Marsalis III knew what grief sounded like.\n\n"
        "His grandfather, jazz teacher Ellis Marsalis Jr., and his uncle Branford Marsalis played "
        "at funerals.\n\n"
        "“Once a person is buried, you have the second line,” Marsalis said.\n"
    )
    assert speakers_of(text) == ["Ellis Marsalis III"]


def test_the_bare_surname_beside_a_namesake_junior_is_the_senior():
    text = (
        "Ray Tolliver and his son Ray Tolliver Jr. opened the bakery in 1990.\n\n"
        "“We bake every loaf by hand,” Tolliver said.\n"
    )
    assert speakers_of(text) == ["Ray Tolliver"]
