"""Photo captions run into tabloid text: a caption pointing at its photo names no one, and a quotation left
open goes on past one.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from bot.core.quotes.registry import build_registry
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of


def test_a_quotation_left_open_goes_on_past_a_caption_ending_in_a_photo_marker():
    text = (
        "Manager Ian Cole is proud of his old club. He added: 'How many players has the new man brought "
        "in? 'I don't know, but most of the lads who were there before still get picked. Cole takes "
        "credit for the 'spine' of the side, which includes Dan Shaw (above) 'Dan Shaw and Lee Wood "
        "are the only ones left from the promotion side. 'They have been brilliant for the club.'\n"
    )
    assert speakers_of(text)[-2:] == ["Ian Cole", "Ian Cole"]


def test_a_caption_pointing_at_its_photo_names_no_one():
    text = (
        "Tom Vane wrote to Mark Hale about the plot. Above, Hale and his wife, Priscilla Chan, in "
        "November. In emails, Vane described his offer.\n"
    )
    people = {p.name for p in build_registry(parse_article("Title: T\n\n" + text)).persons}
    assert people == {"Tom Vane", "Mark Hale", "Priscilla Chan"}


def test_a_quotation_saying_what_we_have_seen_is_speech_not_a_caption():
    text = (
        "Harbor officials said on Monday that ferry fares would rise again.\n\n"
        "“What we have seen is that our fares have been too low to pay for the boats,” Mara Quill, "
        "the deputy harbor director, said on a call with reporters.\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def _quotes(name: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(own_article(name))]


CUP = "quotes_cup_manager.txt"


def test_an_unclosed_quotation_stops_before_a_photo_caption():
    said = _quotes(CUP)
    assert said[0] == (
        "Colin Marsh",
        "We stuck at it and the players never stopped believing. It was a proper team performance.",
    )


def test_an_unclosed_quotation_stops_before_a_caption_line_ending_in_a_spaced_stop():
    assert ("Luke Abbott", "The gaffer told us to keep going. I knew one chance would come.") in _quotes(CUP)


def test_no_quotation_holds_caption_text():
    for _, text in _quotes(CUP):
        assert "pictured" not in text and "heads home" not in text and "VIDEO" not in text
