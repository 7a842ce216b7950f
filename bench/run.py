"""The one benchmark for the whole bot: start-up, memory, per-command latency, build cost
and the naive alternatives, printed as a table with each target marked. Run by hand:

    python -m bench.run            (a few minutes; --quick for fewer repetitions)
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

from bench import discord_burst as discord_bench
from bench import summary as summary_bench
from bench.corpus import BUNDLED, ROOT, generated_article, write_generated
from bench.timing import measure, once_ms
from bot.core import api
from bot.core.article import Article, load_article

# Questions of every kind ask answers, asked in turn: one question repeated would time only the
# sentences and words it reads, kept warm by the per-article caches; a reader asks new ones.
ASK_QUESTIONS = (
    "Who did Blinken meet?",
    "When did Blinken arrive in Beijing?",
    "Why was the trip postponed?",
    "How many new embassies does China plan to open?",
    "Where is the security symposium?",
    "Who is Daniel Kritenbrink?",
    "What did Xi say about relations?",
    "who is xi",
    "How many days of talks was Blinken due to begin?",
    "What was shot down?",
    "When did Xi meet Bill Gates?",
    "Who visited China in May?",
    "How old is the nuclear partnership?",
    "Where will the Group of 20 leaders meet in September?",
    "What did Austin say about the meeting?",
    "Is Blinken meeting Merkel?",
    "How long has it been since a secretary of state visited China?",
    "Who is the US ambassador to China?",
    "What does AUKUS stand for?",
    "When will Blinken travel to Washington again?",
    "What is the capital of France?",
    "Which hackers did China deny links to?",
    "Who won the World Cup?",
    "What happened?",
)


def asking(questions: tuple[str, ...]) -> Callable[[Article], object]:
    """A call that asks the next of `questions` each time."""
    turn = itertools.cycle(questions)
    return lambda article: api.ask(article, next(turn))


QUERIES = {
    "summary": lambda a: api.summary(a, 3),
    "quote": lambda a: api.quote(a, "Blinken"),
    "speakers": lambda a: api.speakers(a),
    "lookup": lambda a: api.lookup(a, "balloon"),
    "ask": asking(ASK_QUESTIONS),
    "autocomplete": lambda a: api.complete_speaker(a, "bli"),
}
TARGETS = {
    "startup_s": 1.0,
    "rss_mb": 120.0,
    "p99_bundled_ms": 5.0,
    "p99_large_ms": 100.0,
    "library_startup_s": 3.0,
}


class Table:
    """Rows of (what, figure, target verdict), printed as aligned text."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def section(self, title: str) -> None:
        self.rows.append((f"## {title}", "", ""))
        print(f"\n{title}", flush=True)

    def add(self, what: str, figure: str, target: str = "") -> None:
        self.rows.append((what, figure, target))
        print(f"  {what:<58} {figure:<34} {target}", flush=True)

    def target(self, what: str, figure: str, value: float, limit: float, unit: str) -> None:
        verdict = f"{'OK  ' if value < limit else 'MISS'} (< {limit:g} {unit})"
        self.add(what, figure, verdict)


def python_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("DISCORD_TOKEN", None)
    env.update(extra or {})
    return env


def startup_seconds(args: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of a fresh `python -m bot ...` process, start to answer."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", *args], env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def peak_rss_mb(path: Path, ref: str | None = None) -> float:
    command = [sys.executable, "-m", "bench.rss", str(path)] + ([ref] if ref else [])
    output = subprocess.run(command, env=python_env(), check=True, capture_output=True, text=True).stdout
    return float(output.strip())


def startup_and_memory(table: Table, large_path: Path, library_path: Path, runs: int) -> None:
    table.section("Start-up and memory")
    seconds = startup_seconds(["about", "--article", str(BUNDLED)], python_env(), runs)
    table.target("start-up to answer (CLI about, bundled)", f"{seconds * 1000:.0f} ms", seconds, 1.0, "s")
    rss = peak_rss_mb(BUNDLED)
    table.target("peak RSS, bundled article", f"{rss:.1f} MB", rss, TARGETS["rss_mb"], "MB")
    table.add("peak RSS, 10,000-paragraph article", f"{peak_rss_mb(large_path):.1f} MB")
    first = sorted(library_path.glob("*.txt"))[0].stem
    table.add("peak RSS, 500-article library", f"{peak_rss_mb(library_path, first):.1f} MB")
    env = python_env({"ARTICLE_PATH": str(library_path)})
    seconds = startup_seconds(["about", "--article", first], env, runs)
    limit = TARGETS["library_startup_s"]
    table.target("start-up, 500-article library (lazy)", f"{seconds * 1000:.0f} ms", seconds, limit, "s")


