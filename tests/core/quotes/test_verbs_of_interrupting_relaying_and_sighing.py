"""Verbs of saying met in unseen articles: "Renn interrupts", "the Daily Crier relays", "he sighs",
"she laughs", "he interjects": the subject beside them speaks the quotation."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Lobby\n\nTobias Renn waited in the lobby of the Harlow bank on Monday.\n\n"
    "“Can you come with me, sir?” the guard asks. “The problem was --” the guard says.\n\n"
)


@pytest.mark.parametrize("verb", ["interrupts", "interrupted", "interjects", "sighs", "laughs"])
def test_a_named_subject_before_the_verb_speaks(verb):
    text = LEAD + f"“The problem is my coat,” Renn {verb}.\n"
    assert speakers_of(text)[-1] == "Tobias Renn"


@pytest.mark.parametrize("verb", ["relays", "relayed"])
def test_an_outlet_relaying_a_report_speaks(verb):
    text = (
        LEAD + f"“People fled the pier by climbing down ladders, witnesses said,” the Daily Crier {verb}.\n"
    )
    assert speakers_of(text)[-1] == "the Daily Crier"


def test_a_he_sighing_before_more_words_speaks_them():
    text = (
        "Winter\n\nOwen Tadlock has plowed the county roads for thirty years.\n\n"
        "Asked about the coming storm, he shrugs.\n\n"
        "“Yeah,” he sighs and then laughs. “I guess I better get ready for that.”\n"
    )
    assert speakers_of(text)[-1] == "Owen Tadlock"
