"""Whoever speaks for someone is labelled with whom they speak for, past a title abbreviation and
after an aide's "to"; the one spoken for takes no role or gender of the spokesman's."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of

_OPENING = "Gov. Ada Holt opened the harbour on Monday.\n\n"


def test_an_aide_to_a_titled_person_is_labelled_with_the_person():
    text = _OPENING + "“The boats are back in the harbour,” said an aide to Gov. Ada Holt."
    assert speakers_of(text) == ["an aide to Gov. Ada Holt"]


def test_an_aide_to_a_person_is_labelled_with_the_person():
    text = _OPENING + "“The boats are back in the harbour,” said an aide to Ada Holt."
    assert speakers_of(text) == ["an aide to Ada Holt"]


def test_a_spokesman_for_a_titled_person_is_labelled_with_the_person():
    text = _OPENING + "“The boats are back in the harbour,” said a spokesman for Sen. Tom Reyes."
    assert speakers_of(text) == ["a spokesman for Sen. Tom Reyes"]


def test_the_person_spoken_for_takes_no_role_of_the_spokesman():
    text = (
        "Naureen Holt opened the harbour on Monday.\n\n"
        "“The boats are back in the harbour,” said a spokesman for Governor Naureen Holt."
    )
    people = {p.name: p for p in build_registry(parse_article("Title: T\n\n" + text)).persons}
    assert people["Naureen Holt"].roles == ["Governor"]
    assert people["Naureen Holt"].gender is None  # no spokesman's "m"


def test_an_organisation_speaks_past_its_short_name_in_parentheses():
    text = (
        "The wait for care has grown, the report found.\n\n"
        "The Department of Veterans Affairs (VA) said it was “working hard to cut the wait.”"
    )
    assert speakers_of(text) == ["the Department of Veterans Affairs"]


def test_a_spokesman_named_in_apposition_keeps_the_role():
    text = "A spokesman for Ada Holt, Tom Reyes, said on Monday the harbour was “open again.”"
    people = {p.name: p for p in build_registry(parse_article("Title: T\n\n" + text)).persons}
    assert people["Tom Reyes"].roles == ["spokesman for Ada Holt"]
