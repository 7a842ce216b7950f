"""Latency of `lookup` and `ask` on the bundled article and a generated 10,000-paragraph one.

Compares with the naive approach (rapidfuzz `process.extract` over whole paragraphs with
`fuzz.partial_ratio`) and times the index build. Prints figures; not a test.
Run from the project root: `python bench/search.py` (add `--freeze` to call gc.freeze() after warm-up).
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from bench.corpus import BUNDLED  # noqa: E402
from bench.timing import summarise  # noqa: E402
from bot.core import search  # noqa: E402
from bot.core.article import Article, load_article, parse_article  # noqa: E402
from bot.core.ask import engine as answer  # noqa: E402
from bot.core.search.index import build_index  # noqa: E402

SOURCES = [BUNDLED, *sorted((ROOT / "tests" / "articles").glob("*.txt"))]
BIG_PARAGRAPHS = 10_000
SEED = 20240618

LOOKUPS = [
    "baloon",
    "Phillipines",
    "submarins",
    "Chinese defence minister",
    "lines of comunication",
    "South China Sea",
    "F22",
    "hackers",
    "pizza",
    "quantum computing",
    "Xi Jinping",
    "postpone",
]
QUESTIONS = [
    "When did Blinken arrive in Beijing?",
    "Who is Daniel Kritenbrink?",
    "How many new embassies does China plan to open?",
    "Why was the trip postponed?",
    "What is the capital of France?",
]


def generated_article(paragraphs: int = BIG_PARAGRAPHS, seed: int = SEED) -> Article:
    """A long article of real sentences recombined, with invented names so the vocabulary grows."""
    rng = random.Random(seed)
    sentences = [s.text for path in SOURCES for s in load_article(path).sentences if len(s.text) > 30]
    syllables = [c + v for c in "bdgklmnprstvz" for v in "aeiou"] + ["an", "el", "or", "ist", "ung"]
    names = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title() for _ in range(20000)]
    blocks = []
    for _ in range(paragraphs):
        chosen = rng.sample(sentences, rng.randint(1, 3))
        first, last, place = rng.choice(names), rng.choice(names), rng.choice(names)
        extra = f"{first} {last} said so in {place} on {rng.choice(['Monday', 'Friday'])}."
        blocks.append(" ".join([*chosen, extra]))
    return parse_article("\n\n".join(blocks), article_id="generated", source="<generated>")


def timings(
    action: Callable[[str], object], inputs: list[str], rounds: int, article: Article | None = None
) -> list[float]:
    """Milliseconds per call, each input `rounds` times; with `article`, its word cache is
    emptied before each call, so every figure includes resolving the query's words afresh."""
    found = []
    for _ in range(rounds):
        for text in inputs:
            if article is not None:
                build_index(article).vocabulary.clear_cache()
            start = time.perf_counter()
            action(text)
            found.append((time.perf_counter() - start) * 1000)
    return found


def describe(values: list[float]) -> str:
    return str(summarise(values))


def measure(label: str, article: Article, rounds: int, freeze: bool = False) -> list[tuple[str, str]]:
    start = time.perf_counter()
    build_index(article)
    build = (time.perf_counter() - start) * 1000
    # The first question builds the quote engine's speaker registry ("Who is X?"): timed apart.
    start = time.perf_counter()
    for question in QUESTIONS:
        answer.answer_question(article, question)
    warm_up = (time.perf_counter() - start) * 1000
    if freeze:
        gc.freeze()  # what a shell may do once after warm-up: the collector skips the index
    texts = [p.text for p in article.paragraphs]
    naive = lambda q: process.extract(q, texts, scorer=fuzz.partial_ratio, limit=5)  # noqa: E731
    naive_rounds = max(1, rounds // 10) if len(texts) > 1000 else rounds
    return [
        (f"{label}: paragraphs", str(len(article.paragraphs))),
        (f"{label}: index build", f"{build:.1f} ms"),
        (f"{label}: first asks (warm-up)", f"{warm_up:.1f} ms for {len(QUESTIONS)} questions"),
        (
            f"{label}: lookup",
            describe(timings(lambda q: search.lookup(article, q, 5), LOOKUPS, rounds, article)),
        ),
        (f"{label}: naive partial_ratio", describe(timings(naive, LOOKUPS, naive_rounds))),
        (
            f"{label}: ask",
            describe(timings(lambda q: answer.answer_question(article, q), QUESTIONS, rounds, article)),
        ),
    ]


def run(freeze: bool = False) -> list[tuple[str, str]]:
    """(label, figure) pairs for the lead's bench runner; `freeze` calls gc.freeze() after warm-up."""
    bundled = load_article(BUNDLED)
    big = generated_article()
    return measure("bundled", bundled, rounds=50, freeze=freeze) + measure(
        "10k paragraphs", big, rounds=5, freeze=freeze
    )


if __name__ == "__main__":
    for label, figure in run(freeze="--freeze" in sys.argv):
        print(f"{label:32} {figure}")
