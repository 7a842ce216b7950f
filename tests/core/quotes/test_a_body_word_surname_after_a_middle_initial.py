"""A body's word that is also a common surname ends a person's name after a given name and a
middle initial too ("Mayor Michael R. Bloomberg", "Judge Daniel P. Jordan"), as it does right
after the given name ("Michael Bloomberg")."""

from __future__ import annotations

from .speakers import kinds_of, speakers_of

ARTICLE = "Mayor Michael R. Bloomberg said the decision was “an important step.”\n"


def test_the_name_with_a_middle_initial_is_a_person():
    assert kinds_of(ARTICLE) == {"Michael R. Bloomberg": "person"}


def test_a_judge_with_a_middle_initial_and_a_place_surname_speaks():
    article = "U.S. District Judge Daniel P. Jordan wrote that “precedent binds this court.”\n"
    assert speakers_of(article) == ["Daniel P. Jordan"]
