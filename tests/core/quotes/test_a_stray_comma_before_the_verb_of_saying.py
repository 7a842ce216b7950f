"""A comma the writer left between a name and its verb of saying after a quotation ("“…,” Sen. Alma
Prewitt (I) of Dellmont, wrote in a letter", "Bishop Thomas Tobin of the Diocese of Providence, wrote")
still makes the name the speaker, unless someone is named after the verb ("Holt, said a spokesman")
(session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Pact\n\nCritics say the new shipping pact will cost jobs in the river towns.\n\n"
WORDS = "“Workers here should not be forced to compete against firms that pay a dollar an hour,”"


def test_a_name_and_its_place_then_a_stray_comma_speaks():
    text = TITLE + WORDS + " Sen. Alma Prewitt (I) of Dellmont, wrote in a letter to the trade office.\n"
    assert speakers_of(text) == ["Alma Prewitt"]


def test_a_name_then_a_stray_comma_speaks():
    text = TITLE + WORDS + " Sen. Alma Prewitt, wrote in a letter to the trade office.\n"
    assert speakers_of(text) == ["Alma Prewitt"]


def test_someone_named_after_the_verb_speaks_instead():
    text = TITLE + WORDS + " Sen. Alma Prewitt of Dellmont, said a spokesman.\n"
    assert speakers_of(text) == ["a spokesman"]
