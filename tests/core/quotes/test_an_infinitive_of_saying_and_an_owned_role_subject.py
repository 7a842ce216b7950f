"""An infinitive of saying ("He refused to say who made the decision, but insisted it was “…”") is
no earlier verb that already has the words' subject; and the owner opening a sentence before the
role that is its subject ("Mayor Brandt's spokesman wasn't helpful.") is no one a later "he" means."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Memorial\n\nThousands attended the memorial in Dellport on Sunday.\n\n"


def test_but_insisted_after_refused_to_say_is_the_subjects():
    text = TITLE + (
        "“We should have sent someone more senior,” said the mayor's spokesman, Conrad Vellum.\n\n"
        "He refused to say who made the decision, but insisted it was “not a decision made by the mayor.”\n"
    )
    assert speakers_of(text) == ["Conrad Vellum", "Conrad Vellum"]


def test_he_after_an_owned_role_subject_is_not_the_owner():
    text = TITLE + (
        "Mayor Ivo Brandt did not attend, and his spokesman was asked why by reporters.\n\n"
        "Mr. Brandt's chief spokesman wasn't especially helpful. He refused to say who made the"
        " decision, but insisted it was “not a decision made by the mayor.”\n"
    )
    assert speakers_of(text) != ["Ivo Brandt"]
