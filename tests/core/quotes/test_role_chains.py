"""A named person referred to by a chain of role nouns ("Jana Holt, a former model, ... the former
model said ... the 46-year-old added"): every link means that one person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_INTRO = "Jana Holt, a former model, opened a bakery in Dunmore last spring.\n\n"
_FIRST = "“I never thought I would bake for a living,” the former model said."
_SECOND = "“People come back every day,” the 46-year-old added."


def test_a_model_named_so_in_an_apposition_is_the_former_model():
    assert speakers_of(f"{_INTRO}{_FIRST}\n") == ["Jana Holt"]


def test_an_age_right_after_a_roles_quotation_is_that_speaker():
    assert speakers_of(f"{_INTRO}{_FIRST} {_SECOND}\n") == ["Jana Holt", "Jana Holt"]


def test_an_age_after_a_sentence_about_her_things_is_her():
    text = f"{_INTRO}{_FIRST}\n\nHer shop sells bread and cakes to the town. {_SECOND}\n"
    assert speakers_of(text) == ["Jana Holt", "Jana Holt"]


def test_an_age_after_a_sentence_about_a_relative_is_left_unclear():
    text = f"{_INTRO}{_FIRST}\n\nHer husband runs the till. {_SECOND}\n"
    assert speakers_of(text) == ["Jana Holt", None]


def test_an_age_after_a_roles_quotation_naming_another_is_left_unclear():
    text = f"{_INTRO}“I never thought Tom Reyes would sell,” the former model told Ann Bell. {_SECOND}\n"
    assert speakers_of(text) == ["Jana Holt", None]


def test_an_age_after_a_role_whose_her_no_one_before_fits_is_left_unclear():
    text = (
        "Paul Ryan opened the session.\n\n"
        "The former model then gave a heartfelt defense of her husband. "
        "“He is a good man,” said the 46-year-old.\n"
    )
    assert speakers_of(text) == [None]
