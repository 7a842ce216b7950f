"""Speed of /quote and /speakers on the bundled article, and of the registry on a huge article.

Run `python bench/quotes.py`; `run()` returns (label, figure) pairs for the lead's bench/run.py.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.core import api, quotes  # noqa: E402
from bot.core.article import load_article, parse_article  # noqa: E402
from bot.core.people import build_registry  # noqa: E402

BUNDLED = ROOT / "seeds" / "blinken-beijing-visit.txt"
SOURCES = [BUNDLED, *sorted((ROOT / "tests" / "articles").glob("quotes_*.txt"))]
QUERIES = ["Blinken", "blinkin", "President Xi", "Secretary of State", "Burns", "Gates", "Obama", "qin gang"]
CALLS = 3000
BIG_PARAGRAPHS = 5000
SEED = 20230618


def _percentiles(samples_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(samples_ns)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered) / 1000, p99 / 1000


def _time_calls(call) -> tuple[float, float]:
    samples = []
    for index in range(CALLS):
        start = time.perf_counter_ns()
        call(index)
        samples.append(time.perf_counter_ns() - start)
    return _percentiles(samples)


def big_article_text(paragraphs: int = BIG_PARAGRAPHS, seed: int = SEED) -> str:
    """A long article made of real sentences recombined at random (fixed seed)."""
    sentences = []
    for path in SOURCES:
        article = load_article(path)
        sentences += [s.text for s in article.sentences if s.is_body]
    rng = random.Random(seed)
    body = [" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4))) for _ in range(paragraphs)]
    return "Title: Generated long article\n\n" + "\n\n".join(body) + "\n"


def run() -> list[tuple[str, str]]:
    article = load_article(BUNDLED)
    start = time.perf_counter()
    quotes.extract_quotes(article)
    first_ms = (time.perf_counter() - start) * 1000
    quote_median, quote_p99 = _time_calls(lambda i: api.quote(article, QUERIES[i % len(QUERIES)]))
    speakers_median, speakers_p99 = _time_calls(lambda i: api.speakers(article))
    complete_median, complete_p99 = _time_calls(lambda i: api.complete_speaker(article, QUERIES[i % 8][:3]))
    big = parse_article(big_article_text())
    start, cpu = time.perf_counter(), time.process_time()
    build_registry(big)
    registry_s, registry_cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    found = quotes.extract_quotes(big)
    attribution_s = time.perf_counter() - start
    return [
        ("quotes: first analysis of bundled article", f"{first_ms:.1f} ms"),
        ("quotes: /quote median / p99 (bundled)", f"{quote_median:.0f} µs / {quote_p99:.0f} µs"),
        ("quotes: /speakers median / p99 (bundled)", f"{speakers_median:.1f} µs / {speakers_p99:.1f} µs"),
        ("quotes: autocomplete median / p99 (bundled)", f"{complete_median:.0f} µs / {complete_p99:.0f} µs"),
        (
            f"quotes: registry build, {len(big.paragraphs)} paragraphs",
            f"{registry_s:.2f} s ({registry_cpu:.2f} s CPU)",
        ),
        (f"quotes: attribution of {len(found)} quotations, same article", f"{attribution_s:.2f} s"),
    ]


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:<58} {figure}")
