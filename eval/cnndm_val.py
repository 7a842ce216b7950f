"""1,000 CNN/DailyMail validation articles as a summary set: NNNN.txt + NNNN.highlights.txt.

Usage: python eval/cnndm_val.py [MIRROR] [--out /work/cnndm-val/]

Reads `data/collection/cnn_dailymail_validation_subset.csv` (the first 1,000 articles of the
corpus's validation split, with their highlights; MIT licence) from a git mirror without work
tree of github.com/hillaryke/rag-optimization-cnn-dailymail, or from a checkout holding it, and
writes each article on one line beside its highlights, one per line, in summaries-dev's layout,
outside the project. summaries-dev and the hidden evaluation come from the corpus's train split,
so none of these articles is among them. `python eval/summary_eval.py DIR --half tune` scores the
odd-numbered articles (the summariser's weights were chosen on them), `--half held-out` the even.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from pathlib import Path

DEFAULT_MIRROR = Path("/work/.mirror/hillaryke+rag-optimization-cnn-dailymail/repo")
DEFAULT_OUT = Path("/work/cnndm-val")
CSV_PATH = "data/collection/cnn_dailymail_validation_subset.csv"


def read_csv(mirror: Path) -> str:
    """The CSV's text from a checkout or, failing that, from the mirror's HEAD."""
    return read_text(mirror, CSV_PATH)


def read_text(mirror: Path, path: str) -> str:
    """A file's text from a checkout or, failing that, from the mirror's HEAD (also eval/dm_val.py's)."""
    checkout = mirror / path
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    shown = subprocess.run(
        ["git", "-C", str(mirror), "show", f"HEAD:{path}"], capture_output=True, check=True
    )
    return shown.stdout.decode("utf-8")


def write_set(text: str, out: Path) -> int:
    """Write every row as NNNN.txt and NNNN.highlights.txt; return how many."""
    csv.field_size_limit(sys.maxsize)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    for number, row in enumerate(rows, 1):
        article = " ".join(row["article"].split("\n")).strip()
        highlights = [line.strip() for line in row["highlights"].split("\n") if line.strip()]
        (out / f"{number:04d}.txt").write_text(article + "\n", encoding="utf-8")
        (out / f"{number:04d}.highlights.txt").write_text("\n".join(highlights) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mirror", nargs="?", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    count = write_set(read_csv(args.mirror), args.out)
    print(f"{count} articles written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
