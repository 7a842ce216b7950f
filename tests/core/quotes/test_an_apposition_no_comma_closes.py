"""A person opening the sentence, then a comma and an apposition of a person's noun that no comma
closes before the verb ("Martin Oakes, another former trade aide under Governor Lisa Tamsin with long
experience said"), is the verb's subject, not a name inside the apposition; a writing set off by
commas ("Podliska, the statement said,") is no apposition."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

QUOTE = "“being able to show you have a genuine interest in a deal but can live without one.”"


def test_the_person_before_the_unclosed_apposition_speaks():
    text = (
        "Martin Oakes, another former senior Harwick trade aide under Governor Lisa Tamsin with long "
        f"experience said the key to effective deal making is {QUOTE}\n"
    )
    assert speakers_of(text) == ["Martin Oakes"]


def test_a_writing_set_off_by_commas_still_speaks():
    text = f"Lisa Tamsin faced questions.\n\nTamsin, the statement said, was {QUOTE}\n"
    assert speakers_of(text) == ["the statement"]
