"""A bare quotation paragraph followed by a pull-quote line of the same words set without marks and
signed ("I don’t believe a revolutionary can win Dana Pruitt") keeps the quotation: the line is the
pull-quote, not the story's copy. A sentence of the story repeating a marked line's words unmarked
is the writer's, and the marked line goes as a pull-quote of it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Centrists\n\nCentrist members of the Harbor Party gathered in Ellisford this week.\n\n"
    "“I believe a farmer from the valley can win. I believe a teacher from the coast can win,” "
    "said Dana Pruitt, president of the Harbor Forum.\n\n"
)


def test_a_bare_quotation_over_its_unmarked_pull_quote_is_listed():
    text = LEAD + (
        "“But I don’t believe a self-declared revolutionary can win.”\n\n"
        "I don’t believe a self-declared revolutionary can win Dana Pruitt\n\n"
        "The retreat featured two days of panels on rural outreach.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Dana Pruitt"]


def test_a_marked_line_the_story_repeats_unmarked_stays_dropped():
    text = LEAD + (
        "“On Sunday, the forum announced that it had raised $2 million in January alone.”\n\n"
        "The retreat featured two days of panels on rural outreach.\n\n"
        "On Sunday, the forum announced that it had raised $2 million in January alone. “We are "
        "only getting started,” Pruitt said.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Dana Pruitt"]
