"""With no verb of saying, the person opening a sentence speaks its partial quotation when the other
people named after the verb stand inside a clause the verb reports ("Holt indicated that Reyes or
another member “should have known better”"); a person named as the verb's object still parts them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_person_inside_the_reported_clause_leaves_the_subject_speaking():
    said = speakers_of(
        "Ada Holt runs the port. Holt indicated that Tom Reyes or another member in his position "
        "“should have known better” about the ferry."
    )
    assert said == ["Ada Holt"]


def test_an_anticipated_clause_naming_someone_is_the_subjects():
    said = speakers_of(
        "Tom Reyes spoke next. He anticipated that one of the biggest challenges for a Mayor Holt "
        "would be “dealing with the problems that Ada Holt is going to leave.”"
    )
    assert said == ["Tom Reyes"]


def test_a_person_named_as_the_object_parts_them():
    said = speakers_of(
        "Ada Holt runs the port. Holt reminded Tom Reyes of the ferry that kept “running through "
        "every winter.”"
    )
    assert said == [None]


def test_a_clause_reported_a_few_words_after_the_verb_is_the_subjects():
    said = speakers_of(
        "Ada Holt runs the port. Holt also made the point that the ferry, hurt further by the cuts from "
        "Tom Reyes, would make the port “completely a third-rate harbour” by spring."
    )
    assert said == ["Ada Holt"]


def test_a_role_after_a_reported_clause_opening_a_partial_quotation_means_the_reporter():
    # "Jones said Mr Marchand "should ..."": Marchand is the subject of what Jones said, no rival of his.
    text = (
        "Tory MP Carl Jones spoke on Saturday.\n\n"
        'Even so, Mr Jones said Mr Marchand "ought to keep clear of" the dispute. "I can\'t see why the '
        'first minister needs to take sides in this," the newspaper columnist told Radio Severn.\n'
    )
    assert speakers_of(text)[-1] == "Carl Jones"


def test_the_reporter_is_found_past_a_relative_clause_naming_others():
    text = (
        "Tory MP Carl Jones spoke on Saturday.\n\n"
        "Even so, Mr Jones, who had to say sorry for a column he wrote about Tom Reed, "
        'said Mr Marchand "ought to keep clear of" the dispute. "I can\'t see why the first minister '
        'needs to take sides in this," the newspaper columnist told Radio Severn.\n'
    )
    assert speakers_of(text)[-1] == "Carl Jones"
