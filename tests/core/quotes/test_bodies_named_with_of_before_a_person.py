"""A body whose name opens with a word for supporters and "of" ("Friends of the Moors campaigner Jo
Penrose said") is the speaker's employer, no "friends of" source: the rule for people named by whom
they stand with needs the name right after "of"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_campaigner_of_a_body_named_friends_of_speaks_as_herself():
    text = (
        "A quarry on the moor has won planning approval.\n\n"
        "Friends of the Moors campaigner Jo Penrose said: “This quarry will scar the valley.”\n"
    )
    assert speakers_of(text) == ["Jo Penrose"]


def test_friends_of_a_named_person_opening_a_sentence_still_speak_as_friends():
    text = (
        "A quarry on the moor has won planning approval.\n\n"
        "Friends of Jo Penrose said she was “heartbroken by the vote and ready to appeal”.\n"
    )
    assert speakers_of(text) == ["Friends of Jo Penrose"]


def test_a_campaigner_of_a_body_named_friends_of_keeps_the_whole_body_in_her_role():
    text = (
        "A quarry on the moor has won planning approval.\n\n"
        "Friends of the Moors campaigner Jo Penrose said: “This quarry will scar the valley.”\n"
    )
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text))
    assert [s.role for s in listed.speakers] == ["Friends of the Moors campaigner"]
