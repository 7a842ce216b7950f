"""Groups of people who speak together, unnamed ("Multiple outlets reported", "Corporate lobbyists
describe ... as “…”"), and a manner verb of saying ("riffed")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_outlets_reporting_together_are_an_unnamed_group():
    body = "Multiple outlets reported on Wednesday the police had “more than one conversation” with Holt."
    assert _quotes(body) == [("multiple outlets", "more than one conversation")]


def test_lobbyists_describing_something_are_an_unnamed_group():
    body = "Corporate lobbyists describe such work as “a different cup of tea” from their own."
    assert _quotes(body) == [("Corporate lobbyists", "a different cup of tea")]


def test_a_role_that_riffed_is_the_person_it_refers_back_to():
    body = (
        "At a rally, Tom Reyes showed the crowd a clip of the mayor.\n\n"
        "“Let me help you out - the answer's no,” the Republican nominee riffed, drawing applause."
    )
    assert _quotes(body) == [("Tom Reyes", "Let me help you out - the answer's no")]


def test_a_group_with_no_article_after_a_quotation_speaks_it_despite_a_long_tail():
    body = (
        "“The damage done by the treasurer's thefts cannot be measured,” county prosecutors wrote in "
        "asking for the longest sentence of 12 years."
    )
    expected = ("county prosecutors", "The damage done by the treasurer's thefts cannot be measured")
    assert _quotes(body) == [expected]
