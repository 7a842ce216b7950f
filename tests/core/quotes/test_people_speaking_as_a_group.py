"""Plain "people" speaking together ("“…,” several people chanted") are an unnamed group, labelled
with the words that count them, as "protesters chanted" is."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = (
    "Rally in Norbury\n\n"
    "Mayor Tom Vance spoke at a rally on Friday.\n\n"
    "“Lock them up,” several people chanted.\n"
)


def test_several_people_chanting_speak_as_an_unnamed_group():
    assert speakers_of(TEXT) == ["several people"]
    assert kinds_of(TEXT)["several people"] == "unnamed"


def test_people_chanting_are_never_the_person_named_before():
    assert "Tom Vance" not in speakers_of(TEXT)


def test_a_group_of_hecklers_shouting_speaks_as_an_unnamed_group():
    text = (
        "Minister quits\n\n"
        "As Dana Wirth finished her statement, a group of hecklers shouted: “One more minister runs away.”\n"
    )
    assert speakers_of(text) == ["a group of hecklers"]
    assert kinds_of(text)["a group of hecklers"] == "unnamed"
