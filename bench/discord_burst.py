"""Burst benchmark: 200 slash commands injected at once through the local fake Discord's gateway.

`python bench/discord_burst.py [ARTICLE]` runs `python -m bot` against the fake and prints the
acknowledgement and answer latencies (max, median, p99); Discord drops anything not acknowledged in 3 s.
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import api  # noqa: E402
from bot.core.article import Library  # noqa: E402
from bot.core.language.text import words  # noqa: E402
from bot.discord import limits  # noqa: E402
from tests.discord.checks import limit_problems  # noqa: E402
from tests.discord.fake_discord import FAKE_TOKEN, OP_IDENTIFY, USER_ID, FakeDiscord  # noqa: E402

BURST = 200
DEFAULT_ARTICLE = ROOT / "seeds" / "blinken-beijing-visit.txt"
START_TIMEOUT = 120.0  # a 10,000-paragraph article is parsed before the bot connects
ANSWER_TIMEOUT = 60.0


def commands_for(path: Path) -> list[tuple[str, dict]]:
    """A realistic mix of every command, with options taken from the article itself."""
    article = Library.from_path(path).get()
    speakers = [s.name for s in api.speakers(article).speakers] or ["Smith"]
    counts = Counter(w for p in article.paragraphs for w in words(p.text) if len(w) > 5)
    keywords = [w for w, _ in counts.most_common(10)] or ["news"]
    mix = [
        ("summary", {"sentences": 5}),
        ("quote", {"speaker": speakers[0]}),
        ("speakers", {}),
        ("lookup", {"keyword": keywords[0], "limit": 10}),
        ("ask", {"question": f"What did {speakers[0]} say about {keywords[1 % len(keywords)]}?"}),
        ("about", {}),
        ("quote", {"speaker": speakers[-1]}),
        ("lookup", {"keyword": keywords[-1]}),
    ]
    return [mix[n % len(mix)] for n in range(BURST)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def burst(path: Path) -> list[tuple[str, str]]:
    plan = commands_for(path)  # before the fake starts, so parsing here never stalls its event loop
    fake = await FakeDiscord().start()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ARTICLE_", "SYNC_", "SHARD_"))
    }
    env.update(PYTHONPATH=str(ROOT), DISCORD_TOKEN=FAKE_TOKEN, DISCORD_API_BASE=fake.api_base,
               ARTICLE_PATH=str(path), LOG_LEVEL="WARNING")  # fmt: skip
    with tempfile.TemporaryFile() as log:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", env=env, cwd=tempfile.gettempdir(), stdout=log, stderr=log
        )
        try:
            started = time.monotonic()
            await fake.wait_until(lambda: OP_IDENTIFY in fake.gateway_ops, START_TIMEOUT)
            start_up = time.monotonic() - started
            sent: dict[str, float] = {}
            for n, (name, options) in enumerate(plan):  # back to back, without waiting for any answer
                sent_at = time.monotonic()
                sent[await fake.slash(name, user_id=USER_ID + n, **options)] = sent_at
            await fake.wait_until(lambda: all(fake.answer(t) for t in sent), ANSWER_TIMEOUT)
            return report(fake, sent, start_up, path)
        except Exception:
            log.seek(0)
            print(log.read().decode(errors="replace")[-4000:], file=sys.stderr)  # the bot's side of it
            raise
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
                await asyncio.wait_for(process.wait(), 10)
            await fake.stop()


def report(fake: FakeDiscord, sent: dict[str, float], start_up: float, path: Path) -> list[tuple[str, str]]:
    acks, answers, deferred, problems = [], [], 0, 0
    for token, at in sent.items():
        calls = fake.answer(token) or []
        acks.append(calls[0].at - at)
        answers.append(calls[-1].at - at)
        deferred += calls[0].body.get("type") == 5
        problems += sum(bool(limit_problems(c.message)) for c in calls if c.message is not None)
    late = sum(a > limits.INTERACTION_DEADLINE for a in acks)
    rows = [
        ("article", f"{path.name} ({path.stat().st_size:,} bytes)"),
        ("start-up to gateway (parse + warm-up)", f"{start_up:.2f} s"),
        ("interactions sent at once", str(len(sent))),
        ("answered", f"{sum(1 for t in sent if fake.answer(t))}/{len(sent)}"),
        ("acknowledged later than 3 s", str(late)),
        ("deferred (thinking…)", str(deferred)),
        ("replies breaking Discord limits", str(problems)),
        ("ack latency max / median / p99", _three(acks)),
        ("final answer max / median / p99", _three(answers)),
    ]
    return rows


def _three(values: list[float]) -> str:
    return f"{max(values):.3f} / {statistics.median(values):.3f} / {percentile(values, 0.99):.3f} s"


def run(article: str | Path | None = None) -> list[tuple[str, str]]:
    return asyncio.run(burst(Path(article) if article else DEFAULT_ARTICLE))


if __name__ == "__main__":
    for name, value in run(sys.argv[1] if len(sys.argv) > 1 else None):
        print(f"{name:<40} {value}")
