"""Builds bot/core/ask/newsnames.txt: common English words that news copy writes as names, capitalised
mid-sentence at least NEWS_SHARE of the time ("trump", "bush", "graham", "ford", "fox").

Run from the project root: `python eval/ask_news_names.py [CORPUS]` (default ../polnear-train, PolNeAR's
train articles, which no eval set uses). Not a test; the list is committed. Such a word typed in lower
case ("what does lynch think of trump") is read as a name, to be looked for before any answer, as the
WordNet name-only words of names.txt are. Weekdays, months, titles and the head words of organisations'
names ("committee") are left out: capitalised in a name, they are common words alone; so are given
names ("ben" may be the article's Benjamin Rhodes), read against the article's people instead.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.ask.absence import ORGANISATION_HEADS  # noqa: E402
from bot.core.ask.forms import is_name_word  # noqa: E402
from bot.core.language.lexicon import HONORIFICS, TITLE_WORDS, WEEKDAYS_MONTHS  # noqa: E402
from bot.core.language.text import STOPWORDS  # noqa: E402
from bot.core.quotes.givennames import is_given_name  # noqa: E402
from bot.core.search.commonwords import common_words  # noqa: E402

OUT = ROOT / "bot" / "core" / "ask" / "newsnames.txt"
CORPUS = ROOT.parent / "polnear-train"
NEWS_SHARE = 0.95  # of a word's mid-sentence uses, capitalised
MIN_USES = 8  # mid-sentence uses in the corpus
MIN_ARTICLES = 3  # articles using it
# A sentence, a quotation, a line or a clause opens after these: a capital there tells nothing.
_OPENERS = ".!?\"“‘'\n:—-("
_WORD = re.compile(r"[A-Za-z]+")


def counts(files: list[Path]) -> tuple[Counter, Counter, dict[str, set[str]]]:
    """(capitalised uses, lower-case uses, articles) of each folded word, mid-sentence only."""
    capitalised, lower, articles = Counter(), Counter(), defaultdict(set)
    for path in files:
        text = path.read_text(encoding="utf-8")
        for match in _WORD.finditer(text):
            before = text[max(0, match.start() - 3) : match.start()].rstrip(" ")
            if not before or before[-1] in _OPENERS:
                continue
            word = match.group()
            folded = word.casefold()
            if word[:1].isupper() and not word.isupper():
                capitalised[folded] += 1
            elif word.islower():
                lower[folded] += 1
            else:
                continue
            articles[folded].add(path.name)
    return capitalised, lower, articles


def news_names(files: list[Path], common: frozenset[str]) -> list[str]:
    capitalised, lower, articles = counts(files)
    left_out = STOPWORDS | WEEKDAYS_MONTHS | HONORIFICS | TITLE_WORDS | ORGANISATION_HEADS
    kept = []
    for word in sorted(capitalised):
        uses = capitalised[word] + lower[word]
        if len(word) < 3 or word not in common or word in left_out or is_name_word(word):
            continue
        if is_given_name(word):
            continue  # "ben" may be the article's Benjamin: given names are read against its people
        often = uses >= MIN_USES and len(articles[word]) >= MIN_ARTICLES
        if often and capitalised[word] >= NEWS_SHARE * uses:
            kept.append(word)
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=CORPUS, help="folder of articles (*.txt)")
    parser.add_argument("--leave-out", type=Path, help="a file of article names (one a line) not to read")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))
    if args.leave_out:
        skipped = set(args.leave_out.read_text(encoding="utf-8").split())
        files = [f for f in files if f.stem not in skipped]
    if not files:
        print(f"no articles in {args.corpus}", file=sys.stderr)
        return 1
    found = news_names(files, common_words())
    header = (
        f"# Common English words news copy capitalises mid-sentence (>= {NEWS_SHARE:.0%} of >= {MIN_USES} "
        f"uses, in >= {MIN_ARTICLES} of {len(files)} articles).\n"
        "# Built by eval/ask_news_names.py; do not edit.\n"
    )
    args.out.write_text(header + "".join(f"{w}\n" for w in found), encoding="utf-8")
    print(f"{len(found)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
