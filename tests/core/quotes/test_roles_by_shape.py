"""Roles by their shape: a trade no list holds ("harbour master", "dock foreman", "night dispatcher")
given to a person in apposition is that person's role, so "the harbour master said" is them; with no
one given it, it is an unnamed source where no one named is in mind, and unattributed where someone
is (writers rename a person just named so: never a guessed name)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes
from bot.core.quotes.registry import build_registry


def _speakers(body: str) -> list[str | None]:
    article = parse_article(f"Title: Storm at Port Ardley\n\n{body}")
    return [quote.speaker for quote in extract_quotes(article)]


def test_a_harbour_master_in_apposition_speaks_as_the_harbour_master():
    body = (
        "Tom Reyes, the harbour master, closed the quay on Monday morning.\n\n"
        "Ann Bell, a teacher, was waiting for the ferry with her class.\n\n"
        "“We have never seen the water this high,” the harbour master said.\n\n"
        "“The boats stay in until the wind drops,” said the harbour master.\n"
    )
    assert _speakers(body) == ["Tom Reyes", "Tom Reyes"]


def test_a_foreman_named_after_his_role_speaks_as_the_foreman():
    body = (
        "The dock foreman, Ed Marsh, said the boats were warned by radio.\n\n"
        "Ann Bell, a teacher, saw the lights go out.\n\n"
        "“Nobody went out,” the dock foreman said.\n"
    )
    assert _speakers(body) == ["Ed Marsh"]


def test_the_trades_are_the_peoples_roles():
    body = "Tom Reyes, the harbour master, closed the quay. The dock foreman, Ed Marsh, agreed.\n"
    roles = {p.name: p.roles for p in build_registry(parse_article(f"Title: T\n\n{body}")).persons}
    assert roles == {"Tom Reyes": ["harbour master"], "Ed Marsh": ["dock foreman"]}


def test_a_trade_no_one_is_given_with_no_one_in_mind_is_an_unnamed_source():
    body = (
        "Police received a call about a man shouting at cars on Dock Road.\n\n"
        "A little later the dispatcher says, “He hit one of his friends, no weapons seen.” About four "
        "minutes later, the dispatcher says, “I got another call for the same man.”\n"
    )
    assert _speakers(body) == ["the dispatcher", "the dispatcher"]


def test_a_trade_no_one_is_given_is_never_the_person_just_named():
    body = (
        "Ann Bell, a teacher, was on the quay with her class.\n\n"
        "“We have never seen the water this high,” the harbour master said.\n"
    )
    assert _speakers(body) == [None]


def test_a_lede_describing_a_trade_gives_it_to_the_person_named_next():
    body = (
        "A Harbor wildlife warrior has filmed himself swimming beside crocodiles. Beau Vale has posted "
        "the footage online.\n\n"
        "Ann Bell, his sister, said he had always loved animals.\n\n"
        "“They are just big old dinosaurs,” the wildlife warrior said.\n"
    )
    assert _speakers(body) == ["Beau Vale"]
