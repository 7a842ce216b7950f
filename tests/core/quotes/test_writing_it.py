"""“…,” it read(s): the words of the writing the sentence before names (issue 11, session 5).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_it_reads_after_a_paragraph_naming_an_email_is_the_emails():
    text = (
        "The email, released by a watchdog, was sent at 7:19 p.m. by Jeremy Holt.\n\n"
        "“I just tried you on the phone,” it reads.\n"
    )
    assert speakers_of(text) == ["the email"]


def test_it_said_after_the_writing_just_quoted_is_that_writing_again():
    text = (
        "The email, released by a watchdog, was sent at 7:19 p.m. by Jeremy Holt.\n\n"
        "“I just tried you on the phone,” it reads.\n\n"
        "“We have found the boats that could move,” it said.\n"
    )
    assert speakers_of(text) == ["the email", "the email"]


def test_it_read_after_a_sentence_naming_two_writings_is_left_unattributed():
    text = (
        "The council sent a letter and a memo to the ferry board on Monday.\n\n"
        "“The fares must fall before July,” it read.\n"
    )
    assert speakers_of(text) == [None]


def test_it_reads_after_a_writers_sentence_closing_the_paragraph_naming_the_email_is_the_emails():
    text = (
        "The email, released by a watchdog, was sent at 7:19 p.m. by Jeremy Holt. Two ferries "
        "were late that night.\n\n"
        "“I just tried you on the phone,” it reads.\n"
    )
    assert speakers_of(text) == ["the email"]


def test_it_reads_before_the_quotation_after_a_place_phrase_is_the_writings():
    text = (
        "A letter was pinned to the ferry office door on Monday. The letter has a photo of the pier.\n\n"
        "At the bottom it reads, “Tickets bought before May stay valid.”\n"
    )
    assert speakers_of(text) == ["the letter"]


def test_what_it_calls_is_no_writings_it():
    text = (
        "A letter was pinned to the ferry office door on Monday.\n\n"
        "Tom Reyes mocked what it calls “a fair timetable.”\n"
    )
    assert speakers_of(text) != ["the letter"]
