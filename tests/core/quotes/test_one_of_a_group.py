"""One of a group speaking ("said one of two witnesses who ...", "one of the crew said") is an
unnamed source labelled as that one, not the whole group nor no one."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_one_of_a_group_after_the_verb_speaks():
    text = (
        "“It was unseemly. He kept calling her a liar,” said one of two witnesses who relayed the same "
        "story but did not want to speak on the record.\n"
    )
    assert speakers_of(text) == ["one of two witnesses"]


def test_one_of_a_group_before_the_verb_is_that_one():
    text = "“The ferry was late every day,” one of the deckhands said.\n"
    assert speakers_of(text) == ["one of the deckhands"]
    assert kinds_of(text) == {"one of the deckhands": "unnamed"}


def test_the_relative_of_one_of_a_group_is_who_speaks():
    text = '"She came home in tears," the mother of one of the pupils said.'
    assert kinds_of(text) == {"the mother of one of the pupils": "unnamed"}


def test_one_of_a_named_persons_advisers_is_that_adviser():
    text = (
        "Volunteers for Ben Vell gathered on Friday.\n\n"
        "“It is Vell 101,” one of Mr. Vell’s senior advisers said. “We get them up to speed.”\n"
    )
    assert speakers_of(text) == ["one of Mr. Vell’s senior advisers"] * 2


def test_one_of_a_surnames_aides_is_that_aide():
    text = "Volunteers for Ben Vell gathered on Friday.\n\n“It is Vell 101,” one of Vell’s aides said.\n"
    assert speakers_of(text) == ["one of Vell’s aides"]


def test_a_spokesman_for_someone_whose_who_clause_follows_speaks():
    text = (
        "Council leader Harold Finch may step down.\n\n"
        "A spokesman for Deputy Leader Rosa Quill, who has clashed with Finch before, said, "
        "“Ms. Quill wants the budget passed this month.”\n"
    )
    assert speakers_of(text) == ["a spokesman for Deputy Leader Rosa Quill"]


def test_one_of_a_described_group_is_the_one_not_the_group():
    text = (
        "Talk of a party split is growing in Carrow after the election defeat.\n\n"
        "One of the most prominent Republicans complained: “We have become what the other side was in the "
        "old days.”\n"
    )
    assert speakers_of(text) == ["one of the most prominent Republicans"]
