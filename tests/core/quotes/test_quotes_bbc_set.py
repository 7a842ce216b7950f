"""The hand-written BBC quote set (eval/quotes-bbc) keeps quotes-dev's format, exactly.

Structure only: no test runs the bot on these articles (the held-out half is read once per
session, by the lead).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[3] / "eval" / "quotes-bbc"
ARTICLES = Path(__file__).resolve().parents[3] / "eval" / "articles"
HALVES = {"tune": "5", "held-out": "4"}  # the BBC file number's last digit of each half
SCORED_MIN_WORDS = 4  # as quotes-dev: one to three words are labels and scare quotes
QUOTE_KEYS = {
    "event", "text", "start", "end", "paragraph", "kind", "words", "scored", "source_text",
    "cue", "speaker", "speaker_resolved", "speaker_type", "resolution",
}  # fmt: skip
SPEAKER_TYPES = {"name", "pronoun", "role-or-org", "group", "document", "indefinite", "none"}
NAME = re.compile(r"bbc-(business|entertainment|politics|sport|tech)-\d{3}")


def gold_files(half: str) -> list[Path]:
    return sorted((SET / half).glob("*.gold.json"))


def every_gold() -> list[Path]:
    return [path for half in HALVES for path in gold_files(half)]


def paragraph_of(text: str, offset: int) -> int:
    """1-based paragraph holding `offset`, paragraphs split on blank lines (title first)."""
    return len(re.findall(r"\n\s*\n", text[:offset].strip())) + 1


def test_each_half_holds_twelve_articles_over_all_five_categories():
    for half, digit in HALVES.items():
        names = [path.name.removesuffix(".gold.json") for path in gold_files(half)]
        assert len(names) == 12
        assert all(NAME.fullmatch(name) and name.endswith(digit) for name in names)
        assert {name.split("-")[1] for name in names} == {
            "business", "entertainment", "politics", "sport", "tech",
        }  # fmt: skip


def test_no_article_is_in_both_halves_or_in_eval_articles():
    texts = [path.with_name(path.name.replace(".gold.json", ".txt")).read_text() for path in every_gold()]
    others = {path.read_text() for path in ARTICLES.glob("*.txt")}
    assert len(set(texts)) == len(texts)
    assert not set(texts) & others


@pytest.mark.parametrize("path", every_gold(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_quotation_is_the_article_text_between_its_offsets(path: Path):
    text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["file"] == f"{gold['article']}.txt" == path.name.replace(".gold.json", ".txt")
    for quote in gold["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert text[quote["start"] - 1] == '"'
        assert quote["paragraph"] == paragraph_of(text, quote["start"])
        assert quote["kind"] in ("full", "partial")
        assert quote["words"] == len(quote["text"].split())
        assert quote["scored"] == (quote["words"] >= SCORED_MIN_WORDS)
        assert quote["speaker_type"] in SPEAKER_TYPES
        assert quote["speaker_resolved"] == (quote["speaker"] is not None)


@pytest.mark.parametrize("path", every_gold(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_the_speaker_list_counts_each_resolved_speakers_scored_quotations(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    resolved = [q for q in gold["quotes"] if q["speaker_resolved"]]
    counts = {s["name"]: s["quotes"] for s in gold["speakers"]}
    assert set(counts) == {q["speaker"] for q in resolved}
    for name, count in counts.items():
        assert count == sum(q["scored"] for q in resolved if q["speaker"] == name)
