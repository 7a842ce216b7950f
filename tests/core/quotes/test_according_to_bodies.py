"""`according to` and a body's name ("according to Reuters") gives the quotation to that body,
labelled as written, as `according to a senior official` gives it to the official."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_according_to_a_news_agency_after_the_quotation():
    body = "“Harbor officials expect to finish the review soon,” according to Reuters."
    assert _quotes(body) == [("Reuters", "Harbor officials expect to finish the review soon")]


def test_according_to_a_person_still_gives_the_person():
    body = "“Harbor officials expect to finish the review soon,” according to Holt."
    assert _quotes(body) == [("Ada Holt", "Harbor officials expect to finish the review soon")]
