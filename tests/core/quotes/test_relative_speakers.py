"""A "who" clause after a name: the name speaks the quotation of its clause (issue 11, session 5).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_who_after_a_name_and_its_place_hands_the_clause_quotation_to_the_name():
    text = (
        "The inquiry gave fodder to candidates such as Sen. Marco Holt of Florida, who mused in the "
        'debate that Ann Reed was "disqualified from being the harbor chief" because of her server.\n'
    )
    assert speakers_of(text) == ["Marco Holt"]


def test_words_between_who_and_its_verb_do_not_hide_the_name():
    text = (
        "Glen Holt, who has in the past described Tom Reed as “a pathological narcissist,” wanted "
        "the audience to turn away.\n"
    )
    assert speakers_of(text) == ["Glen Holt"]


def test_who_after_a_dash_hands_the_clause_quotation_to_the_name_before_it():
    text = (
        'Front-runner Tom Reed - who previously said he would "bomb the oil fields" - said at a rally '
        "that the borders should close.\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_a_relative_clause_after_a_name_speaks_for_that_name():
    text = (
        "Cal Dunmore spoke on Monday.\n\n"
        "The remark drew criticism from Paul Ryde, who called it “completely unacceptable.”\n"
    )
    assert speakers_of(text) == ["Paul Ryde"]


def test_a_relative_clause_after_a_quotation_is_not_its_attribution():
    text = (
        "Cal Dunmore spoke on Monday.\n\n"
        "His claim that the vote was “totally rigged tonight” drew criticism from Paul Ryde, who "
        "called it “completely unacceptable.”\n"
    )
    assert speakers_of(text)[0] is None
