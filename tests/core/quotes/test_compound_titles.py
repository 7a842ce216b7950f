"""A title whose head follows the capitalised word it is of ("Harbour Master", "Station Master") is no
part of the name after it: "Harbour Master Kavya Okafor" is Kavya Okafor, the same person as "Okafor"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_master_title_after_a_capitalised_word_stays_out_of_the_name():
    text = (
        'At the meeting, Harbour Master Kavya Okafor said the old timetable was "not safe in winter".\n\n'
        '"We cannot run boats in that weather," Okafor said.'
    )
    assert speakers_of(text) == ["Kavya Okafor", "Kavya Okafor"]


def test_a_master_title_after_a_capitalised_word_is_the_persons_role():
    article = parse_article(
        'Title: T\n\nAt the meeting, Harbour Master Kavya Okafor said the timetable was "not safe".\n\n'
        '"We cannot run boats in that weather," Okafor said.'
    )
    person = quotes.find_person(article, "Okafor")
    assert person is not None and person.role == "Harbour Master"


def test_a_counselor_title_after_a_bodys_words_stays_out_of_the_name():
    article = parse_article(
        "Title: T\n\nAt a news conference, IMF Economic Counselor Olivier Brandeau described growth as "
        "“moderate and uneven.”\n"
    )
    person = quotes.find_person(article, "Brandeau")
    assert person is not None and (person.name, person.role) == ("Olivier Brandeau", "IMF Economic Counselor")
