"""Builds bot/core/ask/related.txt, the words `ask` takes for one another, from WordNet 3.0.

Run from the project root after `apt-get install wordnet-base` (Debian's copy of the WordNet 3.0
database, in /usr/share/wordnet): `python eval/ask_related.py`. Not a test; the table is committed.

For each word, two lists: the words WordNet derives from it or it from ("succeed" / "successor",
"rule" / "ruler", "quickly" / "quick"): the same idea with another part of speech; and its
synonyms in its most common senses, each one of the other word's most common too ("theory" /
"hypothesis", "colonist" / "settler"): the first sense, and the second when WordNet's tagged
corpus has it. Only common English words (pyspellchecker's list, as bot.core.search.commonwords
reads it) are kept, on both sides, so the table stays small; WordNet's irregular forms of the kept
words ("ran" -> "run") are listed too, so that `ask` finds the lemma of what a question says.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.search.commonwords import common_words  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "bot" / "core" / "ask" / "related.txt"
POS = ("noun", "verb", "adj", "adv")
DERIVED = ("+", "\\")  # a derivationally related form; an adverb's adjective ("quickly" / "quick")
SENSES = 2  # synonyms in a word's most common senses only: "rule" is no "convention"
_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
HEADER = """\
# Words `ask` takes for one another: word<TAB>derived words<TAB>synonyms, or irregular form<TAB>=lemmas.
# Built by eval/ask_related.py from WordNet 3.0 (Debian's wordnet-base), common English words only.
#
# WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license. By obtaining, using and/or copying this
# software and database, you agree that you have read, understood, and will comply with these
# terms and conditions.: Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or royalty is hereby granted,
# provided that you agree to comply with the following copyright notice and statements, including
# the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
# DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
# EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT
# THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
# PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton
# may not be used in advertising or publicity pertaining to distribution of the software and/or
# database. Title to copyright in this software, database and any associated documentation shall
# at all times remain with Princeton University and LICENSEE agrees to preserve same.
"""


def _synsets(folder: Path) -> dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str, int, int]]]]:
    """(pos, offset) -> (lemmas, pointers (symbol, target offset, target pos, source, target))."""
    found = {}
    for name in POS:
        for line in (folder / f"data.{name}").open(encoding="latin-1"):
            if line.startswith("  "):
                continue  # the licence at the top of each file
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[at])):
                symbol, offset, target_pos, ends = fields[at + 1 : at + 5]
                at += 4
                target_pos = "a" if target_pos == "s" else target_pos  # satellite adjectives
                pointers.append((symbol, offset, target_pos, int(ends[:2], 16), int(ends[2:], 16)))
            found[(fields[2].replace("s", "a"), fields[0])] = (lemmas, pointers)
    return found


def _leading_senses(folder: Path) -> set[tuple[str, str, str]]:
    """(lemma, pos, offset) of each lemma's most common tagged senses (index files list senses by
    frequency, with the number of them seen in the tagged corpus; the first always counts)."""
    found = set()
    for name in POS:
        for line in (folder / f"index.{name}").open(encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            at = 4 + int(fields[3])
            tagged = int(fields[at + 1])
            offsets = fields[at + 2 : at + 2 + int(fields[at])]
            found.update((fields[0], fields[1], o) for o in offsets[: max(1, min(SENSES, tagged))])
    return found


def synonyms(folder: Path, common: frozenset[str]) -> dict[str, set[str]]:
    """word -> the words sharing one of its leading senses, of which that sense is leading too."""
    leading = _leading_senses(folder)
    found: dict[str, set[str]] = defaultdict(set)
    for (pos, offset), (lemmas, _) in _synsets(folder).items():
        kept = [w for w in lemmas if _WORD.match(w) and w in common and (w, pos, offset) in leading]
        for word in kept:
            found[word].update(w for w in kept if w != word)
    return {word: others for word, others in found.items() if others}


def relations(folder: Path, common: frozenset[str]) -> dict[str, set[str]]:
    """word -> the words derived from it or it from (both common English words)."""
    synsets = _synsets(folder)
    related: dict[str, set[str]] = defaultdict(set)
    for lemmas, pointers in synsets.values():
        for symbol, target, target_pos, source, end in pointers:
            if symbol not in DERIVED or not source or not end:
                continue  # a relation between whole synsets, not between two words
            a, b = lemmas[source - 1], synsets[(target_pos, target)][0][end - 1]
            if a != b and all(_WORD.match(w) and w in common for w in (a, b)):
                related[a].add(b)
                related[b].add(a)
    return related


def irregular_forms(folder: Path, related: set[str], common: frozenset[str]) -> dict[str, set[str]]:
    """Irregular form -> its lemmas in the table ("ran" -> "run"), from WordNet's *.exc lists."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in POS:
        for line in (folder / f"{name}.exc").open(encoding="latin-1"):
            form, *bases = line.split()
            found[form].update(b for b in bases if b in related and b != form and form in common)
    return {form: bases for form, bases in found.items() if bases}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="folder of the WordNet 3.0 database")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").is_file():
        print(f"no WordNet database in {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    common = common_words()
    derived, similar = relations(args.wordnet, common), synonyms(args.wordnet, common)
    irregular = irregular_forms(args.wordnet, derived.keys() | similar.keys(), common)
    # "found" is far more often "find" than "establish": an irregular form reads as its lemma only.
    lines = {
        w: f"{' '.join(sorted(derived.get(w, ())))}\t{' '.join(sorted(similar.get(w, ())))}"
        for w in derived.keys() | similar.keys()
        if w not in irregular
    }
    lines |= {w: "=" + " ".join(sorted(bases)) for w, bases in irregular.items()}
    args.out.write_text(HEADER + "".join(f"{w}\t{lines[w]}\n" for w in sorted(lines)), "utf-8")
    print(f"{args.out}: {len(lines) - len(irregular)} words, {len(irregular)} irregular forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
