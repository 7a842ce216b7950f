"""A rule and a part of a text read out their own words ("“…,” reads the rule", "“…,” the paragraph
reads"), as a report and a statement do."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "House rules\n\nThe House voted on a package of rules on Tuesday.\n\n"


def test_reads_the_rule_gives_the_rule():
    text = LEAD + "“The committee shall review any unauthorized disclosure,” reads the rule.\n"
    assert speakers_of(text) == ["the rule"]


def test_the_paragraph_reads_gives_the_paragraph():
    text = LEAD + "“District auditors reviewed the contracts in May,” the paragraph reads.\n"
    assert speakers_of(text) == ["the paragraph"]
