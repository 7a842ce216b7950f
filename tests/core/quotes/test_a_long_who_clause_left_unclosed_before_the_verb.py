"""A "who" clause of several words left unclosed by a comma before the verb of saying ("Pascoe, who
posted about seed saving and soil chemistry on the channel writes:") still hangs on the person
before it, who speaks, not on the thing the clause ends on; a "who" clause closed by its comma
leaves the verb to the subject after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Channel\n\nStreamly removed the “Root and Branch” gardening channel of Oren Pascoe this week.\n\n"


def test_the_person_before_an_unclosed_who_clause_speaks():
    text = LEAD + (
        "Pascoe, who posted about seed saving and soil chemistry on the channel writes in his post: "
        "“Anyone who questions the big fertilizer companies is now treated like a criminal.”\n"
    )
    assert speakers_of(text) == ["Oren Pascoe"]


def test_a_closed_who_clause_leaves_the_verb_to_its_own_subject():
    text = LEAD + (
        "The ban hit Pascoe, who posted about seed saving and soil chemistry on the channel, a "
        "spokeswoman for Streamly writes in an email: “We remove channels that break our rules.”\n"
    )
    assert speakers_of(text) == ["a spokeswoman for Streamly"]
