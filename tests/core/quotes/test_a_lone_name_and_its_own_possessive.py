"""A lone capitalised word followed by "and his" or "and her" ("Biden and his wife, Jill,", "Varga
and some of his top aides") is a person: a body's would be "its". A sentence-opening "Only" is no
part of the name after it."""

from __future__ import annotations

from .speakers import kinds_of, speakers_of

WIFE = (
    "Only Brack and his wife, Jill, were in the camera shot as he gave a sober speech.\n\n"
    "During a Thursday speech, Brack charged that “public fears are being made worse.”\n"
)
AIDES = (
    "Varga and some of his top aides have voiced a contrary view.\n\n"
    "“We’re opening up; the towns are opening up,” Varga affirmed again Tuesday.\n"
)


def test_a_name_and_his_wife_is_a_person():
    assert kinds_of(WIFE) == {"Brack": "person"}


def test_only_opening_the_sentence_is_no_given_name():
    assert speakers_of(WIFE) == ["Brack"]


def test_a_name_and_some_of_his_aides_is_a_person():
    assert kinds_of(AIDES) == {"Varga": "person"}


def test_a_body_and_its_staff_stays_a_body():
    article = (
        "Norvane and its top managers have voiced a contrary view.\n\n"
        "“We are opening up,” Norvane affirmed on Tuesday.\n"
    )
    assert kinds_of(article) == {"Norvane": "organisation"}
