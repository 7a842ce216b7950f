"""Names web copy writes oddly: twice in a row ("Phyllis Schlafly Phyllis Schlafly:"), which is one
person's name written once; a given name with a capital inside before a body's word ("KrisAnne
Hall, an attorney"), which the role after it makes a person's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_written_twice_in_a_row_is_the_name_once():
    text = (
        "Phyllis Shelby Phyllis Shelby: campuses have changed\n\n"
        "“Campuses were about 70 percent male,” Shelby wrote.\n"
    )
    assert speakers_of(text) == ["Phyllis Shelby"]


def test_a_given_name_with_a_capital_inside_before_a_bodys_word_and_a_role_is_a_person():
    text = "“He will never get my vote,” said MaryBeth Hall, an attorney and activist from the north.\n"
    assert speakers_of(text) == ["MaryBeth Hall"]
