"""An office whose one holder is a woman, as the subject of the sentence before "he said", is not
whom "he" means: the man named there as its source speaks ("According to Orr, the governor will
travel .... “…,” he said"). A holder of the pronoun's gender, or no known holder, still decides."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Governor Alma Pellham used her budget address on Tuesday to defend the pension fund.\n\n"
    "“We made a promise to retired teachers,” Pellham said.\n\n"
)


def test_a_man_reporting_what_a_woman_in_office_will_do_speaks_the_next_he_said():
    text = OPENING + (
        "According to Davis Orr, her spokesman, the governor will tour the valley on Friday. "
        "“People should see where the money goes,” he said.\n"
    )
    assert speakers_of(text) == ["Alma Pellham", "Davis Orr"]


def test_a_he_said_after_an_office_held_by_a_man_is_still_the_office_holders():
    text = (
        "Governor Alan Pell used his budget address on Tuesday to defend the pension fund.\n\n"
        "“We made a promise to retired teachers,” Pell said.\n\n"
        "According to Dana Orr, his spokeswoman, the governor will tour the valley on Friday. "
        "“People should see where the money goes,” he said.\n"
    )
    assert speakers_of(text) == ["Alan Pell", "Alan Pell"]


def test_a_she_said_after_a_man_reports_the_office_holders_plans_is_the_holders():
    text = OPENING + (
        "According to Davis Orr, her spokesman, the governor will tour the valley on Friday. "
        "“People should see where the money goes,” she said.\n"
    )
    assert speakers_of(text) == ["Alma Pellham", "Alma Pellham"]
