"""The PolNeAR converter (eval/polnear_train.py) on a tiny annotated article written here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.eval_scripts import load_eval_script

NAME = "paper_2016-01-01_ferry-strike"

TEXT = (
    "Ferry strike ends\n"
    "\n"
    "Union leader Maria Lopez said the strike was over. “We won a fair deal for every crew,” "
    "Lopez said.\n"
    "\n"
    "“The boats run again on Monday,” she said.\n"
    "\n"
    "Harbor chief Tom Reed welcomed it. “Good news for the islands,” he said.\n"
    "\n"
    "The company called it “a step” and added: “Fares will not rise this year.”\n"
    "\n"
    "A sign on the quay read “Back to work on Monday morning.”\n"
)


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def annotations(text: str) -> str:
    """Brat standoff lines: source, cue and content of each attribution."""
    events = [
        ("Lopez", "said", "“We won a fair deal for every crew,”"),
        ("she", "said", "“The boats run again on Monday,”"),
        ("he", "said", "“Good news for the islands,”"),
        ("The company", "called", "“a step”"),
        ("The company", "added", "“Fares will not rise this year.”"),
    ]
    lines, t = [], 0
    for e, (source, cue, content) in enumerate(events, start=1):
        c_start, c_end = span(text, content)
        s_start, s_end = span(text, source, c_end if source != "The company" else 0)
        k_start, k_end = span(text, cue, c_end if source != "The company" else s_end)
        ids = []
        parts = (("Source", (s_start, s_end)), ("Cue", (k_start, k_end)), ("Content", (c_start, c_end)))
        for kind, (a, b) in parts:
            t += 1
            lines.append(f"T{t}\t{kind} {a} {b}\t{text[a:b]}")
            ids.append(f"{kind}:T{t}")
        lines.append(f"E{e}\tAttribution:T{t} {' '.join(ids)}")
    return "\n".join(lines) + "\n"


def corenlp(text: str, people: set[str], chains: list[list[str]]) -> str:
    """A CoreNLP-like XML: one sentence per line, PERSON tags, coreference chains of words.

    Each chain lists (word, occurrence) mentions as 'word#n', the n-th occurrence of the word.
    """
    sentences, positions, seen = [], {}, {}
    for number, match in enumerate(re.finditer(r"[^\n]+", text), start=1):
        tokens = []
        for index, token in enumerate(re.finditer(r"\w+|[^\w\s]", match.group()), start=1):
            word, start = token.group(), match.start() + token.start()
            ner = "PERSON" if word in people else "O"
            tokens.append(
                f"<token id='{index}'><word>{word}</word><CharacterOffsetBegin>{start}"
                f"</CharacterOffsetBegin><CharacterOffsetEnd>{start + len(word)}</CharacterOffsetEnd>"
                f"<NER>{ner}</NER></token>"
            )
            seen[word] = seen.get(word, 0) + 1
            positions[f"{word}#{seen[word]}"] = (number, index)
        sentences.append(f"<sentence id='{number}'><tokens>{''.join(tokens)}</tokens></sentence>")
    chain_xml = "".join(
        "<coreference>"
        + "".join(
            f"<mention><sentence>{positions[m][0]}</sentence><start>{positions[m][1]}</start>"
            f"<end>{positions[m][1] + 1}</end></mention>"
            for m in chain
        )
        + "</coreference>"
        for chain in chains
    )
    return (
        f"<root><document><sentences>{''.join(sentences)}</sentences>"
        f"<coreference>{chain_xml}</coreference></document></root>"
    )


@pytest.fixture(scope="module")
def polnear():
    return load_eval_script("polnear_train")


def checkout(root: Path, chains: list[list[str]]) -> Path:
    for folder in ("text", "attributions", "corenlp"):
        (root / "data" / "train" / folder).mkdir(parents=True, exist_ok=True)
    (root / "data" / "train" / "text" / f"{NAME}.txt").write_text(TEXT, encoding="utf-8")
    ann = root / "data" / "train" / "attributions" / f"{NAME}_ab12.ann"
    ann.write_text(annotations(TEXT), encoding="utf-8")
    xml = corenlp(TEXT, {"Maria", "Lopez", "Tom", "Reed"}, chains)
    (root / "data" / "train" / "corenlp" / f"{NAME}.txt.xml").write_text(xml, encoding="utf-8")
    meta = "compartment\tfilename\ttitle\tpublisher\tpublication_date\n"
    meta += f"train\t{NAME}\tFerry strike ends\tpaper\t2016-01-01\n"
    (root / "data" / "metadata.tsv").write_text(meta, encoding="utf-8")
    return root


def converted(polnear, tmp_path: Path, chains: list[list[str]]) -> dict:
    out = tmp_path / "out"
    assert polnear.main([str(checkout(tmp_path / "repo", chains)), "--out", str(out)]) == 0
    return json.loads((out / f"{NAME}.gold.json").read_text(encoding="utf-8"))


def by_text(gold: dict) -> dict[str, dict]:
    return {q["text"]: q for q in gold["quotes"]}


# "she" (2nd) and "he" (1st) in chains with the people named before them
AGREEING = [["Lopez#1", "Lopez#2", "she#1"], ["Reed#1", "he#1"]]


def test_quotation_words_offsets_and_paragraph_match_the_text(polnear, tmp_path):
    quote = by_text(converted(polnear, tmp_path, AGREEING))["We won a fair deal for every crew,"]
    assert TEXT[quote["start"] : quote["end"]] == quote["text"]
    assert quote["paragraph"] == 2  # non-blank lines, the title first


def test_a_quotation_of_fewer_than_four_words_is_not_scored(polnear, tmp_path):
    quotes = by_text(converted(polnear, tmp_path, AGREEING))
    assert not quotes["a step"]["scored"]
    assert quotes["Fares will not rise this year."]["scored"]


def test_a_surname_source_takes_the_full_name_the_article_gives(polnear, tmp_path):
    quote = by_text(converted(polnear, tmp_path, AGREEING))["We won a fair deal for every crew,"]
    assert (quote["speaker"], quote["speaker_resolved"]) == ("Maria Lopez", True)


def test_a_pronoun_is_resolved_when_its_chain_holds_the_nearest_named_source(polnear, tmp_path):
    quote = by_text(converted(polnear, tmp_path, AGREEING))["The boats run again on Monday,"]
    assert quote["speaker_type"] == "pronoun"
    assert (quote["speaker"], quote["speaker_resolved"]) == ("Maria Lopez", True)


def test_a_pronoun_outside_every_chain_stays_unresolved_under_its_own_words(polnear, tmp_path):
    quote = by_text(converted(polnear, tmp_path, [["Lopez#1", "Lopez#2"]]))["The boats run again on Monday,"]
    assert (quote["speaker"], quote["speaker_resolved"]) == ("she", False)


def test_an_organisation_source_stays_unresolved(polnear, tmp_path):
    quote = by_text(converted(polnear, tmp_path, AGREEING))["Fares will not rise this year."]
    assert (quote["speaker"], quote["speaker_resolved"], quote["speaker_type"]) == (
        "The company",
        False,
        "role-or-org",
    )


def test_a_quotation_outside_every_attribution_is_left_out(polnear, tmp_path):
    quotes = by_text(converted(polnear, tmp_path, AGREEING))
    assert "Back to work on Monday morning." not in quotes
    assert len(quotes) == 5


def test_the_speakers_list_counts_scored_quotations(polnear, tmp_path):
    speakers = converted(polnear, tmp_path, AGREEING)["speakers"]
    assert {s["name"]: s["quotes"] for s in speakers} == {"Maria Lopez": 2, "Tom Reed": 1}
