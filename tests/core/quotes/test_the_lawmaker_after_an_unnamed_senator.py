""" "The lawmaker" right after an unnamed legislator is brought in ("One Republican senator who
requested anonymity expressed doubt ... ¶ “…,” the lawmaker asked") is that unnamed source, not a
senator named before, whether one senator or several are named."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ANONYMOUS = (
    "One Republican senator who requested anonymity expressed doubt that the governor understands "
    "the proposal.\n\n“Do you really think she has read the bill?” the lawmaker asked.\n"
)


def test_the_lawmaker_after_one_senator_with_one_senator_named():
    text = (
        "Water bill\n\nSen. Owen Pruitt said he would still oppose the measure.\n\n"
        "“I am not ready to back it now,” Pruitt told reporters.\n\n" + ANONYMOUS
    )
    assert speakers_of(text) == ["Owen Pruitt", "one Republican senator"]


def test_the_lawmaker_after_one_senator_with_two_senators_named():
    text = (
        "Water bill\n\nSen. Owen Pruitt and Sen. Ada Quist met the governor on Tuesday.\n\n"
        "“I am not ready to back it now,” Pruitt told reporters.\n\n" + ANONYMOUS
    )
    assert speakers_of(text) == ["Owen Pruitt", "one Republican senator"]
