"""A surname two people share, far from both full names: when one namesake has only been named
after a preposition ("said of George W. Holt") and the other as a subject, the bare surname is the
one who acts; the one talked of does not make it unclear."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Jeb Holt said Wednesday that running as the son and brother of former governors would be hard.\n\n"
    "“I love my brother,” the former mayor said of George W. Holt after a speech in Dayton.\n\n"
    "Holt is moving toward a bid, though he has not formally decided.\n\n"
    "The knock on him is that he is a legacy. His father left office long ago.\n\n"
    "He tried to address this in one of his first appearances since the spring.\n\n"
)


def test_a_bare_surname_far_from_both_full_names_is_the_namesake_named_as_a_subject():
    text = OPENING + "“People didn’t connect with me,” Holt recalled.\n"
    assert speakers_of(text) == ["Jeb Holt", "Jeb Holt"]


def test_a_namesake_named_as_a_subject_too_leaves_the_bare_surname_unclear():
    text = OPENING.replace("said of George W. Holt", "said. George W. Holt agreed") + (
        "“People didn’t connect with me,” Holt recalled.\n"
    )
    assert speakers_of(text)[-1] is None
