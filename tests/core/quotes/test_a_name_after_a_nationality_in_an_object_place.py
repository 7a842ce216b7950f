"""A name after a nationality that follows a verb ("now faces Russian Thomas Andreev") is the
verb's object, no subject: a later "he said" stays with the sentence's subject."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Tim Henman beat Greg Rusedski in Dubai on Tuesday.\n\n"
    "Henman, who now faces Russian Thomas Andreev in the last 16, admitted afterwards it was "
    "difficult. “You just take it point by point,” he said.\n"
)


def test_the_pronoun_stays_with_the_sentence_subject():
    assert speakers_of(ARTICLE) == ["Tim Henman"]


def test_a_nationality_opening_the_sentence_still_leaves_a_subject():
    article = ARTICLE.replace(
        "Henman, who now faces Russian Thomas Andreev in the last 16, admitted afterwards it was difficult.",
        "Russian Thomas Andreev, who now faces Henman in the last 16, admitted afterwards it was difficult.",
    )
    assert speakers_of(article) == ["Thomas Andreev"]
