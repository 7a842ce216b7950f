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


def test_a_person_a_recording_shows_saying_something_said_it():
    text = (
        "The Wendham harbor bill passed last spring after months of debate.\n\n"
        "Pell Harrow, an economist who advised the city on the bill, apologized on Tuesday.\n\n"
        "Lawmakers also have obtained videos that show Harrow saying the bill was written in a "
        "“deliberately confusing way to fool the voters.”\n"
    )
    assert speakers_of(text) == ["Pell Harrow"]


def test_words_quoted_before_one_recalling_another_saying_them_are_the_others():
    text = (
        "Dorin Vasko grew up in a small flat above the bakery with his mother, Anna Vasko.\n\n"
        "“Leave the boy alone, he is doing his homework,” his cousin Tibor Marsh recalled Anna Vasko "
        "saying.\n"
    )
    assert speakers_of(text) == ["Anna Vasko"]
