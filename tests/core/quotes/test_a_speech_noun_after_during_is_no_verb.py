"""A word of saying after "during" is a noun ("during remarks with the chancellor"), no
verb with a subject of its own: the quotation after "and told X that" stays the teller's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Summit day\n\nOlav Brekke, the prime minister, met two leaders on Monday.\n\n"


def test_during_remarks_leaves_the_told_quotation_with_its_subject():
    text = LEAD + (
        "He promised to give a trade pact “an absolute go” during remarks with Chancellor Ruth Adler "
        "and told President Marco Silva that he had won “one of the great landslides of modern history.”\n"
    )
    assert speakers_of(text) == ["Olav Brekke", "Olav Brekke"]


def test_remarks_as_a_verb_still_speaks():
    text = LEAD + "Brekke remarks that the talks had been “warm and very productive.”\n"
    assert speakers_of(text) == ["Olav Brekke"]
