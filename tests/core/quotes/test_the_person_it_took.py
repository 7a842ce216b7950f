"""The person after an opening "It took" ("It took Mr. Brenner, the nominee for Mr. Pickett's seat,
less than a minute to bring it up") is the one who did it: a he after the sentence means them, not
the other man named in their aside."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Representative Hal Brenner is going to be a father and he wants everyone to know it.\n\n"
    "During his two debates with Senator Ross Pickett this week, Mr. Brenner mentioned the baby often.\n\n"
)


@pytest.mark.parametrize("aside", ["the nominee for Mr. Pickett's seat", "Mr. Pickett's rival"])
def test_a_he_after_it_took_someone_means_them(aside):
    text = (
        LEAD + f"It took Mr. Brenner, {aside}, less than a minute to bring it up. “Lena and I were so "
        "excited to announce that we were expecting our first child,” he said."
    )
    assert speakers_of(text) == ["Hal Brenner"]
