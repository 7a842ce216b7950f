"""ask.corrections: an answer saying what something does not mean brings the next sentence saying
what it does mean ("... doesn't mean Holt will win. It just means the race is close.")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

COLUMN = (
    "Don't read too much into one survey\n\n"
    "Mayor Ada Holt is two points ahead of Tom Reyes with a month to go, a survey found on Monday.\n\n"
    "Her campaign calls it a landslide in the making. But her narrow lead doesn't mean Holt will win. "
    "It just means the race is close. Turnout will decide it.\n"
)


def test_an_answer_negating_the_asked_verb_brings_the_sentence_that_corrects_it():
    result = answer_question(parse_article(COLUMN), "What does Holt's narrow lead mean?")
    assert result.tier == 1 and "It just means the race is close." in result.answer


def test_a_negated_answer_stays_alone_when_the_next_sentence_does_not_assert_the_verb():
    article = parse_article(COLUMN.replace("It just means the race is close. ", ""))
    result = answer_question(article, "What does Holt's narrow lead mean?")
    assert "Turnout will decide it." not in (result.answer or "")
