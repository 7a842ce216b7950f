""" "How many of the 36 have been arrested?" is not answered by a sentence whose only figure is the question's
own ("warrants on 36 people"): a count question wants a figure it does not give. Another figure answers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import COUNT, answer_type_score

_TEXT = (
    "On Monday, Norland's state news agency reported Norland issued arrest warrants on 36 people believed to "
    "have been involved in the harbour fire.\n\n"
    "Among the 36 warrants, the harbour master's was the only name disclosed.\n"
)


def test_the_questions_own_figure_is_no_count():
    text = "Norland issued arrest warrants on 36 people believed to have been involved in the fire."
    assert answer_type_score(COUNT, text, {"36", "arrested"}) == 0.0
    assert answer_type_score(COUNT, "Police have arrested 12 of the 36 people.", {"36", "arrested"}) == 1.0


def test_a_count_question_is_not_answered_by_its_own_figure():
    assert answer_question(parse_article(_TEXT), "How many of the 36 have been arrested?").tier != 1
