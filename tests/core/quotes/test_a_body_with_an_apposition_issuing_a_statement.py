"""A body named with an apposition before the verb that puts out its statement ("Green Harbor, a
housing lobbying organization, issued a statement saying, “…”") speaks the statement, as it does
with no apposition; the name and apposition are not an opening phrase."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "Housing\n\nThe city changed its housing policy on Monday.\n\n"
STATEMENT = "“Those who are upset should put their energy into changing the policies instead.”"


@pytest.mark.parametrize("link", ["issued a statement saying,", "issued a statement:"])
def test_the_body_before_its_apposition_issues_the_statement(link):
    text = LEAD + f"Green Harbor, a housing lobbying organization, {link} {STATEMENT}\n"
    assert speakers_of(text) == ["Green Harbor"]


def test_the_body_so_described_is_an_organisation():
    text = LEAD + f"Green Harbor, a housing lobbying organization, issued a statement saying, {STATEMENT}\n"
    assert kinds_of(text) == {"Green Harbor": "organisation"}
