"""A surname alone beside a junior's full name ("President Trump" beside "Donald Trump Jr."): news
writes the son's suffix every time, so when the article sets the surname alone apart (a title he
never carries, or coming before he is named) it is someone else; "the younger Vantor" is the son."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Town awards\n\n"


def test_a_titled_surname_is_not_the_junior():
    text = LEAD + (
        "Mayor Whitlock handed out business awards on Tuesday. A rival paper once wrongly reported "
        "that Dana Whitlock Jr. had shares in one of the winners.\n\n"
        "“These firms carried our town through a hard winter,” Whitlock said.\n"
    )
    assert speakers_of(text) == ["Whitlock"]


def test_the_surname_before_the_junior_is_named_is_not_him():
    text = LEAD + (
        "Whitlock handed out business awards on Tuesday.\n\n"
        "A rival paper once wrongly reported that Dana Whitlock Jr. had shares in one of the winners.\n\n"
        "“These firms carried our town through a hard winter,” Whitlock said.\n"
    )
    assert speakers_of(text) == ["Whitlock"]


def test_the_younger_surname_is_the_junior():
    text = LEAD + (
        "Mayor Whitlock handed out business awards on Tuesday, helped by Dana Whitlock Jr.\n\n"
        "“I was proud to stand beside my father,” the younger Whitlock said.\n"
    )
    assert speakers_of(text) == ["Dana Whitlock Jr."]


def test_a_junior_named_first_keeps_his_surname():
    text = LEAD + (
        "Dana Whitlock Jr. handed out business awards on Tuesday.\n\n"
        "“These firms carried our town through a hard winter,” Whitlock said.\n"
    )
    assert speakers_of(text) == ["Dana Whitlock Jr."]


def test_a_numbered_name_keeps_its_titled_surname():
    text = LEAD + (
        "Mayor Whitlock handed out business awards on Tuesday, a year after Dana Whitlock III took "
        "over the family firm.\n\n"
        "“These firms carried our town through a hard winter,” Whitlock said.\n"
    )
    assert speakers_of(text) == ["Dana Whitlock III"]
