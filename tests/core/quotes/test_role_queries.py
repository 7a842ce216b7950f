"""/quote typed as a role ("Lib Dem leader"): whom it finds.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

VOTE = parse_article(
    "Title: Vote in Brent\n\n"
    '"We will fight on," said Lib Dem MP Sarah Teather.\n\n'
    '"The result was close," said Rovers manager Tom Hale.\n'
)


def test_a_role_no_one_holds_does_not_find_someone_of_that_party_with_another_role():
    assert api.quote(VOTE, "Lib Dem leader").speaker is None


def test_the_role_a_person_holds_still_finds_them():
    assert api.quote(VOTE, "Lib Dem MP").speaker.name == "Sarah Teather"


def test_leader_finds_whoever_heads_what_the_query_names():
    assert api.quote(VOTE, "Rovers leader").speaker.name == "Tom Hale"
