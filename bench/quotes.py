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


def _time_calls(call) -> tuple[float, float, float]:
    """Median and p99 wall time, and p99 CPU time (immune to other processes), in µs."""
    wall, cpu = [], []
    for index in range(CALLS):
        start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
        call(index)
        wall.append(time.perf_counter_ns() - start)
        cpu.append(time.thread_time_ns() - start_cpu)
    median, p99 = _percentiles(wall)
    return median, p99, _percentiles(cpu)[1]


def _figure(times: tuple[float, float, float]) -> str:
    return " / ".join(f"{t:.1f} µs" if t < 10 else f"{t:.0f} µs" for t in times)


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
    quote = _time_calls(lambda i: api.quote(article, QUERIES[i % len(QUERIES)]))
    speakers = _time_calls(lambda i: api.speakers(article))
    complete = _time_calls(lambda i: api.complete_speaker(article, QUERIES[i % len(QUERIES)][:3]))
    big = parse_article(big_article_text())
    start, cpu = time.perf_counter(), time.process_time()
    build_registry(big)
    registry_s, registry_cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    found = quotes.extract_quotes(big)
    attribution_s = time.perf_counter() - start
    return [
        ("quotes: first analysis of bundled article", f"{first_ms:.1f} ms"),
        ("quotes: /quote median / p99 / p99 CPU (bundled)", _figure(quote)),
        ("quotes: /speakers median / p99 / p99 CPU (bundled)", _figure(speakers)),
        ("quotes: autocomplete median / p99 / p99 CPU (bundled)", _figure(complete)),
        (
            f"quotes: registry build, {len(big.paragraphs)} paragraphs",
            f"{registry_s:.2f} s ({registry_cpu:.2f} s CPU)",
        ),
        (f"quotes: attribution of {len(found)} quotations, same article", f"{attribution_s:.2f} s"),
    ]


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:<58} {figure}")
