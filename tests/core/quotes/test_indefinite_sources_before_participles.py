"""An indefinite role or source opening a lede speaks the participle's quotation, as "A federal judge
said" does: "A federal judge on Friday blocked the law, calling it “…”" is the unnamed source "a federal
judge"; a noun described further ("A man who lives nearby", "A judge in Ohio") is left alone."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_AFTER = "\n\nDistrict Judge Karen Olsen wrote the ruling. County attorney Greg Hale said he would appeal.\n"


def test_a_judge_blocking_a_law_calling_it():
    text = "A federal judge on Friday blocked a county law, calling it “a solution in search of a problem.”"
    assert speakers_of(text + _AFTER) == ["a federal judge"]


def test_the_last_noun_of_the_phrase_heads_it():
    text = (
        "A Republican senator on Tuesday rejected the budget, saying it would “bankrupt the next generation.”"
    )
    assert speakers_of(text + _AFTER) == ["a Republican senator"]


def test_a_noun_described_by_a_relative_clause_is_left_alone():
    text = "A man who lives nearby blocked the road, calling the plan “a solution in search of a problem.”"
    assert speakers_of(text + _AFTER) == [None]


def test_a_writing_by_a_named_person_is_no_unnamed_source():
    text = "An additional email by Dana Roche on Friday rejected the plan, saying “the crossing stays.”"
    assert "an additional email" not in speakers_of(text + _AFTER)


def test_a_person_noun_opening_the_clause_speaks_the_participles_quotation():
    text = "A supporter interrupted the mayor on Friday, yelling “Run, Karen, run for governor!”"
    assert speakers_of(text + _AFTER) == ["a supporter"]


def test_an_unnamed_source_opening_a_clause_after_and_speaks_the_participles_quotation():
    text = (
        "Mayor Tom Reyes got a warm welcome at the launch, and one supporter interrupted him by yelling "
        "“Run, Tom, run for governor!”"
    )
    assert speakers_of(text + _AFTER) == ["one supporter"]
