"""A quotation standing alone after a writer's paragraph about one person is that person's (session 12).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_bare_quotation_after_a_paragraph_about_one_person_is_theirs():
    text = (
        "Voters lined up early at the pier.\n\n"
        "Jimmy Tompkins, 45, a welder from Gastonia, has never voted before.\n\n"
        "“This year is different. The ferry matters to all of us.”\n"
    )
    assert speakers_of(text) == ["Jimmy Tompkins"]


def test_a_paragraph_naming_two_people_introduces_neither():
    text = (
        "Voters lined up early at the pier.\n\n"
        "Jimmy Tompkins, a welder, sat beside Ada Holt, a nurse.\n\n"
        "“This year is different. The ferry matters to all of us.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_person_only_acted_on_does_not_speak_the_next_quotation():
    text = (
        "Tom Reyes lost the ferry vote in May.\n\n"
        "The harbor board issued a statement apologizing to Reyes for the leaked emails.\n\n"
        "“On behalf of everyone at the board, we offer a sincere apology for the emails.”\n"
    )
    assert speakers_of(text) == ["the harbor board"]  # the statement's words: the board's, not Reyes's


def test_a_run_of_bare_quotations_after_that_paragraph_is_theirs_too():
    text = (
        "Voters lined up early at the pier.\n\n"
        "Jimmy Tompkins, 45, a welder from Gastonia, spoke only in slogans.\n\n"
        "“This year is different. The ferry matters to all of us.”\n\n"
        "“We have to fix the piers before the winter storms come.”\n"
    )
    assert speakers_of(text) == ["Jimmy Tompkins", "Jimmy Tompkins"]


def test_a_bare_quotation_after_a_quoted_speaker_and_a_sentence_about_them_is_theirs():
    # Session 24: the paragraph above quotes one person, then the writer goes on about them.
    text = (
        "Residents met at the library on Monday.\n\n"
        "“We sat quietly for a year while Tom Reyes talked,” Omar Haddad said. When they went out to dinner,"
        " the children of his neighbours would come up to him.\n\n"
        "“They would ask me whether we would have to leave the town.\n\n"
        "“Our friends at school say we will be sent away.”\n"
    )
    assert speakers_of(text) == ["Omar Haddad", "Omar Haddad", "Omar Haddad"]


def test_a_bare_quotation_after_two_speakers_is_neither_ones():
    text = (
        "Residents met at the library on Monday.\n\n"
        "“We sat quietly for a year,” Omar Haddad said. “Not me,” Ada Holt said. The children of the"
        " street would come up to them.\n\n"
        "“They would ask me whether we would have to leave the town.”\n"
    )
    assert speakers_of(text) == ["Omar Haddad", "Ada Holt", None]


def test_a_bare_quotation_after_a_speaker_and_another_persons_sentence_is_not_the_speakers():
    text = (
        "Residents met at the library on Monday.\n\n"
        "“We sat quietly for a year,” Omar Haddad said. His neighbour Lena Price would come up to him.\n\n"
        "“They would ask me whether we would have to leave the town.”\n"
    )
    assert speakers_of(text) == ["Omar Haddad", None]


def test_a_lone_quotation_after_a_short_aside_about_the_speaker_is_theirs():
    # Session 24: "¶ She pauses. ¶" between one speaker's quotations does not part them.
    text = (
        "Volunteers phoned voters from the union hall.\n\n"
        "“I am calling from the Holt campaign,” Ada Quill said into the phone.\n\n"
        "She pauses.\n\n"
        "“Well, thank you so much for your time.”\n"
    )
    assert speakers_of(text) == ["Ada Quill", "Ada Quill"]


def test_an_aside_about_someone_of_the_other_gender_gives_no_speaker():
    text = (
        "Volunteers phoned voters from the union hall.\n\n"
        "“I am calling from the Holt campaign,” Ada Quill said into the phone.\n\n"
        "He pauses.\n\n"
        "“Well, thank you so much for your time.”\n"
    )
    assert speakers_of(text) == ["Ada Quill", None]
