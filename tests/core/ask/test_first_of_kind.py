"""A question asking for a kind of answer (a reason, a day) is answered by the best confident sentence
holding one when the best-ranked sentence only tells the event again."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

SUBSTITUTION = parse_article(
    "Rovers boss Tom Reyes said he had no option but to substitute Ben Hall in the first half against "
    "Dorford because the defender's 'confidence' was shot - but believes that it will benefit the "
    "youngster in the long run. The 19-year-old was taken off after only 39 minutes at Mill Park on "
    "Monday night during the 2-1 win. Hall was struggling to contain the Dorford strikers, forcing Reyes "
    "into replacing him early. Rovers boss Tom Reyes admitted he 'had to' substitute Hall against "
    "Dorford . Hall shook his manager's hand as he left the field.\n"
)


def test_a_why_question_is_answered_by_the_confident_sentence_giving_the_reason():
    result = answer_question(SUBSTITUTION, "Why did Reyes substitute Hall?")
    assert result.tier == 1
    assert "because the defender's 'confidence' was shot" in result.answer
