"""A report, study or audit whose topic and the year it was done ("in 2019") stand between it and
"found" ("A Tillbury Commission report on county civil service in 2019 found deep resentment at
“…”") speaks the words it found, as it does with the topic alone; a topic too long to be the
writing's own ("a report on the pay and the hours of county clerks in 2019 found") leaves it out."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Clerks\n\nBrenford's county executive said Monday that the county will review its discipline.\n\n"


def test_a_report_on_a_topic_in_a_year_speaks_what_it_found():
    text = (
        LEAD + "A Tillbury Commission report on county civil service in 2019 found deep resentment at "
        "“the protections handed to the few poor performers who drag down every honest clerk.”\n"
    )
    assert speakers_of(text) == ["a Tillbury Commission report"]


def test_a_report_on_a_topic_of_many_words_in_a_year_is_too_far_back():
    text = (
        LEAD + "A Tillbury Commission report on the pay and the hours of county clerks in 2019 found "
        "deep resentment at “the protections handed to the few poor performers who drag down every clerk.”\n"
    )
    assert speakers_of(text) == [None]
