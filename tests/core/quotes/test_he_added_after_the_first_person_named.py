""" "He added" goes on with someone named as a subject since the last quotation, even when that is
the first person the article names (whose number is 0, which is no "nobody")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_added_is_the_senator_named_since_though_he_was_named_first():
    text = (
        "Sen. Owen Castell said Monday that the port authority had handled the inspections badly.\n\n"
        "Mayor's spokesman Rupert Hale read a statement during a briefing on Monday.\n\n"
        "At the time, Hale said, inspectors “did not find any serious defects.”\n\n"
        "Castell said the port authority told him “they have limits on what they can inspect.”\n\n"
        "“So maybe the system failed,” he added.\n"
    )
    assert speakers_of(text)[-1] == "Owen Castell"
