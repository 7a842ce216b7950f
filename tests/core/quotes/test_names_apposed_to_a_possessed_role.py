"""A name in the commas of a possessed role, with a verb of saying after it, inside what a body reports
("The Harbor Chronicle reported that her father, Michael Hale, said ...") is that clause's subject, so a
he after it is Hale, not the official named in the sentence before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_father_named_in_a_reported_clause_is_whom_he_means():
    text = (
        "Denise Hale, 29, was found safe on Wednesday, two days after she was reported kidnapped.\n\n"
        "Police Lt. Kenny Pak said that the case was being treated as a kidnap for ransom. The Harbor "
        "Chronicle reported that her father, Michael Hale, said in a telephone interview that he received a "
        "voice mail from his daughter on Wednesday morning. He called police to ask that they pick her up, "
        "he told the newspaper. “I almost had a heart attack,” he said.\n"
    )
    assert speakers_of(text) == ["Michael Hale"]
