"""An unnamed person introduced in the sentence before a quotation of several sentences ("A
spokeswoman for the Lanthorn Trust said ... “We wrote twice. Nobody replied,” she said.") is its
speaker, as for a quotation of one sentence: the sentence before "she" is then the quotation's own,
so the search for whom "she" means must start before the quotation."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def speakers_of(text: str) -> list[tuple[str, int]]:
    return [(s.name, s.quotes) for s in quotes.list_speakers(parse_article("Title: T\n\n" + text)).speakers]


def test_a_spokeswoman_quoted_in_two_sentences_is_their_speaker():
    text = (
        "A spokeswoman for the Lanthorn Trust said the trust had warned about the weir. "
        '"We wrote to the council twice. Nobody replied," she said.'
    )
    assert speakers_of(text) == [("a spokeswoman for the Lanthorn Trust", 1)]


def test_a_woman_named_paragraphs_before_does_not_take_the_spokeswomans_words():
    text = (
        'Council leader Petra Vanterpool said the weir would be rebuilt. "It will take a year," she said.\n\n'
        "A spokeswoman for the Lanthorn Trust, a river charity, said the trust had warned about the weir. "
        '"We wrote to the council twice. Nobody replied. We are not surprised," she said.'
    )
    assert ("a spokeswoman for the Lanthorn Trust", 1) in speakers_of(text)
    assert ("Petra Vanterpool", 1) in speakers_of(text)


def test_a_fan_quoted_in_three_sentences_is_their_speaker():
    text = (
        "One Harriers fan was walking home when the lights went out. "
        '"It went dark in seconds. I have never seen that. I ran," he said.'
    )
    assert speakers_of(text) == [("one Harriers fan", 1)]
