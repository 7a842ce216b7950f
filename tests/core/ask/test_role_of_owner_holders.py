"""ask.introductions.role_holder: "Who is the president of Norland?" is answered by the sentence that
writes the owner between the role and the name ("President of Norland Ana Lobo"), not by a later one that
names the holder by the bare title ("President Lobo elaborated")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

BRIDGE = (
    "Norland to build a bridge\n\n"
    "On Sunday in Norland's parliament, President of Norland Ana Lobo announced a plan to build a bridge. "
    'The president had previously called it "a matter of pride".\n\n'
    "Thousands of people gathered outside the parliament. Illegal fishing is a crime punishable with a "
    'prison term in the country. Asked about costs, President Lobo elaborated, "A state must build."\n'
)


def test_a_role_written_with_its_owner_before_the_name_answers_who_holds_it():
    for question in ("Who is the president of Norland?", "who is the president of norland"):
        result = answer_question(parse_article(BRIDGE), question)
        assert result.answer is not None and "Ana Lobo" in result.answer, question


def test_a_role_asked_without_an_owner_still_finds_its_holder():
    result = answer_question(parse_article(BRIDGE), "Who is the president?")
    assert result.answer is not None and "Lobo" in result.answer
