"""`lookup` of a dotted abbreviation ("U.S.", "a.m.") searches the abbreviation, written with dots or,
in capitals, without; never its letters alone ("U.N.", "U-boat") nor the pronoun "us"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.search.engine import MARK_END, MARK_START, lookup

TALKS = parse_article(
    "Title: Harbour talks stall\n\n"
    "The U.S. delegation arrived in Oslo on Monday.\n\n"
    "The U.N. envoy said talks would resume at 9 a.m. on Tuesday.\n\n"
    "US officials said the deal was close, and a US Navy ship waited offshore.\n\n"
    "A man in a U-boat costume was seen at the harbour. He told us he was cold.\n\n"
    "The U.K. minister flew in from Washington, D.C., late on Monday. The U.S.A. team did not.\n"
)


def _marked(hit) -> list[str]:
    return [part.split(MARK_END)[0] for part in hit.marked.split(MARK_START)[1:]]


def _paragraphs(query: str) -> list[int]:
    return sorted(h.paragraph for h in lookup(TALKS, query, 10).hits)


def test_a_dotted_abbreviation_finds_it_dotted_and_in_capitals_only():
    assert _paragraphs("U.S.") == [1, 3]


def test_an_abbreviation_typed_in_capitals_finds_it_dotted_too():
    assert _paragraphs("US") == [1, 3]


def test_an_abbreviation_typed_in_lower_case_or_without_its_last_dot_is_the_same():
    assert _paragraphs("u.s.") == _paragraphs("U.S") == [1, 3]


def test_another_abbreviation_of_the_same_letter_is_no_match():
    assert _paragraphs("U.N.") == [2]
    assert _paragraphs("U.K.") == _paragraphs("UK") == [5]


def test_the_abbreviation_is_marked_whole_and_nothing_else():
    hits = {h.paragraph: _marked(h) for h in lookup(TALKS, "U.S.", 10).hits}
    assert hits == {1: ["U.S."], 3: ["US", "US"]}


def test_a_lower_case_abbreviation_finds_itself():
    hit = lookup(TALKS, "a.m.", 10).hits
    assert [(h.paragraph, _marked(h)) for h in hit] == [(2, ["a.m."])]


def test_a_dotted_abbreviation_the_article_never_writes_matches_nothing():
    result = lookup(TALKS, "E.U.", 10)
    assert result.hits == ()
    assert result.total == 0


STAFF = parse_article(
    "Title: Envoys arrive\n\n"
    "The U.N. officials arrived in Oslo on Monday.\n\n"
    "U.S. officials said the deal was close.\n\n"
    "Officials from Norway said nothing. A U-boat museum opened.\n\n"
    "US officials later said the navy would wait.\n"
)


def test_an_abbreviation_among_words_ranks_the_paragraphs_writing_it_first():
    hits = lookup(STAFF, "U.S. officials", 10).hits
    assert sorted(h.paragraph for h in hits[:2]) == [2, 4]
    assert sorted(h.paragraph for h in hits[2:]) == [1, 3]  # the other word alone, after them


def test_an_abbreviation_among_words_marks_no_letter_of_another():
    marked = {h.paragraph: _marked(h) for h in lookup(STAFF, "U.S. officials", 10).hits}
    assert marked[1] == ["officials"] and marked[3] == ["Officials"]  # not the U of "U.N.", "U-boat"
    assert marked[2] == ["U.S. officials"] and marked[4] == ["US officials"]


def test_an_abbreviation_in_capitals_among_words_finds_it_dotted():
    hits = lookup(STAFF, "US navy", 10).hits
    assert [h.paragraph for h in hits] == [4, 2]


def test_an_abbreviation_after_a_stop_word_is_the_abbreviation():
    result = lookup(STAFF, "the U.S.", 10)
    assert sorted(h.paragraph for h in result.hits) == [2, 4] and result.searched == "the U.S."
