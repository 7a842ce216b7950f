"""`/lookup` on 90 real news articles it was never tuned on: word pairs, typos, exact forms, absent words.

Usage: python eval/lookup_eval.py [--per-article N] [--seed S] [--show]  (reads ../shared/data/).

Articles: every `quotes-dev/*.txt` (PolNeAR) and `summaries-dev/NNN.txt` (CNN/DailyMail, one
paragraph each). Split: within each folder, in sorted file-name order, the 1st, 3rd, 5th...
article is the *tune* half and the 2nd, 4th, 6th... the *held-out* half. Both are printed;
only the held-out figures are results.

Tests (words are content words: letters only, 3+ letters, not stop words; seeded random):
  pairs   two words drawn from one paragraph (from one sentence when the paragraph is shown in
          windows, as a one-line article is): the top result's text holds both (as written or
          inflected);
  typos   the same with one edit (not on the first letter, not making another article word) in
          each word of 5+ letters;
  exact   one word drawn from the text: the top result's text holds that exact form;
  absent  a word of another article that this article does not contain, not even inflected:
          lookup returns nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import api, constants  # noqa: E402

try:  # the stemmer moved with the layout of issue 10
    from bot.core.language.stemming import stem
except ImportError:
    from bot.core.stemming import stem
try:
    from bot.core.article.model import load_article
except ImportError:
    from bot.core.article import load_article

DATA_CANDIDATES = [base / "shared" / "data" for base in (ROOT.parent, ROOT.parent.parent)]
DATA = next((path for path in DATA_CANDIDATES if path.is_dir()), DATA_CANDIDATES[0])

# The eval's own notion of a word and of a function word, independent of the engine's.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STOP = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under about is are
    was were be been being am has have had do does did will would shall should can could may might
    must that this these those it its he she they them his her their we our you your i me my not no
    so than then there here which who whom whose what when where why how all any both each few more
    most other some such only own same too very just also said says again doing done down further
    having him mine nor once out up us yes""".split()
)
TARGETS = {"pairs": 0.95, "typos": 0.90, "exact": 0.99, "absent": 0.98}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def content_words(text: str, shortest: int = 3) -> list[str]:
    """The text's letter-only content words as written (no apostrophes, no stop words)."""
    found = []
    for word in _WORD.findall(text):
        folded = fold(word)
        if folded.isalpha() and len(folded) >= shortest and folded not in _STOP and folded.isascii():
            found.append(word)
    return found


def forms(text: str) -> set[str]:
    """The folded words of `text`, and the parts of those with apostrophes ("Blinken’s")."""
    written = [fold(w).replace("’", "'") for w in _WORD.findall(text)]
    return set(written) | {part for w in written for part in w.split("'")}


def holds(text: str, word: str) -> bool:
    """`text` has `word` as written or inflected (same stem)."""
    folded, key = fold(word), stem(fold(word))
    return any(f == folded or stem(f) == key for f in forms(text))


def holds_exact(text: str, word: str) -> bool:
    return fold(word) in forms(text)


@dataclass
class Case:
    test: str
    article: str
    query: str
    passed: bool
    top: str = ""


@dataclass
class Tally:
    cases: list[Case] = field(default_factory=list)

    def rate(self, test: str) -> tuple[int, int]:
        chosen = [c for c in self.cases if c.test == test]
        return sum(c.passed for c in chosen), len(chosen)


def articles() -> list[tuple[str, Path]]:
    """(half, path) for the 90 articles; alternate files of each folder go to each half."""
    folders = [
        sorted((DATA / "quotes-dev").glob("*.txt")),
        sorted(p for p in (DATA / "summaries-dev").glob("[0-9]*.txt") if ".highlights" not in p.name),
    ]
    return [("tune" if i % 2 == 0 else "held-out", path) for paths in folders for i, path in enumerate(paths)]


def units(article) -> list[str]:
    """Where a pair is drawn from: each paragraph as a reader sees it (long ones by sentence)."""
    found = []
    for paragraph in article.paragraphs:
        if paragraph.duplicate_of is not None:
            continue
        if len(paragraph.text) <= constants.SEARCH_LONG_PARAGRAPH_CHARS:
            found.append(paragraph.text)
        else:
            found.extend(s.text for s in paragraph.sentences)
    return found


