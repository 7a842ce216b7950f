"""A role word with a nationality ("the Israeli leader said") whose one holder the article describes
by no such nationality ("Iran's Supreme Leader Ali Khamenei") is the one person it describes by that
nationality ("Israeli Prime Minister Benjamin Netanyahu")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TALKS = (
    "Iran's Supreme Leader Ali Khamenei has backed the talks. Israeli Prime Minister Benjamin Netanyahu "
    "said on Tuesday the deal was dangerous.\n\n"
)


def test_the_israeli_leader_is_the_one_person_described_as_israeli():
    text = TALKS + "“This agreement paves the road to a bomb,” the Israeli leader said.\n"
    assert speakers_of(text) == ["Benjamin Netanyahu"]


def test_the_one_leader_stays_when_no_one_is_described_by_the_nationality():
    text = TALKS + "“We will never give up our rights,” the Iranian leader said.\n"
    assert speakers_of(text) == ["Ali Khamenei"]
