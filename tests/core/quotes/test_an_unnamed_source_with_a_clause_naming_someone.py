"""`One adviser who knows Brandt well said: “…”`: an unnamed person opening the clause, then a "who"
or "whom" clause that names someone, right before the verb: the unnamed person speaks, never the
person the clause names."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "Mayor Tom Brandt faces a recall vote on Tuesday.\n\n"
QUOTE = "“The numbers are bad and getting worse.”"


@pytest.mark.parametrize(
    ("subject", "label"),
    [
        ("One adviser who knows Brandt well said:", "one adviser"),
        ("A neighbor who has known Brandt for years said:", "a neighbor"),
        ("A man whom Brandt hired last year said", "a man"),
        ("One adviser who knows Brandt well said he was worried and wrote in an email:", "one adviser"),
    ],
)
def test_the_unnamed_person_speaks_not_the_one_named_in_the_clause(subject, label):
    assert speakers_of(f"{OPENING}{subject} {QUOTE}\n") == [label]


def test_a_named_person_after_a_who_clause_comma_still_speaks():
    text = f"{OPENING}Ed Danner, who knows Brandt well, said: {QUOTE}\n"
    assert speakers_of(text) == ["Ed Danner"]
