"""A role no one named before it holds, introducing a paragraph of quoted words with a colon ("The
defense minister said: ¶ “…”"), speaks them as an unnamed source labelled by that role; a prime
minister named only later holds no office the reader has met there."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = (
    "Arms\n\nFighting flared again on Sunday near the border town of Kessa.\n\n"
    "Kessaria's defense minister said foreign partners had begun sending equipment. The defense "
    "minister said:\n\n"
    "“I cannot name any country that has agreed to help us.”\n\n"
)


def test_the_unheld_role_speaks_the_paragraph_after_its_colon():
    assert speakers_of(LEAD) == ["the defense minister"]


def test_the_unheld_role_is_an_unnamed_source():
    assert kinds_of(LEAD) == {"the defense minister": "unnamed"}


def test_a_minister_named_only_later_does_not_take_the_words():
    later = LEAD + "On Saturday, prime minister Oles Varenko said, “We will hold the line.”\n"
    assert speakers_of(later) == ["the defense minister", "Oles Varenko"]
