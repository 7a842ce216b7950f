"""A word in -s after a quantifier and a describing word ("sent a few benign posts, then lashed out at
Cole as a “…”") is a plural noun, no verb of saying whose subject would be "a few benign"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Posts\n\nMayor Ivo Sand posts often.\n\n"


def test_a_quantified_plural_is_no_verb_of_saying():
    text = LEAD + (
        "Early on Monday, the mayor sent a few benign posts, then lashed out at Ned Cole as a “failing "
        "local columnist” who “never got anything right!”\n"
    )
    assert "a few benign" not in speakers_of(text)


def test_a_writing_after_a_determiner_still_speaks():
    text = LEAD + "“All veterans can bring their card to any doctor,” the plan states.\n"
    assert speakers_of(text) == ["the plan"]
