"""A role called new ("the new water chief") right after a verb of appointing ("After Mayor Victor
Lund appointed Nadia Ferrante last spring, ...") means the one appointed, not the one who appointed
them; a role not called new ("the mayor") still means the mayor."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Lead pipes\n\nThe Corvale Water Authority is moving too slowly to replace lead pipes, a report "
    "said on Tuesday.\n\n"
)


def test_the_new_role_is_the_appointee():
    text = LEAD + (
        "After Mayor Victor Lund appointed Nadia Ferrante last spring, the new water chief admitted "
        "the authority “fell far behind on the lead problem” and promised repairs.\n"
    )
    assert speakers_of(text) == ["Nadia Ferrante"]


def test_the_new_role_in_the_sentence_after_the_appointing_one():
    text = LEAD + (
        "Mayor Victor Lund appointed Nadia Ferrante last spring. The new water chief admitted the "
        "authority “fell far behind on the lead problem” and promised repairs.\n"
    )
    assert speakers_of(text) == ["Nadia Ferrante"]


def test_a_role_not_called_new_is_not_the_appointee():
    text = LEAD + (
        "After Mayor Victor Lund appointed Nadia Ferrante last spring, the mayor admitted the "
        "authority “fell far behind on the lead problem” and promised repairs.\n"
    )
    assert speakers_of(text) == ["Victor Lund"]
