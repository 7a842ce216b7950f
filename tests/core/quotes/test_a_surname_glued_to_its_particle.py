"""`said hospital spokeswoman Marta deVries`: a surname written with a lower-case particle glued to
its capital ("deVries", "diNapoli") is a name word, as "DeVries" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_glued_particle_surname_after_a_role_names_the_speaker():
    text = "“Now we treat people hurt while cleaning up,” hospital spokeswoman Marta deVries said Sunday.\n"
    assert speakers_of(text) == ["Marta deVries"]
