"""A speaker's verdict on a rival set in the writer's sentence about the rival ("Holloway follows
“…” and repeats “…,” and that won't beat the executive, Varga told a forum") is the speaker's in
every quotation, not the rival's; the next paragraph, opening on another rival and "is" with a
quotation closing it ("Dunmore is “…”"), goes on with the same speaker's verdicts. A paragraph
that says something else of the rival is not carried on."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Primary pitches\n\n"
    "Council member Iris Holloway follows “the same old county hall playbook” and repeats “the same "
    "tired promises,” and that won’t beat the sitting executive, rival candidate Teodor Varga told a "
    "forum in Millbrook.\n\n"
)


def test_the_closing_attribution_tells_every_quotation_of_the_sentence():
    assert speakers_of(LEAD) == ["Teodor Varga", "Teodor Varga"]


def test_the_next_rival_is_the_same_speakers_verdict():
    text = (
        LEAD
        + "Former sheriff Glenna Dunmore is “asking voters for a kind of politics that counts one issue.”\n"
    )
    assert speakers_of(text) == ["Teodor Varga", "Teodor Varga", "Teodor Varga"]


def test_the_next_rival_doing_something_else_is_not_carried_on():
    text = LEAD + "Former sheriff Glenna Dunmore ran “a campaign of one issue and nothing else at all.”\n"
    assert speakers_of(text)[2] == "Glenna Dunmore"  # the opener, as before: no verdict carried on
