"""A relative named in full as the relative of someone of the same surname ("Mr. Romney's father,
George W. Romney") is not whom "Mr. Romney" means: the courtesy title names another person, who
keeps every quotation "Mr. Romney" is given."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Mr. Brandt spoke in Lansing on Tuesday. “This is the state where I grew up,” Mr. Brandt said.\n\n"
    "Mr. Brandt mentioned his father, saying, “He was a man who built cars and built a state.”\n\n"
    "Mr. Brandt’s father, George W. Brandt, was governor of the state in the 1960s.\n\n"
    "“I learned everything from him,” Mr. Brandt said.\n"
)


def test_mr_with_the_surname_is_not_the_father_named_in_full():
    assert speakers_of(TEXT) == ["Mr. Brandt", "Mr. Brandt", "Mr. Brandt"]


def test_a_relative_of_someone_else_still_takes_the_bare_title():
    text = TEXT.replace("Mr. Brandt’s father", "Ann Hale’s father")
    assert "George W. Brandt" in speakers_of(text)
