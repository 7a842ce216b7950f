"""The one a paper or release "quoted as saying" speaks, also with an adverb before "saying" ("as
once saying") and a few lower-case words describing him before his name ("quoted rival Pieter Lund"),
his nation's adjective and his title among them ("quoted Dutch naval chief Rear Adm. Pieter Lund"),
and without "as" when "saying" follows his name; the adjective "official" before the agency that
quotes him makes no unnamed official."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Minister quits\n\n"


def test_the_one_quoted_as_once_saying_speaks():
    text = TITLE + "A release from her office quoted Pieter Lund as once saying “I owe her my seat.”\n"
    assert speakers_of(text) == ["Pieter Lund"]


def test_the_one_quoted_after_words_describing_him_speaks():
    text = TITLE + "A release from her office quoted rival Pieter Lund as saying “I owe her my seat.”\n"
    assert speakers_of(text) == ["Pieter Lund"]


def test_a_possessor_after_the_describing_words_is_no_one_quoted():
    text = TITLE + "The paper quoted rival Pieter Lund's aide as saying “I owe her my seat.”\n"
    assert "Pieter Lund" not in speakers_of(text)


def test_the_one_quoted_after_his_nations_adjective_and_title_speaks():
    text = (
        TITLE
        + "The news agency quoted Dutch naval chief Rear Adm. Pieter Lund as saying “I owe her my seat.”\n"
    )
    assert speakers_of(text) == ["Pieter Lund"]


def test_the_one_quoted_saying_without_as_speaks():
    text = (
        TITLE + "The official news agency then quoted naval chief Pieter Lund saying, “I owe her my seat.”\n"
    )
    assert speakers_of(text) == ["Pieter Lund"]
