"""A name typed without its accents ("Jose Munoz", "Bjork") asks about the article's "José Muñoz" as
the name typed with them does: a keyboard without accents types the plain letters."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.accents import with_article_accents
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index

TOUR = parse_article(
    "Title: Singer returns\n\n"
    "Björk will host the new show from São Paulo, the BBC said on Monday.\n\n"
    "She is to play three concerts in the city next year, said her manager, José Muñoz.\n"
)


def test_a_name_typed_without_accents_is_introduced_as_typed_with_them():
    plain = answer_question(TOUR, "Who is Jose Munoz?")
    accented = answer_question(TOUR, "Who is José Muñoz?")
    assert plain.answer is not None
    assert "said her manager, José Muñoz" in plain.answer
    assert (plain.answer, plain.confidence) == (accented.answer, accented.confidence)


def test_the_question_is_respelled_the_articles_way():
    index = build_index(TOUR)
    assert with_article_accents(index, "where is sao paulo") == "where is são paulo"


def test_a_word_the_article_also_writes_plain_stays_as_typed():
    index = build_index(parse_article("Title: Two Joses\n\nJosé Ruiz met Jose Diaz on Monday.\n"))
    assert with_article_accents(index, "Who is Jose?") == "Who is Jose?"
