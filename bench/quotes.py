"""Speed of /quote and /speakers on the bundled article, and of the registry on huge articles.

Run `python bench/quotes.py`; `run()` returns (label, figure) pairs for the lead's bench/run.py.
Registry and attribution are timed on bench.corpus.generated_article at 1,000 and 10,000
paragraphs: growth should be linear (about 10x).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import BUNDLED, generated_article  # noqa: E402
from bot.core import api  # noqa: E402
from bot.core.article import load_article  # noqa: E402
from bot.core.quotes import engine as quotes  # noqa: E402
from bot.core.quotes.registry import build_registry  # noqa: E402

QUERIES = ["Blinken", "blinkin", "President Xi", "Secretary of State", "Burns", "Gates", "Obama", "qin gang"]
CALLS = 3000
GENERATED_SIZES = (1_000, 10_000)


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


def _build_times(size: int) -> tuple[int, float, float, int]:
    """Seconds to build the registry, then to attribute every quotation, of a generated article."""
    article = generated_article(size)
    start = time.perf_counter()
    build_registry(article)
    registry_s = time.perf_counter() - start
    start = time.perf_counter()
    found = len(quotes.extract_quotes(article))
    return size, registry_s, time.perf_counter() - start, found


def run() -> list[tuple[str, str]]:
    article = load_article(BUNDLED)
    start = time.perf_counter()
    quotes.extract_quotes(article)
    first_ms = (time.perf_counter() - start) * 1000
    quote = _time_calls(lambda i: api.quote(article, QUERIES[i % len(QUERIES)]))
    speakers = _time_calls(lambda i: api.speakers(article))
    complete = _time_calls(lambda i: api.complete_speaker(article, QUERIES[i % len(QUERIES)][:3]))
    scaling = [_build_times(size) for size in GENERATED_SIZES]
    return [
        ("quotes: first analysis of bundled article", f"{first_ms:.1f} ms"),
        ("quotes: /quote median / p99 / p99 CPU (bundled)", _figure(quote)),
        ("quotes: /speakers median / p99 / p99 CPU (bundled)", _figure(speakers)),
        ("quotes: autocomplete median / p99 / p99 CPU (bundled)", _figure(complete)),
        *(
            (
                f"quotes: registry / attribution, generated {size:,} paragraphs",
                f"{registry_s:.2f} s / {attribution_s:.2f} s ({found} quotations)",
            )
            for size, registry_s, attribution_s, found in scaling
        ),
    ]


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:<62} {figure}")
