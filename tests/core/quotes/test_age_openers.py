"""An age before a name opening a sentence ("76-year-old Dana Pruitt, founder of ..., endorsed
Reyes, saying he “…”") leaves the name the sentence's subject, who speaks its participle's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_an_age_opening_the_sentence_is_its_subject():
    said = speakers_of(
        "76-year-old Dana Pruitt, founder of the Harbor Institute and long time councillor from Gull "
        "Point, endorsed Reyes last week, saying he “has consistently shown his deep commitment to the "
        "port.”"
    )
    assert said == ["Dana Pruitt"]


def test_a_name_after_an_age_after_a_verb_is_still_its_object():
    said = speakers_of(
        "Mayor Tom Reyes praised 76-year-old Dana Pruitt on Monday, calling her “a rock of the port.”"
    )
    assert said == ["Tom Reyes"]
