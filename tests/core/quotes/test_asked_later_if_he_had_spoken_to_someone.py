"""An opening passive clause of asking with a word of when after "asked" ("Asked later if he had
spoken to President Kasimir Vollan, he said, “…”") is no unknown person's name opening the sentence,
and whom the question names is not the one who answers: the "he" goes on with the man the paragraph
was about. One who is asked as the subject of the sentence answers himself."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Border\n\nWith a push from Chancellor Anton Reisch, the council on Tuesday barred two senators from"
    " touring the border.\n\n"
    "The council announced the ban shortly after Reisch posted that “it would look very weak” if the two"
    " were allowed to visit. "
)
WORDS = "“I did talk to some people over there,” but he declined to say to whom.\n"


def test_asked_later_if_he_had_spoken_to_someone_he_answers():
    text = LEAD + "Asked later if he had spoken to President Kasimir Vollan, he said, " + WORDS
    assert speakers_of(text) == ["Anton Reisch", "Anton Reisch"]


def test_whom_a_question_asked_later_is_about_does_not_answer():
    text = LEAD + "Asked later whether President Kasimir Vollan would resign, he said, " + WORDS
    assert speakers_of(text) == ["Anton Reisch", "Anton Reisch"]


def test_the_one_asked_as_the_subject_answers():
    text = LEAD + "President Kasimir Vollan was asked later if he had spoken to Reisch, and he said, " + WORDS
    assert speakers_of(text) == ["Anton Reisch", "Kasimir Vollan"]
