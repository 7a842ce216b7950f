"""A name after its verb of saying, then where it was said ("said Pia Lund on Fox News", "writes
Conor Vale on The Courier's blog", "said Pia Lund in a radio interview"), is the person speaking,
even with a given name the census lists lack; the medium is never glued to the name as a body."""

from __future__ import annotations

import pytest

from .speakers import kinds_of, speakers_of

LEAD = "The county released its report on the depot fire on Tuesday.\n\n"


@pytest.mark.parametrize(
    "tag",
    [
        "said Pia Lund on Fox News",
        "writes Pia Lund on The Courier's morning blog",
        "said Pia Lund in a radio interview",
        "wrote Pia Lund at the time",
    ],
)
def test_the_name_before_where_it_was_said_speaks(tag):
    assert speakers_of(LEAD + f"“Fires like this are rare when the rules are kept,” {tag}.\n") == ["Pia Lund"]


def test_the_name_is_listed_as_a_person():
    text = LEAD + "“Fires like this are rare when the rules are kept,” said Pia Lund on Fox News.\n"
    assert kinds_of(text) == {"Pia Lund": "person"}


def test_a_name_opening_a_reported_clause_after_said_is_not_the_speaker():
    text = LEAD + "Ann Holt said Pia Lund would “never accept a report written this way.”\n"
    assert speakers_of(text) == ["Ann Holt"]
