"""ROUGE of the summariser against Lead-3 and Lead-3-clean on the summaries-dev set, in one run.

Usage: python eval/summary_eval.py [DATA_DIR] [--half all|tune|held-out] [--sentences N] [--show]
[--ablations] [--lowercase] (needs the `dev` extra). --half tune scores the odd-numbered articles
(the first, third, ...), held-out the even ones: for a larger set such as eval/cnndm_val.py's.
Every run leaves out an article whose text is also a text under eval/ (the ask and quotes sets,
among them clean rounds still waiting to be scored, are drawn from the same summary sets, so the bot
must not run on them here) and says how many it left out; in /work/cnndm-val it also leaves out the
odd-numbered texts above 0829, kept for clean ask rounds still to be written (RESERVED_ABOVE).
--lowercase also scores a lower-cased copy of every article (caseless text: chat logs,
transcripts, some wire feeds) and compares the sentence counts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Development-only dependencies: scoring needs them, choosing the articles (which the tests check, with
# the test extra alone installed) does not.
try:
    import pysbd
    from rouge_score import rouge_scorer
except ImportError as error:
    pysbd = rouge_scorer = None
    MISSING = error.name
else:
    MISSING = None

from bot.core import api  # noqa: E402
from bot.core.article import load_article  # noqa: E402
from bot.core.summary.engine import DEFAULT_WEIGHTS, Weights, summarize  # noqa: E402

# The development set lives beside the project (`../shared/data/summaries-dev`), never inside it;
# from a git worktree it is one level further up.
DATA_CANDIDATES = [base / "shared" / "data" / "summaries-dev" for base in (ROOT.parent, ROOT.parent.parent)]
DEFAULT_DATA = next((path for path in DATA_CANDIDATES if path.is_dir()), DATA_CANDIDATES[0])
METRICS = ("rouge1", "rouge2", "rougeLsum")
# Texts of the project's other evaluation sets, some drawn from the summary sets (see left_out).
EVAL_TEXTS = ROOT / "eval"
# A summary set's number above which its odd (tune half's) texts are kept for clean ask rounds still
# to be written (nobody runs the bot on them before those rounds are scored), by the set's folder name.
RESERVED_ABOVE = {"cnndm-val": 829}
# Lead-3-clean skips pysbd "sentences" under this many words (the README's anchor).
CLEAN_MIN_WORDS = 6

Summariser = Callable[[Path], list[str]]


def dev_articles(data_dir: Path) -> list[tuple[Path, list[str]]]:
    """(article path, highlight lines) for every NNN.txt with a NNN.highlights.txt."""
    pairs = []
    for path in sorted(data_dir.glob("[0-9]*.txt")):
        if path.name.endswith(".highlights.txt"):
            continue
        highlights = path.with_name(path.stem + ".highlights.txt")
        if highlights.exists():
            lines = [line.strip() for line in highlights.read_text(encoding="utf-8").splitlines()]
            pairs.append((path, [line for line in lines if line]))
    return pairs


def _content(text: str) -> str:
    """A text with its spacing normalised: a copy that only re-flowed the lines is the same text."""
    return " ".join(text.split())


def eval_contents(folder: Path | None = None) -> set[str]:
    """The content of every text file under eval/ (never printed: some are held out)."""
    folder = folder or EVAL_TEXTS
    return {_content(path.read_text(encoding="utf-8")) for path in folder.rglob("*.txt")}


def left_out(
    pairs: list[tuple[Path, list[str]]], contents: set[str]
) -> tuple[list[tuple[Path, list[str]]], int]:
    """The pairs whose article is not one of `contents`, and how many were dropped."""
    kept = [pair for pair in pairs if _content(pair[0].read_text(encoding="utf-8")) not in contents]
    return kept, len(pairs) - len(kept)


def reserved_left_out(
    pairs: list[tuple[Path, list[str]]], data_dir: Path
) -> tuple[list[tuple[Path, list[str]]], int]:
    """The pairs not kept for a future ask round (odd, numbered above RESERVED_ABOVE), and how many were;
    the even texts are the set's held-out half, left as they are."""
    limit = RESERVED_ABOVE.get(data_dir.name)
    if limit is None:
        return pairs, 0
    kept = [pair for pair in pairs if not _reserved(pair[0].stem, limit)]
    return kept, len(pairs) - len(kept)


def _reserved(stem: str, limit: int) -> bool:
    return stem.isdigit() and int(stem) > limit and int(stem) % 2 == 1


_SEGMENTER = pysbd.Segmenter(language="en", clean=False) if pysbd else None


def lead3(path: Path, count: int = 3) -> list[str]:
    return [s.strip() for s in _SEGMENTER.segment(path.read_text(encoding="utf-8")) if s.strip()][:count]


def lead3_clean(path: Path, count: int = 3) -> list[str]:
    sentences = [s.strip() for s in _SEGMENTER.segment(path.read_text(encoding="utf-8"))]
    return [s for s in sentences if len(s.split()) >= CLEAN_MIN_WORDS][:count]


def ours(count: int = 3, weights: Weights = DEFAULT_WEIGHTS) -> Summariser:
    """The summariser exactly as the CLI runs it: real loader, command layer, JSON texts."""

    def run(path: Path) -> list[str]:
        article = load_article(path)
        if weights is DEFAULT_WEIGHTS:
            result = api.summary(article, count)
        else:
            result = summarize(article, count, weights)
        return [s["text"] for s in result.to_dict()["sentences"]]

    return run


