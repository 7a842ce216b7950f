"""Worst-case benchmark: adversarial articles under the size guard, each command timed in a
fresh process with its peak RSS, targets marked (< 10 s, < 400 MB). The target is judged on
the process's CPU time (user + system), which is its wall time on an idle machine: on a shared
one, wall time also counts the other processes' turns. Run by hand:

    python -m bench.adversarial                     (1 MB and 2.9 MB, every family, every command)
    python -m bench.adversarial --sizes 50k --families dots,said_x --commands summary,lookup

Each input family is one shape of text that once made an engine super-linear (regex
backtracking, look-backs over every earlier mention, pairwise checks) or memory-hungry
(per-token objects). Inputs are generated, never stored; the real sentences some families
use come from the project's own articles (seeds/, tests/articles/).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "articles"]
SEED = 20261130
TARGET_SECONDS = 10.0
TARGET_RSS_MB = 400.0
# A run past this much CPU time (or ten times as much wall time) is stopped and reported as
# such; a ceiling on address space keeps a runaway engine from taking the shared machine down
# (it then fails with MemoryError, reported too).
DEFAULT_TIMEOUT_S = 60.0
WALL_FACTOR = 10
ADDRESS_SPACE_CEILING = 3 * 1024**3
SIZES = {"1m": 1_000_000, "2.9m": 2_900_000}

COMMANDS: dict[str, list[str]] = {
    "summary": ["summary"],
    "quote": ["quote", "Blinken"],
    "speakers": ["speakers"],
    "lookup": ["lookup", "balloon"],
    "ask": ["ask", "Who did Blinken meet?"],
    "about": ["about"],
}


@dataclass(frozen=True)
class Family:
    """One adversarial shape: how to make `size` bytes of it, and any command it targets."""

    name: str
    make: Callable[[int, random.Random], str]
    suffix: str = ".txt"
    # Command arguments that hit this family's weak spot, replacing the defaults above.
    queries: dict[str, list[str]] = field(default_factory=dict)


def _real_sentences() -> list[str]:
    """Sentence-like lines of the project's own articles (split on full stops, roughly)."""
    sentences = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            sentences += [s.strip() for s in re.split(r"(?<=[.!?”])\s+", text) if len(s.split()) > 4]
    return sentences


