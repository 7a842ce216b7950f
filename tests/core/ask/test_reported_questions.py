"""A sentence reporting a question put to someone ("Reporters also asked Holt how the research is linked to
the lake.") holds the question asked, not its answer; one giving the reply too ("When asked if ..., Holt
replied ...") still answers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

INTERVIEW = parse_article(
    "Mars interview\n\n"
    "Scientists found oxygen could dissolve in salty water on Mars.\n\n"
    "Reporters also asked Ana Holt how their research is linked to the recent discovery of a lake below the"
    " south pole.\n\n"
    "Holt said the lake was too cold for life.\n"
)


def test_a_reported_question_is_no_answer():
    result = answer_question(INTERVIEW, "How is the research linked to the lake under the south pole?")
    assert result.tier == 2


def test_a_reported_question_with_its_reply_answers():
    article = parse_article(
        "Police review\n\n"
        'When a reporter asked if that included closing the station, Holt replied, "If that is what is'
        ' necessary, we will do it."\n\n'
        "The review will end in May.\n"
    )
    result = answer_question(article, "Would Holt close the station?")
    assert "replied" in (result.answer or "")
