"""A person named as the subject of a that-clause after a noun of speech ("his jab that his rival,
Victor Lunde, had ...") is what the words are about: no rival of the sentence's own subject, even one
that follows a dash and "and", for a he or she after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_a_jab_about_a_rival_and_a_dashed_subject_is_that_subject():
    text = (
        "Senator Oskar Brandt spoke to dock workers in Kessling on Friday.\n\n"
        "Critics were angry at his jab that his rival, Victor J. Lunde, had “harbor manners” — and "
        "Mr. Brandt was eager to repeat it.\n\n"
        "“So today, Victor Lunde and Mayor Emil Holm both demanded I apologize,” he said. “Who am I "
        "to say no?”\n"
    )
    assert speakers_of(text) == ["Oskar Brandt", "Oskar Brandt"]


def test_he_after_a_claim_about_a_rival_is_the_claims_owner():
    text = (
        "Senator Oskar Brandt spoke to dock workers in Kessling on Friday.\n\n"
        "Critics were angry at his claim that his rival, Victor J. Lunde, had lied, and Mr. Brandt "
        "was eager to repeat it.\n\n"
        "“So today, Victor Lunde demanded I apologize,” he said.\n"
    )
    assert speakers_of(text) == ["Oskar Brandt"]


def test_he_after_a_rival_who_really_acts_is_unclear():
    text = (
        "Senator Oskar Brandt spoke to dock workers in Kessling on Friday.\n\n"
        "Critics were angry that his rival, Victor J. Lunde, had lied, and Mr. Brandt was eager to "
        "repeat it.\n\n"
        "“So today, Victor Lunde demanded I apologize,” he said.\n"
    )
    assert speakers_of(text) == [None]
