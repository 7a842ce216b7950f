"""Quote attribution on the quotes-dev set (PolNeAR dev split), scored as its README describes.

Usage: python eval/quotes_eval.py [DATA_DIR] [--half tune|held-out|all] [--show N] [--check-cli N]
       python eval/quotes_eval.py eval/quotes-bbc --half tune   (a set split into folders;
                                                  also eval/quotes-bbc2, quotes-cnn, quotes-dm, quotes-wn,
                                                  quotes-us, quotes-us2)
       python eval/quotes_eval.py eval/quotes-dm2   (a set with a tune/ folder alone: all tuned;
                                                      also eval/quotes-news3)
       python eval/quotes_eval.py --errors [--quarter 1|2]   (TUNE half only)
       python eval/quotes_eval.py --breakdown   (error counts by kind, both halves, no items)

Per article the bot lists its speakers (`speakers --json`), then is asked `quote NAME --json`
for every gold speaker and every speaker it listed; every reply's quotes, under the reply's
speaker, are pooled (once per speaker and text) and matched against the gold quotations:

- found: normalised words (case, quote marks, punctuation), rapidfuzz `partial_ratio >= 90` of
  the shorter inside the longer (`ratio >= 90` when the shorter is under 15 characters), and the
  longer at most 4x+80 characters of the shorter; with its speaker when the reply's speaker has
  the gold speaker's surname and compatible given names;
- recall: scored gold quotations with a resolved speaker found with it, plus those with an
  unresolved speaker found under any name, over all scored gold quotations;
- precision: returned quotes matching a gold quotation and naming its resolved speaker, over
  all returned quotes less those that only match quotations whose speaker is unresolved.

The split is fixed and needs no randomness: the articles sorted by file name, the 1st, 3rd,
5th ... form the TUNE half (looked at while developing) and the 2nd, 4th, 6th ... the
HELD-OUT half (only ever scored); a set written with its split in `tune/` and `held-out/`
folders (eval/quotes-bbc, eval/quotes-bbc2, eval/quotes-cnn, eval/quotes-dm, eval/quotes-wn,
eval/quotes-us, eval/quotes-us2) keeps that
split instead, and is refused without `--half`; a set with a `tune/` folder alone (eval/quotes-dm2,
eval/quotes-news3) is all tuned, scored whole.
`--errors` lists, for the TUNE half only, every missed gold quotation and every wrong
or extra quote with its paragraph, and scores the tune half's two quarters (its 1st, 3rd ...
and 2nd, 4th ... articles), so a rule can be kept only when it helps both. `--breakdown`
counts each half's errors by kind (not found, found but unattributed, under a wrong name;
wrong or extra quotes) without showing any item: safe on the held-out half.
Both halves are printed, with the naive baseline beside the
bot: every quotation of a paragraph (a regex over quote marks) under every gold speaker whose
surname the paragraph holds. The bot is called in-process through the CLI's own parser,
`open_library` and `run_command`, so replies are those of `python -m bot`; `--check-cli N`
compares N articles with real subprocesses.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import cli  # noqa: E402
from bot.core.errors import ArticleBotError  # noqa: E402
from bot.core.quotes.engine import extract_quotes  # noqa: E402
from bot.settings import load_settings  # noqa: E402

# The development set lives beside the project (`../shared/data/quotes-dev`), never inside it;
# from a git worktree it is one level further up.
DATA_CANDIDATES = [base / "shared" / "data" / "quotes-dev" for base in (ROOT.parent, ROOT.parent.parent)]
DEFAULT_DATA = next((path for path in DATA_CANDIDATES if path.is_dir()), DATA_CANDIDATES[0])
MATCH_THRESHOLD = 90
PARTIAL_MIN_CHARS = 15
LENGTH_FACTOR, LENGTH_SLACK = 4, 80
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


@dataclass(frozen=True, slots=True)
class Gold:
    text: str
    speaker: str | None
    scored: bool
    paragraph: int
    source: str = ""
    cue: str = ""


@dataclass(frozen=True, slots=True)
class Returned:
    text: str
    speaker: str
    paragraph: int


@dataclass(slots=True)
class Score:
    """Counts for recall (found / gold) and precision (right / returned, less unresolved-only)."""

    gold: int = 0
    found: int = 0
    returned: int = 0
    right: int = 0
    misses: list[tuple[str, Gold, str]] = field(default_factory=list)
    wrong: list[tuple[str, Returned]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.returned += other.returned
        self.right += other.right
        self.misses += other.misses
        self.wrong += other.wrong

    @property
    def recall(self) -> float:
        return 100 * self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return 100 * self.right / self.returned if self.returned else 0.0

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0


# --- matching, as the README states it -------------------------------------------------

_QUOTE_MARKS = str.maketrans({c: " " for c in "“”‘’\"'`«»„‚"})
_NON_WORD = re.compile(r"[^\w\s]+")


def normalise(text: str) -> str:
    """Case, quote marks and punctuation folded away; words kept, single-spaced."""
    text = text.casefold().translate(_QUOTE_MARKS)
    return " ".join(_NON_WORD.sub(" ", text).split())


def texts_match(a: str, b: str) -> bool:
    shorter, longer = sorted((a, b), key=len)
    if not shorter or len(longer) > LENGTH_FACTOR * len(shorter) + LENGTH_SLACK:
        return False
    if len(shorter) < PARTIAL_MIN_CHARS:
        return fuzz.ratio(shorter, longer) >= MATCH_THRESHOLD
    return fuzz.partial_ratio(shorter, longer) >= MATCH_THRESHOLD


def _name_words(name: str) -> list[str]:
    # "O'Neill" is one word, not "o neill": apostrophes inside names are dropped, not spaced.
    words = [w for w in normalise(re.sub(r"(?<=\w)['’](?=\w)", "", name)).split() if w]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def same_person(gold: str, reply: str) -> bool:
    """The reply's speaker has the gold speaker's surname and compatible given names."""
    gold_words, reply_words = _name_words(gold), _name_words(reply)
    if not gold_words or not reply_words or gold_words[-1] != reply_words[-1]:
        return False
    gold_given, reply_given = gold_words[:-1], reply_words[:-1]
    if not gold_given or not reply_given:
        return True
    first, other = gold_given[0], reply_given[0]
    return first.startswith(other) or other.startswith(first)


# --- articles and replies ----------------------------------------------------------------


def dev_articles(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.glob("*.txt") if p.with_suffix(".gold.json").exists())


def set_halves(data_dir: Path) -> tuple[list[Path], list[Path]]:
    """The set's own `tune/` and `held-out/` folders when it has them (a `tune/` folder alone: all
    tuned, no held-out article), else alternate articles."""
    tune, held_out = data_dir / "tune", data_dir / "held-out"
    if tune.is_dir():
        return dev_articles(tune), (dev_articles(held_out) if held_out.is_dir() else [])
    return split(dev_articles(data_dir))


def chosen_half(requested: str | None, data_dir: Path) -> str:
    """Both halves unless one is asked for; a folder-split set must be told which (its held-out
    folder is read once per session, so it is never scored by default)."""
    if requested:
        return requested
    if (data_dir / "held-out").is_dir():
        sys.exit(f"{data_dir} keeps a held-out folder: say --half tune (or held-out, once)")
    if (data_dir / "tune").is_dir():
        return "tune"
    return "all"


def split(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Sorted by name: 1st, 3rd, 5th ... tune; 2nd, 4th, 6th ... held-out."""
    ordered = sorted(paths, key=lambda p: p.name)
    return ordered[0::2], ordered[1::2]


