"""A yes/no question's run of three lower-case words whose first word the article never uses names
another kind of thing than the article's: "Was a boil water notice issued?" of a story with a water main
and a notice, but no boiling, says the article does not mention "boil"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

BURST = parse_article(
    "Water main bursts in Dunholm\n\n"
    "A water main burst in Dunholm on Monday, flooding three streets near the station.\n\n"
    "Crews repaired the main by evening, the council said, and a notice told residents to expect low "
    "pressure.\n\n"
    "The water supply was back to normal on Tuesday.\n"
)


def test_an_unused_first_word_of_a_thing_is_said_missing():
    result = answer_question(BURST, "Was a boil water notice issued?")
    assert result.answer is None
    assert result.missing == ("boil",)


def test_a_plain_describing_word_is_not_said_missing():
    result = answer_question(BURST, "Was a new water notice issued?")
    assert "new" not in result.missing


def test_a_verb_ending_the_run_leaves_it_alone():
    result = answer_question(BURST, "Are the old water mains lost?")
    assert "old" not in result.missing
