"""A he or she whose copula names the person it is ("He is a sheriff from Dunmore County named Brock
Haldane who ...") means that person: a later he of the sentence is Haldane, never whom the first he
would mean by itself (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_a_sheriff_named_by_the_copula_is_the_sheriff():
    text = (
        "Hearings\n\nThe second day of hearings on the nomination was a little more lively.\n\n"
        "The next witness had something to say about how Victor Osgood was very mean to police officers. "
        "He is a sheriff from Dunmore County named Brock Haldane who is best known for his appearances on "
        "a morning show in which he says things like, “the union is nothing more than a propaganda outfit.”\n"
    )
    assert speakers_of(text) == ["Brock Haldane"]