def load_gold(path: Path) -> tuple[list[Gold], list[str]]:
    data = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    quotes = [
        Gold(
            q["text"],
            q["speaker"] if q.get("speaker_resolved") else None,
            q["scored"],
            q["paragraph"],
            q.get("source_text") or "",
            q.get("cue") or "",
        )
        for q in data["quotes"]
    ]
    return quotes, [s["name"] for s in data["speakers"]]


def _bot_reply(path: Path, words: list[str]) -> dict | None:
    """What `python -m bot WORDS --json --article PATH` prints, computed in this process."""
    try:
        args = cli.build_parser().parse_args([*words, "--json", "--article", str(path)])
        library, ref = cli.open_library(str(path), _SETTINGS)
        return cli.run_command(library.get(ref), args).to_dict()
    except (cli.UsageError, ArticleBotError):
        return None  # the CLI prints an error object and exits 2: no quotes


_SETTINGS = load_settings()
Replier = Callable[[Path, list[str]], dict | None]


def bot_quotes(path: Path, gold_speakers: list[str], reply: Replier = _bot_reply) -> list[Returned]:
    """Every quote the bot returns for the gold speakers and its own, once per speaker and text."""
    listed = reply(path, ["speakers"]) or {"speakers": []}
    names = list(dict.fromkeys([*gold_speakers, *(s["name"] for s in listed["speakers"])]))
    pooled: dict[tuple[str, str], Returned] = {}
    for name in names:
        answer = reply(path, ["quote", name])
        if not answer or answer.get("speaker") is None:
            continue
        speaker = answer["speaker"]["name"]
        for quote in answer["quotes"]:
            pooled.setdefault(
                (speaker, normalise(quote["text"])), Returned(quote["text"], speaker, quote["paragraph"])
            )
    return list(pooled.values())


