"""A quotation too long for its place in a /quote reply is shown up to the last whole sentence that
fits, then "…" (the read menu opens the paragraph whole), never cut inside a sentence."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.discord import embeds

STATEMENT = " ".join(
    f"Point {n} of our case is that the Larkmoor pool has served the estate for forty years."
    for n in range(1, 13)
)
ARTICLE = f'Pool closure fought\n\nResidents will fight the closure.\n\nOrla Quennell said: "{STATEMENT}"\n'


def _description() -> str:
    article = parse_article(ARTICLE)
    return (
        embeds.quote_reply(api.quote(article, "Orla Quennell"), embeds.Frame.of(article)).pages[0].description
    )


def test_a_long_quotation_ends_after_a_whole_sentence():
    quoted = _description().split("\n— ")[0]
    assert quoted.endswith("for forty years. …")


def test_a_long_quotation_keeps_as_many_whole_sentences_as_fit():
    quoted = _description().split("\n— ")[0]
    assert "Point 8 of our case" in quoted and len(quoted) <= 900
