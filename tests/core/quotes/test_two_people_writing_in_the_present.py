"""Two people joined by "and" before a verb of saying's plain present ("“…,” Lund and Keel write in
the Gazette") speak the quotation, given under the first named as "wrote" gives it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council\n\nPetra Lund and Amos Keel cover the Dunmore council.\n\n"
QUOTE = "“Council members no longer have to worry about the spring election,”"


def test_two_writers_in_the_present_speak():
    assert speakers_of(LEAD + f"{QUOTE} Lund and Keel write in the Dunmore Gazette.\n") == ["Petra Lund"]


def test_the_present_matches_the_past():
    past = speakers_of(LEAD + f"{QUOTE} Lund and Keel wrote in the Dunmore Gazette.\n")
    assert speakers_of(LEAD + f"{QUOTE} Lund and Keel argue in the Dunmore Gazette.\n") == past
