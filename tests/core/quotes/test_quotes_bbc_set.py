"""The hand-written quote sets (eval/quotes-bbc, eval/quotes-bbc2, eval/quotes-cnn, eval/quotes-dm,
eval/quotes-dm2, eval/quotes-news3, eval/quotes-wn, eval/quotes-us, eval/quotes-us2) keep quotes-dev's format,
exactly.

Structure only: no test runs the bot on these articles (each held-out half is read once per
session, by the lead).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[3] / "eval"
ARTICLES = EVAL / "articles"
BBC = r"bbc-(?:business|entertainment|politics|sport|tech)-"
WIKINEWS = r"(?:wn-\d{3}|src-\d{3}-\d)"
US_OUTLETS = ("breitbart", "nyt", "politico", "usatoday")
US = r"us-(?:" + "|".join(US_OUTLETS) + r")-[0-9A-Za-z]{16}"  # outlet, then the AllSides dataset's ID
# Each set's halves, by the file number of their articles (BBC: three digits; CNN: four, odd).
SETS = {
    "quotes-bbc": {"tune": BBC + r"\d\d5", "held-out": BBC + r"\d\d4"},  # by the last digit
    "quotes-bbc2": {"tune": BBC + r"\d[02468]6", "held-out": BBC + r"\d[13579]6"},  # ...6, by the tens
    # number % 4 == 1 (tune) or 3 (held-out), read off its last two digits
    "quotes-cnn": {
        "tune": r"cnn-\d\d(?:[02468][159]|[13579][37])",
        "held-out": r"cnn-\d\d(?:[02468][37]|[13579][159])",
    },
    # line index % 4 == 0 of the SumLLM validation file; the halves alternate in index order
    "quotes-dm": {"tune": r"dm-\d{4}", "held-out": r"dm-\d{4}"},
    # line index % 4 == 1 of the same file; all tuned, no held-out part
    "quotes-dm2": {"tune": r"dm-\d{4}"},
    # all tuned: BBC files ending in 5 or 9 and odd CNN files, eight of each
    "quotes-news3": {"tune": r"(?:" + BBC + r"\d\d[59]|cnn-\d{3}[13579])"},
    # Wikinews stories (wn-ROW) and their cited sources (src-ROW-K), split by story (row)
    "quotes-wn": {"tune": WIKINEWS, "held-out": WIKINEWS},
    # US political news of 2015, six per outlet; per outlet in ID order the halves alternate
    "quotes-us": {"tune": US, "held-out": US},
    # the next six per outlet by the same rule; per outlet in ID order 1st 2nd 4th 5th tune, 3rd 6th held out
    "quotes-us2": {"tune": US, "held-out": US},
}
ARTICLES_PER_HALF = {"quotes-dm2": 14, "quotes-news3": 16, "quotes-wn": 10}  # the others: twelve
ARTICLES_IN = {("quotes-us2", "tune"): 16, ("quotes-us2", "held-out"): 8}  # a half of its own size
DAILY_MAIL = ("quotes-dm", "quotes-dm2")
SCORED_MIN_WORDS = 4  # as quotes-dev: one to three words are labels and scare quotes
QUOTE_KEYS = {
    "event", "text", "start", "end", "paragraph", "kind", "words", "scored", "source_text",
    "cue", "speaker", "speaker_resolved", "speaker_type", "resolution",
}  # fmt: skip
SPEAKER_TYPES = {"name", "pronoun", "role-or-org", "group", "document", "indefinite", "none"}
RESOLVED = {"name", "article-fullname", "hand"}
UNRESOLVED = {"organisation", "unnamed", "non-person-pronoun", "document", "group", "indefinite", "unclear"}
CATEGORIES = {"business", "entertainment", "politics", "sport", "tech"}


def gold_files(name: str, half: str) -> list[Path]:
    return sorted((EVAL / name / half).glob("*.gold.json"))


def gold_id(path: Path) -> str:
    return f"{path.parts[-3]}/{path.parts[-2]}/{path.stem}"


def every_gold() -> list[Path]:
    return [path for name, halves in SETS.items() for half in halves for path in gold_files(name, half)]


def text_of(gold_path: Path) -> str:
    return gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")


def paragraph_of(text: str, offset: int) -> int:
    """1-based paragraph holding `offset`, paragraphs split on blank lines (title first)."""
    return len(re.findall(r"\n\s*\n", text[:offset].strip())) + 1


@pytest.mark.parametrize("name", SETS)
def test_each_half_holds_its_articles_named_by_its_rule(name: str):
    for half, pattern in SETS[name].items():
        names = [path.name.removesuffix(".gold.json") for path in gold_files(name, half)]
        assert len(names) == ARTICLES_IN.get((name, half), ARTICLES_PER_HALF.get(name, 12))
        assert all(re.fullmatch(pattern, n) for n in names)


def test_quotes_dm_halves_alternate_over_line_indexes_divisible_by_four():
    number = {
        half: [int(p.name[3:7]) for p in gold_files("quotes-dm", half)] for half in ("tune", "held-out")
    }
    assert all(n % 4 == 0 for numbers in number.values() for n in numbers)
    in_order = sorted(number["tune"] + number["held-out"])
    assert number["tune"] == in_order[0::2] and number["held-out"] == in_order[1::2]


def test_quotes_dm2_takes_line_indexes_one_modulo_four_and_has_no_held_out_part():
    assert all(int(p.name[3:7]) % 4 == 1 for p in gold_files("quotes-dm2", "tune"))
    assert not (EVAL / "quotes-dm2" / "held-out").exists()


def test_quotes_wn_halves_share_no_story():
    """A story's row (wn-ROW, src-ROW-K) lies in one half only: its sources repeat its quotations."""
    halves = ("tune", "held-out")
    rows = {half: {p.name.split("-")[1] for p in gold_files("quotes-wn", half)} for half in halves}
    assert rows["tune"] and rows["held-out"] and not rows["tune"] & rows["held-out"]


