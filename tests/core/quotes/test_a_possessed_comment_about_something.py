""" "Sen. Nora Pike has benefited from Mr. Rennard's controversial comment about farmers needing “…”":
the words a person's comment about something quotes are that person's; "X's comments about Y were
“…”" says something of the comments, in the sentence's own voice."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_FIRE = "Senate candidate Gil Rennard has been under fire all week.\n\n"


def test_the_comment_about_something_is_its_makers():
    text = _FIRE + (
        "Sen. Nora Pike has benefited from Mr. Rennard’s controversial comment about farmers needing “a "
        "pause for common sense.”\n"
    )
    assert speakers_of(text) == ["Gil Rennard"]


def test_what_is_said_of_the_comments_is_not_their_makers():
    text = (
        _FIRE + "Nora Pike told reporters that Rennard’s comments about farmers were “simply intolerable.”\n"
    )
    assert speakers_of(text) == ["Nora Pike"]
