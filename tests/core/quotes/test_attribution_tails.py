"""What follows a verb of saying after a quotation: a tail saying where it was said ends the attribution; a
tail with a clause of its own is no place of saying.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_tail_saying_where_it_was_said_ends_the_attribution():
    text = (
        "Mayor Ada Holt on Friday became the first woman to carry the bridge ballot, setting up a contest "
        "with Tom Reyes.\n\n"
        'Voters had "knocked the largest hole" so far in the old bridge trust, she said in a recorded '
        "message to the council.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_tail_with_a_clause_of_its_own_is_no_place_of_saying():
    text = (
        "Mayor Ada Holt on Tuesday became the first woman to win the harbour vote, teeing up a fight "
        "with Tom Reyes.\n\n"
        'Councillors had "put the biggest crack" yet in the old harbour board, she said in June that '
        "the board would fold by the winter.\n"
    )
    assert speakers_of(text) == [None]


def test_a_day_before_the_place_of_saying_ends_the_attribution():
    text = (
        "Council aides said on Monday that they had briefed members on the ferry deal.\n\n"
        "“We have been talking with members of the council about this plan for years,” chief of staff "
        "Dan Moore said Monday at a Harbor Institute for Trade and Shipping symposium.\n"
    )
    assert speakers_of(text) == ["Dan Moore"]


def test_and_between_capitalised_words_of_the_place_holds_no_clause():
    text = (
        "Council aides said on Monday that they had briefed members on the ferry deal.\n\n"
        "“We have been talking with members of the council about this plan for years,” chief of staff "
        "Dan Moore said at a Harbor Institute for Trade and Shipping symposium on the waterfront.\n"
    )
    assert speakers_of(text) == ["Dan Moore"]


def test_an_unnamed_source_with_a_long_tail_saying_where_speaks():
    text = (
        "The bankers met in the city on Friday.\n\n"
        "“We would love that and either outcome would be fine,” one top Harbor-leaning Bay Street "
        "lawyer said over lunch in midtown Kingsport last week.\n"
    )
    assert speakers_of(text) == ["one top Harbor-leaning Bay Street lawyer"]


def test_a_report_with_a_long_tail_does_not_take_the_words_of_the_person_it_reports():
    text = (
        "Sen. Ada Holt, who is ill, urged Tom Reyes to “not walk away” from politics, according to a "
        "report Saturday in the Harbor Times.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_name_joking_about_something_after_an_exclamation_keeps_the_words():
    text = (
        "Farewell\n\nMarisol Vantreck, who represents Dunmore, is leaving Congress.\n\n"
        "“Nobody has to worry about competition from me!” Vantreck jokes about her singing, which she "
        "said she learned from her son.\n"
    )
    assert speakers_of(text) == ["Marisol Vantreck"]
