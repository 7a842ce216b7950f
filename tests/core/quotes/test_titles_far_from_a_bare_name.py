"""A title no one in the article is given ("The Tory Shadow Health Secretary has criticised ...")
refers back to a person given no role only while the reader still has that person in mind: named,
or meant by a he or she, in its paragraph or the two before. Further back it brings in someone new,
an unnamed source under the title."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_PLAN = (
    "The white paper sets out new rules for hospitals. Spending would rise by a tenth.\n\n"
    "Waiting lists would be cut. Mr Reyes has warned that unless they are, “patients will suffer”.\n\n"
    "Food labels would also be improved, with a “traffic light” system for fat and salt.\n\n"
    "The paper also aims to cut accidents at home, which hurt two million people last year.\n\n"
)


def test_a_title_paragraphs_after_a_bare_name_is_someone_new():
    text = _PLAN + (
        "The paper has been criticised by many groups. The Tory Shadow Health Secretary has criticised "
        "its “new nanny state approach”.\n\n"
        "Mr Reyes has rejected the label, saying “people have the right to choose their own lifestyle”.\n"
    )
    assert speakers_of(text) == ["Reyes", "the Tory Shadow Health Secretary", "Reyes"]


def test_a_title_right_after_a_bare_name_is_that_person():
    text = (
        "The government will spend more on hospitals. Tom Reyes said the money was not enough.\n\n"
        "“It is a new nanny state approach,” the shadow health secretary said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_title_after_he_said_paragraphs_is_the_person_they_mean():
    text = (
        "Tom Reyes spoke in Des Moines on Monday.\n\n"
        "He said the economy came first. “Jobs come first,” he said.\n\n"
        "He also talked about schools. “Every child needs a good teacher,” he said.\n\n"
        "He then turned to taxes. “We will cut them,” he said.\n\n"
        "“I will win this state,” the former senator said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"] * 4