def typo(word: str, rng: random.Random, vocabulary: set[str]) -> str | None:
    """One edit away from `word` (not on its first letter), not another word of the article."""
    for _ in range(20):
        kind = rng.choice(("delete", "insert", "substitute", "transpose"))
        i = rng.randrange(1, len(word))
        letter = rng.choice(string.ascii_lowercase)
        if kind == "delete":
            made = word[:i] + word[i + 1 :]
        elif kind == "insert":
            made = word[:i] + letter + word[i:]
        elif kind == "substitute":
            made = word[:i] + letter + word[i + 1 :]
        else:
            if i + 1 >= len(word):
                continue
            made = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        # The typo keeps 5+ letters: shorter words get no typo tolerance, as search engines do.
        if len(made) >= 5 and fold(made) != fold(word) and fold(made) not in vocabulary:
            return made
    return None


def top_text(article, query: str) -> str | None:
    result = api.lookup(article, query)
    return result.hits[0].text if result.hits else None


def pair_cases(name, article, rng, count, vocabulary, with_typos: bool) -> list[Case]:
    cases: list[Case] = []
    pools = [ws for ws in (content_words(u, 5 if with_typos else 3) for u in units(article)) if len(ws) >= 2]
    for _ in range(count * 5):
        if len(cases) >= count or not pools:
            break
        words = rng.choice(pools)
        first, second = rng.sample(words, 2)
        if stem(fold(first)) == stem(fold(second)):
            continue
        query_words = [first, second]
        if with_typos:
            made = [typo(w, rng, vocabulary) for w in query_words]
            if None in made:
                continue
            query_words = made
        query = " ".join(query_words)
        text = top_text(article, query)
        passed = text is not None and holds(text, first) and holds(text, second)
        cases.append(Case("typos" if with_typos else "pairs", name, query, passed, text or ""))
    return cases


def exact_cases(name, article, rng, count) -> list[Case]:
    pool = [w for u in units(article) for w in content_words(u)]
    cases = []
    for word in rng.sample(pool, min(count, len(pool))):
        text = top_text(article, word)
        cases.append(Case("exact", name, word, text is not None and holds_exact(text, word), text or ""))
    return cases


def absent_cases(name, article, rng, count, vocabulary, others: list[str]) -> list[Case]:
    stems = {stem(w) for w in vocabulary}
    pool = sorted({fold(w) for w in others} - vocabulary)
    pool = [w for w in pool if stem(w) not in stems]
    cases = []
    for word in rng.sample(pool, min(count, len(pool))):
        text = top_text(article, word)
        cases.append(Case("absent", name, word, text is None, text or ""))
    return cases


def evaluate(per_article: int, seed: int) -> dict[str, Tally]:
    chosen = articles()
    texts = {path: path.read_text(encoding="utf-8") for _, path in chosen}
    tallies = {"tune": Tally(), "held-out": Tally()}
    for half, path in chosen:
        article = load_article(path)
        rng = random.Random(f"{seed}:{path.name}")
        vocabulary = forms(texts[path])
        other = rng.choice([p for _, p in chosen if p != path])
        others = content_words(texts[other], 4)
        tally = tallies[half]
        tally.cases += pair_cases(path.name, article, rng, per_article, vocabulary, with_typos=False)
        tally.cases += pair_cases(path.name, article, rng, per_article, vocabulary, with_typos=True)
        tally.cases += exact_cases(path.name, article, rng, per_article)
        tally.cases += absent_cases(path.name, article, rng, per_article, vocabulary, others)
    return tallies


def report(tallies: dict[str, Tally], show: Callable[[Case], None] | None) -> None:
    print(f"{'test':8} {'target':>7} {'tune':>16} {'held-out':>16}")
    for test, target in TARGETS.items():
        cells = []
        for half in ("tune", "held-out"):
            passed, total = tallies[half].rate(test)
            cells.append(f"{passed / max(1, total):7.1%} ({passed}/{total})")
        print(f"{test:8} {target:>7.0%} {cells[0]:>16} {cells[1]:>16}")
    if show:
        for case in tallies["tune"].cases:  # only the tune half is ever looked at case by case
            if not case.passed:
                show(case)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-article", type=int, default=20, help="cases of each test per article")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", action="store_true", help="print the tune half's failures")
    args = parser.parse_args()
    if not (DATA / "quotes-dev").is_dir():
        sys.exit(f"no data at {DATA}: the dev sets live in ../shared/data/")

    def show(case: Case) -> None:
        print(f"  {case.test:6} {case.article[:40]:40} {case.query!r:32} -> {case.top[:100]!r}")

    report(evaluate(args.per_article, args.seed), show if args.show else None)


if __name__ == "__main__":
    main()
