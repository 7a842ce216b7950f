"""Quotations whose speaker the article names but the bot left without one (session 16).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_long_opening_phrase_naming_another_leaves_the_subject_after_it_the_partials_speaker():
    text = (
        "The harbor audit was published on Monday. Trey Gower and Dana Holt argued over it.\n\n"
        "Moreover, as part of the exchange with Holt at the hearing, Gower referenced an audit "
        "that “less than one percent of council emails” were kept.\n"
    )
    assert speakers_of(text) == ["Trey Gower"]


def test_a_clause_joined_by_while_gives_its_partial_quotation_to_its_own_subject():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "Mayor Tom Jindal on Monday signed an order to block the plan, while Mike Hucks, the "
        "former mayor, proposed the town “wake up and smell the coffee” and said it should wait.\n"
    )
    assert speakers_of(text) == ["Mike Hucks"]


def test_role_words_before_a_name_after_a_quotation_do_not_hide_the_teller_however_long_the_tail():
    text = (
        "The county counted its ballots again on Monday.\n\n"
        "Some officials said the problems were a miscalculation.\n\n"
        "“We made some terrible mistakes, and I apologize for that,” County Recorder Helen Voss said "
        "during a tense hearing in the town hall after the vote.\n"
    )
    assert speakers_of(text) == ["Helen Voss"]


def test_a_role_set_apart_before_the_name_after_a_quotation_leaves_the_name_its_teller():
    text = (
        "The storm closed the harbor on Monday.\n\n"
        "“Is the mayor going to finally close the beach? If she doesn’t, she should resign!” the "
        "leading opposition councillor, Dana Pruitt, tweeted Sunday after the first wave hit the "
        "harbor wall.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_business_named_after_its_kind_after_a_quotation_is_no_person_however_long_the_tail():
    text = (
        "Shares in the carmaker fell on Monday.\n\n"
        "“We are not expecting the firm to sell its car unit at this point,” brokerage Merrill Lynch "
        "said in a note to investors, adding that any legal battle would be long.\n"
    )
    assert speakers_of(text) != ["Merrill Lynch"]


def test_two_hyphens_typed_together_set_an_aside_apart_between_a_name_and_its_verb():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        'Tom Hale -- then an adviser to the mayor -- said the plan "offered no changes to his slow, '
        'timid strategy."\n'
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_a_dash_set_aside_naming_a_role_gives_the_role_s_verb_to_the_person_named():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "A former council leader — Tom Hale, who lost the 2008 vote to the mayor — said the plan "
        "“offered no changes to his slow, timid strategy.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_a_description_going_on_to_name_its_person_after_an_inverted_verb_is_that_person():
    text = (
        "According to the officer in charge of the harbor base that night, the film is untrue.\n\n"
        '"There never was an order to stand down," said the base chief known as Bob, speaking '
        'publicly for the first time. "At no time did I doubt the team."\n'
    )
    assert speakers_of(text) == ["Bob", "Bob"]


def test_a_title_that_is_also_a_surname_after_a_given_name_is_that_surname_when_written_alone():
    text = (
        "The council met on Monday. In a statement released by Harbor Times Editor-in-Chief "
        "Dana Baron, the paper set out its plans.\n\n"
        "“The town is a place unlike any we have seen before,” said Baron. “It deserves to be "
        "explored in depth.”\n"
    )
    assert speakers_of(text) == ["Dana Baron", "Dana Baron"]


def test_a_lone_surname_opening_a_sentence_is_the_he_who_speaks_in_the_next():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "Fenn openly admitted that his vote was about money, looking to the prize in May. "
        "“With an eye to May, the blue one,” he said.\n\n"
        "Hale defied the question, and did not make a choice. “With certainty, I will predict "
        "the winner,” he said.\n"
    )
    assert speakers_of(text) == ["Fenn", "Hale"]


def test_a_plural_noun_opening_a_sentence_before_a_he_who_speaks_is_no_person():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "Statistics showed that few of the boats had paid their fees. “It is not aimed at any "
        "one group,” he said.\n"
    )
    assert speakers_of(text) == [None]