def us_ids(name: str, outlet: str) -> dict[str, list[str]]:
    """The dataset IDs of one outlet's articles in each half of a US set, sorted."""
    return {
        half: [p.name[-26:-10] for p in gold_files(name, half) if f"-{outlet}-" in p.name]
        for half in ("tune", "held-out")
    }


def test_quotes_us_halves_alternate_per_outlet_in_id_order():
    """Per outlet, its six articles sorted by ID: the 1st, 3rd, 5th are tune, the 2nd, 4th, 6th held out."""
    for outlet in US_OUTLETS:
        ids = us_ids("quotes-us", outlet)
        in_order = sorted(ids["tune"] + ids["held-out"])
        assert len(in_order) == 6
        assert ids["tune"] == in_order[0::2] and ids["held-out"] == in_order[1::2]


def test_quotes_us2_takes_the_next_six_per_outlet_two_of_three_tuned():
    """Per outlet, six articles whose IDs all sort after quotes-us's; in ID order the 1st, 2nd, 4th, 5th are
    tune and the 3rd, 6th held out."""
    for outlet in US_OUTLETS:
        first, ids = us_ids("quotes-us", outlet), us_ids("quotes-us2", outlet)
        in_order = sorted(ids["tune"] + ids["held-out"])
        assert len(in_order) == 6
        assert min(in_order) > max(first["tune"] + first["held-out"])
        assert ids["tune"] == [in_order[i] for i in (0, 1, 3, 4)]
        assert ids["held-out"] == [in_order[2], in_order[5]]


@pytest.mark.parametrize("name", DAILY_MAIL)
def test_quotes_dm_texts_are_one_line_daily_mail_copy(name: str):
    for path in [p for half in SETS[name] for p in gold_files(name, half)]:
        text = text_of(path)
        assert "\n" not in text and "(CNN)" not in text


@pytest.mark.parametrize("name", [name for name in SETS if name.startswith("quotes-bbc")])
def test_each_bbc_half_spans_all_five_categories(name: str):
    for half in SETS[name]:
        assert {path.name.split("-")[1] for path in gold_files(name, half)} == CATEGORIES


def test_no_article_is_in_two_halves_or_sets_or_in_eval_articles():
    texts = [text_of(path) for path in every_gold()]
    others = {path.read_text(encoding="utf-8") for path in ARTICLES.glob("*.txt")}
    assert len(set(texts)) == len(texts)
    assert not set(texts) & others


def opens_quotation(text: str, start: int, end: int) -> bool:
    """A double mark (straight or curly) opens it; a single one, or a closing curly one (`said.”I guarantee`),
    only as a typo for it, closed by a double."""
    closed = text[end : end + 1] in '"\u201d'
    return text[start - 1] in '"\u201c' or (text[start - 1] in "'\u201d" and closed)


def opens_daily_mail_quotation(text: str, start: int) -> bool:
    """The Daily Mail quotes in single marks (straight or curly), now and then in double ones."""
    return text[start - 1] in "'\u2018\"\u201c"


@pytest.mark.parametrize("path", every_gold(), ids=gold_id)
def test_every_quotation_is_the_article_text_between_its_offsets(path: Path):
    text = text_of(path)
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["file"] == f"{gold['article']}.txt" == path.name.replace(".gold.json", ".txt")
    for quote in gold["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert text[quote["start"] : quote["end"]] == quote["text"] == quote["text"].strip()
        if path.parts[-3] in DAILY_MAIL:
            assert opens_daily_mail_quotation(text, quote["start"])
        else:
            assert opens_quotation(text, quote["start"], quote["end"])
        assert quote["paragraph"] == paragraph_of(text, quote["start"]) == paragraph_of(text, quote["end"])
        assert quote["kind"] in ("full", "partial")
        assert quote["words"] == len(quote["text"].split())
        assert quote["scored"] == (quote["words"] >= SCORED_MIN_WORDS)
        assert quote["speaker_type"] in SPEAKER_TYPES
        assert quote["speaker_resolved"] == (quote["speaker"] is not None)
        assert quote["resolution"] in (RESOLVED if quote["speaker_resolved"] else UNRESOLVED)


@pytest.mark.parametrize("path", every_gold(), ids=gold_id)
def test_the_speaker_list_counts_each_resolved_speakers_scored_quotations(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    resolved = [q for q in gold["quotes"] if q["speaker_resolved"]]
    counts = {s["name"]: s["quotes"] for s in gold["speakers"]}
    assert set(counts) == {q["speaker"] for q in resolved}
    for name, count in counts.items():
        assert count == sum(q["scored"] for q in resolved if q["speaker"] == name)
