"""A verb of saying that someone refuses, declines or fails to use says nothing: the quotation
belongs to the sentence's own verb of saying."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_refusing_to_say_leaves_the_words_to_the_teller():
    text = (
        'On Harbor Radio\'s "Morning Show," Tom Reyes said that by refusing to say the words fare '
        'rise, councillors are "saying the riders will not notice, because we are afraid to tell them."\n'
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_verb_of_saying_after_to_is_still_a_verb_of_saying():
    text = 'Mayor Ada Holt went on to say, "The ferry will run all winter."\n'
    assert speakers_of(text) == ["Ada Holt"]
