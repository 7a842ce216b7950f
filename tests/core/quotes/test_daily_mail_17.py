"""Speakers found in British and Australian tabloid copy of the kind eval/quotes-dm holds (issue 11,
session 17): one line per story, single quote marks, captions run into the text.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_police_rank_written_short_is_a_title_not_part_of_the_name():
    text = (
        "The cyclist was found by a dog walker. Det Insp Mark Hollis said officers had spoken to several "
        "drivers. 'We are keeping an open mind about what happened on that road,' Insp Hollis said.\n"
    )
    assert speakers_of(text) == ["Mark Hollis"]


def test_a_tribunal_is_a_source_like_a_court():
    text = (
        "The tribunal rejected her version of events on Tuesday. 'The charge of harassment is a very "
        "serious allegation which must be decided in that light,' the tribunal stated.\n"
    )
    assert speakers_of(text) == ["the tribunal"]
