"""A sentence of reported speech between two quotations of a paragraph ("“A,” said Megan Grant.
Grant added that the Fed wants ... “B.”") speaks for the quotation after it, as it would with no
quotation before it; a sentence of the writer's naming someone else still parts them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_speakers_reported_words_between_keep_the_next_quotation_hers():
    said = speakers_of(
        "“He has one chance to calm the markets,” said Laura Tenby, chief strategist at Harrow Capital. "
        "“They are dropping hints all over the place.” Tenby added that the bank wants to step out of the "
        "spotlight before the vote. “They hate to be seen as political.”"
    )
    assert said == ["Laura Tenby", "Laura Tenby", "Laura Tenby"]


def test_another_persons_reported_words_between_give_the_next_quotation_to_them():
    said = speakers_of(
        "“She has two chances to set expectations,” said Megan Greene, chief economist at Manulife. "
        "Tom Reyes, a banker in Lenmouth, argued that the Fed would wait until spring. "
        "“They don't like to talk about it.”"
    )
    assert said == ["Megan Greene", "Tom Reyes"]


def test_a_sentence_about_someone_else_without_saying_parts_them():
    said = speakers_of(
        "“She has two chances to set expectations,” said Megan Greene, chief economist at Manulife. "
        "Tom Reyes, a banker in Lenmouth, bought bonds in the spring. “They don't like to talk about it.”"
    )
    assert said == ["Megan Greene", None]
