"""Interview transcripts: the interviewer's question is answered by the reply after it, and a
question the article asks is never itself the answer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_INTERVIEW = parse_article(
    "Title: Transcript\n\n"
    "Governor Lena Marsh spoke with anchor Rob Tate on Sunday.\n\n"
    "TATE: When will schools reopen?\n\n"
    "MARSH: Most of them on Wednesday. A few will take longer.\n\n"
    "TATE: Will the bridge be rebuilt?\n\n"
    "MARSH: We are still talking to engineers.\n"
)


def test_the_reply_after_the_interviewers_question_answers_it():
    result = answer_question(_INTERVIEW, "When will schools reopen?")
    assert result.tier == 1
    assert "Wednesday" in result.answer


def test_an_answer_spanning_question_and_reply_cites_both_paragraphs():
    result = answer_question(_INTERVIEW, "When will schools reopen?")
    assert [s.paragraph for s in result.sources] == [2, 3]


def test_a_question_the_article_asks_is_never_the_answer():
    result = answer_question(_INTERVIEW, "Will the bridge be rebuilt?")
    assert result.tier != 1
