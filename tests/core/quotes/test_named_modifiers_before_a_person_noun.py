"""An unnamed person described by a movement's or a body's name the registry does not hold ("As one
Black Lives Matter protester explained, “…”", "One Keep Harbor Green protester said") is that
unnamed person, labelled so (was unattributed: only plain words were read back to "one"); no "one"
or "a" before the name, no source ("Black Lives Matter protesters" is a group read elsewhere)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(sentence: str) -> list[str | None]:
    text = f"Title: Protest\n\nProtesters blocked the road to the ferry terminal on Monday.\n\n{sentence}\n"
    return [quote.speaker for quote in extract_quotes(parse_article(text))]


def test_one_protester_of_a_named_movement_speaks():
    said = _speakers("As one Black Lives Matter protester explained later, “We are tired of being ignored.”")
    assert said == ["one Black Lives Matter protester"]


def test_a_protester_of_a_named_group_opening_the_sentence_speaks():
    said = _speakers("One Keep Harbor Green protester said, “Nobody asked the town.”")
    assert said == ["one Keep Harbor Green protester"]


def test_a_nationality_before_a_modified_person_noun_stays_in_the_unnamed_label():
    said = _speakers("One American military contractor said, “I can tell you the community is excited.”")
    assert said == ["one American military contractor"]


def test_a_country_before_a_modified_person_noun_stays_in_the_unnamed_label():
    said = _speakers("One U.S. defense contractor said, “I can tell you the community is excited.”")
    assert said == ["one U.S. defense contractor"]


def test_a_long_placed_phrase_with_a_country_is_one_unnamed_source():
    said = _speakers(
        "One U.S. military contractor working in Iraq who asked not to be named said, “I can tell you the "
        "community is excited.”"
    )
    assert said == ["one U.S. military contractor working in Iraq who asked not to be named"]
