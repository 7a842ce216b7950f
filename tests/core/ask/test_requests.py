"""ask.requests: a sentence reporting that someone asked, urged or planned for something to be done
does not say when or what was done."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.requests import only_requested

DELETIONS = (
    "Deleted records\n\nThe council is looking into how its planning records went missing.\n\n"
    "In March, the mayor's aide asked the archive clerk to delete the planning emails. The clerk did not "
    "do so at once.\n\nThe records were finally lost in a server move in June, an audit found.\n"
)


def test_a_request_to_do_something_does_not_answer_when_it_was_done():
    result = answer_question(parse_article(DELETIONS), "When did the clerk delete the planning emails?")
    assert result.answer is None or "asked" not in result.answer


def test_a_question_about_the_request_or_a_plan_is_answered_by_it():
    text = "In March, the mayor's aide asked the archive clerk to delete the planning emails."
    assert not only_requested("Who asked the clerk to delete the emails?", text)
    assert not only_requested("Will the clerk delete the emails?", text)
    assert only_requested("When did the clerk delete the emails?", text)
