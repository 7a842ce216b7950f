"""/quote the band, /quote the company: the organisation the article quotes as "the band said" is
found by its kind, also when other organisations are quoted; never one only mentioned so."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

TOUR = (
    "Wilco cancelled the rest of its tour on Monday. The band blamed a back injury.\n\n"
    "“We will be back next spring,” the band said in a statement.\n\n"
    "The Finance Ministry said the costs were “manageable.”\n"
)


def _quoted(text: str, query: str) -> str | None:
    result = quotes.find_quotes(parse_article("Title: T\n\n" + text), query)
    return result.speaker.name if result.speaker is not None else None


def test_the_band_is_the_band_quoted_beside_a_ministry():
    assert _quoted(TOUR, "the band") == "Wilco"


def test_the_company_is_not_the_band():
    assert _quoted(TOUR, "the company") is None


def test_the_company_is_the_firm_quoted_as_the_company_beside_a_ministry():
    text = (
        "Harbor Holdings cut 200 jobs on Monday.\n\n“We regret the loss,” the company said.\n\n"
        "The Finance Ministry said the cuts were “painful.”\n"
    )
    assert _quoted(text, "the company") == "Harbor Holdings"
