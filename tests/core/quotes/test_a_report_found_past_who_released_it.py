""" "The audit report, released by Sen. Marta Quillen, the Eastbrook Democrat who leads the panel,
also found that managers “…”": the report's finding, however long the aside naming who released it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "aside",
    ["released by Sen. Marta Quillen", "released by Sen. Marta Quillen, the Democrat who leads the panel"],
)
def test_the_report_finds_not_who_released_it(aside):
    text = f"The audit report, {aside}, also found that managers “repeatedly changed their accounts” of it.\n"
    assert speakers_of(text) == ["the audit report"]
