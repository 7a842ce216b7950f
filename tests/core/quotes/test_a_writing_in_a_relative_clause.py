"""A body or writing named right before ", which" speaks the partial quotation its relative clause
holds, as it would opening the sentence ("The charter defines a harbour as “…”"): "Few island states
ratified the Lagoon Compact, which formally defines a nesting beach as: “…”" is the compact's. A
plural noun in -s before a verb in the past ("states ratified") is that verb's subject, no verb of
saying; a whole sentence quoted ("as “A stretch of sand ...”") is the writing's too, and "the
1982 Lagoon Compact" names a document, no person."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(*paragraphs: str) -> list[tuple[str | None, str]]:
    body = "\n\n".join(("Delegates from nine island nations met in Port Selden on Tuesday.", *paragraphs))
    quotes = extract_quotes(parse_article(f"Title: Turtle beaches\n\n{body}\n"))
    return [(quote.speaker, quote.kind) for quote in quotes]


def _speakers(*paragraphs: str) -> list[str | None]:
    return [speaker for speaker, _ in _said(*paragraphs)]


def test_a_named_accord_before_which_speaks():
    said = _said(
        "Few island states ratified the Lagoon Compact, which formally defines a nesting beach as: "
        "“any sand within fifty yards of a turtle burrow.”"
    )
    assert said == [("the Lagoon Compact", "organisation")]


def test_a_writing_noun_before_which_speaks():
    said = _said("The board published a new code, which sets the night limit at “two lamps per cottage.”")
    assert said == [("a new code", "unnamed")]


def test_a_relative_clause_naming_a_person_is_no_writings():
    said = _speakers("Mira Tollan opposed the Lagoon Compact, which Tollan called “a gift to hoteliers.”")
    assert said == ["Mira Tollan"]


def test_a_relative_clause_with_a_copula_is_no_writings():
    said = _speakers("Few island states ratified the Lagoon Compact, which was “a dead letter” by May.")
    assert said == ["few island states"] or said == [None]


def test_a_plural_noun_before_a_past_verb_is_no_verb_of_saying():
    said = _speakers("Three coastal states signed the Lagoon Compact, “a charter for beaches,” on Monday.")
    assert said == [None]


def test_a_dated_named_document_speaks_a_whole_sentence_its_relative_holds():
    said = _said(
        "None of the island states signed the 1982 Lagoon Compact, which formally defines a nesting "
        "beach as “A stretch of sand that holds the burrows of nesting turtles.”"
    )
    assert said == [("the 1982 Lagoon Compact", "organisation")]
