""" "... the clearest way that, in his view, Governor Cato has abused his power. ¶ “…,” he said": the
subject of a that-clause is no rival of the sentence's own subject, an aside between them or not."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "aside", [", in his view,", ", in fact,", " — in Republicans’ view —", " -- in his view --"]
)
def test_a_he_after_a_that_clause_with_an_aside_is_the_main_subject(aside):
    text = (
        f"Rep. Paul Hensley pointed to the port deal as the clearest way that{aside} Governor Cato "
        "has abused his power.\n\n"
        "“I believe in open markets; I support open markets,” he said.\n"
    )
    assert speakers_of(text) == ["Paul Hensley"]
