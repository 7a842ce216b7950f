"""A body that a sentence names as its source speaks, labelled as written: `according to Reuters`
(as `according to a senior official` gives the official), `Harbor Bank found that “…”`, and an
`it said` after an opening phrase when the sentence before opens with the body."""

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


def test_an_organisation_that_found_something_speaks_its_finding():
    body = "In 2014, Harbor Bank found that “savers were twice as worried as a year before.”"
    assert _quotes(body) == [("Harbor Bank", "savers were twice as worried as a year before.")]


def test_it_after_an_opening_phrase_is_the_organisation_of_the_sentence_before():
    body = (
        "The Harbor Trust backtracked on Monday, putting out a statement. "
        "In cases of flooding, it said, “the owner is a victim.”"
    )
    assert _quotes(body) == [("the Harbor Trust", "the owner is a victim.")]
