""" "“Are we satisfied?” Brandt asked a crowd in Port Alva. They responded, “No!” Brandt added, “…”":
"they" replying are the people the sentence before says were asked, and a subject and verb of
saying right before words closed on "!" tell them, not the name after them (which tells the next)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_ASKED = "“Are we satisfied?” Governor Hallie Brandt asked a crowd in Port Alva last week."


def test_they_responded_is_the_crowd_asked():
    text = _ASKED + " They responded, “No!” Brandt added, “Of course not.”\n"
    assert speakers_of(text) == ["Hallie Brandt", "a crowd", "Hallie Brandt"]


def test_a_named_speaker_right_before_words_closed_on_a_bang_tells_them():
    text = (
        "Governor Hallie Brandt and Mayor Tom Reyes spoke at the rally.\n\n"
        "Reyes shouted, “Never again!” Brandt added, “Of course not.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Hallie Brandt"]


def test_they_after_people_only_talked_about_is_no_one_asked():
    text = _ASKED + " They sat in silence for a while.\n\n“No!” they responded.\n"
    assert speakers_of(text)[-1] != "a crowd in Port Alva"