_NAIVE_QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"")


def naive_quotes(path: Path, gold_speakers: list[str]) -> list[Returned]:
    """The baseline: every quotation of a paragraph under every gold speaker whose surname it holds."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    found = []
    for number, paragraph in enumerate(re.split(r"\n\s*\n", text.strip()), start=1):
        quotes = [a or b for a, b in _NAIVE_QUOTE.findall(paragraph)]
        for name in gold_speakers:
            surname = name.split()[-1]
            if quotes and re.search(rf"\b{re.escape(surname)}\b", paragraph):
                found += [Returned(q, name, number) for q in quotes]
    return found


def score(gold: list[Gold], returned: list[Returned], label: str) -> Score:
    result = Score()
    norm_gold = [normalise(g.text) for g in gold]
    matches = [[i for i, g in enumerate(norm_gold) if texts_match(normalise(r.text), g)] for r in returned]
    for index, quote in enumerate(gold):
        if not quote.scored:
            continue
        result.gold += 1
        hits = [returned[k] for k, found in enumerate(matches) if index in found]
        ok = any(quote.speaker is None or same_person(quote.speaker, r.speaker) for r in hits)
        result.found += ok
        if not ok:
            given = ", ".join(sorted({r.speaker for r in hits})) or "-"
            result.misses.append((label, quote, given))
    for quote, found in zip(returned, matches, strict=True):
        if found and all(gold[i].speaker is None for i in found):
            continue  # only matches quotations whose speaker is unresolved: not counted
        result.returned += 1
        if any(gold[i].speaker is not None and same_person(gold[i].speaker, quote.speaker) for i in found):
            result.right += 1
        else:
            result.wrong.append((label, quote))
    return result


def evaluate(paths: Iterable[Path], system: Callable[[Path, list[str]], list[Returned]]) -> Score:
    total = Score()
    for path in paths:
        gold, speakers = load_gold(path)
        total.add(score(gold, system(path, speakers), path.stem))
    return total


def _order(quote: Returned) -> tuple[str, str, int]:
    return quote.speaker, quote.text, quote.paragraph


def check_cli(paths: list[Path]) -> int:
    """Replies in-process and from `python -m bot` subprocesses must be identical."""

    def subprocess_reply(path: Path, words: list[str]) -> dict | None:
        command = [sys.executable, "-m", "bot", *words, "--json", "--article", str(path)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        return json.loads(done.stdout) if done.returncode == 0 else None

    differing = 0
    for path in paths:
        _, speakers = load_gold(path)
        inside = sorted(bot_quotes(path, speakers), key=_order)
        outside = sorted(bot_quotes(path, speakers, subprocess_reply), key=_order)
        differing += inside != outside
        print(f"{path.stem}: {'same' if inside == outside else 'DIFFERENT'} ({len(inside)} quotes)")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--half", choices=("tune", "held-out", "all"))
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="print N misses and wrong quotes (tune)"
    )
    parser.add_argument("--check-cli", type=int, default=0, metavar="N")
    parser.add_argument("--errors", action="store_true", help="TUNE half only: every error, in context")
    parser.add_argument("--quarter", type=int, choices=(1, 2), help="with --errors: one tune quarter")
    parser.add_argument("--breakdown", action="store_true", help="error counts by kind, both halves")
    args = parser.parse_args()
    tune, held_out = set_halves(args.data)
    if not tune and not held_out:
        sys.exit(f"no articles with .gold.json in {args.data}")
    if args.errors:
        return errors(tune, args.quarter)
    if args.breakdown:
        for half, group in (("tune", tune), ("held-out", held_out)):
            counts = breakdown(group)
            print(f"{half}: " + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())))
        return 0
    if args.check_cli:
        return 1 if check_cli(tune[: args.check_cli]) else 0
    halves = {"tune": tune, "held-out": held_out}
    half = chosen_half(args.half, args.data)
    if half != "all":
        halves = {half: halves[half]}
    if not all(halves.values()):
        sys.exit(f"{args.data} has no {' or '.join(h for h, g in halves.items() if not g)} articles")
    print(f"{'half':<9} {'system':<6} {'articles':>8} {'gold':>5} {'recall':>7} {'precision':>9} {'F1':>6}")
    for half, group in halves.items():
        for label, system in (("naive", naive_quotes), ("bot", bot_quotes)):
            result = evaluate(group, system)
            print(
                f"{half:<9} {label:<6} {len(group):>8} {result.gold:>5} {result.recall:>7.1f} "
                f"{result.precision:>9.1f} {result.f1:>6.1f}"
            )
            if label == "bot" and half == "tune" and args.show:
                _show(result, args.show)
    return 0


def _show(result: Score, count: int) -> None:
    print("\nmissed (gold speaker / bot speakers of matching quotes):")
    for label, quote, given in result.misses[:count]:
        print(f"  {label[:40]} ¶{quote.paragraph} [{quote.speaker} / {given}] {quote.text[:90]!r}")
    print("\nwrong (bot speaker):")
    for label, quote in result.wrong[:count]:
        print(f"  {label[:40]} ¶{quote.paragraph} [{quote.speaker}] {quote.text[:90]!r}")


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return [line for line in text.split("\n") if line.strip()]


def _holding(paragraphs: list[str], text: str, number: int) -> str:
    """The line holding the words (the bot numbers paragraphs its own way), else that number's."""
    found = next((p for p in paragraphs if text[:30] in p), None)
    return (found or (paragraphs[number - 1] if number <= len(paragraphs) else ""))[:400]


