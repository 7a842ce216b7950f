"""A capitalised role word closing a body's name after "for" ("the Whitcombe Center for Justice
said") names the body, which speaks; it never refers back to a person holding that role ("Justice
Peter Marlowe"), as "the Department of Justice" does not."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "It appeared that Justice Peter Marlowe joined the majority in letting the law stand.\n\n"


@pytest.mark.parametrize("body", ["the Whitcombe Center for Justice", "the Harbor Institute for Justice"])
def test_a_body_named_for_a_role_word_speaks_not_the_role_holder(body):
    text = (
        LEAD
        + f"In a release, {body} said the ruling shows “the weakness of protections at the ballot box.”\n"
    )
    assert speakers_of(text) == [body]


def test_the_body_is_listed_as_an_organisation():
    text = LEAD + "The Whitcombe Center for Justice said the ruling shows “the weakness of protections.”\n"
    assert kinds_of(text) == {"the Whitcombe Center for Justice": "organisation"}


def test_the_role_alone_still_refers_back_to_its_holder():
    text = LEAD + "“The weakness of protections is plain,” the justice said.\n"
    assert speakers_of(text) == ["Peter Marlowe"]
