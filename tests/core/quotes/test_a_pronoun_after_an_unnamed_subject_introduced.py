"""A he after a sentence whose subject is an unnamed person brought in with "a" or "one": inside a
clause after "as" or "while" ("as one masked gunman addresses the camera"), or saying something
about a named man ("A county spokesman said Arkwright repeated ..."), the unnamed person speaks,
not a man named further back; "as" before a likeness ("mocked him as a witch doctor") brings in no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_gunman_in_an_as_clause_takes_the_next_he():
    text = (
        "Video\n\nGovernor Marten Olvik vowed revenge for the killing of nine miners.\n\n"
        "A short video of the killings was released on Sunday.\n\n"
        "The miners are forced to kneel as one masked gunman addresses the camera in a calm voice.\n\n"
        "“All traitors will meet the same end,” he says.\n"
    )
    assert speakers_of(text) == ["one masked gunman"]


def test_a_spokesman_saying_something_about_a_named_man_takes_the_next_he():
    text = (
        "Ferry\n\n“The ferry will cut commuting times in half,” county manager Victor Arkwright told "
        "reporters.\n\n"
        "A county budget office spokesman said Arkwright repeated the talking points of the operators.\n\n"
        "“But what does the county's own audit actually show?” he asked.\n"
    )
    assert speakers_of(text) == ["Victor Arkwright", "a county budget office spokesman"]


def test_a_likeness_after_as_brings_in_no_one():
    text = (
        "Display\n\nBill Skuby decorated his store window with a tombstone and a picture of the mayor "
        "as an old witch doctor.\n\n"
        "“It was a joke,” he said.\n"
    )
    assert speakers_of(text) == ["Bill Skuby"]


def test_a_she_after_a_she_going_on_about_an_unnamed_woman_is_that_woman():
    text = (
        "Fires\n\nMarta Quell, 40, was standing near the barricade on Dane Street.\n\n"
        "“Everybody is angry here tonight,” she said.\n\n"
        "A woman nearby was in tears. She was roused from sleep by the smoke.\n\n"
        "“They should not be doing this, man,” she said.\n"
    )
    assert speakers_of(text) == ["Marta Quell", "a woman"]


def test_a_he_in_the_sentence_after_one_going_on_about_an_unnamed_man_is_that_man():
    text = (
        "Delegates\n\nTrump spoke to the delegates on Monday.\n\n"
        "One California delegate said he tried to give away guest passes. He was unable to find a "
        "single taker, he said. “Not even one,” he said.\n"
    )
    assert speakers_of(text) == ["one California delegate"]
