"""Words a speaker "liked to say" or "loves to tell" are theirs, as after "planned to say"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Gordon Hale embraced the plan that came back to bite him. His slogan was that the mayor was "
    "ruining the city. “Tom Dunn,” he liked to say, “knows exactly what he is doing to us.”\n"
)


def test_words_he_liked_to_say_are_his():
    assert speakers_of(TEXT)[-1] == "Gordon Hale"


def test_words_she_loves_to_tell_crowds_are_hers():
    text = "Mayor Ann Kessler has a favourite line. “We fix the potholes first,” she loves to tell crowds.\n"
    assert speakers_of(text) == ["Ann Kessler"]
