"""A surname that is also a month ("Greta May ... May said") is the person's once the article names
her in full, as a role word's or a place's already was ("Carey Washington ... Washington said"); so is
one that is a feast ("said Tarek Ramadan"), never the greeting "Merry Christmas"; and "House" after a
common given name ("Party Chairman Steve House said he ..."), never the name of a body."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = "Interior Minister Greta May is set to lead the party after her rival, Ingrid Dahl, pulled out.\n\n"


def test_the_month_surname_alone_before_said_is_hers():
    text = LEDE + "“Reform means reform, and we are going to deliver it,” May said Monday.\n"
    assert speakers_of(text) == ["Greta May"]


def test_the_month_surname_opening_a_reported_clause_is_hers():
    text = LEDE + "Speaking to supporters, May said she is “deeply honored and humbled” to be chosen.\n"
    assert speakers_of(text) == ["Greta May"]


def test_the_month_itself_stays_a_month():
    text = LEDE + "“We will meet again in May,” Dahl said.\n"
    assert speakers_of(text) == ["Ingrid Dahl"]


def test_a_feast_after_a_given_name_is_the_surname():
    text = "The count ran late.\n\n“Anything spent here now is a waste,” said Tarek Ramadan, a former aide.\n"
    assert speakers_of(text) == ["Tarek Ramadan"]


def test_a_christmas_greeting_is_no_name():
    text = "The count ran late.\n\nMerry Christmas, the mayor said: “We will meet again in May.”\n"
    assert speakers_of(text) == [None]


def test_house_after_a_common_given_name_is_the_surname_a_later_he_means():
    text = (
        "Ferris's Abernathy noted that two earlier candidates trailed badly.\n\n"
        "Valley Party Chairman Gideon House said he considers his county a “toss-up” race.\n\n"
        "“People are anxious because you never know what the mayor will say next,” he said.\n"
    )
    assert speakers_of(text) == ["Gideon House"]


def test_house_ending_a_bodys_name_is_no_surname():
    text = "The vote was close.\n\n“We will win,” the Opera House said in a statement.\n"
    assert speakers_of(text) == ["the Opera House"]
