"""In an interview whose note of editing ("(This conversation has been edited and condensed.)")
stands in a paragraph naming one person, an answer's "I said, “…”" is that person recounting what
she said, not the writer speaking. With no such note, "I said" is the writer's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Counselor\n\nFor years, Marta Delacroix, a family counselor, has received letters from readers "
    "whose families have been split by politics.\n\n"
)
ANSWERS = (
    "Why do people take politics so personally?\n\n"
    "Because we want the people we love to agree with us. It took me years to learn that.\n\n"
    "Can families really heal?\n\n"
    "I have seen it happen. One man wrote to me about his sister. I said, “What do you admire about "
    "her?” And I said, “Why not tell her that?”\n"
)


def test_an_interviewees_i_said_is_hers():
    text = LEAD + (
        "The Harbor Ledger spoke with Ms. Delacroix by phone about her new book. (This conversation "
        "has been edited and condensed.)\n\n"
    )
    assert speakers_of(text + ANSWERS) == ["Marta Delacroix", "Marta Delacroix"]


def test_with_no_note_of_editing_i_said_is_the_writers():
    text = LEAD + "The Harbor Ledger spoke with Ms. Delacroix by phone about her new book.\n\n"
    assert speakers_of(text + ANSWERS) == ["the writer", "the writer"]
