"""A definite description speaking a quotation is the person its neighbouring sentence has say
something: `Ray Dorn ... said the vote will test it. “…,” said the former top aide to President Ann
Vale.` is Dorn's, and `a lecture from the Norland president, who said ... “…” ... Lobo said` is
President Ana Lobo's; never the person the description itself names, nor a guess among several."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes

AIDE = (
    "Title: Report\n\n"
    "The party wrote a report on its defeat in 2013.\n\n"
    "One of the authors of that report, Ray Dorn, said Holt's nomination will test its conclusions. "
    "“Certainly Tom Holt has gone in the opposite direction,” said the former top aide to President Ann "
    "Vale. “If he loses, he’ll give even more credence to our report.”\n"
)

PRESIDENT = (
    "Title: Visit\n\n"
    "Tom Holt flew to Norland on Wednesday. He spent an hour with President Ana Lobo.\n\n"
    "In the capital, Holt endured a lecture from the Norland president, who said that the pact has been "
    "good for “Norland as well as Harbor” and that millions of jobs rely on it. Lobo said that migration "
    "had peaked.\n"
)

TWO_SPEAKERS = AIDE.replace("Ray Dorn, said", "Ray Dorn, and Lena Vogt said")

NOT_A_HOLDER = PRESIDENT.replace("President Ana Lobo", "Ana Lobo, a banker").replace(
    "the Norland president", "the mayor"
)

SPOKESMAN = (
    "Title: Plan\n\n"
    "Ray Dorn said the plan would fail. “It will not pass,” said the spokesman for Harbor Bank.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse_article(text))]


def test_a_description_after_a_named_persons_reported_words_is_that_person():
    assert _speakers(AIDE) == ["Ray Dorn", "Ray Dorn"]


def test_a_described_office_holder_named_right_after_is_that_person():
    assert _speakers(PRESIDENT) == ["Ana Lobo"]


def test_two_people_saying_something_before_leave_the_description_alone():
    assert "Ray Dorn" not in _speakers(TWO_SPEAKERS)
    assert "Lena Vogt" not in _speakers(TWO_SPEAKERS)


def test_someone_named_after_who_does_not_hold_the_role_is_not_meant():
    assert _speakers(NOT_A_HOLDER) != ["Ana Lobo"]


def test_one_who_speaks_for_others_is_not_the_person_named_before():
    assert _speakers(SPOKESMAN) != ["Ray Dorn"]


def test_a_bodys_capitalised_name_is_no_description_of_a_person():
    article = (
        "Title: Trams\n\n"
        "Council chief executive Brian Mott said the plan was on time. But the Regional Executive has "
        "insisted the plan was “a sound use of public money”.\n"
    )
    assert _speakers(article) != ["Brian Mott"]
