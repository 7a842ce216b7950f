"""A speaker who went somewhere or used something in order to say it ("took to social media to say
he “…”", "went on television to promise the town would get “…”") is the subject before the phrase,
never someone named earlier in an opening clause; a person the phrase names is not passed over."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_took_to_social_media_to_say_is_the_subjects():
    text = (
        "On Friday, after former mayor Gideon Ashgrove told a radio host that the plan could bring "
        "“trickle-down decay,” party chairman Felix Morrow took to social media to say he “could not "
        "disagree more.”\n"
    )
    assert speakers_of(text) == ["Felix Morrow"]


def test_went_on_television_to_promise_is_the_subjects():
    text = (
        "Hours after the storm hit, Governor Ada Holt went on television to promise the town would "
        "get “the full support of the state.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
