"""A title whose head follows the capitalised word it is of ("Harbour Master", "Station Master") is no
part of the name after it: "Harbour Master Kavya Okafor" is Kavya Okafor, the same person as "Okafor"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_master_title_after_a_capitalised_word_stays_out_of_the_name():
    text = (
        'At the meeting, Harbour Master Kavya Okafor said the old timetable was "not safe in winter".\n\n'
        '"We cannot run boats in that weather," Okafor said.'
    )
    assert speakers_of(text) == ["Kavya Okafor", "Kavya Okafor"]
