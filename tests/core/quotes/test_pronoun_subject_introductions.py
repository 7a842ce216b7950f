"""A writer's sentence whose one person is a he or she opening it ("And she won't commit to an
opinion yet.") introduces the bare quotation after it, as a sentence naming that person would."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_she_opening_the_sentence_before_a_bare_quotation_speaks_it():
    text = (
        "Nadia Kerr, whose short film is up for an award, flew in on Sunday.\n\n"
        "“It is all a bit like a beauty contest,” Kerr said.\n\n"
        "And she won't commit to an opinion of the city yet. “I'm just living day to day.”\n"
    )
    assert speakers_of(text) == ["Nadia Kerr", "Nadia Kerr"]


def test_a_sentence_naming_someone_else_after_the_pronoun_gives_no_speaker():
    text = (
        "Nadia Kerr, whose short film is up for an award, flew in on Sunday.\n\n"
        "“It is all a bit like a beauty contest,” Kerr said.\n\n"
        "She has since met Tom Reyes, the festival's director. “I'm just living day to day.”\n"
    )
    assert speakers_of(text) == ["Nadia Kerr", None]


def test_a_he_opening_the_main_clause_after_an_opening_phrase_speaks_the_bare_quotation():
    # Session 24: "Asked about the pier, he shook his head." was left to no one.
    text = (
        "Tom Reyes has fished the harbor for 30 years.\n\n"
        "Asked about the new pier, he shook his head. “It is rotten already.”\n\n"
        "At the dock on Monday, he laughed. “Nobody listens to us.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Tom Reyes"]


def test_an_opening_phrase_naming_someone_else_leaves_the_pronoun_unclear():
    text = (
        "Tom Reyes has fished the harbor for 30 years.\n\n"
        "After meeting Sam Ortiz, he shook his head. “It is rotten already.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_sentence_opened_by_for_and_one_name_introduces_the_bare_quotation():
    # Session 24: "For Reyes, the answer is simple." speaks for Reyes, whose words follow.
    text = (
        "Tom Reyes has fished the harbor for 30 years. Ada Holt runs the port.\n\n"
        "For Reyes, the answer is simple. “The pier is rotten.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_for_opening_before_another_persons_clause_gives_no_speaker():
    text = (
        "Tom Reyes has fished the harbor for 30 years. Ada Holt runs the port.\n\n"
        "For Reyes, Holt has no answer. “The pier is rotten.”\n"
    )
    assert speakers_of(text) == [None]
