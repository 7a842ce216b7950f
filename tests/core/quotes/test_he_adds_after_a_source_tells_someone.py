"""The one a verb of telling names after the words told ("“…,” the man tells Reyner.") is whom they
were told to: a following "he adds" carries on the unnamed source that spoke, never the listener;
one asked may still answer ("When I asked Sanders ..., he said")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Video\n\nKidnappers released a video showing the handover of engineer Tomas Reyner.\n\n"


def test_he_adds_after_the_man_tells_the_engineer_is_the_mans():
    text = TITLE + (
        "Reyner sat in a truck as armed men stood around him.\n\n"
        "“Don't come back to this valley,” the man tells Reyner. “You won't get out alive next time,”"
        " he adds.\n"
    )
    assert speakers_of(text) == ["the man", "the man"]


def test_one_asked_still_answers():
    text = TITLE + "When I asked Reyner if he would return, he said, “I'm never coming back!”\n"
    assert speakers_of(text) == ["Tomas Reyner"]
