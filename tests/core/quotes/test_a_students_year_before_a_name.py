"""A student's year and school before a name ("High school senior Aldo Fenwick, 17, has worked ...")
open the subject's phrase: the name is a subject, whom a he after it may mean."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Tomas Revik is committed to changing the town diet. Revik is heading a project to convert corner "
    "stores.\n\nThis is the fourth store in the area to be converted. Revik is still collecting data, "
    "he says.\n\n"
)


@pytest.mark.parametrize("year", ["High school senior", "College freshman"])
def test_a_student_named_after_their_year_is_a_subject(year):
    text = (
        LEAD + f"{year} Aldo Fenwick, 17, has worked with the store project for the past year.\n\n"
        "“Before, we would eat lots of fast food, but now we eat mostly vegetables,” he says."
    )
    assert speakers_of(text) == ["Aldo Fenwick"]
