"""A quotation in the sentence right after one its speaker's own attribution names, opened by a few
of the writer's words and naming no one else ("“…,” Cassidy said. Party leaders “may leave us out,”
but “I don't think they're trying to.”"), is still that speaker's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

SAID = "“The only way to keep the promise is through our bill,” Councillor Bill Casey said. "


def test_the_writers_sentence_after_the_attribution_goes_on_in_the_speakers_words():
    text = SAID + "Republican leaders “may leave us out,” but “I don’t think they’re trying to.”\n"
    assert speakers_of(text) == ["Bill Casey"] * 3


def test_a_short_opening_phrase_goes_on_too():
    text = SAID + "In other words, “the harbor bill is the only road left for the council.”\n"
    assert speakers_of(text) == ["Bill Casey"] * 2


def test_another_person_named_in_the_sentence_leaves_it_unattributed():
    text = SAID + "Mayor Ada Holt “may leave us out,” but “I don’t think she is trying to.”\n"
    assert speakers_of(text)[1:] == [None, None]


def test_a_verb_of_saying_in_the_sentence_leaves_it_to_the_rules():
    text = SAID + "A critic later wrote that the bill “may leave everyone out of the deal.”\n"
    assert speakers_of(text)[1] != "Bill Casey"


def test_a_phrase_named_after_as_is_no_ones_talk():
    text = SAID + "But that is not the same thing as “properly chargeable under the law.”\n"
    assert speakers_of(text)[1] is None


def test_a_speaker_quoted_in_a_fragment_is_not_carried_on():
    text = "Casey said the bill was “the only road left.” In fact, “the council will decide it next week.”\n"
    assert speakers_of(text)[1] is None


def test_the_sentence_after_the_next_is_not_carried_on():
    text = SAID + "The vote is on Friday. Until then, “we will keep talking to every member.”\n"
    assert speakers_of(text)[1] is None


def test_the_next_paragraph_goes_on_in_the_speakers_first_person_words():
    text = (
        SAID.strip()
        + "\n\nThe permit scandal “plays into what people think about our party. It makes it harder "
        "to win in the suburbs.”\n"
    )
    assert speakers_of(text) == ["Bill Casey"] * 2


def test_the_next_paragraph_in_no_ones_first_person_is_left_to_the_rules():
    text = SAID.strip() + "\n\nThe permit scandal “plays into what people think about the party.”\n"
    assert speakers_of(text)[1] is None


def test_a_banner_read_in_the_next_paragraph_is_not_the_speakers():
    text = SAID.strip() + "\n\nA banner on the pier read “Keep our ferry”.\n"
    assert speakers_of(text)[1] != "Bill Casey"
