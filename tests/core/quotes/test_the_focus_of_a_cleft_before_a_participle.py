"""The person a cleft "it was" puts first ("This summer it was Mrs. Ilse Marlow putting some distance
between herself and her boss, telling a journalist, “…”") is the subject a participle after it goes
on from."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

QUOTE = "“Great states need organizing principles, and slogans are not one.”"


def test_the_clefts_focus_speaks_through_the_participle():
    text = (
        "Governor Amos Kettle has been criticized by several of his former aides.\n\n"
        "This summer it was Mrs. Ilse Marlow putting some distance between herself and her former boss, "
        f"telling a journalist, {QUOTE}\n"
    )
    assert speakers_of(text) == ["Ilse Marlow"]


def test_a_cleft_about_a_thing_names_no_speaker():
    text = (
        "Governor Amos Kettle has been criticized by several of his former aides.\n\n"
        "This summer it was a memo putting some distance between the aides and their boss, "
        f"telling them, {QUOTE}\n"
    )
    assert speakers_of(text) != ["Amos Kettle"]
