"""A conjunction opening a clause of its own right after a quotation ("… exhorting mayors to “have a
spine” when Mayor Dale Furness arrived") makes the name after it that clause's subject, not the
quotation's speaker; "as" still attributes ("“…,” as Mayor Holt put it")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Mayors met in Elmvale on Monday.\n\n"


@pytest.mark.parametrize("conjunction", ["when", "before", "after", "because"])
def test_a_name_after_a_clause_opening_conjunction_did_not_say_it(conjunction):
    text = (
        LEAD
        + f"Gov. Lena Cobb was urging mayors to “have a spine” {conjunction} Mayor Dale Furness arrived.\n"
    )
    assert speakers_of(text) != ["Dale Furness"]


def test_as_after_a_quotation_still_attributes():
    text = LEAD + "The deal was “a spine for the valley,” as Mayor Dale Furness put it.\n"
    assert speakers_of(text) == ["Dale Furness"]


def test_as_a_named_writer_has_written_after_a_partial_quotation_attributes_it():
    text = (
        "The Friends of Marlow Library released a plan on Monday.\n\n"
        "The plan “ignores the very neighborhoods that need libraries the most,” as the historian "
        "Rufus Kember has written.\n"
    )
    assert speakers_of(text) == ["Rufus Kember"]
