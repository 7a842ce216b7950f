"""A person named after the subject's verb and taken up by a participle as its object ("leveled an
allegation at Captain Olsen, faulting him for “…”") is whom the words are about: the subject
opening the sentence still speaks the partial quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ferry fight\n\nLawyer Anton Brisk spoke on Monday about Captain Ivo Olsen.\n\n"


def test_a_person_a_participle_takes_up_does_not_take_the_subjects_words():
    text = LEAD + (
        "Brisk also leveled another allegation at Captain Olsen, faulting him for “unauthorized "
        "disclosure of private harbor logs.”\n"
    )
    assert speakers_of(text) == ["Anton Brisk"]


def test_a_person_named_with_no_participle_after_still_makes_the_words_unclear():
    text = LEAD + (
        "Brisk also leveled another allegation at Captain Olsen over the “unauthorized disclosure "
        "of private harbor logs.”\n"
    )
    assert speakers_of(text) == [None]
