"""A "who" clause after a name: the name speaks the quotation of its clause (issue 11, session 5).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.quotes import engine as quotes
from tests.conftest import own_article
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


def test_a_role_an_opening_place_phrase_precedes_speaks_its_relative_clause_not_the_place():
    text = (
        "Dan Reed flew south on Wednesday.\n\n"
        "In Mexico City, Reed sat quietly through a long talk by the Mexican president, who said that "
        "the deal has been good for “the town as well as the port” and that jobs rely on it.\n"
    )
    assert speakers_of(text) == ["the Mexican president"]


def test_a_role_in_apposition_to_a_person_before_a_relative_clause_stays_that_persons():
    text = (
        "Gwen Holt has had a frosty relationship with Dan Reed, now the council leader, who in 2010 "
        "said his goal was to make her a “one-term mayor.”\n"
    )
    assert speakers_of(text) == ["Dan Reed"]


def _quotes(name: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(own_article(name))]


RAIL = "quotes_rail_remark.txt"


def test_the_subject_of_a_relative_clause_is_the_speaker_not_the_name_inside_it():
    said = _quotes(RAIL)
    assert said[0] == ("Tom Hale", "We were stuck for an hour and people were tired.")
