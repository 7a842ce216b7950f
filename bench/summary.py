"""Speed of /summary: the bundled article and a generated 2,000-sentence article, with baselines.

`python bench/summary.py` prints median and p99 times for article-bot, Lead-3 (pysbd) and sumy
LexRank on the same inputs; `run()` returns (label, figure) pairs for bench/run.py.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.article import Article, load_article, parse_article  # noqa: E402
from bot.core.summary import summarize  # noqa: E402
from bot.core.text import words  # noqa: E402

BUNDLED = ROOT / "seeds" / "blinken-beijing-visit.txt"
LARGE_SENTENCES = 2000
SENTENCES_PER_PARAGRAPH = 4
SEED = 20240618
GOAL_BUNDLED_MS = 20.0
GOAL_LARGE_MS = 200.0


def large_article(source: Article, count: int = LARGE_SENTENCES, seed: int = SEED) -> Article:
    """`count` sentences spliced from the halves of real body sentences (fixed seed), so that
    almost none is a near-duplicate of another and the summariser sees them all."""
    rng = random.Random(seed)
    halves = []
    for sentence in source.body_sentences:
        tokens = sentence.text.rstrip(".").split()
        middle = len(tokens) // 2
        halves.append((tokens[:middle], tokens[middle:]))
    sentences = []
    for _ in range(count):
        (head, _), (_, tail) = rng.choice(halves), rng.choice(halves)
        sentences.append(" ".join(head + tail) + ".")
    paragraphs = [
        " ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH]) for i in range(0, count, SENTENCES_PER_PARAGRAPH)
    ]
    return parse_article("\n".join(paragraphs), article_id="large")


def timings(function: Callable[[], object], repeats: int, warm: bool = True) -> tuple[float, float]:
    """Median and p99 wall time of `function`, in milliseconds."""
    if warm:
        function()  # warm caches and imports
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
    return statistics.median(samples), p99


def _article_text(article: Article) -> str:
    return "\n".join(p.text for p in article.paragraphs)


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


def measure(lexrank_large: bool = True) -> list[tuple[str, float, float]]:
    """(label, median ms, p99 ms) for each engine on each input. LexRank is quadratic: on the
    large article it runs once (over a minute), or not at all with `lexrank_large=False`."""
    bundled = load_article(BUNDLED)
    large = large_article(bundled)
    inputs = [("bundled", bundled, 200), (f"{LARGE_SENTENCES} sentences", large, 30)]
    rows = []
    for name, article, repeats in inputs:
        text = _article_text(article)
        rows.append((f"summary, {name}", *timings(lambda a=article: summarize(a, 3), repeats)))
        if article is bundled:
            load_and_summarize = lambda: summarize(load_article(BUNDLED), 3)  # noqa: E731
            rows.append(("read + parse + summary, bundled", *timings(load_and_summarize, repeats)))
        rows.append((f"Lead-3 (pysbd), {name}", *timings(lambda t=text: lead3(t), min(repeats, 10))))
        if article is bundled:
            rows.append((f"sumy LexRank, {name}", *timings(lambda a=article: lexrank(a), repeats)))
        elif lexrank_large:
            rows.append((f"sumy LexRank, {name} (1 run)", *timings(lambda a=article: lexrank(a), 1, False)))
    return rows


def run() -> list[tuple[str, str]]:
    """(label, figure) pairs for the project's bench/run.py (LexRank on the large input skipped)."""
    return [(label, f"median {m:.2f} ms, p99 {p:.2f} ms") for label, m, p in measure(lexrank_large=False)]


def main() -> int:
    rows = measure()
    ours = {label.split(", ", 1)[1]: median for label, median, _ in rows if label.startswith("summary")}
    large_label = f"{LARGE_SENTENCES} sentences"
    print(f"| {'what':<40} | median ms |   p99 ms | x article-bot |")
    print(f"|{'-' * 42}|-----------|----------|---------------|")
    for label, median, p99 in rows:
        ratio = median / ours["bundled" if "bundled" in label else large_label]
        print(f"| {label:<40} | {median:9.2f} | {p99:8.2f} | {ratio:13.1f} |")
    bundled, large = ours["bundled"], ours[large_label]
    print(
        f"\ngoals: bundled {bundled:.2f} ms (< {GOAL_BUNDLED_MS:.0f} ms), "
        f"{LARGE_SENTENCES} sentences {large:.2f} ms (< {GOAL_LARGE_MS:.0f} ms)"
    )
    return 0 if bundled < GOAL_BUNDLED_MS and large < GOAL_LARGE_MS else 1


if __name__ == "__main__":
    sys.exit(main())
