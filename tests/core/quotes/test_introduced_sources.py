"""An unnamed source introduced with "a" ("A council spokesperson said") is who "the
spokesperson" means afterwards, not a named person quoted further back."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEADER = "Council leader Margaret Oduya said the council had no choice. “We are broke,” she said.\n\n"


def _speakers(text: str) -> list[str | None]:
    return speakers_of(_LEADER + text)


def test_the_spokesperson_is_the_one_introduced_in_the_paragraph():
    text = "A council spokesperson said the building would be sold. “No buyer yet,” the spokesperson added.\n"
    assert _speakers(text)[-1] == "a council spokesperson"


def test_the_spokesperson_is_the_one_introduced_in_the_paragraph_before():
    text = (
        "A council spokesperson said the building would be sold.\n\n“No buyer yet,” the spokesperson added.\n"
    )
    assert _speakers(text)[-1] == "a council spokesperson"


def test_an_introduced_source_keeps_its_for_phrase_as_label():
    text = (
        "A spokeswoman for the governor's office said funds could follow. "
        "“Nothing is off the table,” the spokeswoman said.\n"
    )
    assert _speakers(text)[-1] == "a spokeswoman for the governor's office"


def test_a_named_spokesperson_is_still_the_person():
    text = (
        "Jo Pike, a spokeswoman for the council, said the hall would close. "
        "“It is sad,” the spokeswoman said.\n"
    )
    assert _speakers(text)[-1] == "Jo Pike"


def test_a_title_before_a_name_after_one_introduces_no_unnamed_source():
    text = (
        "Sticking to the spending cap was the one victory Council Minority Leader Hugo Brandt (R-Ward 4) "
        "and his colleagues could point to. Before the recess, Brandt told reporters that reopening the "
        "cap was a “bad idea.”\n\n"
        "“I do hope that at the end of the day we will keep the cap,” the Republican leader said.\n"
    )
    assert speakers_of(text)[-1] == "Hugo Brandt"
