"""`( Also on THE LEDGER: Lawmakers mourn Ferris Oakley’s death)` between a speaker and "he recalled":
a bracketed link to another story is no part of this one; its names are no antecedents."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_pronoun_after_a_link_line_is_the_speaker_before_it():
    text = (
        "“I owe my career to this valley,” Governor Dan Kettering said, a day after the death of the mill "
        "owner Ferris Oakley.\n\n"
        "( Also on THE LEDGER: Lawmakers mourn Ferris Oakley’s death)\n\n"
        "“My first job was sweeping the floor of his mill,” he recalled.\n"
    )
    assert speakers_of(text) == ["Dan Kettering", "Dan Kettering"]
