"""Someone's voice leading into the quotation and a teller after it ("One man shouted, “Go back
where you came from,” Pell said"): the teller recounts the words of the one who shouted them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Office\n\nNora Pell has run the campaign office on Main Street for six years.\n\n"


def test_the_one_who_shouted_speaks_not_the_teller():
    text = LEAD + "One man shouted, “Go back where you came from and take your signs,” Pell said.\n"
    assert speakers_of(text) == ["one man"]


def test_the_named_one_who_replied_speaks_not_the_teller():
    text = LEAD + "Tom Reyes replied, “We will never close this office,” Pell recalled.\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_teller_after_her_own_words_still_speaks():
    text = LEAD + "She went on, “I just closed the door,” Pell said.\n"
    assert speakers_of(text) == ["Nora Pell"]
