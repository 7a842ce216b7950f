"""A name of several words opening a sentence before ", which" ("Harbor Analytics, which has
predicted a fall, branded ...") is a business or body, never a person (a person is "who")."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of


def test_a_name_opening_a_sentence_before_comma_which_is_an_organisation():
    text = (
        "House prices fell for a third month in March.\n\n"
        "Harbor Analytics, which has predicted a sharp fall, called the figures a “temporary blip”.\n\n"
        "“The trend is down,” said Harbor Analytics.\n"
    )
    assert kinds_of(text) == {"Harbor Analytics": "organisation"}


def test_which_after_a_name_inside_a_sentence_may_mean_the_clause():
    text = (
        "House prices fell for a third month in March.\n\n"
        "The minister met Ruth Banner, which angered her rivals.\n\n"
        "“The trend is down,” said Ruth Banner.\n"
    )
    assert kinds_of(text) == {"Ruth Banner": "person"}


def test_a_statement_of_the_business_is_the_business_s_words():
    text = (
        "House prices fell for a third month in March.\n\n"
        "Harbor Analytics, which has predicted a sharp fall, called the figures a “temporary blip”. "
        "“The trend is down,” a Harbor Analytics statement said.\n"
    )
    assert kinds_of(text) == {"Harbor Analytics": "organisation"}
