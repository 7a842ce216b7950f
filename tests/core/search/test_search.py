"""`lookup`: typo-tolerant, ranked paragraph search that never pads its results."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot.core import api, constants
from bot.core.article import parse_article
from bot.core.search import engine as search
from bot.core.search.engine import MARK_END, MARK_START, lookup
from tests.conftest import own_article


@pytest.fixture(scope="module")
def tram():
    return own_article("search_tram_line.txt")


def top(article, query, limit=5):
    return lookup(article, query, limit).hits


def marked_words(hit) -> list[str]:
    parts = hit.marked.split(MARK_START)[1:]
    return [part.split(MARK_END)[0] for part in parts]


# --- typos -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("baloon", "balloon"),  # one deletion
        ("submarins", "submarines"),  # one deletion in a long word
        ("Phillipines", "Philippines"),  # two edits in a long word
        ("Beijnig", "Beijing"),  # a transposition counts as one edit
        ("comunication", "communication"),
        ("Kritenbrinck", "Kritenbrink"),
    ],
)
def test_typos_within_the_budget_find_the_word(bundled, query, expected):
    hits = top(bundled, query)
    assert hits and expected in hits[0].text


def test_two_typos_in_a_short_word_find_nothing(bundled):
    assert top(bundled, "Blnkn") == ()


def test_typo_matches_rank_below_exact_ones(tram):
    hits = top(tram, "tram")
    assert "tram" in marked_words(hits[0]) or "tram" in hits[0].text.lower()


@pytest.mark.parametrize(("query", "expected"), [("Nordban", "Nordbahn"), ("Lindkvist", "Lindqvist")])
def test_typos_work_on_another_article(tram, query, expected):
    hits = top(tram, query)
    assert hits and expected in hits[0].text


# --- inflections, prefixes, hyphens, apostrophes, accents ---------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [("postpone", "postponed"), ("submarine", "submarines"), ("hack", "hackers"), ("hacker", "hacking")],
)
def test_inflections_find_each_other(bundled, query, expected):
    found = [w for hit in top(bundled, query, 10) for w in marked_words(hit)]
    assert expected in found


def test_a_prefix_finds_the_whole_word(bundled):
    assert "submarines" in marked_words(top(bundled, "submar")[0])


@pytest.mark.parametrize("query", ["F22", "F-22", "f 22"])
def test_hyphenated_and_joined_forms_are_the_same(bundled, query):
    hits = top(bundled, query)
    assert hits and "F-22" in hits[0].text


@pytest.mark.parametrize("query", ["Blinken's trip", "Blinken’s trip", "Blinkens trip"])
def test_apostrophe_variants_are_the_same(bundled, query):
    assert top(bundled, query)[0].paragraph == top(bundled, "Blinken trip")[0].paragraph


def test_accents_are_optional(tram):
    assert "José Martínez" in top(tram, "Jose Martinez")[0].text
    assert "Zoë" in top(tram, "zoe")[0].text


def test_curly_and_straight_apostrophes_match(tram):
    assert top(tram, "shopkeepers' association")[0].text == top(tram, "shopkeepers’ association")[0].text


def test_e_bikes_matches_ebikes(tram):
    assert "e-bikes" in top(tram, "ebikes")[0].text


# --- phrases and ranking -----------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["South China Sea", "New Delhi", "lines of communication"])
def test_the_exact_phrase_ranks_first(bundled, phrase):
    first = top(bundled, phrase)[0]
    assert phrase.lower() in first.text.lower()
    assert first.phrase


def test_phrase_words_scattered_rank_below_the_phrase(tram):
    hits = top(tram, "Blue Line")
    assert "Blue Line" in hits[0].text
    assert all("Blue Line" not in h.text for h in hits[1:])


def test_rare_words_outweigh_common_ones(bundled):
    # "Chinese" and "minister" are everywhere; "defence" (typed British) is in one paragraph.
    assert "defense minister" in top(bundled, "Chinese defence minister")[0].text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("competition conflict escalate", "does not escalate into conflict"),
        ("officials hacking spokesperson", "spokesperson repeated accusations"),
        ("diplomacy Campbell", "intense diplomacy"),
    ],
)
def test_the_paragraph_holding_every_word_beats_the_closest_fuzzy_string(bundled, query, expected):
    naive = process.extractOne(query, [p.text for p in bundled.paragraphs], scorer=fuzz.partial_ratio)
    assert expected not in naive[0]
    assert expected in top(bundled, query)[0].text


def test_more_query_words_rank_higher(tram):
    hits = top(tram, "railway bridge canal")
    assert "railway bridge over the canal" in hits[0].text


def test_multi_word_results_need_not_hold_every_word(tram):
    hits = top(tram, "tram airport")
    assert any("airport" in h.text for h in hits)
    assert any("airport" not in h.text for h in hits)


def test_paragraphs_holding_more_query_words_never_follow_those_holding_fewer(bundled):
    words = ("blinken", "beijing", "talks")
    held = [sum(w in h.text.lower() for w in words) for h in top(bundled, "Blinken Beijing talks", 25)]
    assert held == sorted(held, reverse=True)


# --- results: marks, captions, repeats, limits --------------------------------------------


def test_matched_words_are_marked(bundled):
    hit = top(bundled, "baloon")[0]
    assert f"{MARK_START}balloon{MARK_END}" in hit.marked
    assert hit.marked.replace(MARK_START, "").replace(MARK_END, "") == hit.text


@pytest.mark.parametrize("phrase", ["South China Sea", "lines of communication"])
def test_an_exact_phrase_is_marked_as_one(bundled, phrase):
    assert phrase in marked_words(top(bundled, phrase)[0])


def test_captions_are_searchable_and_labelled(bundled):
    hit = top(bundled, "Raptor")[0]
    assert hit.is_caption


def test_body_text_ranks_above_a_caption_that_matches_as_well(tram):
    hits = top(tram, "harbour")
    assert not hits[0].is_caption
    assert any(h.is_caption for h in hits)


def test_the_repeated_lede_is_listed_once(bundled):
    hits = top(bundled, "high-stakes diplomatic mission", 25)
    texts = [h.text[:60] for h in hits]
    assert len(texts) == len(set(texts))


def test_the_limit_is_respected(bundled):
    assert len(top(bundled, "China", 3)) == 3


def test_results_are_never_padded(bundled):
    hits = top(bundled, "Gates", 25)
    assert hits and all("Gates" in h.text for h in hits)


def test_json_contract(bundled):
    data = lookup(bundled, "baloon", 2).to_dict()
    assert set(data) == {"query", "results", "total", "corrected", "ignored"}
    assert set(data["results"][0]) == {"paragraph", "text", "score"}


# --- nothing to find --------------------------------------------------------------------

NONSENSE = [
    "pizza",
    "quantum computing",
    "Tesla",
    "Elon Musk",
    "Kim Jong Un",
    "Boris Johnson",
    "Emmanuel Macron",
    "Angela Merkel",
    "Vladimir Putin",
    "Moscow",
    "Tokyo",
    "football",
    "climate change",
    "bitcoin",
    "vaccine",
    "earthquake",
    "Olympics",
    "hurricane",
    "recipe",
    "xyzzy",
    "Blinkenstein",
]


@pytest.mark.parametrize("query", NONSENSE)
def test_off_topic_queries_return_nothing(bundled, query):
    assert lookup(bundled, query, 5).hits == ()


@pytest.mark.parametrize(
    ("query", "missing"),
    [
        ("Antony Blunt", "Blunt"),
        ("Sullivan Johnson", "Johnson"),
        ("Bill Clinton", "Clinton"),
        ("Jake Paul", "Paul"),
    ],
)
def test_a_name_half_in_the_article_shows_that_half_and_names_the_other(bundled, query, missing):
    result = lookup(bundled, query, 5)
    assert result.ignored == (missing,)
    assert all(missing not in h.text for h in result.hits)


@pytest.mark.parametrize("query", ["pizza", "Tokyo", "Elon Musk"])
def test_off_topic_queries_return_nothing_on_another_article(tram, query):
    assert lookup(tram, query, 5).hits == ()


def test_a_near_miss_suggests_the_article_word(bundled):
    result = lookup(bundled, "Kritnbrk", 5)
    assert result.hits == ()
    assert "Kritenbrink" in result.suggestions


def test_a_longer_word_suggests_the_article_word_it_starts_with(bundled):
    assert lookup(bundled, "Blinkenstein", 5).suggestions == ("Blinken",)


def test_short_unmatched_words_get_no_far_fetched_suggestions(bundled):
    assert lookup(bundled, "Wang Yee", 5).suggestions == ()


def test_api_lookup_validates_and_searches(bundled):
    assert api.lookup(bundled, "  baloon  ").hits


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_text_query_never_raises(query):
    article = parse_article("Officials met in Vienna on Friday.\nThe F-22 shot down a balloon.\n")
    result = search.lookup(article, query, 5)
    assert len(result.hits) <= 5


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_article_can_be_searched(text):
    try:
        article = parse_article(text)
    except Exception:  # an empty article is refused by the parser, which is not ours to test
        return
    search.lookup(article, "balloon", 5)


# --- long paragraphs (a one-line article is one paragraph) ----------------------------


@pytest.fixture(scope="module")
def one_line():
    return own_article("search_one_line.txt")


def test_a_long_paragraph_hit_is_a_window_of_whole_sentences(one_line):
    hit = top(one_line, "hypothermia")[0]
    assert len(hit.text) <= constants.SEARCH_WINDOW_CHARS + 2
    assert hit.text.startswith("…") and hit.text.endswith("…")
    assert "Two passengers were taken to hospital with mild hypothermia" in hit.text
    assert marked_words(hit) == ["hypothermia"]


def test_far_apart_matches_in_one_paragraph_give_several_windows(one_line):
    hits = top(one_line, "ferry")
    assert len(hits) == 2
    assert {h.paragraph for h in hits} == {1}
    assert "ran aground" in hits[0].text and "return to service" in hits[1].text
    assert all(marked_words(h) == ["ferry"] for h in hits)


def test_windows_of_one_paragraph_do_not_overlap(one_line):
    first, second = top(one_line, "ferry")
    assert first.text.strip("…")[-40:] not in second.text


def test_a_window_holding_more_query_words_ranks_first(one_line):
    hit = top(one_line, "harbour master rules")[0]
    assert "Paul Vik" in hit.text


def test_short_paragraphs_are_shown_whole(tram):
    hit = top(tram, "Nordbahn")[0]
    assert hit.text == tram.paragraph(hit.paragraph).text


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=601, max_size=2000), st.text(min_size=1, max_size=20))
def test_long_paragraph_windows_never_raise_and_fit(text, query):
    article = parse_article("Title\n" + text.replace("\n", " "), "fuzz-long")
    for hit in lookup(article, query, 5).hits:
        if len(article.paragraph(hit.paragraph).text) > constants.SEARCH_LONG_PARAGRAPH_CHARS:
            # A window, or the windows of one paragraph joined into one hit (an article of
            # several paragraphs: "\r" and other breaks survive the replace above).
            assert len(hit.text) <= max(constants.SEARCH_WINDOW_CHARS + 2, constants.SEARCH_MERGED_HIT_CHARS)


def test_a_phrase_query_leaves_out_look_alikes_of_its_short_word_when_the_phrase_is_there():
    article = own_article("search_grain_strike.txt")
    hits = lookup(article, "euro zone", 10).hits
    assert [h.paragraph for h in hits] == [4]


def test_a_phrase_query_still_finds_the_words_apart_when_the_phrase_is_not_there():
    article = own_article("search_grain_strike.txt")
    hits = lookup(article, "grain buyers", 10).hits
    assert hits
    assert not any(h.phrase for h in hits)


def test_paragraphs_with_equal_evidence_come_out_in_article_order():
    article = own_article("search_grain_strike.txt")
    hits = lookup(article, "phase", 10).hits
    assert [h.paragraph for h in hits] == [6, 7, 8]
    assert len({h.score for h in hits}) == 1


def test_a_word_only_a_repeated_paragraph_holds_is_found():
    article = parse_article(
        "Storm hits coast\n\n"
        "The storm came ashore at dawn. Crews were ready.\n\n"
        "Sirens sounded in 30 towns along the Varna coast on Monday morning, officials said.\n\n"
        "Sirens sounded in 30 towns along the Varna coast on Monday morning, officials said ASAP.\n"
    )
    assert lookup(article, "ASAP", 5).total == 1


def test_a_letter_of_a_phrase_found_is_not_marked_where_it_stands_alone():
    # "U.N." is the phrase "u n": the "U" of "U.S." beside it was marked too.
    article = parse_article(
        "Title: Envoy named\n\nU.S. Ambassador to the U.N. Jane Doe spoke on Monday.\n\n"
        "The council met in New York on Tuesday.\n"
    )
    (hit,) = top(article, "U.N.")
    assert marked_words(hit) == ["U.N."]  # the abbreviation whole, its last dot too
