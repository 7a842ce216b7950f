"""After "followed", a person, their aside and a participle ("Furnish's comments followed Sen.
Marcus Oyelaran, the top Republican on the committee, telling Channel 5 that “…”") are one event:
the participle's words are that person's, and a he in the next sentence means them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Rep. Dale Furnish told reporters that forecasters had detected a “very specific” risk.\n\n"
    "Furnish's comments followed Westland Sen. Marcus Oyelaran, the top Republican on the Weather "
    "Committee, telling Channel 5 that the warning was “very reminiscent of what we saw before the flood.”"
    "\n\nHe also described the storm as “the most serious I've seen in a number of years.”\n"
)


def test_the_participle_after_a_followed_persons_aside_is_theirs():
    assert speakers_of(TEXT)[0] == "Marcus Oyelaran"


def test_a_he_after_it_means_that_person():
    assert speakers_of(TEXT)[1] == "Marcus Oyelaran"


def test_an_object_of_praise_with_an_aside_leaves_the_participle_to_the_subject():
    text = (
        "Rep. Dale Furnish praised Sen. Marcus Oyelaran, the top Republican on the Weather Committee, "
        "saying the warning was “very reminiscent of what we saw before the flood.”\n"
    )
    assert speakers_of(text) == ["Dale Furnish"]


def test_an_unnamed_source_whose_saying_the_comments_followed_speaks():
    text = (
        "Strike\n\nSen. Wendell Orme said on Sunday that he expects the president to act within days.\n\n"
        "Orme's comments followed a senior administration official saying there is “very little doubt” "
        "that the army used the weapons.\n"
    )
    assert speakers_of(text) == ["a senior administration official"]
