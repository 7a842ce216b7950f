"""A retort after a quotation: 'shot back', 'fired back', 'hit back' (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_shot_back_after_a_quotation_gives_it_to_the_one_who_retorts():
    text = (
        "Jim Bennett and Sandra Paradis waited outside the stadium.\n\n"
        "“Look at the size of this queue,” Paradis said with a grin, glancing over at Bennett.\n\n"
        "“They only came for the free hats,” Bennett shot back with a chuckle.\n"
    )
    assert speakers_of(text) == ["Sandra Paradis", "Jim Bennett"]
