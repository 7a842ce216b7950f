"""A question whose words name nothing to look for and nothing missing ("What time did it happen?")
gets the first sentence holding the kind asked, or the story's first paragraph: never a bare "doesn't
say"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

BREAK_IN = parse_article(
    "Title: Singer tackles burglar\n\n"
    "A singer has been praised by police for tackling a burglar at his Dorford home.\n\n"
    "The intruder fled through a window at 0400 GMT on Monday. Nothing was taken.\n"
)


def test_a_vague_when_question_gets_the_first_sentence_with_a_time():
    result = answer_question(BREAK_IN, "What time did it happen?")
    assert result.tier == 2
    assert "0400 GMT on Monday" in result.passage.text


def test_a_vague_question_of_no_kind_gets_the_first_paragraph():
    result = answer_question(BREAK_IN, "What happened then?")
    assert result.tier == 2
    assert result.passage.text.startswith("A singer has been praised")
