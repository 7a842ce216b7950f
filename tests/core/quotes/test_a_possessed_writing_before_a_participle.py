"""A participle of saying after someone's writing ("Ennis criticized Hoyt's post calling for residents
to “…”") gives the writing's words to its writer, not to the one who mentions it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "Mayor Lena Hoyt and council member Rob Ennis have clashed all week over the storm.\n\n"


def test_a_persons_post_calling_for_something_is_that_persons():
    text = BEFORE + "Ennis criticized Hoyt's post calling for residents to “stay calm and stay home.”\n"
    assert speakers_of(text) == ["Lena Hoyt"]


def test_a_participle_after_a_writing_no_one_owns_stays_the_subjects():
    text = BEFORE + "Ennis wrote a post on Sunday calling for residents to “stay calm and stay home.”\n"
    assert speakers_of(text) == ["Rob Ennis"]
