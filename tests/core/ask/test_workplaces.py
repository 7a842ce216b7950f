"""'Where does X work?' is answered from the speaker registry when X's role names an employer ("chief
economist at the Harbour Chamber"); a relation ("Ann Hall's brother") is no employer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

RATES = parse_article(
    "Title: Rates held\n\n"
    "The Bank of Dorford left interest rates on hold on Thursday.\n\n"
    '"The bank will wait for more data," said Ian Reyes, chief economist at the Harbour Chamber. '
    'Judge Ann Bell once called Reyes\'s work on prices "thought provoking".\n\n'
    '"We expected it," said Tom Hall, Ann Bell\'s brother.\n'
)


def test_where_someone_works_is_the_employer_their_role_names():
    result = answer_question(RATES, "Where does Ian Reyes work?")
    assert result.answer == "Ian Reyes is the chief economist at the Harbour Chamber."


def test_a_relation_is_no_employer():
    result = answer_question(RATES, "Where does Tom Hall work?")
    assert result.answer is None or "brother" not in result.answer
