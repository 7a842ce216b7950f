"""A pronoun's antecedent is not blocked by names that are no second subject (issue 11, session 5).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_opening_the_subjects_role_is_no_rival():
    text = (
        "Sen. Tom Holt wants the ferry bill passed this month.\n\n"
        "Holt spokesman Dan Steward would not say when the vote will be.\n\n"
        "“I don’t have any news yet,” he said.\n"
    )
    assert speakers_of(text) == ["Dan Steward"]


def test_a_name_inside_words_reported_by_a_trailing_said_is_no_rival():
    text = (
        "Rob Stell, an activist, met Tom Holt in 2009.\n\n"
        "Holt electrified the small crowds with his speeches, Stell said.\n\n"
        "“He was very articulate,” he said.\n"
    )
    assert speakers_of(text) == ["Rob Stell"]


def test_a_name_inside_words_reported_by_an_inverted_said_is_no_rival():
    text = (
        "Rob Stell, an activist, met Tom Holt in 2009.\n\n"
        "The Holt approach will win the county, said Rob Stell, a local organiser.\n\n"
        "“He was very articulate,” he said.\n"
    )
    assert speakers_of(text) == ["Rob Stell"]


def test_two_subjects_joined_by_and_still_make_he_unclear():
    text = (
        "Rob Stell, an activist, met Tom Holt in 2009.\n\n"
        "Holt and Stell said the crowds were small.\n\n"
        "“He was very articulate,” he said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_possessor_after_an_inverted_said_is_no_speaker_reporting_a_rival():
    text = (
        "Economist Ann Reed, who studies housing policy at the Harbor Policy Institute, said Ivy Holt's "
        "statement left the question open.\n\n"
        "“Nothing in it says which renters qualify,” she said.\n"
    )
    assert speakers_of(text) == ["Ann Reed"]


def test_the_object_of_called_is_no_rival_subject_for_a_later_reference():
    text = (
        "Vera Holt spoke in Tampa. Dunmore, 70, said he would win.\n\n"
        "Holt, in her speech, called Dunmore “a man with no plan for anything.”\n\n"
        "“We fight on,” the Democratic nominee told a crowd of 5,000.\n"
    )
    assert speakers_of(text)[-1] == "Vera Holt"


def test_a_possessor_in_a_reported_clause_does_not_rival_the_sentences_subject():
    text = (
        "Ivy Holt, the nominee’s daughter, spoke on Monday.\n\n"
        "Economist Ann Reed, who studies housing policy, said Ivy Holt’s statement left the "
        "question open.\n\n"
        "“Nothing in it says which renters would lose out,” she said.\n"
    )
    assert speakers_of(text) == ["Ann Reed"]


def test_a_subject_far_into_a_teller_s_reported_clause_is_no_rival_of_the_teller():
    text = (
        "Envoy Halvard Brenn said King Aldo's message on trade will matter as leading Unity Party "
        "contender Piet Olvik has called for new tariffs on imported grain, the Northern Wire reports.\n\n"
        "“I think he will ask us to stay open to the world,” he said.\n"
    )
    assert speakers_of(text) == ["Halvard Brenn"]


def test_a_subject_after_a_comma_closing_a_far_teller_s_clause_is_not_what_he_said():
    text = (
        "While Senator Carl Dorn and other Democrats said voters would punish the governors next year "
        "for their health care plans, Governor Ray Pike told reporters the issue would help him.\n\n"
        "“We have to go out and get more people elected,” he said.\n"
    )
    assert "Carl Dorn" not in speakers_of(text)


def test_the_subject_of_a_clause_insisted_without_that_is_no_rival():
    text = (
        "Martin Brennick, the campaign's top strategist, worked for former senator Paul Voss.\n\n"
        "Brennick, in a long interview Sunday afternoon, defended the campaign's record, refused to "
        "discuss private meetings and insisted Voss is doing far better than the pundits say. “Every "
        "campaign has good days and bad days,” he said.\n"
    )
    assert speakers_of(text) == ["Martin Brennick"]


def test_the_subject_of_a_that_clause_deep_in_a_tellers_words_is_no_rival_of_the_teller():
    text = (
        "Ferreira also said more ferries may sail to the islands.\n\n"
        "Ondine Kastrati, head of research at a shipping firm in Porto, said she hadn’t seen any real "
        "moves yet to carry out the long ferry link along the coast that Ferreira described to the board.\n\n"
        "“I keep hearing about it,” she said.\n"
    )
    assert speakers_of(text) == ["Ondine Kastrati"]
