""" "The 24-year-old said" refers back to the one person the sentence before names as its subject;
an age tells no role or gender, so nothing further back is guessed."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_QUOTE = "“He used to take me to every game,”"


def test_an_age_after_the_quotation_is_the_subject_of_the_sentence_before():
    text = f"Sam Okafor said the goal was for his late father. {_QUOTE} the 24-year-old said.\n"
    assert speakers_of(text) == ["Sam Okafor"]


def test_an_inverted_age_in_the_next_paragraph_is_that_subject_too():
    assert speakers_of(f"Sam Okafor scored late.\n\n{_QUOTE} said the 24-year-old.\n") == ["Sam Okafor"]


def test_two_subjects_before_leave_the_age_unresolved():
    text = f"Sam Okafor and Lewis Hart scored. {_QUOTE} the 24-year-old said.\n"
    assert speakers_of(text) == [None]


def test_a_person_named_further_back_is_not_guessed():
    text = f"Paul Ryan opened the session. The former model spoke next. {_QUOTE} said the 46-year-old.\n"
    assert speakers_of(text) == [None]
