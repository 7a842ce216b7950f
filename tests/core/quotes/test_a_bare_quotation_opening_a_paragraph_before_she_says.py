"""A quotation opening a paragraph as a sentence of its own, before a writer's sentence whose
quotation goes to the one person the paragraph above is about ("“…” For now, she says, she is still
with Whitlow “…”"), is that person's too; when the later quotation goes to someone else, the opening
one is left with no speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Voters\n\nFormer Tessaly governor Martin Ostrander drew large crowds in the river towns this week.\n\n"
    "Nadia Ferris, 22, was at the Corley event with her father. But she is not sold on Ostrander.\n\n"
)


def test_the_opening_quotation_goes_to_the_one_who_says_after_it():
    text = (
        LEAD + "“I have kind of moved to the Whitlow crowd.” For now, she says, she is still with "
        "Grace Whitlow “but we will see what happens.”\n"
    )
    assert speakers_of(text) == ["Nadia Ferris", "Nadia Ferris"]


def test_a_later_quotation_of_someone_else_gives_the_opening_one_no_speaker():
    text = (
        LEAD + "“I have kind of moved to the Whitlow crowd.” For now, Ostrander says, he is still in "
        "the race “and we will see what happens.”\n"
    )
    assert speakers_of(text) == [None, "Martin Ostrander"]
