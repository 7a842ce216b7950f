"""A writing a his or her owns ("His statement said", "“…,” her letter read", "His last Facebook
post, written an hour before, read:") speaks as whom the pronoun means, as "he said" would; when
no one fits the pronoun, the quotation stays unattributed, never labelled "his statement"."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "Harbour master Tom Renard was killed on Friday.\n\n"
WORDS = "We will not give up the harbour to anyone"


@pytest.mark.parametrize(
    "sentence",
    [
        f"His statement said: “{WORDS}.”",
        f"His last tweet said: “{WORDS}.”",
        f"His letter to the mayor said: “{WORDS}.”",
        f"“{WORDS},” his statement said.",
        f"“{WORDS},” his last Facebook post said.",
    ],
)
def test_a_writing_his_owns_speaks_as_the_man_named_before(sentence):
    assert speakers_of(LEAD + sentence + "\n") == ["Tom Renard"]


def test_a_writing_owned_by_her_goes_to_the_woman_not_the_man_named_after_her():
    text = "Mayor Ann Bell met Tom Renard on Friday.\n\n" + f"Her statement said: “{WORDS}.”\n"
    assert speakers_of(text) == ["Ann Bell"]


def test_a_writing_with_an_aside_of_when_it_was_written_reads_its_words():
    text = LEAD + f"His last post, written an hour before the blast, read: “{WORDS}.”\n"
    assert speakers_of(text) == ["Tom Renard"]


def test_a_writing_no_one_fits_is_unattributed_and_not_listed():
    text = "Mayor Ann Bell spoke on Friday.\n\n" + f"His statement said: “{WORDS}.”\n"
    assert speakers_of(text) == [None]
    assert "His statement" not in kinds_of(text)


def test_an_aside_after_a_person_is_no_writing_reading():
    text = LEAD + f"The actor, written off by critics, read: “{WORDS}.”\n"
    assert speakers_of(text) == [None]


def test_a_memo_from_a_writer_to_an_addressee_is_the_writers():
    said = speakers_of(
        "A newspaper received an anonymous call before the fire.\n\n"
        "“The caller said only that the reporter should call the fire marshal,” the memo from police "
        "chief Omar Beale to Mayor Tom Reese said.\n"
    )
    assert said == ["Omar Beale"]
