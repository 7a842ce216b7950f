"""A capitalised office speaking with no holder named anywhere ("“…,” the Home Secretary said") is an
unnamed source listed under its title and reachable by /quote; never a guessed person. An office the
article gives a named holder stays that person's, and a lower-case role ("the senator") still means
a named person or no one."""

from __future__ import annotations

from bot.core import quotes
from bot.core.article import parse_article
from tests.core.quotes.speakers import kinds_of, speakers_of

VACANT = (
    "Ferry crossings fell by a third last winter, figures show.\n\n"
    "“We are buying two new boats,” the Transport Secretary said.\n"
)


def test_an_office_no_one_named_holds_speaks_as_an_unnamed_source():
    assert speakers_of(VACANT) == ["the Transport Secretary"]
    assert kinds_of(VACANT) == {"the Transport Secretary": "unnamed"}


def test_an_office_no_one_named_holds_is_reached_by_its_title():
    result = quotes.find_quotes(parse_article("Title: T\n\n" + VACANT), "Transport Secretary")
    assert [q.text for q in result.quotes] == ["We are buying two new boats"]


def test_an_office_a_named_person_holds_stays_that_persons():
    text = (
        "Transport Secretary Nell Garvey visited the harbour on Monday.\n\n"
        "“We are buying two new boats,” the Transport Secretary said.\n"
    )
    assert speakers_of(text) == ["Nell Garvey"]


def test_a_lower_case_role_no_one_holds_stays_unattributed():
    text = (
        "Ferry crossings fell by a third last winter, figures show.\n\n"
        "“We are buying two new boats,” the senator said.\n"
    )
    assert speakers_of(text) == [None]


def test_an_office_no_one_holds_is_not_given_to_a_person_the_article_gives_another_role():
    text = (
        "A ride-sharing app was fined on Tuesday for misleading drivers about their pay.\n\n"
        "Dana Pruitt, a driver, said she had lost thousands. “We were never told,” she said.\n\n"
        "“The fine is far too small,” the attorney general said.\n"
    )
    assert speakers_of(text)[1] != "Dana Pruitt"


def test_a_lower_case_office_of_two_words_no_one_holds_speaks_as_an_unnamed_source():
    text = (
        "A ride-sharing app was fined on Tuesday for misleading drivers about their pay.\n\n"
        "Dana Pruitt, a driver, said she had lost thousands. “We were never told,” she said.\n\n"
        "“The fine is far too small,” the attorney general said.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "the attorney general"]
    assert kinds_of(text)["the attorney general"] == "unnamed"


def test_an_office_no_one_holds_still_means_a_person_the_article_gives_no_role():
    text = (
        "Tom Reyes flew to the island on Monday to open the new ferry terminal.\n\n"
        "“This harbour will be busy again,” the president said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


_CANDIDATE = (
    "Republican presidential contender Dale Rourke on Saturday answered a rival's taunt, telling a church "
    "crowd of long campaign days.\n\n"
    "“I am apparently the tired candidate,” Rourke said at the church.\n\n"
    "Rourke listed the towns he had visited this week and said he would fly to Ohio after his speech.\n\n"
    "“The tired candidate was on the road sixteen hours a day and loved it,” the former Nevada "
    "governor said.\n"
)


def test_a_former_office_no_one_named_holds_may_mean_a_candidate_of_the_race():
    assert speakers_of(_CANDIDATE) == ["Dale Rourke", "Dale Rourke"]


def test_a_former_office_may_mean_a_candidate_though_another_governor_is_named_later():
    text = _CANDIDATE + "\nGov. Tess Mabry of Idaho spoke after him.\n"
    assert speakers_of(text) == ["Dale Rourke", "Dale Rourke"]


def test_an_agencys_head_no_one_named_holds_speaks_as_an_unnamed_source():
    text = (
        "The Eastvale Revenue Bureau (ERB) admitted that refund checks went to the wrong addresses.\n\n"
        "The ERB director said “we will find out who signed off on this,” and promised a report.\n"
    )
    assert speakers_of(text) == ["the ERB director"]


def test_an_agencys_head_named_before_is_that_person():
    text = (
        "ERB Director Lena Holt spoke on Monday.\n\n"
        "The ERB director said “we will find out who signed off on this,” and promised a report.\n"
    )
    assert speakers_of(text) == ["Lena Holt"]
