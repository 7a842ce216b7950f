"""A name with an abbreviated title in a list after "such as" ("a plan championed by reformers such as
Rep. Odette Marchbanks") is an example given, as the bare name is: a she in the next paragraph means
the article's subject, never the example; once the example speaks as a subject, she means her."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "State Sen. Marisol Ventrano clashed Thursday with a group of young farmers over water policy, "
    "rejecting their demand that she back the Clearwater Compact.\n\n"
)
QUOTE = "“There's no way I can, because nobody has shown me how to pay for it,” she says.\n"


def test_she_after_a_titled_example_is_the_articles_subject():
    text = LEAD + (
        "The exchange comes as rural lawmakers weigh the Clearwater Compact, a plan to share the Tamsin "
        "River championed by reformers such as Rep. Odette Marchbanks of Pellham County.\n\n"
    )
    assert speakers_of(text + QUOTE) == ["Marisol Ventrano"]


def test_she_after_the_example_speaks_as_a_subject_is_the_example():
    text = LEAD + (
        "The exchange comes as rural lawmakers weigh the Clearwater Compact, a plan to share the Tamsin "
        "River championed by reformers such as Rep. Odette Marchbanks of Pellham County. "
        "Rep. Marchbanks says the compact will pay for itself.\n\n"
    )
    assert speakers_of(text + QUOTE) == ["Odette Marchbanks"]
