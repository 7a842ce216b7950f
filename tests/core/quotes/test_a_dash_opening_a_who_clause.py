"""A dash opening a "who said" clause after a name sets it off as a comma would ("Gov. Ben Tull,
D-Wash. – who said Friday that “…” – told reporters"); a dash closing an aside before "who" does not
make the aside's owner the one who speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = "Gov. Alan Marsh held a briefing on Monday about the flood.\n\n"


def test_a_who_clause_opened_by_a_dash_after_a_party_label_speaks_for_the_name():
    text = (
        LEDE + "Gov. Ben Tull, D-Wash. – who said Friday that Marsh was “lying to the counties about the "
        "money” – told reporters the remarks were “a disgrace to the office.”\n"
    )
    assert speakers_of(text) == ["Ben Tull", "Ben Tull"]


def test_a_who_clause_after_a_dashed_aside_is_about_the_noun_before_it():
    text = (
        LEDE + "Mr. Marsh will probably mention his mother — the Sicilian in him — who told him “You can "
        "be anything you want if you’re willing to work hard enough,” and taught him thrift at a young age.\n"
    )
    assert speakers_of(text) == ["his mother"]
