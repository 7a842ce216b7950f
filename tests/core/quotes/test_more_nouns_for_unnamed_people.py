""" "The masked jihadi in the new video called for attacks, asking, “…”", "an IS fighter in Syria
said": fighters, militants, rebels, narrators, prisoners and hostages are people who speak, unnamed
sources labelled as the article describes them, never the video or the place after them."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("noun", ["jihadi", "fighter", "militant", "narrator"])
def test_the_unnamed_person_in_the_video_speaks(noun):
    text = f"The masked {noun} in the new video called for attacks, asking, “Can you imagine it?”\n"
    assert speakers_of(text) == [f"the masked {noun} in the new video"]


@pytest.mark.parametrize("noun", ["prisoner", "hostage", "rebel"])
def test_an_unnamed_person_in_a_place_is_not_the_place(noun):
    text = f"One {noun} in Syria said: “These attacks will be answered.”\n"
    assert speakers_of(text) == [f"one {noun} in Syria"]
