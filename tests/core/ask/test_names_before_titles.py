"""A name typed right before a title the article writes ("When was Hitler Person of the Year?") is two
names, the person and the title, not one name "Hitler Person" the article never mentions."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CHOICE = parse_article(
    "Title: Magazine choice\n\n"
    "Time named Angela Merkel its person of the year on Wednesday.\n\n"
    "One reader noted that Adolf Hitler was chosen as Time's Person of the Year in 1938.\n"
)

COMMITTEE = parse_article(
    "Title: Party plan\n\nA former Democratic National Committee chairman backed the plan on Monday.\n"
)


def test_a_name_before_a_title_is_the_person_and_the_title():
    result = answer_question(CHOICE, "When was Hitler Person of the Year?")
    assert not result.missing
    assert "1938" in (result.answer or result.passage.text)


def test_a_person_never_named_before_the_title_is_missing_alone():
    assert answer_question(CHOICE, "Was Stalin Person of the Year?").missing == ("Stalin",)


def test_a_title_inside_another_name_is_no_title_of_its_own():
    # Guard: "National Committee" is only part of the article's "Democratic National Committee".
    assert answer_question(COMMITTEE, "What did the Republican National Committee say?").missing
