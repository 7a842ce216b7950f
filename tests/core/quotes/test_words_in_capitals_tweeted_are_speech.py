"""Words in capitals or title case followed by a comma and a verb of posting ("“WE WILL APPEAL THIS
RULING,” Fairweather tweeted") are speech, not a title, as they are before "said"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Parking fees\n\nA court struck down the fees, handing Mayor Leonard Fairweather a defeat.\n\n"


def test_capitals_before_tweeted_are_the_tweeters_words():
    text = LEAD + "“WE WILL APPEAL THIS RULING,” Fairweather tweeted minutes after the decision.\n"
    assert speakers_of(text) == ["Leonard Fairweather"]


def test_a_title_cased_phrase_before_posted_is_the_posters_words():
    text = LEAD + "“Debate Recap Coming Soon,” posted Fairweather’s spokesman Alex Conant on Monday.\n"
    assert speakers_of(text) == ["Alex Conant"]
