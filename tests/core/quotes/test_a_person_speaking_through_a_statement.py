"""A person who puts out a statement speaks the words quoted from it, as a body does: "Mira Tollan
released a statement offering “…”" and "... a statement that said “…”" are Mira Tollan's, though no
list knows her given name (a name a list knows, "Ada Holt", was read so already)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(sentence: str) -> list[tuple[str | None, str]]:
    body = f"The Kellan ferry will stop running in April.\n\n{sentence}"
    quotes = extract_quotes(parse_article(f"Title: Ferry closure\n\n{body}\n"))
    return [(quote.speaker, quote.kind) for quote in quotes]


def test_a_person_releasing_a_statement_offering_words():
    said = _said("Mira Tollan released a statement offering “deep regret to every islander.”")
    assert said == [("Mira Tollan", "person")]


def test_a_person_releasing_a_statement_that_said_words():
    said = _said("Mira Tollan released a statement that said “the island deserves better.”")
    assert said == [("Mira Tollan", "person")]


def test_a_person_named_after_the_statement_is_not_its_speaker():
    said = _said("Mira Tollan released a statement offering Ada Holt “deep regret to every islander.”")
    assert said == [(None, "person")]
