"""Timing helpers shared by the benchmark scripts: median and p99 of repeated calls."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p99_ms: float

    def __str__(self) -> str:
        return f"median {self.median_ms:.3f} ms, p99 {self.p99_ms:.3f} ms"


def measure(call: Callable[[], object], repeat: int = 200, warmup: int = 3) -> Timing:
    """Run `call` `repeat` times (after `warmup` untimed runs) and summarise the latencies."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return Timing(statistics.median(samples), p99)


def once_ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000
