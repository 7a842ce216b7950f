"""A digest item (a heading in capitals, then a quotation) closing with the outlet it is taken from
in brackets ("[WaPo.]") is that outlet's words; a bracketed note after a speech is not."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Tuesday's Morning Email\n\nTOP STORIES.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_a_digest_items_bracketed_outlet_speaks_its_quotation():
    body = "HOW THE HARBOR DECLINE AFFECTS THE COAST “The slowdown is fostering a cycle of decline.” [WaPo.]"
    assert _quotes(body) == [("WaPo", "The slowdown is fostering a cycle of decline.")]


def test_a_bracketed_note_after_a_speech_is_no_outlet():
    body = "The mayor ended her speech. “We will win this harbour back.” [Applause.]"
    assert all(speaker != "Applause" for speaker, _ in _quotes(body))


def test_a_name_after_a_headings_dash_and_before_a_colon_speaks():
    body = "Polls did predict the caucus - HarborPoll: “Most pollsters fared much better this time.”"
    assert _quotes(body) == [("HarborPoll", "Most pollsters fared much better this time.")]


def test_a_title_before_a_bracketed_outlet_is_no_ones_words():
    body = "KEEP YOUR SEATS We at last have a teaser for series three of “Harbour Lights.” [Vulture]"
    assert all(speaker != "Vulture" for speaker, _ in _quotes(body))
