"""A retort after a quotation: 'shot back', 'fired back', 'hit back' (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_shot_back_after_a_quotation_gives_it_to_the_one_who_retorts():
    text = (
        "Jim Bennett and Sandra Paradis stood outside the school.\n\n"
        "“Look at all these people here,” Paradis said with a smirk, looking over at Bennett.\n\n"
        "“They are all here for the free stuff,” Bennett shot back with a laugh.\n"
    )
    assert speakers_of(text) == ["Sandra Paradis", "Jim Bennett"]
