"""A he or she right after a sentence naming no one that brings in one person by "the" and a noun
shaped by a deed, owning something or doing something in a clause of its own ("ignored the
arsonist's letter", "ignored the letter the arsonist left behind"), means that unnamed person, not
the man named further back. A person the doer owns ("the arsonist's brother") or a person the
sentence names leaves the pronoun as before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Depot fire\n\n"
    "Several hosts blamed Mayor Trent Calloway for the fire. Host Lena Ostrowski said: “The mayor's "
    "speeches have made people angry.”\n\n"
)
ANSWER = (
    " When he asks himself whether “won't the fire bring calls for more police,” he answered: “Yes, "
    "that was the whole point.”\n"
)


def test_a_he_after_the_arsonists_letter_is_the_arsonist():
    text = LEAD + "The hosts largely ignored the arsonist's letter." + ANSWER
    assert speakers_of(text) == ["Lena Ostrowski"] + ["the arsonist"] * 2


def test_a_he_after_the_letter_the_arsonist_left_is_the_arsonist():
    text = LEAD + "The hosts largely ignored the letter the arsonist left behind." + ANSWER
    assert speakers_of(text) == ["Lena Ostrowski"] + ["the arsonist"] * 2


def test_the_arsonists_brother_brings_in_someone_else():
    text = LEAD + "Police questioned the arsonist's brother." + ANSWER
    assert "the arsonist" not in speakers_of(text)


def test_a_sentence_naming_the_mayor_leaves_the_he_to_him():
    text = LEAD + "Calloway largely ignored the letter the arsonist left behind." + ANSWER
    assert speakers_of(text) == ["Lena Ostrowski"] + ["Trent Calloway"] * 2
