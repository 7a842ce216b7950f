"""Realistic generated articles for benchmarks: real sentences recombined with a fixed seed.

Sentences come from the project's own articles (seeds/ and tests/articles/), so generated
text has the quotes, names, captions and punctuation of real news copy.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from bot.core.article import Article, load_article, parse_article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "articles"]
SEED = 20261128
# Share of the longer words swapped in each sentence, so repeats stay rare as in real copy.
VARIED_WORDS = 0.5
BUNDLED = ROOT / "seeds" / "blinken-beijing-visit.txt"


@cache
def source_paragraphs() -> tuple[tuple[str, ...], ...]:
    """Every paragraph of the source articles, as its sentences."""
    paragraphs = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".md"):
                article = load_article(path)
                paragraphs += [tuple(s.text for s in p.sentences) for p in article.paragraphs if p.sentences]
    return tuple(paragraphs)


def generated_text(paragraphs: int, seed: int = SEED) -> str:
    """Article text of `paragraphs` paragraphs of real sentences, recombined and varied.

    Half of the longer words of each sentence are swapped for other words of the pool,
    so a long article is not the same few sentences over and over (which would make it
    all near-duplicates), while the syntax, quotes and names stay those of real copy.
    """
    rng = random.Random(seed)
    sentences = [s for p in source_paragraphs() for s in p]
    vocabulary = sorted({w for s in sentences for w in s.split() if len(w) > 3 and w.isalpha()})
    lines = []
    for _ in range(paragraphs):
        picked = rng.sample(sentences, rng.randint(1, 3))
        lines.append(" ".join(_vary(sentence, vocabulary, rng) for sentence in picked))
    return "\n".join(lines) + "\n"


def _vary(sentence: str, vocabulary: list[str], rng: random.Random) -> str:
    varied = []
    for word in sentence.split(" "):
        if len(word) > 3 and word.isalpha() and rng.random() < VARIED_WORDS:
            replacement = rng.choice(vocabulary)
            word = replacement.capitalize() if word[0].isupper() else replacement.lower()
        varied.append(word)
    return " ".join(varied)


def generated_article(paragraphs: int, seed: int = SEED) -> Article:
    return parse_article(generated_text(paragraphs, seed), article_id=f"generated-{paragraphs}")


def write_generated(folder: Path, paragraphs: int, count: int = 1) -> list[Path]:
    """Write `count` generated articles to `folder` (for start-up and library benchmarks)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"generated-{paragraphs}-{index:03d}.txt"
        path.write_text(generated_text(paragraphs, SEED + index), encoding="utf-8")
        paths.append(path)
    return paths