def _repeat_to(size: int, unit: str) -> str:
    return unit * max(1, size // len(unit.encode("utf-8")))


def _fill(size: int, piece: Callable[[int], str], joiner: str = "\n") -> str:
    """Join piece(0), piece(1)... until the UTF-8 size reaches `size` bytes."""
    parts, total, index = [], 0, 0
    while total < size:
        part = piece(index)
        parts.append(part)
        total += len(part.encode("utf-8")) + len(joiner)
        index += 1
    return joiner.join(parts)


def _name(index: int) -> str:
    """A distinct, pronounceable capitalised word for every index (Bakelo, Dimuro...)."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    letters = []
    while True:
        index, c = divmod(index, len(consonants))
        index, v = divmod(index, len(vowels))
        letters += [consonants[c], vowels[v]]
        if index == 0:
            break
    return ("".join(letters) + "n").capitalize()


def _word(index: int) -> str:
    return _name(index).lower()


def dots(size: int, rng: random.Random) -> str:
    return "Blinken arrived in Beijing on Sunday" + "." * (size - 40)


def questions(size: int, rng: random.Random) -> str:
    return "Did Blinken arrive in Beijing on Sunday" + "?" * (size - 45)


def ellipses(size: int, rng: random.Random) -> str:
    return "Blinken arrived in Beijing on Sunday" + _repeat_to(size - 40, "…")


def said_x(size: int, rng: random.Random) -> str:
    return "Blinken said " + "x" * (size - 20) + " ."


def md_bold(size: int, rng: random.Random) -> str:
    return _repeat_to(size, "**a ")


def unclosed_quotes(size: int, rng: random.Random) -> str:
    return "“" + _repeat_to(size, "a “")


def he_said_paragraph(size: int, rng: random.Random) -> str:
    lead = "Antony Blinken met Qin Gang in Beijing, and Mary Smith watched. "
    return lead + _fill(size, lambda i: f"“We talked about item {i},” he said.", " ")


def one_line_article(size: int, rng: random.Random) -> str:
    sentences = _real_sentences()
    return _fill(size, lambda i: sentences[i % len(sentences)], " ")


def capital_run(size: int, rng: random.Random) -> str:
    return "Officials met. " + _fill(size, lambda i: _name(i), " ") + " spoke."


def why_repeat(size: int, rng: random.Random) -> str:
    sentence = (
        "The council closed the old harbour road because the bridge over the river was unsafe "
        "and the engineers said the repairs would take many months to finish"
    )
    return _fill(size, lambda i: sentence, " and ") + "."


def shared_surname(size: int, rng: random.Random) -> str:
    return _fill(size, lambda i: f"{_name(i)} Burns said “we are fine {i}.”")


def near_duplicates(size: int, rng: random.Random) -> str:
    half = size // 2
    words = [_word(i) for i in range(half // 8)]
    first = " ".join(words)[: half - 2]
    shuffled = [w if k % 2 else _word(k + len(words)) for k, w in enumerate(words)]
    second = " ".join(shuffled)[: half - 2]
    return f"{first.capitalize()}.\n{second.capitalize()}."


def shared_first_words(size: int, rng: random.Random) -> str:
    return _fill(size, lambda i: f"“We will not stop {_word(i)} now,” said {_name(i)} Smith.")


def x_lines(size: int, rng: random.Random) -> str:
    return _repeat_to(size, "x.\n")


def distinct_words(size: int, rng: random.Random) -> str:
    return _fill(size, lambda i: " ".join(_word(i * 10 + k) for k in range(10)).capitalize() + ".")


def combining_accents(size: int, rng: random.Random) -> str:
    return _fill(size, lambda i: "Cafe\u0301 de\u0301ja\u0300 vu\u0308 a\u0301\u0301\u0301.", " ")


def lower_case(size: int, rng: random.Random) -> str:
    sentences = _real_sentences()
    return _fill(size, lambda i: " ".join(sentences[(3 * i + k) % len(sentences)] for k in range(3))).lower()


def line_separators(size: int, rng: random.Random) -> str:
    sentences = _real_sentences()
    return _fill(size, lambda i: sentences[i % len(sentences)], "\u2028")


def stray_marks(size: int, rng: random.Random) -> str:
    """One paragraph of quotation marks of every kind strewn among a name and a few words: thousands
    of fragments no rule attributes, each with the same person named all around it."""
    pieces = [" said Blinken ", " the talks ", "“", "”", "‘", "’", '"', "'", ".", ","]
    return "Talks in Beijing\n\n" + _fill(size, lambda i: rng.choice(pieces), "")


def random_bytes_text(size: int, rng: random.Random) -> str:
    alphabet = "abc ABC.,?!“”\"'’-:\n()[]*_#>0123456789"
    text = "".join(rng.choice(alphabet) for _ in range(size))
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")  # `size` bytes, not characters


FAMILIES = [
    Family("dots", dots),
    Family("questions", questions),
    Family("ellipses", ellipses),
    Family("said_x", said_x, queries={"ask": ["ask", "What did Blinken say?"]}),
    Family("md_bold", md_bold, suffix=".md"),
    Family("unclosed_quotes", unclosed_quotes),
    Family("he_said_paragraph", he_said_paragraph),
    Family("one_line_article", one_line_article),
    Family("capital_run", capital_run, queries={"ask": ["ask", "Who is Bakelon Dimuron?"]}),
    Family("why_repeat", why_repeat, queries={"ask": ["ask", "Why did the council close the road?"]}),
    Family("shared_surname", shared_surname, queries={"quote": ["quote", "Burns"]}),
    Family("near_duplicates", near_duplicates),
    Family("shared_first_words", shared_first_words, queries={"quote": ["quote", "Smith"]}),
    Family("x_lines", x_lines, queries={"lookup": ["lookup", "x"]}),
    Family("distinct_words", distinct_words),
    Family("combining_accents", combining_accents, queries={"lookup": ["lookup", "café"]}),
    Family("lower_case", lower_case),
    Family("line_separators", line_separators),
    Family("random_punctuation", random_bytes_text),
    Family("stray_marks", stray_marks),
]


@dataclass(frozen=True)
class Run:
    family: str
    size: str
    command: str
    seconds: float
    cpu_seconds: float
    rss_mb: float
    outcome: str  # "ok", "exit N", "timeout", "memory"

    def verdict(self) -> str:
        fine = self.outcome in ("ok", "exit 2") and self.cpu_seconds < TARGET_SECONDS
        return "OK" if fine and self.rss_mb < TARGET_RSS_MB else "MISS"


def run_command(args: list[str], path: Path, timeout: float) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak RSS (MB) and outcome of `python -m bot ARGS --article PATH`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), LOG_LEVEL="CRITICAL")
    env.pop("DISCORD_TOKEN", None)
    env.pop("ARTICLE_PATH", None)

    def ceiling() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CEILING, ADDRESS_SPACE_CEILING))

    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", *args, "--article", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=ceiling,
    )
    outcome = ""
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if _cpu_seconds(child.pid) > timeout or time.perf_counter() - start > timeout * WALL_FACTOR:
            child.kill()
            outcome = "timeout"
            pid, status, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if not outcome:
        code = child.returncode
        outcome = "ok" if code == 0 else ("memory" if "MemoryError" in stderr else f"exit {code}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, outcome


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process so far (Linux /proc), 0 if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def parse_size(text: str) -> tuple[str, int]:
    key = text.lower()
    if key in SIZES:
        return key, SIZES[key]
    number = float(key.rstrip("km"))
    factor = {"k": 1_000, "m": 1_000_000}.get(key[-1], 1)
    return key, int(number * factor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--sizes", default="1m,2.9m", help="comma-separated: 50k, 1m, 2.9m...")
    parser.add_argument("--families", default="", help="comma-separated names (default: all)")
    parser.add_argument("--commands", default="", help="comma-separated commands (default: all)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds per run")
    parser.add_argument("--list", action="store_true", help="list the families and stop")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(f"{f.name} ({f.suffix})" for f in FAMILIES))
        return 0
    wanted = set(filter(None, args.families.split(",")))
    families = [f for f in FAMILIES if not wanted or f.name in wanted]
    commands = [c for c in COMMANDS if not args.commands or c in args.commands.split(",")]
    runs: list[Run] = []
    head = f"{'family':<20} {'size':>5} {'command':<9} {'wall s':>8} {'CPU s':>8} {'RSS MB':>7}"
    print(f"{head}  outcome  target")
    print(f"{'':<20} {'':>5} {'':<9} {'':>8} {'< 10':>8} {'< 400':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, size in (parse_size(s) for s in args.sizes.split(",")):
            for family in families:
                path = Path(tmp) / f"{family.name}-{label}{family.suffix}"
                path.write_text(family.make(size, random.Random(SEED)), encoding="utf-8")
                for command in commands:
                    call = family.queries.get(command, COMMANDS[command])
                    seconds, cpu, rss, outcome = run_command(call, path, args.timeout)
                    run = Run(family.name, label, command, seconds, cpu, rss, outcome)
                    runs.append(run)
                    print(
                        f"{run.family:<20} {run.size:>5} {run.command:<9} {run.seconds:>8.2f} "
                        f"{run.cpu_seconds:>8.2f} {run.rss_mb:>7.0f}  {run.outcome:<8} {run.verdict()}",
                        flush=True,
                    )
                path.unlink()
    misses = [r for r in runs if r.verdict() == "MISS"]
    worst_s = max((r.cpu_seconds for r in runs), default=0.0)
    worst_mb = max((r.rss_mb for r in runs), default=0.0)
    summary = f"slowest {worst_s:.2f} s of CPU, largest {worst_mb:.0f} MB"
    print(f"\n{len(runs)} runs, {len(misses)} over target; {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
