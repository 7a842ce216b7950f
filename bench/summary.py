"""Speed of /summary on the bundled article and a generated 2,000-sentence one, with baselines.

`python -m bench.summary` prints median and p99 for article-bot (first call on a fresh parse, and
repeated calls), Lead-3 (pysbd) and sumy LexRank; `run()` gives (label, figure) for bench/run.py.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import BUNDLED, generated_text  # noqa: E402
from bench.timing import Timing, measure, summarise  # noqa: E402
from bot.core.article import Article, load_article, parse_article  # noqa: E402
from bot.core.language.text import words  # noqa: E402
from bot.core.summary.engine import summarize  # noqa: E402

LARGE_SENTENCES = 2000
GOAL_BUNDLED_MS = 20.0
GOAL_LARGE_MS = 200.0


def large_text(sentences: int = LARGE_SENTENCES) -> str:
    """Generated article text (real sentences recombined, fixed seed) of about `sentences` sentences."""
    paragraphs = sentences // 2  # the generator puts one to three sentences in a paragraph
    while True:
        text = generated_text(paragraphs)
        if len(parse_article(text).sentences) >= sentences:
            return text
        paragraphs += sentences // 20


def cold(make: Callable[[], Article], repeat: int) -> Timing:
    """Summary on a freshly parsed article each time: the full cost, before any caching."""
    samples = []
    for _ in range(repeat):
        article = make()
        start = time.perf_counter()
        summarize(article, 3)
        samples.append((time.perf_counter() - start) * 1000)
    return summarise(samples)


def lead3(text: str) -> list[str]:
    """The evaluation's Lead-3 anchor: pysbd sentences of the raw text, first three."""
    import pysbd

    return pysbd.Segmenter(language="en", clean=False).segment(text)[:3]


class _WordTokenizer:
    """sumy's tokenizer interface over our word splitter (sumy's own needs NLTK data files)."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return words(text)


def lexrank(article: Article) -> list[str]:
    """sumy LexRank over the article's sentences as our splitter finds them."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    tokenizer = _WordTokenizer()
    paragraphs = [Paragraph([Sentence(s.text, tokenizer) for s in p.sentences]) for p in article.paragraphs]
    return [str(s) for s in LexRankSummarizer()(ObjectDocumentModel(paragraphs), 3)]


def measure_all(lexrank_large: bool = True, quick: bool = False) -> list[tuple[str, str, Timing]]:
    """(input, label, timing) for each engine on each input. LexRank is quadratic: on the large
    article it runs once (about a minute), or not at all with `lexrank_large=False`."""
    bundled = load_article(BUNDLED)
    bundled_text = BUNDLED.read_text(encoding="utf-8")
    text = large_text()
    large = parse_article(text)
    big = f"generated, {len(large.sentences):,} sentences"
    scale = 5 if quick else 1
    rows = [
        ("bundled", "summary, first call", cold(lambda: load_article(BUNDLED), 100 // scale)),
        ("bundled", "summary, repeated", measure(lambda: summarize(bundled, 3), 500 // scale)),
        ("bundled", "Lead-3 (pysbd)", measure(lambda: lead3(bundled_text), 50 // scale)),
        ("bundled", "sumy LexRank", measure(lambda: lexrank(bundled), 50 // scale)),
        (big, "summary, first call", cold(lambda: parse_article(text), 20 // scale)),
        (big, "summary, repeated", measure(lambda: summarize(large, 3), 200 // scale)),
        (big, "Lead-3 (pysbd)", measure(lambda: lead3(text), 5, warmup=1)),
    ]
    if lexrank_large:
        rows.append((big, "sumy LexRank (1 run)", measure(lambda: lexrank(large), 1, warmup=0)))
    return rows


def run() -> list[tuple[str, str]]:
    """(label, figure) pairs for the project's bench/run.py (LexRank on the large input skipped)."""
    return [(f"{label}, {name}", str(timing)) for name, label, timing in measure_all(lexrank_large=False)]


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (sys.argv[1:] if argv is None else argv)
    rows = measure_all(lexrank_large=not quick, quick=quick)
    first = {name: timing for name, label, timing in rows if label == "summary, first call"}
    print(f"| {'input':<28} | {'what':<22} | median ms |   p99 ms | x article-bot |")
    print(f"|{'-' * 30}|{'-' * 24}|-----------|----------|---------------|")
    for name, label, timing in rows:
        ratio = timing.median_ms / first[name].median_ms
        print(
            f"| {name:<28} | {label:<22} | {timing.median_ms:9.2f} | {timing.p99_ms:8.2f} | {ratio:13.2f} |"
        )
    small, big = first.values()
    print(
        f"\nfirst call p99: bundled {small.p99_ms:.2f} ms (goal < {GOAL_BUNDLED_MS:.0f} ms), "
        f"{LARGE_SENTENCES:,}+ sentences {big.p99_ms:.2f} ms (goal < {GOAL_LARGE_MS:.0f} ms)"
    )
    return 0 if small.p99_ms < GOAL_BUNDLED_MS and big.p99_ms < GOAL_LARGE_MS else 1


if __name__ == "__main__":
    sys.exit(main())
