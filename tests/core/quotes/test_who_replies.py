"""Who replies is the one the sentence before says was asked ("Reyes was asked by Dorn whether ...",
"Dorn asked Reyes whether ..."), whoever else the question names; never the one who asked or
questioned."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_replied_after_an_active_question_is_the_one_asked():
    text = (
        "Councillor Ivo Brand asked Mayor Lucan Ferris whether he would scrap the parking levy brought in "
        "by his predecessor, Aldo Grint.\n\n"
        "He replied: “The levy stays until the bridge is paid for.”\n"
    )
    assert speakers_of(text) == ["Lucan Ferris"]


def test_he_replied_after_a_passive_question_is_the_one_asked():
    text = (
        "Mayor Lucan Ferris was asked by councillor Ivo Brand whether he would scrap the parking levy "
        "brought in by his predecessor, Aldo Grint.\n\n"
        "He replied: “The levy stays until the bridge is paid for.”\n"
    )
    assert speakers_of(text) == ["Lucan Ferris"]


def test_he_replied_after_someone_questioned_a_claim_is_not_the_questioner():
    text = (
        "Mayor Lucan Ferris said the city was “in good shape.” "
        "Councillor Ivo Brand questioned that figure.\n\n"
        "He replied: “The numbers are clear.”\n"
    )
    assert speakers_of(text) == ["Lucan Ferris", "Lucan Ferris"]
