"""Quotations whose speaker the sentence makes clear, found on political news (session 18)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_body_in_an_abbreviated_title_is_no_subject_of_the_sentence():
    text = (
        "Radio host Tom Reyes said it was wrong to compare the two.\n\n"
        "Retired Army Col. Sam Pike started Reyes's rant when he brought up the old ferry strike and "
        'later said, "It\'s not just the council raising fares."\n'
    )
    assert speakers_of(text) == ["Sam Pike"]


def test_a_tail_saying_where_it_was_said_ends_the_attribution():
    text = (
        "Mayor Ada Holt on Tuesday became the first woman to win the harbour vote, teeing up a fight "
        "with Tom Reyes.\n\n"
        'Councillors had "put the biggest crack" yet in the old harbour board, she said in a video '
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


def test_a_short_focusing_adverb_stands_between_a_subject_and_its_verb():
    text = (
        "In the final days of the campaign, Councillor Tom Reyes never mentioned the man likely to "
        "beat him. He would discuss the evils of fare rises but not mention the mayor who raised them.\n\n"
        "At the final debate, he only hinted at Sam Pike by mentioning the need for a new ferry and "
        'adding, "I\'ve got an idea of who should build it."\n'
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_paragraph_of_quoted_words_after_a_report_is_the_tellers():
    text = (
        "Pollster Dana Pruitt has written about ferries for years.\n\n"
        "Pruitt elaborated in an opinion piece for the Harbor News that councillors pledged to Mayor "
        "Ada Holt may reconsider.\n\n"
        "“A win for the riders would underscore the mayor's weakness in the vote next month.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_words_after_the_quotation_keep_it_from_the_teller_before():
    text = (
        "The party chairman, Tom Reyes, called for a voice vote, declaring after it that the request "
        "was denied.\n\n"
        "“Call the roll,” came shouts from the crowd, as the crowd booed.\n"
    )
    assert speakers_of(text) == [None]
