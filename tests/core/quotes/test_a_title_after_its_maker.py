"""A title-cased quotation after "author of" or "director of", or after "who wrote" or "and wrote", is
the title of a work, no one's words ("said Tim Oren, author of “The Essential Mayor Dana Kell and Her
Plan for Leeds”", "Ben Oakes, who wrote “How the Hills Were Won,” told us")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Leeds race\n\nMayor Dana Kell spoke on Monday.\n\n"


def test_a_title_after_author_of_is_no_quotation():
    text = LEAD + (
        "“They like each other a lot,” said Tim Oren, author of “The Essential Mayor Dana Kell and Her "
        "Plan for Leeds” and a supporter of the mayor.\n"
    )
    assert speakers_of(text) == ["Tim Oren"]


def test_words_in_lower_case_after_author_of_stay_speech():
    text = LEAD + "The report, by the author of the plan, said it was “a plan that will not work.”\n"
    assert len(speakers_of(text)) == 1


@pytest.mark.parametrize(
    "writer", ["Ben Oakes, who wrote", "Ben Oakes, a historian who holds a chair and wrote"]
)
def test_a_title_after_who_wrote_is_no_quotation(writer):
    text = LEAD + f"{writer} “How the Hills Were Won,” told us he had never heard the claim.\n"
    assert speakers_of(text) == []
