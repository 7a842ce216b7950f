"""A surname that is also a month ("Greta May ... May said") is the person's once the article names
her in full, as a role word's or a place's already was ("Carey Washington ... Washington said")."""

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
