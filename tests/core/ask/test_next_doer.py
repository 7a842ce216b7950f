""" "Who filed the lawsuit?" turns down "The lawsuit was filed in the Kelby District Court." (the deed in the
passive, with no doer); the next confident candidate that names who did it answers ("On Monday, the mayors of
six Norland towns filed a joint lawsuit ..."), not only the closest passage."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_TEXT = (
    "On Monday, the mayors of six Norland towns filed a joint lawsuit against the ferry levy the Norland "
    "government announced last Friday.\n\n"
    "The lawsuit was filed in the Kelby District Court. It claims the levy is unlawful.\n\n"
    "The government said it would defend the levy.\n"
)


def test_the_next_candidate_naming_the_doer_answers():
    result = answer_question(parse_article(_TEXT), "Who filed the lawsuit?")
    assert result.tier == 1
    assert "mayors of six Norland towns" in result.answer
