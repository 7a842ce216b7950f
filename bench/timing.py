"""Timing helpers shared by the benchmark scripts: median and p99 of repeated calls."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p99_ms: float
    # The same calls' CPU time: on a shared machine the wall-clock p99 is mostly time spent waiting
    # for a core (a call preempted for a 10 ms time slice), which the CPU time leaves out.
    cpu_p99_ms: float | None = None

    def __str__(self) -> str:
        cpu = f" (CPU p99 {self.cpu_p99_ms:.3f} ms)" if self.cpu_p99_ms is not None else ""
        return f"median {self.median_ms:.3f} ms, p99 {self.p99_ms:.3f} ms{cpu}"


def measure(call: Callable[[], object], repeat: int = 200, warmup: int = 3) -> Timing:
    """Run `call` `repeat` times (after `warmup` untimed runs) and summarise the latencies."""
    for _ in range(warmup):
        call()
    samples, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        call()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return replace(summarise(samples), cpu_p99_ms=summarise(cpu).p99_ms)


def summarise(samples_ms: list[float]) -> Timing:
    """Median and p99 of latencies in milliseconds."""
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Timing(statistics.median(ordered), p99)


def once_ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000
