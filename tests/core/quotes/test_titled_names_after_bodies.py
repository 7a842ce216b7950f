"""A title's head after a body's name, then a full name, is a person: "Harbor Chamber of Commerce
President Dana Pruitt said" is Dana Pruitt, whose role is the rest (was the whole phrase, listed as an
organisation, and no person at all); a name that goes on a body's name stays the body's ("the
Department of Health and Social Care")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes, list_speakers
from bot.core.quotes.registry import build_registry

TEXT = (
    "Title: Harbor shooting\n\n"
    "Two men were hurt in a shooting near the ferry terminal on Monday.\n\n"
    "“The port will not be intimidated,” said Harbor Chamber of Commerce President Dana Pruitt.\n\n"
    "The Department of Health and Social Care said it was “monitoring the situation closely.”\n"
)


def test_a_titled_full_name_after_a_bodys_name_speaks():
    article = parse_article(TEXT)
    said = [q.speaker for q in extract_quotes(article)]
    listed = [(s.name, s.kind) for s in list_speakers(article).speakers]
    assert said[0] == "Dana Pruitt"
    assert listed[0] == ("Dana Pruitt", "person")


def test_the_title_is_the_persons_role():
    persons = build_registry(parse_article(TEXT)).persons
    assert [(p.name, p.roles) for p in persons] == [("Dana Pruitt", ["Harbor Chamber of Commerce President"])]
