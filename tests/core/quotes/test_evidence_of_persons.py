"""What shows a run of capitalised words is a person: an age or a noun only a person takes in
apposition, a common given name, a "who" after it, a given name alone for one the article described.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_person_described_then_named_by_a_given_name_alone_speaks_her_she_said():
    text = (
        "The mayor spoke at the pier on Monday and was heckled.\n\n"
        "The woman who started it all identified herself to reporters as a 52-year-old Salem resident "
        "named Caroline.\n\n"
        "“He truly cares about the town,” she said of the mayor.\n"
    )
    assert speakers_of(text) == ["Caroline"]


def test_a_person_identified_only_by_a_given_name_is_a_speaker():
    text = (
        "The protest was led by a woman, identified only as Joan, who lives near the pier.\n\n"
        "“We were never asked,” she said.\n"
    )
    assert speakers_of(text) == ["Joan"]
