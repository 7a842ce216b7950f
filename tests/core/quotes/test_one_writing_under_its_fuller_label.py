"""A writing named by its kind alone (`the report said`) is the one writing of that kind the article
names more fully (`the Vale report said`): one speaker in /speakers, not two; with two reports named
more fully it stays apart. (`her report said` is its writer's: test_a_writing_his_or_her_owns.py.)"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes, list_speakers

REPORT = (
    "Title: Targets\n\n"
    "The report, out on Wednesday, was written by the former prime minister Ann Vale.\n\n"
    "The plan risks becoming “a synonym for failed promises”, the report said. "
    "“The status quo is no option.”\n\n"
    "“Lisbon is about everything and thus about nothing,” the Vale report said.\n\n"
    "“We have no time to lose,” Ms Vale told reporters.\n"
)

TWO_REPORTS = REPORT.replace(
    "“We have no time", "“Growth will slow,” the Harbor Bank report said. “We have no time"
)


def test_a_writing_named_by_its_kind_is_the_one_named_more_fully():
    article = parse_article(REPORT)
    assert [q.speaker for q in extract_quotes(article)] == ["the Vale report"] * 3 + ["Ann Vale"]
    assert [s.name for s in list_speakers(article).speakers] == ["Ann Vale", "the Vale report"]


def test_with_two_reports_named_more_fully_the_bare_one_stays_apart():
    speakers = [q.speaker for q in extract_quotes(parse_article(TWO_REPORTS))]
    assert speakers[:2] == ["the report", "the report"]
