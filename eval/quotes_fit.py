"""Fits the quote fallback (a conditional logit over bot.core.quotes.fallback.FEATURES).

Run from the project root: `python eval/quotes_fit.py [/work/polnear-train] [--shipped]`. Builds every
candidate speaker of every quotation the rules leave unattributed, labelled by the gold, fits the
model on the ODD files of the set (1st, 3rd ... by name: quotes_eval's "tune" half) only, prints
a threshold sweep on them and the chosen threshold's result on the EVEN files (never fitted on),
and the constants for bot/core/constants.py; `--shipped` only reports what the shipped constants
add on both halves with today's rules. Pure Python, no numpy. Not a test.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import quotes_eval as qe  # noqa: E402
from linear import solve  # noqa: E402

from bot import cli  # noqa: E402
from bot.core import constants  # noqa: E402
from bot.core.quotes import engine, fallback  # noqa: E402

DEFAULT_DATA = Path("/work/polnear-train")
L2 = 1.0
PRECISION_GOAL = 0.93  # the added attributions must be right at least this often
RIGHT, WRONG, FREE = "right", "wrong", "free"  # FREE: the gold speaker is unresolved


@dataclass(frozen=True)
class Row:
    article: str
    quote: int
    status: str  # RIGHT/WRONG for the candidate by the gold, FREE when the gold is unresolved
    x: tuple[float, ...]


def rows_of(path: Path) -> list[Row]:
    """The candidates of the article's unattributed quotations, each labelled by the gold."""
    library, ref = cli.open_library(str(path), qe._SETTINGS)
    analysis = engine._analyse(library.get(ref))
    gold, _ = qe.load_gold(path)
    norm_gold = [qe.normalise(g.text) for g in gold]
    found = []
    for c in fallback.candidates(analysis.read, analysis.registry, analysis.quotes):
        text = qe.normalise(analysis.quotes[c.quote].text)
        hits = [gold[i] for i, g in enumerate(norm_gold) if qe.texts_match(text, g)]
        name = analysis.registry.person(c.person).name
        if hits and all(g.speaker is None for g in hits):
            status = FREE
        elif any(g.speaker is not None and qe.same_person(g.speaker, name) for g in hits):
            status = RIGHT
        else:
            status = WRONG  # another speaker, or a quotation PolNeAR did not mark
        found.append(Row(path.stem, c.quote, status, c.values))
    return found


def groups(rows: list[Row]) -> list[list[Row]]:
    """The candidates of each quotation, quotations in order."""
    found: dict[tuple[str, int], list[Row]] = {}
    for r in rows:
        found.setdefault((r.article, r.quote), []).append(r)
    return [found[k] for k in sorted(found)]


def fit(rows: list[Row]) -> list[float]:
    """A conditional logit (each candidate against the others and against no one) with L2 but
    not on the bias, by Fisher scoring; quotations whose gold speaker is unresolved are left out."""
    data = []
    for group in groups(rows):
        if any(r.status == FREE for r in group):
            continue
        data.append(([[*r.x, 1.0] for r in group], [r.status == RIGHT for r in group]))
    k = len(data[0][0][0])
    beta = [0.0] * k
    for _ in range(40):
        grad = [L2 * b for b in beta[:-1]] + [0.0]
        hess = [[0.0] * k for _ in range(k)]
        for i in range(k - 1):
            hess[i][i] = L2
        for xs, rights in data:
            shares = fallback.choices([sum(b * v for b, v in zip(beta, x, strict=True)) for x in xs])
            expected = [sum(p * x[i] for p, x in zip(shares, xs, strict=True)) for i in range(k)]
            chosen = [x for x, right in zip(xs, rights, strict=True) if right]
            # The mean of the right ones (two namesakes may both be right); none: no one's.
            target = [sum(x[i] for x in chosen) / len(chosen) for i in range(k)] if chosen else [0.0] * k
            for i in range(k):
                grad[i] += expected[i] - target[i]
            for p, x in zip(shares, xs, strict=True):
                for i in range(k):
                    w = p * x[i]
                    for j in range(i, k):
                        hess[i][j] += w * x[j]
            for i in range(k):
                for j in range(i, k):
                    hess[i][j] -= expected[i] * expected[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return beta


def best_per_quote(rows: list[Row], beta: list[float]) -> list[tuple[float, str]]:
    """Per quotation, the likeliest candidate's probability and status (what `attribute` picks)."""
    picks = []
    for group in groups(rows):
        shares = fallback.choices([fallback.score(r.x, tuple(beta[:-1]), beta[-1]) for r in group])
        best = max(range(len(group)), key=lambda i: shares[i])
        picks.append((shares[best], group[best].status))
    return picks


def added(picks: list[tuple[float, str]], threshold: float) -> tuple[int, int, int]:
    """Right, wrong and free attributions the fallback adds at `threshold`."""
    kept = [s for p, s in picks if p >= threshold]
    return kept.count(RIGHT), kept.count(WRONG), kept.count(FREE)


def choose(picks: list[tuple[float, str]]) -> float:
    """The lowest threshold whose added attributions, and those of every higher one, are right
    at least PRECISION_GOAL of the time."""
    chosen = 1.0
    for step in range(99, 29, -1):
        t = step / 100
        right, wrong, _ = added(picks, t)
        if right + wrong and right / (right + wrong) < PRECISION_GOAL:
            break
        chosen = t
    return chosen


def _line(label: str, picks, t: float) -> str:
    right, wrong, free = added(picks, t)
    share = 100 * right / (right + wrong) if right + wrong else 0.0
    return f"{label} t={t:.2f}: +{right} right, +{wrong} wrong ({share:.1f}% right), +{free} unresolved-gold"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--shipped", action="store_true", help="report the shipped constants, no refit")
    args = parser.parse_args()
    shipped = [*constants.QUOTE_FALLBACK_WEIGHTS, constants.QUOTE_FALLBACK_BIAS]
    shipped_min = constants.QUOTE_FALLBACK_MIN
    constants.QUOTE_FALLBACK_MIN = 2.0  # the rules' quotations only: the fallback never fires
    odd, even = qe.split(qe.dev_articles(args.data))
    fit_rows = [r for p in odd for r in rows_of(p)]
    report_rows = [r for p in even for r in rows_of(p)]
    if args.shipped:  # the rules may have changed since the fit: what the shipped model adds now
        print(_line("odd (fitted on)", best_per_quote(fit_rows, shipped), shipped_min))
        print(_line("EVEN (not fitted)", best_per_quote(report_rows, shipped), shipped_min))
        return 0
    beta = fit(fit_rows)
    picks = best_per_quote(fit_rows, beta)
    print(f"odd files: {len(fit_rows)} candidates of {len(picks)} quotations")
    for step in range(95, 40, -5):
        print(_line("  odd (fitted)", picks, step / 100))
    chosen = choose(picks)
    print(_line("chosen on odd", picks, chosen))
    print(_line("EVEN (not fitted)", best_per_quote(report_rows, beta), chosen))
    weights = ", ".join(f"{b:.3f}" for b in beta[:-1])
    print("\n# " + ", ".join(fallback.FEATURES))
    print(f"QUOTE_FALLBACK_WEIGHTS = ({weights})")
    print(f"QUOTE_FALLBACK_BIAS = {beta[-1]:.3f}")
    print(f"QUOTE_FALLBACK_MIN = {chosen:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
