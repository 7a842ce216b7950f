"""A sentence that speaks of the person asked about as "she" or "he", right after a sentence naming
them and no one else, counts their name: "How long did Agnes Thornbury work as a clerk?" is
answered by "She worked at the mill as a clerk for six summers", not by another sentence naming her."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.references import referring
from bot.core.search.index import build_index
from tests.conftest import own_article


def _shown(result) -> str:
    return result.answer or (result.passage.text if result.passage else "")


def test_a_sentence_saying_she_after_one_naming_her_alone_counts_her_name():
    article = own_article("ask_mill_reopening.txt")
    result = answer_question(article, "How long did Agnes Thornbury work as a clerk?")
    assert "six summers" in _shown(result)


def _he_plans(index) -> int:
    return next(n for n, s in enumerate(index.sentences) if s.text.startswith("He plans"))


def test_he_after_a_sentence_naming_someone_else_is_not_the_person_asked_about():
    article = own_article("ask_mill_reopening.txt")
    index = build_index(article)
    positions = list(range(len(index.sentences)))
    assert _he_plans(index) not in referring(article, index, ["thornbury"], positions)
    assert referring(article, index, ["castellan"], positions)[_he_plans(index)] == {"castellan"}


def test_a_pronoun_of_the_other_gender_after_a_sentence_naming_her_is_not_hers():
    article = parse_article(
        "Title: T\n\nI had a photo shoot with a woman named Joan. "
        "An owner strokes his pet in the park before the dog dies.\n"
    )
    index = build_index(article)
    positions = list(range(len(index.sentences)))
    strokes = next(n for n, s in enumerate(index.sentences) if s.text.startswith("An owner"))
    assert strokes not in referring(article, index, ["joan"], positions)
