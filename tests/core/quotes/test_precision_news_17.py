"""Wrong speakers found reading PolNeAR train's wrong quotes and probe texts (issue 11, session 17).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_quotation_in_a_clause_with_its_own_subject_is_not_the_sentence_person_s():
    text = (
        "Ada Holt has repeatedly called for her messages to be made public, even the ones the "
        "ministry now says are “top secret.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_plural_noun_of_saying_after_a_determiner_is_no_clause_of_its_own():
    text = "Ada Holt dismissed the latest claims as “a smear campaign by her rivals.”\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_a_teller_reporting_a_body_s_words_keeps_them():
    text = (
        "Ada Holt met the board on Monday. She said the board now says the plan is "
        "“too costly for the town.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
