"""Words given as a thing someone gave, "a" right before them and "from" right after ("drew a warm
handshake and a “Good job, Mara” from the governor as he stepped up"), are the giver's: a role
refers back to its holder, a name is that person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Flood\n\nGovernor Tobin Ash and Mayor Mara Quill toured the flooded district on Wednesday.\n\n"
    "“We will rebuild every street of this town,” Ash said.\n\n"
)


def test_the_governor_giving_the_words_speaks_them():
    text = LEAD + (
        "“I cannot thank the governor enough,” added Quill, whose statement drew a warm handshake and a "
        "“Good job, Mara” from the governor as he stepped to the microphone.\n"
    )
    assert speakers_of(text) == ["Tobin Ash", "Mara Quill", "Tobin Ash"]


def test_a_named_giver_speaks_them():
    text = LEAD + (
        "“I cannot thank the governor enough,” added Quill, whose statement drew a warm handshake and a "
        "“Good job, Mara” from Ash as he stepped to the microphone.\n"
    )
    assert speakers_of(text) == ["Tobin Ash", "Mara Quill", "Tobin Ash"]
