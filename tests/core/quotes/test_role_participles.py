"""A participle of saying goes on with its clause's subject: a definite role opening the sentence
refers back to a named person ("The Texas senator ..., saying “…”"), and any verb of saying in
-ing is such a participle ("remarking from Gullport ..."), never giving its words to a place."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_a_role_opening_the_sentence_speaks_through_a_participle_after_a_coordinated_verb():
    body = (
        "Tom Reyes spoke through jeers as he closed his campaign. Reyes waved to the hall.\n\n"
        "The Texas senator tried to settle his backers, and handled a protester calmly, saying "
        "the woman would “come to no harm” at his event."
    )
    assert _quotes(body) == [("Tom Reyes", "come to no harm")]


def test_remarking_is_a_participle_whose_subject_is_its_clauses_not_a_place_after_it():
    body = (
        "Tom Reyes addressed his concerns in an interview, remarking from Gullport that he did not "
        "feel “this is a very difficult inquiry.”"
    )
    assert _quotes(body) == [("Tom Reyes", "this is a very difficult inquiry.")]
