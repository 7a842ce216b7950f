"""ask.parties: "What party is X?" answered by the party word written right before X's name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

RACE = (
    "Debate set\n\nThe two candidates will meet in Salem on Tuesday for their only debate.\n\n"
    "Libertarian presidential candidate Ada Holt's campaign said she had prepared for weeks. "
    "Tom Reyes, a former mayor, said he would talk about jobs.\n"
)


def test_the_party_word_before_a_politicians_name_answers_what_party_they_are():
    for question in ("What party is Ada Holt running for?", "What party is Holt's?", "What is Holt's party?"):
        result = answer_question(parse_article(RACE), question)
        assert result.tier == 1 and "Libertarian presidential candidate Ada Holt" in result.answer, question


def test_no_party_word_before_the_name_leaves_the_question_to_the_ranking():
    result = answer_question(parse_article(RACE), "What party is Tom Reyes?")
    assert result.answer is None or "Libertarian" not in result.answer
