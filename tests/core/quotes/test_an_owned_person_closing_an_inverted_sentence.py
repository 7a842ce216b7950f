"""The owner of a person's noun that closes its sentence as the subject after "is" or "was"
("Joining in the call for calm is Tomas Reyes's father.") is not whom a he after it means: the one
owned is, whom the article does not name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Residents of Carden wait for a decision on whether an officer will be charged in the death of "
    "Tomas Reyes, 19.\n\n"
    "Joining in the call for calm is Tomas Reyes's father. In a video statement released Thursday, he "
    "said his family “are grieving. But hurting others is not the answer.”\n"
)


def test_the_he_after_is_not_the_owner():
    assert speakers_of(ARTICLE) != ["Tomas Reyes"]


def test_the_owner_closing_a_plain_sentence_may_still_be_the_he():
    text = ARTICLE.replace(
        "Joining in the call for calm is Tomas Reyes's father.", "Tomas Reyes called for calm."
    )
    assert speakers_of(text) == ["Tomas Reyes"]
