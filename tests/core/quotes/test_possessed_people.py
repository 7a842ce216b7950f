"""A possessor is not the speaker when what it possesses is a person or people opening the clause
("Ada Holt's right-hand woman rallied supporters, saying: “…”"): that phrase is an unnamed source;
a possessed writing ("Holt's letter makes a case:") is still the possessor's words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_a_possessed_person_rallying_supporters_speaks_not_the_possessor():
    body = "In response, Ada Holt’s right-hand woman rallied supporters, saying: “We have to be ready.”"
    assert _quotes(body) == [("Ada Holt’s right-hand woman", "We have to be ready.")]


def test_a_possessed_person_after_an_opening_phrase_naming_others_speaks():
    body = (
        "In response to the Harbor Authority’s plan to bar boats from the United States, Ada Holt’s "
        "right-hand woman rallied supporters, saying: “We have to be ready.”"
    )
    assert _quotes(body) == [("Ada Holt’s right-hand woman", "We have to be ready.")]


def test_possessed_questioners_before_a_colon_speak_not_the_possessor():
    body = "At the briefing, Holt's first five questioners ranged from skeptical to hostile: “Why now?”"
    assert _quotes(body) == [("Holt's first five questioners", "Why now?")]


def test_a_possessed_writing_is_still_the_possessors():
    body = "Holt’s letter makes a case: “We have to be ready.”"
    assert _quotes(body) == [("Ada Holt", "We have to be ready.")]


def test_a_possessor_before_the_named_subject_of_a_participle_is_not_its_speaker():
    text = (
        "Gwen Holt ran for mayor.\n\n"
        "In early October, Holt’s state director, Tom Varga, reached out to a firm, writing in "
        "an email: “We want to use this soon.”\n"
    )
    assert speakers_of(text) == ["Tom Varga"]


def test_a_possessors_unnamed_aide_is_no_quote_of_the_possessor():
    text = "Gwen Holt, the mayor, spoke.\n\n“We expect a vote soon,” said Holt’s chief of staff.\n"
    assert speakers_of(text) != ["Gwen Holt"]
