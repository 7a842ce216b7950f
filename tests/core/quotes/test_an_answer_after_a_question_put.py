"""A quotation standing alone after a paragraph whose last verb of saying puts a question in the
writer's words ("Ada Vick asked why he changed his account. ¶ “…”") is its answer, someone else's:
never the asker's, and no guess of the fallback either."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_answer_after_a_question_put_is_not_the_askers():
    text = (
        "Hearing\n\nAda Vick asked why he changed his account.\n\n"
        "“I learned other things, and yes, I did remember that.”\n"
    )
    assert speakers_of(text) == [None]


def test_words_after_a_paragraph_about_one_person_are_still_theirs():
    text = (
        "Hearing\n\nAda Vick was quick to add that the deal does not include the harbor.\n\n"
        "“Building it? Not negotiable.”\n"
    )
    assert speakers_of(text) == ["Ada Vick"]
