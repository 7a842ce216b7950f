"""A name a web page's leftovers write twice in a row ("Phyllis Schlafly Phyllis Schlafly:") is one
person's name, written once."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_written_twice_in_a_row_is_the_name_once():
    text = (
        "Phyllis Shelby Phyllis Shelby: campuses have changed\n\n"
        "“Campuses were about 70 percent male,” Shelby wrote.\n"
    )
    assert speakers_of(text) == ["Phyllis Shelby"]