def breakdown(paths: list[Path]) -> Counter:
    """Counts of misses and wrong quotes by kind, summed over `paths`; no item is shown."""
    counts: Counter = Counter()
    for path in paths:
        gold, speakers = load_gold(path)
        result = score(gold, bot_quotes(path, speakers), path.stem)
        library, ref = cli.open_library(str(path), _SETTINGS)
        every = [normalise(q.text) for q in extract_quotes(library.get(ref))]
        attributed = {normalise(q.text) for q in extract_quotes(library.get(ref)) if q.speaker}
        for _, quote, given in result.misses:
            text = normalise(quote.text)
            seen = [t for t in every if texts_match(t, text)]
            if given != "-":
                counts["miss: under a wrong name"] += 1
            elif not seen:
                counts["miss: not found"] += 1
            elif not any(t in attributed for t in seen):
                resolved = "named" if quote.speaker else "unresolved"
                counts[f"miss: found, unattributed (gold {resolved})"] += 1
            else:
                counts["miss: found, speaker not queried"] += 1
        for _, quote in result.wrong:
            text = normalise(quote.text)
            matched = any(texts_match(text, normalise(g.text)) for g in gold)
            counts["wrong: another speaker" if matched else "wrong: no gold quotation"] += 1
    return counts


def errors(tune: list[Path], quarter: int | None) -> int:
    """Every miss and wrong quote of the TUNE half (never the held-out one), with its paragraph."""
    quarters = split(tune)
    for number, group in enumerate(quarters, start=1):
        result = evaluate(group, bot_quotes)
        print(
            f"tune quarter {number}: {len(group)} articles, {result.gold} gold, recall "
            f"{result.recall:.1f}, precision {result.precision:.1f}, F1 {result.f1:.1f}"
        )
    for path in quarters[quarter - 1] if quarter else tune:
        gold, speakers = load_gold(path)
        result = score(gold, bot_quotes(path, speakers), path.stem)
        if not result.misses and not result.wrong:
            continue
        paragraphs = _paragraphs(path)
        print(f"\n=== {path.stem}  recall {result.recall:.0f} precision {result.precision:.0f}")
        for _, quote, given in result.misses:
            print(
                f"MISS ¶{quote.paragraph} gold={quote.speaker} src={quote.source!r} cue={quote.cue!r} "
                f"bot={given}\n     {quote.text[:80]!r}"
            )
            print(f"     ¶: {_holding(paragraphs, quote.text, quote.paragraph)}")
        for _, quote in result.wrong:
            print(f"WRONG ¶{quote.paragraph} bot={quote.speaker} {quote.text[:80]!r}")
            print(f"     ¶: {_holding(paragraphs, quote.text, quote.paragraph)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
