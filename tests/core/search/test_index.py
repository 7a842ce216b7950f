"""The per-article index: normalisation, inflections, typo budget and vocabulary expansion."""

from __future__ import annotations

import gc

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.language import text
from bot.core.language.stemming import stem
from bot.core.search import index as index_module
from bot.core.search.index import build_index, max_typos, normalise, query_words, tokenize

TEXT = (
    "The Café’s owner postponed the F-22 show.\n"
    "Hackers attacked two submarines near the Philippines.\n"
    "Officials said the meeting was friendly.\n"
)


@pytest.fixture(scope="module")
def index():
    return build_index(parse_article(TEXT))


def test_normalise_folds_case_and_accents():
    assert normalise("CAFÉ") == ["cafe"]


def test_normalise_drops_a_possessive_with_either_apostrophe():
    assert normalise("Blinken’s") == normalise("Blinken's") == ["blinken"]


def test_normalise_gives_a_hyphenated_compound_its_parts_and_joined_form():
    assert normalise("F-22") == ["f", "22", "f22"]


def test_tokenize_keeps_character_spans_of_the_original_text():
    text = "A Café’s F-22"
    terms, starts, ends, compounds = tokenize(text)
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == ["A", "Café’s", "F", "22"]
    assert terms == ["a", "cafe", "f", "22"]
    assert [(c.term, text[c.start : c.end]) for c in compounds] == [("f22", "F-22")]


def test_query_words_keep_a_compound_joined_when_the_article_has_it_so():
    assert query_words("F22 jets", {"f22": 1}) == ["f22", "jets"]
    assert query_words("F-22", {"f22": 1}) == ["f22"]


def test_query_words_split_a_compound_the_article_does_not_have():
    assert query_words("US-China", {}) == ["us", "china"]


@pytest.mark.parametrize(
    ("a", "b"),
    [("postpone", "postponed"), ("submarine", "submarines"), ("hack", "hackers"), ("hack", "hacking")],
)
def test_inflections_share_a_stem(a, b):
    assert stem(a) == stem(b)


def test_irregular_past_tenses_share_the_stem_of_the_present():
    assert stem("met") == stem("meets")
    assert stem("told") == stem("tells")


@pytest.mark.parametrize(("a", "b"), [("die", "died"), ("die", "dying"), ("tie", "tied"), ("lie", "lying")])
def test_a_short_verb_ending_in_ie_shares_a_stem_with_its_inflections(a, b):
    # "died" and "dying" keep too few letters before their ending for the suffix rules.
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("news", "new"), ("us", "use"), ("series", "serious")])
def test_unrelated_short_words_keep_apart(a, b):
    assert stem(a) != stem(b)


@pytest.mark.parametrize(("word", "budget"), [("sea", 0), ("tram", 0), ("baloon", 1), ("submarins", 2)])
def test_typo_budget_grows_with_word_length(word, budget):
    assert max_typos(word) == budget


def test_vocabulary_counts_paragraphs_per_term(index):
    assert index.vocabulary.df["the"] == 3
    assert index.vocabulary.df["submarines"] == 1


def test_expand_finds_the_exact_word_first(index):
    kinds = {m.term: m.kind for m in index.vocabulary.expand("philippines")}
    assert kinds["philippines"] == "exact"


def test_expand_finds_inflections(index):
    assert "postponed" in {m.term for m in index.vocabulary.expand("postpone")}


def test_expand_finds_a_word_from_its_prefix(index):
    found = {m.term: m.kind for m in index.vocabulary.expand("subma")}
    assert found.get("submarines") == "prefix"


def test_expand_tolerates_one_typo_from_five_letters(index):
    assert "hackers" in {m.term for m in index.vocabulary.expand("hackres")}


def test_expand_tolerates_no_typo_in_short_words(index):
    assert index.vocabulary.expand("shaw") == ()


def test_expand_ranks_typos_below_exact_matches(index):
    matches = {m.term: m.quality for m in index.vocabulary.expand("philipines")}
    assert 0 < matches["philippines"] < 1


def test_index_skips_repeated_paragraphs():
    text = (
        "Officials met in Vienna on Friday to discuss the trade deal in detail.\n"
        "Later the ministers left for home.\n"
        "Officials met in Vienna on Friday to discuss the trade deal in detail.\n"
    )
    article = parse_article(text)
    assert [p.number for p in build_index(article).paragraphs] == [1, 2]


def test_is_name_tells_names_from_ordinary_words(index):
    assert index.vocabulary.is_name("philippines")
    assert not index.vocabulary.is_name("friendly")


def test_index_is_built_once_per_article(index):
    article = parse_article(TEXT)
    assert build_index(article) is build_index(article)


def test_building_an_index_leaves_the_garbage_collector_alone(monkeypatch):
    # A spy, not the freeze count: frozen objects a cache lets go of (a bot test's warm-up froze
    # them) lower the count while the index is built, which said nothing about the index.
    calls: list[str] = []
    for name in ("freeze", "disable", "set_threshold"):
        monkeypatch.setattr(gc, name, lambda *args, name=name: calls.append(name))
    build_index(parse_article("Gc check\nA fresh article about garbage collection.", "gc-check"))
    assert calls == [] and gc.isenabled()


def test_the_shared_token_cache_stays_bounded():
    words = " ".join(f"w{n}x" for n in range(constants.SEARCH_TOKEN_CACHE + 10))
    build_index(parse_article("Many words\n" + words + ".", "many-words"))
    assert len(index_module._SIMPLE_TERMS) <= constants.SEARCH_TOKEN_CACHE


def test_search_stopwords_extend_the_shared_ones():
    assert text.STOPWORDS <= index_module.STOPWORDS


@pytest.mark.parametrize(
    ("word", "relative"),
    [("invade", "invasion"), ("marry", "marriage"), ("agree", "agreement"), ("elected", "election")],
)
def test_a_word_matches_the_noun_of_its_act_as_a_family_member(word, relative):
    vocabulary = build_index(parse_article(f"Family\nThe {relative} was announced.", "family")).vocabulary
    assert any(m.term == relative and m.kind == "family" for m in vocabulary.expand(word))


def test_a_family_match_counts_less_than_an_inflection():
    vocabulary = build_index(
        parse_article("Family\nThey invaded. The invasion failed.", "family2")
    ).vocabulary
    quality = {m.term: m.quality for m in vocabulary.expand("invade")}
    assert quality["invaded"] > quality["invasion"]


def test_a_repeat_with_words_of_its_own_stays_searchable():
    text = (
        "Prices rose 3.5 percent the U.Fir.\n\n0\n0\nThe council (left) met on Monday\n"
        "Prices rose 3.5 percent in the U.S. on Friday."
    )
    index = build_index(parse_article(text, "repeat"))
    assert "council" in index.postings


def test_an_exact_repeat_is_not_indexed_twice():
    sentence = "The mayor opened the new bridge on Monday morning."
    text = f"Repeat\n{sentence}\n{sentence}"
    index = build_index(parse_article(text, "exact-repeat"))
    assert index.vocabulary.df["bridge"] == 1
