"""`The campaign manager for Lena Ortiz said`, `one farmer aligned with the Growers League told me`: a
role held for someone, or a person aligned or affiliated with a body, is an unnamed source, never the
one the role is held for nor the body."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "Mayor Tom Holt is running again.\n\n"
QUOTE = "“Holt has voted against it twice.”"


@pytest.mark.parametrize(
    ("subject", "label"),
    [
        ("The campaign manager for Lena Ortiz said,", "the campaign manager for Lena Ortiz"),
        (
            "The campaign manager for Lena Ortiz, Holt's opponent, stated flatly,",
            "the campaign manager for Lena Ortiz",
        ),
        ("One farmer aligned with the Growers League told me:", "one farmer aligned with the Growers League"),
    ],
)
def test_a_role_held_for_someone_speaks_as_an_unnamed_source(subject, label):
    assert speakers_of(f"{OPENING}{subject} {QUOTE}\n") == [label]


def test_the_candidate_named_beside_a_role_for_an_office_speaks():
    assert speakers_of(f"{OPENING}Lena Ortiz, the candidate for mayor, said, {QUOTE}\n") == ["Lena Ortiz"]
