"""Whom someone remembers or heard saying words said them ("A professor, Ann Weller, remembers Ms.
Hoyt telling her, “…”", "“…,” Dan Reyes, her chief of staff, remembers Pence saying."), not the one
who remembers."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "Mayor Lena Hoyt grew up on the east side of Harlow.\n\n"


def test_a_person_remembered_telling_someone_said_it():
    text = BEFORE + (
        "A professor, Ann Weller, remembers Ms. Hoyt telling her, “I grew up two blocks from here and "
        "the college never once reached out to me.”\n"
    )
    assert speakers_of(text) == ["Lena Hoyt"]


def test_a_person_remembered_saying_after_the_quotation_said_it():
    text = (
        BEFORE + "“We are mayors, and we understand this,” Ann Weller, a professor, remembers Hoyt saying.\n"
    )
    assert speakers_of(text) == ["Lena Hoyt"]
