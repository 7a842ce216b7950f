"""Irish surnames open with a capitalised particle ("Mac", "Ní", "Ó"): after a given name the particle
begins the surname, so a four-word name keeps its given name even though "Mac" is a given name too."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_given_name_before_a_mac_surname_of_three_words_stays_in_the_name():
    text = (
        "The harbour on Inis Beag reopened on Tuesday.\n\n"
        "“This is a proud day for the island,” Sorcha Mac Giolla Bhríde said.\n"
    )
    assert speakers_of(text) == ["Sorcha Mac Giolla Bhríde"]


def test_a_mac_right_after_a_title_is_the_given_name():
    text = (
        "The vote was delayed until Thursday.\n\n"
        "“We will find the numbers,” said Senate Minority Whip Mac Thornby.\n"
    )
    assert speakers_of(text) == ["Mac Thornby"]


def test_an_irish_surname_with_its_article_is_one_name():
    text = (
        "The new library in Carrowmore was opened on Monday by its chairman, Kevin Mac an tSionnaigh.\n\n"
        "“Books belong to everyone,” Mac an tSionnaigh said.\n"
    )
    assert speakers_of(text) == ["Kevin Mac an tSionnaigh"]


def test_an_irish_surname_written_alone_is_the_whole_surname():
    text = "“Books belong to everyone,” said Nic an tSionnaigh, the library's chairwoman.\n"
    assert speakers_of(text) == ["Nic an tSionnaigh"]


def test_an_accented_given_name_stays_when_the_surname_is_used_alone():
    text = (
        "Seán Mac an tSaoi said the festival would go ahead. "
        "“We have waited long enough,” Mac an tSaoi said.\n"
    )
    assert speakers_of(text) == ["Seán Mac an tSaoi"]


def test_a_given_name_before_ni_makes_a_person_before_any_verb_of_saying():
    text = "Máire Ní Bhriain agreed with the council.\n\n“It is time,” Ní Bhriain said.\n"
    assert speakers_of(text) == ["Máire Ní Bhriain"]
