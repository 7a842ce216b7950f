"""A body that puts a writing out speaks the words quoted from it: "The Selden Gazette ran a piece
that said “…”" is the paper's, "The Tarrow party released a statement offering “…”" the party's (as
"released a statement saying “…”" already was); a writing no body is said to put out still speaks
alone ("a sign that said"), and a campaign ad "released Thursday" stays the ad's."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(sentence: str) -> list[tuple[str | None, str]]:
    body = f"Ferry crews on the Selden islands stayed off work for a ninth day.\n\n{sentence}"
    quotes = extract_quotes(parse_article(f"Title: Ferry strike\n\n{body}\n"))
    return [(quote.speaker, quote.kind) for quote in quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Selden Gazette ran a piece that said “no boat will sail before the spring tides.”",
        "The Selden Gazette ran a story which said “no boat will sail before the spring tides.”",
        "The Selden Gazette published an article saying “no boat will sail before the spring tides.”",
    ],
)
def test_a_paper_speaks_through_its_piece(sentence):
    assert _said(sentence) == [("the Selden Gazette", "organisation")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarrow party released a statement offering “its full backing to every deckhand.”",
        "The Tarrow party issued a statement that said “every deckhand has our backing.”",
    ],
)
def test_a_party_speaks_through_its_statement(sentence):
    assert _said(sentence) == [("the Tarrow party", "organisation")]


def test_a_writing_no_body_put_out_speaks_alone():
    said = _said("Crews found a sign that said “all sailings are cancelled until further word.”")
    assert said == [("a sign", "unnamed")]


def test_a_writing_released_on_a_day_is_still_the_writing():
    said = _said("A union ad released Thursday accuses the owners of “starving the islands.”")
    assert said == [("a union ad", "unnamed")]
