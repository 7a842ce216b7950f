"""A body's name and a lower-case office opening a sentence before a name ("City budget director
Alan Pryce almost conceded that point. “…”", "White House press aide Dana Reyes") open the
subject's phrase: the one person the sentence names introduces the quotation after it."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "The council unveiled its spending plan on Monday.\n\n"
    "City budget director Alan Pryce almost conceded that point on Tuesday. "
    "“Is this plan dead? That is the question everyone asks. The answer is no.”\n"
)


def test_the_named_subject_introduces_the_quotation():
    assert speakers_of(ARTICLE) == ["Alan Pryce"]


def test_a_body_of_two_words_opens_the_phrase_too():
    article = ARTICLE.replace("City budget director", "Harbor Authority budget director")
    assert speakers_of(article) == ["Alan Pryce"]


def test_a_name_after_a_verb_is_its_object_not_the_speaker():
    opening = "City budget director Alan Pryce almost conceded that point"
    article = ARTICLE.replace(opening, "Mayor Ida Voss thanked City budget director Alan Pryce")
    assert speakers_of(article) == ["Ida Voss"]
