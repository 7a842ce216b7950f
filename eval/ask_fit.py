"""Fits `ask`'s confidence model (a logistic regression over bot.core.ask.confidence.FEATURES).

Run from the project root: `python eval/ask_fit.py`. Reports the AUC of each SQuAD article with
a model fitted on the other ten (leave one article out), then fits the shipped model on the
tuning articles only (eval/ask_eval.TUNED_SQUAD and TUNED_NEWS) and prints the
constants for bot/core/constants.py with a threshold sweep. `--tuned-only` reads no held-out article:
it leaves one tuned SQuAD article or news family out at a time. Pure Python, no numpy. Not a test.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import ask_eval  # noqa: E402
from linear import solve  # noqa: E402

from bot.core import constants  # noqa: E402
from bot.core.article.files import load_article  # noqa: E402
from bot.core.ask.candidates import rank_candidates  # noqa: E402
from bot.core.ask.confidence import FEATURES, MATCH_ORDER  # noqa: E402

# Signs the weights must keep, so that confidence never falls when the match improves.
POSITIVE = ("rare", "typed", "lead")
NEGATIVE = (
    "name_elsewhere",
    "unknown",
    "untyped",
    "broken",
    "unnegated",
    "lacks_kind",
)  # a word the article lacks is no evidence for
L2 = 1.0


@dataclass(frozen=True)
class Sample:
    group: str  # the question set
    kind: str  # "squad" or "news"
    answerable: bool
    gold: bool  # the best candidate holds a gold answer
    x: tuple[float, ...]


def tuned_sets() -> list[ask_eval.QuestionSet]:
    """SQuAD 01-05 and the tuned news sets only: no held-out article is read."""
    folder = ask_eval.ROOT / "eval" / "questions"
    squad = ask_eval.squad_sets(ask_eval.shared_data() / "questions-dev")
    return [s for s in squad if s.name in ask_eval.TUNED_SQUAD] + [
        ask_eval.news_set(folder / f"{name}.json") for name in ask_eval.TUNED_NEWS
    ]


def unit(group: str) -> str:
    """What one leave-out drops: a SQuAD article, or a family of news sets written together (fresh2...)."""
    if group in ask_eval.TUNED_SQUAD:
        return group
    return group.split("-")[0] if group.startswith("fresh") else "cnn"


def samples(tuned_only: bool = False) -> list[Sample]:
    found = []
    # never the fresh held-out news sets (ask_eval.HELD_OUT_FRESH)
    for qset in tuned_sets() if tuned_only else ask_eval.all_sets():
        article = load_article(qset.article)
        for q in qset.questions:
            golds = [a["text"] for a in q["answers"]]
            ranked = rank_candidates(article, q["question"])
            if not ranked:
                continue  # no question word in the article: tier 3, whatever the model says
            best = ranked[0]
            gold = ask_eval.contains_gold(best.text, golds, None)
            found.append(Sample(qset.name, qset.kind, not q["is_impossible"], gold, best.evidence.values))
    return found


# --- the reparametrised design: nonnegative coefficients where a sign is required --------------


def design(x: tuple[float, ...]) -> list[float]:
    """Columns whose coefficients must be >= 0 (first) or are free (last), from the features.

    strong >= weak >= near >= 0 becomes three nonnegative steps over cumulative shares.
    """
    v = dict(zip(FEATURES, x, strict=True))
    cumulative, total = [], 0.0
    for name in MATCH_ORDER[:3]:
        total += v[name]
        cumulative.append(total)
    return [
        *cumulative,
        *(v[n] for n in POSITIVE),
        *(-v[n] for n in NEGATIVE),
        1.0,
    ]


CONSTRAINED = 3 + len(POSITIVE) + len(NEGATIVE)


def to_weights(beta: list[float]) -> tuple[tuple[float, ...], float]:
    """The coefficients of `design` back as weights per feature, and the bias."""
    d1, d2, d3 = beta[:3]
    w = {"strong": d1 + d2 + d3, "weak": d2 + d3, "near": d3}
    for i, name in enumerate(POSITIVE):
        w[name] = beta[3 + i]
    for i, name in enumerate(NEGATIVE):
        w[name] = -beta[3 + len(POSITIVE) + i]
    return tuple(round(w[n], 3) for n in FEATURES), round(beta[-1], 3)


def _newton(rows: list[list[float]], ys: list[int], active: list[bool]) -> list[float]:
    k = len(rows[0])
    beta = [0.0] * k
    for _ in range(25):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for z, y in zip(rows, ys, strict=True):
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(b * v for b, v in zip(beta, z, strict=True))))))
            for i in range(k):
                if not active[i]:
                    continue
                grad[i] += (p - y) * z[i]
                for j in range(i, k):
                    if active[j]:
                        hess[i][j] += p * (1 - p) * z[i] * z[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i < k - 1:  # no penalty on the bias
                grad[i] += L2 * beta[i]
                hess[i][i] += L2
            if not active[i]:
                hess[i] = [0.0] * k
                hess[i][i] = 1.0
                grad[i] = 0.0
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta


def fit(train: list[Sample], label) -> tuple[tuple[float, ...], float]:
    """Logistic regression with L2, dropping constrained columns that come out negative."""
    rows = [design(s.x) for s in train]
    ys = [int(label(s)) for s in train]
    active = [True] * len(rows[0])
    while True:
        beta = _newton(rows, ys, active)
        wrong = [i for i in range(CONSTRAINED) if active[i] and beta[i] < 0]
        if not wrong:
            return to_weights(beta)
        active[min(wrong, key=lambda i: beta[i])] = False


def predict(weights: tuple[float, ...], bias: float, x: tuple[float, ...]) -> float:
    z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def auc(scored: list[tuple[float, bool]]) -> float:
    pos = [p for p, y in scored if y]
    neg = [p for p, y in scored if not y]
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", choices=("gold", "answerable"), default="gold")
    parser.add_argument("--cache", type=Path, help="also write the samples here (JSON)")
    parser.add_argument("--from-cache", type=Path, help="read the samples from here instead")
    parser.add_argument(
        "--tuned-only",
        action="store_true",
        help="read the tuned sets only; leave out one tuned SQuAD article or news family at a time and "
        "compare with the shipped constants",
    )
    args = parser.parse_args(argv)
    label = (lambda s: s.gold and s.answerable) if args.label == "gold" else (lambda s: s.answerable)
    if args.from_cache:
        data = [Sample(**{**d, "x": tuple(d["x"])}) for d in json.loads(args.from_cache.read_text())]
        data = [s for s in data if s.group not in ask_eval.HELD_OUT_FRESH]  # a cache from any source
    else:
        data = samples(args.tuned_only)
    if args.cache:
        args.cache.write_text(json.dumps([asdict(s) for s in data]))
    if args.tuned_only:
        return _tuned_only(data, label)
    squad = sorted({s.group for s in data if s.kind == "squad"})
    print("Leave one SQuAD article out (fitted on the other ten and the tuned and held-out news sets):")
    print(f"{'article':22} {'AUC answerable':>15} {'AUC right answer':>17}")
    for held in squad:
        weights, bias = fit([s for s in data if s.group != held], label)
        test = [s for s in data if s.group == held]
        a = auc([(predict(weights, bias, s.x), s.answerable) for s in test])
        g = auc([(predict(weights, bias, s.x), s.answerable and s.gold) for s in test])
        print(f"{held:22} {100 * a:15.1f} {100 * g:17.1f}")
    tune = [s for s in data if s.group in ask_eval.TUNED_SQUAD or s.group in ask_eval.TUNED_NEWS]
    weights, bias = fit(tune, label)
    print("\nShipped model, fitted on", ", ".join(sorted({s.group for s in tune})))
    print(f"ASK_MODEL_WEIGHTS = {weights}  # {', '.join(FEATURES)}")
    print(f"ASK_MODEL_BIAS = {bias}")
    print("\nthreshold  tuned: right-answer share / unanswerable answered / overall")
    for t in [x / 20 for x in range(2, 19)]:
        right = sum(1 for s in tune if s.answerable and s.gold and predict(weights, bias, s.x) >= t)
        wrong = sum(1 for s in tune if not s.answerable and predict(weights, bias, s.x) >= t)
        pos = sum(s.answerable for s in tune)
        neg = len(tune) - pos
        overall = 100 * (right + neg - wrong) / len(tune)
        print(f"{t:9.2f}  {100 * right / pos:6.1f} {100 * wrong / neg:6.1f} {overall:6.1f}")
    return 0


def _tuned_only(data: list[Sample], label) -> int:
    """Leave one tuned unit out at a time: its AUC under a model fitted on the other tuned units, beside
    its AUC under the shipped constants (which saw it when they were fitted, unless it came later)."""
    data = [s for s in data if s.group in ask_eval.TUNED_SQUAD or s.group in ask_eval.TUNED_NEWS]
    shipped = constants.ASK_MODEL_WEIGHTS, constants.ASK_MODEL_BIAS
    heads = "AUC answerable: shipped / refit", "AUC right answer: shipped / refit"
    print(f"{'left out':22} {'n':>5} {heads[0]:>32} {heads[1]:>34}")
    for held in sorted({unit(s.group) for s in data}):
        weights, bias = fit([s for s in data if unit(s.group) != held], label)
        test = [s for s in data if unit(s.group) == held]
        row = []
        for want in (lambda s: s.answerable, lambda s: s.answerable and s.gold):
            for w, b in (shipped, (weights, bias)):
                row.append(100 * auc([(predict(w, b, s.x), want(s)) for s in test]))
        print(f"{held:22} {len(test):5} {row[0]:24.1f} / {row[1]:5.1f} {row[2]:26.1f} / {row[3]:5.1f}")
    weights, bias = fit(data, label)
    print(f"\nrefit on every tuned set: ASK_MODEL_WEIGHTS = {weights}, ASK_MODEL_BIAS = {bias}")
    print(f"shipped:                  ASK_MODEL_WEIGHTS = {shipped[0]}, ASK_MODEL_BIAS = {shipped[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
