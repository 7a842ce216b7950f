"""A short paragraph cut off before its full stop whose verb of saying is in the perfect ("Ketteridge
has suggested ... thrown out") is story, no caption: the next paragraph's he goes on with him."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Inquiry\n\nInspector general Howard Lindqvist has opened an inquiry into the port deal.\n\n"


def test_he_after_a_cut_off_perfect_of_saying_is_its_subject():
    text = LEAD + (
        "Defense lawyer Simon Ketteridge has suggested the inquiry is “so tainted” by bias that it may "
        "need to be thrown out\n\n"
        "“If this was poisoned from the start, how can anyone trust a single thing they found?” he said.\n"
    )
    assert speakers_of(text) == ["Simon Ketteridge"]
