"""Wrong and junk speakers found reading news texts as a user would (issue 11, session 15).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_prime_minister_is_not_the_last_subject_when_he_holds_another_office():
    text = (
        "London mayor Mr Hollis says he is standing by his remarks about a reporter.\n\n"
        "Mr Hollis has said his comments were not meant to offend, and said he would not apologise "
        "even if Mr Dent asked. Later the prime minister said: “A lot of us get angry with "
        "journalists, but he should apologise to this one.”\n"
    )
    assert speakers_of(text) == [None]


def test_the_minister_may_still_be_the_secretary_named_before():
    text = (
        "Home Secretary Tom Reyes visited the harbour on Monday.\n\n"
        "Later the minister said: “The harbour will reopen in the spring.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
