"""A paragraph of quoted words alone after a sentence about the person quoted a paragraph or two up
(their he or she, or their name, opening it: "He pointed to those talks as ...") goes on in that
person's voice; after a sentence about someone else it stays with no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

QUOTED = "“Nothing happens until it has to happen,” said Brett Oakes, a former aide to Senator Ivo Crane.\n\n"
BARE = "\n\n“Both were smart, stubborn people who knew what they could agree to inside.”\n"


def test_a_bare_quotation_after_a_sentence_about_the_last_speaker_is_theirs():
    text = QUOTED + "He pointed to those talks as times when the two sides did not match." + BARE
    assert speakers_of(text) == ["Brett Oakes", "Brett Oakes"]


def test_a_bare_quotation_after_a_sentence_about_a_woman_is_not_his():
    text = QUOTED + "Mayor Tilda Grosh pointed to those talks as a low point." + BARE
    assert speakers_of(text)[1] != "Brett Oakes"
