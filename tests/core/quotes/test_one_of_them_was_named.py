"""A name after "was" in a sentence opening "One of ..." or "Among ..." ("One of those victims was former
football player Frank Gaddis, who ...") is the person the sentence brings in, the subject a he or she
after it goes on with, not the person quoted before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_BEFORE = (
    "“They have information only the tax office would know about you,” said Tim Camden, a deputy "
    "inspector. Most victims have lost about $5,000. "
)
_AFTER = (
    " When he got the call, it sounded so real that he left the radio station in a panic. “The only "
    "thing running through my head is, I'm going to jail,” he recalled.\n"
)


def test_one_of_them_named_after_was_is_whom_he_means():
    text = (
        _BEFORE
        + "One of those victims was former football player Frank Gaddis, who now hosts a radio show."
        + _AFTER
    )
    assert speakers_of(text) == ["Tim Camden", "Frank Gaddis"]


def test_among_them_named_after_was_is_whom_he_means():
    text = _BEFORE + "Among those victims was Frank Gaddis, who now hosts a radio show." + _AFTER
    assert speakers_of(text) == ["Tim Camden", "Frank Gaddis"]
