"""The one person a sentence names, with an apposition or a party label in brackets between the
name and the verb ("Rep. Nadia Olusola (D-Millbrook), the ranking member of the panel, also took to
Twitter to say that the cuts “…”"), speaks the quotation, as without the apposition."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "The city council voted Tuesday to cut ferry service to Pellow Island.\n\n"


@pytest.mark.parametrize(
    "subject",
    [
        "Rep. Nadia Olusola, the ranking member of the transport panel,",
        "Rep. Nadia Olusola (D-Millbrook), the ranking member of the transport panel,",
    ],
)
def test_the_named_person_past_the_apposition_speaks(subject):
    text = LEAD + f"{subject} took to Twitter to say that if the cuts “go through, the island is cut off.”\n"
    assert speakers_of(text) == ["Nadia Olusola"]
