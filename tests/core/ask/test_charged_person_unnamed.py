""" "Who is the accused?" wants a name: a sentence using "the accused" only as what a verb is done to, after
another person's name ("Judge Ana Lobo ordered the accused to remain in custody"), names the judge, not the
accused. The closest passage shows the paragraph, where the accused is named. "was named the manager" still
names the holder."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.holders import role_left_unnamed

_TEXT = (
    "A Norland man, Tom Reyes, aged 41, appeared in Kelby District Court yesterday, charged with arson at "
    "the harbour. Judge Ana Lobo ordered the accused remain in custody until his next hearing on May 5.\n\n"
    "Police arrested the accused near the quay, an hour after the fire.\n"
)


def test_a_role_after_a_verb_done_to_it_is_left_unnamed():
    text = "Judge Ana Lobo ordered the accused remain in custody until May 5."
    assert role_left_unnamed("Who is the accused?", [text])
    assert not role_left_unnamed("Who is the manager?", ["Ann Bell was named the manager on Friday."])


def test_who_is_the_accused_is_not_answered_by_the_judges_sentence():
    result = answer_question(parse_article(_TEXT), "Who is the accused?")
    assert result.tier == 2
    assert "Tom Reyes" in result.passage.text
