"""A platform's capitalised name opening the clause before its verb of saying ("“…,” Facebook said
in the filing") is the company speaking, even where the article has written it as a business
("Facebook, which makes most of its revenue from ads,"); "on Twitter" between a subject and its verb
is still passed."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ad blockers\n\nFacebook, which makes most of its revenue from advertising, stands to benefit.\n\n"


def test_a_platform_named_before_said_speaks():
    text = LEAD + (
        "“Revenue generated from the display of ads has been impacted by these technologies,” Facebook "
        "said in the filing.\n"
    )
    assert speakers_of(text) == ["Facebook"]


def test_on_twitter_between_a_subject_and_its_verb_is_passed():
    text = (
        "Rally\n\nAnn Holt spoke in the square.\n\n"
        "“We will win this fight in the end,” Holt on Twitter said.\n"
    )
    assert speakers_of(text) == ["Ann Holt"]
