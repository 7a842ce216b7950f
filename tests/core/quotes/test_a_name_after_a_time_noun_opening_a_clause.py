"""A name right after "the same day" or "the moment" opens the clause the time noun leaves "when" out of
("She made her remarks the same day Rep. Oskar Brandt, chairman of ..., said ... He also ...") and is
its subject, whom the next he means (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_means_the_subject_of_the_clause_after_the_same_day():
    text = (
        "Attacks\n\nInterior Secretary Tomas Reiner has said that such attacks are the biggest concern.\n\n"
        "“You have to find it early,” Sen. Liesel Marwood said.\n\n"
        "She made her remarks the same day Rep. Oskar Brandt, chairman of the House Security Committee, "
        "said the attacks showed how well the campaign worked. He also expressed concern.\n\n"
        "“It's like finding a needle in a haystack,” he said.\n"
    )
    assert speakers_of(text) == ["Liesel Marwood", "Oskar Brandt"]
