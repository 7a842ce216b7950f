"""A sentence opening with "Speaking to <someone>," names whom the subject spoke to, and a name before
a role noun and a person ("Ashby campaign manager Ferrante") is whom that person works for: neither is
the subject a later participle of saying goes on with."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Campaign chief stays on\n\n"
SENTENCE = (
    "Speaking to KWRT commentator Colin Yarrow on Monday, campaign manager Nadia Ferrante drew notice by "
    "saying she would stay “until the very last vote is counted.”\n"
)


def test_the_one_spoken_to_is_not_the_speaker():
    assert speakers_of(TITLE + SENTENCE) == ["Nadia Ferrante"]


def test_the_one_a_campaign_manager_works_for_is_not_the_speaker():
    text = TITLE + "Rowan Ashby had a better week.\n\n"
    text += SENTENCE.replace("campaign manager Nadia", "Ashby campaign manager Nadia")
    assert speakers_of(text) == ["Nadia Ferrante"]


def test_talking_with_someone_opens_such_a_phrase_too():
    assert speakers_of(TITLE + SENTENCE.replace("Speaking to", "Talking with")) == ["Nadia Ferrante"]
