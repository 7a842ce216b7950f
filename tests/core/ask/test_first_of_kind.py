"""A question asking for a kind of answer (a reason, a day) is answered by the best confident sentence
holding one when the best-ranked sentence only tells the event again."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

SUBSTITUTION = parse_article(
    "Hawks boss Lena Marsh said she had no choice but to rest Owen Kerr in the second period against "
    "Bellport because the goalkeeper's 'nerve' was gone - but thinks that the break will help the young "
    "player over the winter. The 22-year-old was led off after only 40 minutes at Quay Rink on Friday "
    "evening during the 4-3 defeat. Kerr was struggling to stop the Bellport forwards, pushing Marsh into "
    "replacing him early. Hawks boss Lena Marsh admitted she 'had to' rest Kerr against Bellport . Kerr "
    "shook his coach's hand as he left the ice.\n"
)


def test_a_why_question_is_answered_by_the_confident_sentence_giving_the_reason():
    result = answer_question(SUBSTITUTION, "Why did Marsh rest Kerr?")
    assert result.tier == 1
    assert "because the goalkeeper's 'nerve' was gone" in result.answer
