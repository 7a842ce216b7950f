"""A name in quote marks that ends its sentence, the full stop slipped inside the marks, is no
quotation: the name someone goes by after "called him" ("Friends called him “Toby.”"), or a made-up
name that no word list holds, standing where a noun does ("to kill off “Medishare.”"). A word said on
its own after a verb of saying stays speech, and so does an epithet a person gives in a sentence
that tells it ("calls him a “Stalinist.”"; the lower-case “fascist” before it is a scare quote)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Mourners gathered on Monday for Tobias Wren, a music teacher killed in a crash.\n\n"


def test_the_name_someone_is_called_is_no_quotation():
    text = LEAD + "He coached the school choir. Friends and neighbours called him “Toby.” He was 31.\n"
    assert speakers_of(text) == []


def test_a_made_up_name_where_a_noun_stands_is_no_quotation():
    text = "Governor Hollis Brandt is counting on the legislature to kill off “Medishare.” It has survived.\n"
    assert speakers_of(text) == []


def test_a_made_up_name_after_a_verb_of_saying_stays_speech():
    text = "Asked what he would call the plan, Governor Hollis Brandt said “Medishare.” He did not explain.\n"
    assert speakers_of(text) == ["Hollis Brandt"]


def test_an_epithet_in_a_sentence_that_tells_it_stays_speech():
    text = "On his show, Ray Dorn calls a screaming Tobias Wren a “fascist” and a “Stalinist.”\n"
    assert speakers_of(text) == ["Ray Dorn"]
