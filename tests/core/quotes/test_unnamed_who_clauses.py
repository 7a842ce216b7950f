"""An unnamed source opening its sentence with a "who" clause before the verb ("a harbour official
who spoke on condition of anonymity said ...") speaks, labelled so, and so does a writing a "that"
clause hangs on ("a message that said"); a person the role is set beside still speaks."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_an_unnamed_official_before_a_who_clause_speaks():
    body = "A harbour official who spoke on condition of anonymity said the mayor “is not going to weigh in.”"
    assert _quotes(body) == [("a harbour official", "is not going to weigh in.")]


def test_an_unnamed_official_after_an_opening_clause_speaks():
    body = (
        "Although there is no overlap, one council aide who relayed the exchange said Holt “will "
        "not be moved.”"
    )
    assert _quotes(body) == [("one council aide", "will not be moved.")]


def test_a_role_set_beside_a_name_leaves_the_name_speaking():
    body = "Tom Reyes, an aide who worked for Holt, said she “is not going to weigh in.”"
    assert _quotes(body) == [("Tom Reyes", "is not going to weigh in.")]


def test_a_writing_a_that_clause_hangs_on_speaks():
    body = "The listing was replaced by a message that said, “Sorry, the item is no longer for sale.”"
    assert _quotes(body) == [("a message", "Sorry, the item is no longer for sale.")]


def test_a_writing_a_named_person_released_is_not_its_own_speaker():
    body = "Holt released a marketing video that said, “We will have the finest harbour in the state.”"
    assert all(speaker != "a marketing video" for speaker, _ in _quotes(body))
