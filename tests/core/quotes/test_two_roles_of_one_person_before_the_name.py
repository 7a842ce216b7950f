"""Two roles of one person joined by "and" before the name after a quotation ("economist and pro-gun
advocate Carl Menhart, president of ..., said") name that person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Gun laws\n\nGun laws passed in the states this year are a mixed bag, experts say.\n\n"


def test_a_singular_role_and_another_before_the_name_are_one_persons():
    text = (
        TITLE
        + "“It's mixed in many ways,” economist and pro-gun advocate Carl Menhart, president of the "
        + "Safety Research Forum, said of the new laws.\n"
    )
    assert speakers_of(text) == ["Carl Menhart"]


def test_a_professor_and_former_mayor_before_the_name_is_one_person():
    text = (
        TITLE
        + "“It is mixed in many ways,” law professor and former mayor Ada Holt, who chairs it, "
        + "said of the laws.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
