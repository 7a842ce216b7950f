""" "Did the Queen congratulate the club?", "What did Lord's say about the title?": a title standing alone
as a name ("the Queen", "the Prime Minister") or a name written as a possessive ("Lord's", a cricket
ground) is said missing when the article never mentions it, as any other absent name is; a title before
a name ("Lord Coe") is no part of the name looked for, and one the article has is there."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

TITLE = parse_article(
    "Cricket club wins county title\n\n"
    "Dunmore Cricket Club won the county title on Saturday after beating Kelby by six wickets.\n\n"
    "Captain Tom Reyes said the team had worked hard all season.\n\n"
    "The club will play its first match of next season in April.\n"
)
PAVILION = parse_article(
    "Pavilion opened\n\n"
    "Queen Anne opened the new pavilion at Lord's on Tuesday.\n\n"
    "The prime minister was also there.\n"
)


def test_the_queen_the_article_never_mentions_is_missing():
    assert answer_question(TITLE, "Did the Queen congratulate the club?").missing == ("Queen",)


def test_a_possessive_name_the_article_never_mentions_is_missing_whole():
    assert answer_question(TITLE, "What did Lord's say about the title?").missing == ("Lord's",)


def test_a_title_of_two_words_is_missing_whole():
    assert answer_question(TITLE, "When did the Prime Minister visit the club?").missing == (
        "Prime Minister",
    )


def test_a_title_before_a_name_is_said_with_the_missing_name():
    # Only "Coe" is looked for; the reply names the person as the asker did.
    assert answer_question(TITLE, "What did Lord Coe say?").missing == ("Lord Coe",)


def test_titles_the_article_has_are_there():
    for question in (
        "Did the Queen open the pavilion?",
        "Where was the pavilion opened?",
        "Was the Prime Minister there?",
    ):
        assert answer_question(PAVILION, question).missing == ()
    assert answer_question(PAVILION, "When was the pavilion at Lord's opened?").answer is not None


def test_a_title_word_after_a_name_stands_for_no_one():
    assert answer_question(TITLE, "What did Ann King say?").missing == ("Ann",)
