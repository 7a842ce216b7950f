"""An opening "Asked (at a place) whether he ...," clause is the question, not the main clause:
the pronoun after its comma does the main clause's verbs ("he stepped into a lift and said “…”"),
and the people named in the question are never that pronoun."""

from __future__ import annotations

from .speakers import speakers_of

LEADER = (
    "The mayor spoke on Monday about the budget plan.\n\n"
    "Council leader Frank Odell has given no sign whether he would back the stopgap plan. "
)


def test_the_pronoun_after_the_question_speaks_with_its_second_verb():
    text = LEADER + "Asked whether he would vote for it, he smiled and said “Happy holidays.”\n"
    assert speakers_of(text) == ["Frank Odell"]


def test_a_place_phrase_may_come_between_asked_and_the_question_word():
    question = "Asked in the lobby whether he would vote for it, "
    text = LEADER + question + "he stepped into a lift and said “Happy holidays.”\n"
    assert speakers_of(text) == ["Frank Odell"]


def test_a_person_named_in_the_place_phrase_is_not_the_pronoun():
    text = LEADER + (
        "Asked in the lobby before Mayor Ben Hale's speech whether he would vote for it, he stepped "
        "into a lift and said “Happy holidays.”\n"
    )
    assert speakers_of(text) == ["Frank Odell"]