def score(summariser: Summariser, pairs: list[tuple[Path, list[str]]]) -> dict[str, float]:
    """Mean ROUGE F1 (x100) over the articles, as the README computes it."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals: dict[str, list[float]] = {m: [] for m in METRICS}
    for path, reference in pairs:
        result = scorer.score("\n".join(reference), "\n".join(summariser(path)))
        for metric in METRICS:
            totals[metric].append(result[metric].fmeasure * 100)
    return {metric: mean(values) for metric, values in totals.items()}


# What each part of the summariser adds: the same run with one part switched off.
ABLATIONS = {
    "- centrality": Weights(centrality=0.0),
    "- lead prior": Weights(position=0.0),
    "- MMR": Weights(redundancy=0.0, max_similarity=2.0, max_fuzz=101.0),
    "- fitness": Weights(quote=1.0, question=1.0, spaced_end=1.0, short_words=1, long_words=10**6),
}


def lowercase_rows(pairs: list[tuple[Path, list[str]]], count: int) -> None:
    """Ours on a lower-cased copy of each article, with sentence counts, for the whole set and
    for each half (nothing was tuned on either half: the caseless thresholds were set a priori)."""
    with tempfile.TemporaryDirectory() as tmp:
        lowered = []
        for path, reference in pairs:
            copy = Path(tmp) / path.name
            copy.write_text(path.read_text(encoding="utf-8").lower(), encoding="utf-8")
            lowered.append((copy, reference))
        half = len(pairs) // 2
        for name, cased, lower in (
            ("all", pairs, lowered),
            ("first half", pairs[:half], lowered[:half]),
            ("second half", pairs[half:], lowered[half:]),
        ):
            sentences = sum(len(load_article(p).sentences) for p, _ in cased)
            lowered_sentences = sum(len(load_article(p).sentences) for p, _ in lower)
            r_cased, r_lower = score(ours(count), cased), score(ours(count), lower)
            change = 100 * (lowered_sentences - sentences) / sentences
            print(
                f"\nlower-cased, {name} ({len(cased)}): sentences {sentences} -> {lowered_sentences} "
                f"({change:+.1f}%); ROUGE-1 {r_cased['rouge1']:.2f} -> {r_lower['rouge1']:.2f}, "
                f"ROUGE-2 {r_cased['rouge2']:.2f} -> {r_lower['rouge2']:.2f}, "
                f"ROUGE-Lsum {r_cased['rougeLsum']:.2f} -> {r_lower['rougeLsum']:.2f}"
            )


# The odd-numbered articles to tune on, the even ones held out.
HALVES: dict[str, Callable[[list], list]] = {
    "all": lambda pairs: pairs,
    "tune": lambda pairs: pairs[0::2],
    "held-out": lambda pairs: pairs[1::2],
}


def chosen(data: Path, half: str, sentences: int) -> tuple[list[tuple[Path, list[str]]], list[str]]:
    """The (article, highlights) pairs of `data`'s `half` a run scores, and the lines saying which and
    how many were left out."""
    pairs, reserved = reserved_left_out(HALVES[half](dev_articles(data)), data)
    pairs, dropped = left_out(pairs, eval_contents())
    named = "" if half == "all" else f" ({half} half)"
    notes = [f"{len(pairs)} articles from {data}{named}, {sentences} sentences each"]
    if reserved:
        limit = RESERVED_ABOVE[data.name]
        notes.append(f"{reserved} left out: numbered above {limit:04d} (odd), kept for future ask rounds")
    notes.append(f"{dropped} left out: their text is also a text of an evaluation set under eval/")
    return pairs, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print each summary")
    parser.add_argument("--ablations", action="store_true", help="also score with each part switched off")
    parser.add_argument("--lowercase", action="store_true", help="also score lower-cased copies")
    parser.add_argument(
        "--half", choices=tuple(HALVES), default="all", help="odd (tune) or even (held-out) articles"
    )
    args = parser.parse_args(argv)
    pairs, notes = chosen(args.data, args.half, args.sentences)
    if not pairs:
        print(f"no articles with highlights in {args.data}", file=sys.stderr)
        return 1
    if MISSING:
        sys.exit(f"{MISSING} is missing: pip install -e '.[dev]'")
    rows = {
        "Lead-3": lambda p: lead3(p, args.sentences),
        "Lead-3-clean": lambda p: lead3_clean(p, args.sentences),
        "article-bot": ours(args.sentences),
    }
    if args.ablations:
        rows.update({name: ours(args.sentences, weights) for name, weights in ABLATIONS.items()})
    print("\n".join(notes) + "\n")
    print(f"| {'summariser':<14} | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |")
    print(f"|{'-' * 16}|---------|---------|------------|")
    for name, summariser in rows.items():
        result = score(summariser, pairs)
        r1, r2, rl = (result[m] for m in METRICS)
        print(f"| {name:<14} | {r1:7.2f} | {r2:7.2f} | {rl:10.2f} |")
    if args.lowercase:
        lowercase_rows(pairs, args.sentences)
    if args.show:
        for path, _ in pairs:
            print(f"\n{path.name}")
            for line in rows["article-bot"](path):
                print(f"  - {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
