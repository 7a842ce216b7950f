"""Words quoted inside a sentence of their own are not what the next sentence's verb of saying
reports when it goes on with a clause: "The council promised “a crossing for every islander.”
Critics say the vote breaks that promise." is never the critics' quotation."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(paragraph: str) -> list[str | None]:
    body = f"The Kellan ferry will stop running in April.\n\n{paragraph}"
    quotes = extract_quotes(parse_article(f"Title: Ferry vote\n\n{body}\n"))
    return [quote.speaker for quote in quotes]


def test_critics_reporting_a_clause_do_not_take_the_partial_quotation_before():
    said = _said(
        "The council promised “a crossing for every islander.” Critics say the vote breaks that promise."
    )
    assert "critics" not in said


def test_a_person_reporting_a_clause_does_not_take_the_partial_quotation_before():
    said = _said("The council promised “a crossing for every islander.” Ada Holt said the vote was wrong.")
    assert "Ada Holt" not in said


def test_a_short_attribution_after_a_whole_quotation_still_speaks_it():
    said = _said("“We are not finished.” Ada Holt said.")
    assert said == ["Ada Holt"]