def command_latency(table: Table, name: str, article: Article, limit_ms: float, repeat: int) -> None:
    table.section(f"Per-command latency, {name}")
    # As the bot does after its warm-up (bot/discord/client.py, _freeze_long_lived): the article and
    # its indexes are moved out of the garbage collector's sight, or a full collection of their
    # million objects (140 ms on the 10,000-paragraph article) lands on whichever call runs then.
    for call in QUERIES.values():
        call(article)
    gc.collect()
    gc.freeze()
    try:
        for command, call in QUERIES.items():
            timing = measure(lambda call=call: call(article), repeat=repeat)
            table.target(command, str(timing), timing.p99_ms, limit_ms, "ms p99")
    finally:
        gc.unfreeze()


def build_cost(table: Table) -> None:
    """First-use cost of each per-article structure; each is built once, then cached."""
    table.section("Build cost per article size (first use, ms)")
    for paragraphs in (100, 1_000, 10_000):
        start = time.perf_counter()
        article = generated_article(paragraphs)
        figures = {"parse": (time.perf_counter() - start) * 1000}
        figures["index"] = once_ms(lambda article=article: api.lookup(article, "balloon"))
        figures["registry"] = once_ms(lambda article=article: api.speakers(article))
        figures["summary"] = once_ms(lambda article=article: api.summary(article))
        text = ", ".join(f"{step} {ms:.0f}" for step, ms in figures.items())
        table.add(f"{paragraphs:,} paragraphs", text)


# The regex a user would write for quotes: any run of text between double quote marks.
NAIVE_QUOTES = re.compile(r"[“\"]([^”\"]+)[”\"]")


def naive_pairs(article: Article) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    """(ours, naive) calls for one article. Lead-3 with pysbd and LexRank take seconds to a
    minute on 10,000 paragraphs, so they are compared on articles under 1,000 paragraphs."""
    texts = [p.text for p in article.paragraphs]
    pairs = {
        "lookup vs process.extract(partial_ratio)": (
            lambda: api.lookup(article, "balloon"),
            lambda: process.extract("balloon", texts, scorer=fuzz.partial_ratio, limit=5),
        ),
        "quote vs regex over quote marks": (
            lambda: api.quote(article, "Blinken"),
            lambda: [m for t in texts if "Blinken" in t for m in NAIVE_QUOTES.findall(t)],
        ),
    }
    if len(texts) < 1_000:
        pairs["summary vs Lead-3 (pysbd)"] = (
            lambda: api.summary(article, 3),
            lambda: summary_bench.lead3("\n".join(texts)),
        )
        pairs["summary vs sumy LexRank"] = (
            lambda: api.summary(article, 3),
            lambda: summary_bench.lexrank(article),
        )
    return pairs


def naive_alternatives(table: Table, articles: dict[str, Article], repeat: int) -> None:
    """What a user would write instead, timed on the same articles, with the ratio to ours."""
    table.section("Naive alternatives (median ms: ours vs theirs, and how many times slower theirs is)")
    for name, article in articles.items():
        for what, (ours, naive) in naive_pairs(article).items():
            mine, theirs = measure(ours, repeat), measure(naive, repeat, warmup=1)
            ratio = theirs.median_ms / max(mine.median_ms, 1e-6)
            figure = f"{mine.median_ms:.3f} vs {theirs.median_ms:.3f}"
            table.add(f"{name}: {what}", figure, f"x{ratio:,.1f}")


def discord_burst(table: Table, large_path: Path) -> None:
    """200 interactions at once through the local Discord, on the bundled and the large article."""
    table.section("Discord: a burst of 200 interactions through the local gateway")
    for name, path in (("bundled", BUNDLED), ("10,000 paragraphs", large_path)):
        rows = dict(discord_bench.run(path))
        late = int(rows["acknowledged later than 3 s"])
        verdict = "OK   (none later than 3 s)" if late == 0 else f"MISS ({late} later than 3 s)"
        table.add(f"{name}: acknowledged max / median / p99", rows["ack latency max / median / p99"], verdict)
        table.add(
            f"{name}: answered, deferred", f"{rows['answered']}, {rows['deferred (thinking…)']} deferred"
        )
        table.add(f"{name}: final answer max / median / p99", rows["final answer max / median / p99"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--no-discord", action="store_true", help="skip the Discord burst")
    args = parser.parse_args(argv)
    repeat, runs = (50, 3) if args.quick else (300, 7)
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        large_path = write_generated(Path(tmp) / "large", 10_000)[0]
        library_path = Path(tmp) / "library"
        write_generated(library_path, 60, count=500)
        startup_and_memory(table, large_path, library_path, runs)
        command_latency(table, "bundled article", load_article(BUNDLED), TARGETS["p99_bundled_ms"], repeat)
        large = load_article(large_path)
        command_latency(table, "10,000 paragraphs", large, TARGETS["p99_large_ms"], max(20, repeat // 10))
        bundled = load_article(BUNDLED)
        naive_alternatives(table, {"bundled": bundled, "10,000 paragraphs": large}, repeat // 3)
        build_cost(table)
        if not args.no_discord:
            discord_burst(table, large_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
