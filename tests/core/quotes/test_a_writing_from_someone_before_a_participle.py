"""A writing from someone, then a participle of saying or a relative clause ("Lindqvist received an
email from Paul Ambrose, head of the regional desk, saying ...", "a tweet from Mayor Ivo Brandt, a
Liberal, that urged ...") gives its words to whom it is from, past their apposition, not to whoever
received it (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Trip\n\nAide Rhea Lindqvist handled most of the planning for the senator's trip last summer.\n\n"


def test_the_sender_named_right_before_the_participle_says_it():
    text = TITLE + (
        "Lindqvist received an email from Paul Ambrose saying the embassies “see no problems with the "
        "visit.”\n"
    )
    assert speakers_of(text) == ["Paul Ambrose"]


def test_the_sender_says_it_past_a_long_apposition_of_their_role():
    text = TITLE + (
        "Lindqvist received a July 7 email from Paul Ambrose, assistant secretary of state for the bureau "
        "of northern affairs, saying the embassies “see no problems with the visit.”\n"
    )
    assert speakers_of(text) == ["Paul Ambrose"]


def test_one_who_received_a_writing_and_spoke_of_it_still_says_her_words():
    text = (
        TITLE + "Lindqvist received an email from Paul Ambrose and replied, saying she “had no objection.”\n"
    )
    assert speakers_of(text) == ["Rhea Lindqvist"]


def test_a_relative_clause_on_a_writing_from_someone_is_the_senders():
    text = TITLE + (
        "The campaign joined the fight, responding to a mocking tweet from Corvel Mayor Ivo Brandt, a "
        "Liberal, that urged voters to “reject the toll and reject the campaign's plan.”\n"
    )
    assert speakers_of(text) == ["Ivo Brandt"]


def test_a_relative_clause_on_a_writing_from_someone_is_no_readers():
    text = TITLE + "The campaign responded to a tweet from Ivo Brandt that said “reject the toll.”\n"
    assert speakers_of(text) == ["Ivo Brandt"]
