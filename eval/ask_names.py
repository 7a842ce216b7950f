"""Builds bot/core/ask/names.txt, the common English words WordNet 3.0 knows only as names.

Run from the project root after `apt-get install wordnet-base`: `python eval/ask_names.py`. Not a
test; the list is committed. A word of pyspellchecker's list (bot.core.search.commonwords) is kept
when WordNet has it, or the lemma its inflection reduces to, only capitalised ("Vermont",
"Putin", "Belarusians") and never in lower case: `ask` reads such a word typed in lower case
("did her family live in vermont") as a name, to be looked for before any answer.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ask_related import HEADER, POS, WORDNET  # noqa: E402

from bot.core.ask.forms import DETACH  # noqa: E402
from bot.core.language.text import STOPWORDS  # noqa: E402
from bot.core.search.commonwords import common_words  # noqa: E402

OUT = ROOT / "bot" / "core" / "ask" / "names.txt"
UNLISTED = ROOT / "bot" / "core" / "ask" / "unlisted.txt"
_WORD = re.compile(r"^[a-z]{3,}$")  # "se", "ta": two letters are abbreviations more than names


def lemmas(folder: Path) -> tuple[set[str], set[str]]:
    """(lemmas WordNet writes in lower case, lemmas it writes only capitalised), folded."""
    lower, capitalised = set(), set()
    for name in POS:
        for line in (folder / f"data.{name}").open(encoding="latin-1"):
            if line.startswith("  "):
                continue  # the licence at the top of each file
            fields = line.split(" | ")[0].split()
            for i in range(int(fields[3], 16)):
                lemma = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                (capitalised if lemma[:1].isupper() else lower).add(lemma.casefold())
    return lower, capitalised - lower


def exceptions(folder: Path) -> dict[str, list[str]]:
    """Irregular form -> its lemmas ("mice" -> "mouse"), from WordNet's *.exc lists."""
    found: dict[str, list[str]] = {}
    for name in POS:
        for line in (folder / f"{name}.exc").open(encoding="latin-1"):
            form, *bases = line.split()
            found.setdefault(form, []).extend(bases)
    return found


def bases(word: str, irregular: dict[str, list[str]]) -> set[str]:
    """The word and every lemma WordNet's morphy could reduce it to."""
    found = {word, *irregular.get(word, ())}
    found.update(
        word[: -len(end)] + base for end, base in DETACH if word.endswith(end) and len(word) > len(end)
    )
    return found


def names(folder: Path, common: frozenset[str]) -> list[str]:
    lower, capitalised = lemmas(folder)
    irregular = exceptions(folder)
    kept = []
    for word in sorted(w for w in common if _WORD.match(w)):
        forms = bases(word, irregular)
        if not forms & lower and forms & capitalised:
            kept.append(word)
    return kept


# Prefixes and endings that make a word of a known one ("reroute", "uneaten", "maddeningly"): a word
# formed so is an English word WordNet does not list, not a name.
_PREFIXES = (
    "un",
    "re",
    "over",
    "out",
    "mis",
    "pre",
    "non",
    "dis",
    "super",
    "sub",
    "inter",
    "counter",
    "anti",
    "co",
)
_ENDINGS = (
    "ly", "ing", "ings", "ic", "al", "ed", "ous", "ful", "ness", "ment", "ers", "tion", "able", "ible", "ive",
    "ism", "ist", "ists", "ity", "ize", "ise", "izes", "ized", "ish", "less", "ship", "est", "ier", "ies",
)  # fmt: skip


# Function words WordNet leaves out (it lists nouns, verbs, adjectives and adverbs only).
_FUNCTION_WORDS = frozenset(
    """against although among amongst because since toward towards until unless whereas without within
    upon him himself herself ourselves themselves yourself yourselves myself itself whom whomever whoever
    whatever whichever whenever wherever however else ought shall nor yet thus hence whereby wherein
    whereupon whereof whereon whereto thereof therein hereby via amid amidst beside besides beneath despite
    during except per unto onto unlike till albeit mine yours ours theirs hers""".split()
)


def unlisted(folder: Path, common: frozenset[str]) -> list[str]:
    """Common words WordNet does not know in any case or form ("obama", "facebook"), less those made of
    known words (compounds "trapdoor", prefixed "reroute", derived "maddeningly") and contractions
    typed without the apostrophe ("whats")."""
    lower, capitalised = lemmas(folder)
    irregular = exceptions(folder)
    known = lower | capitalised
    stops = STOPWORDS | {"what", "where", "there", "here", "that", "who", "how", "she", "he", "it", "let"}
    stops |= _FUNCTION_WORDS
    kept = []
    for word in sorted(w for w in common if _WORD.match(w) and w not in STOPWORDS):
        if word in stops or bases(word, irregular) & known or word.endswith(_ENDINGS) or word[:-1] in stops:
            continue
        halves = ((word[:i], word[i:]) for i in range(3, len(word) - 2))  # "trapdoor": two known words
        if any(a in lower and bases(b, irregular) & lower for a, b in halves):
            continue
        if any(word.startswith(p) and bases(word[len(p) :], irregular) & lower for p in _PREFIXES):
            continue
        kept.append(word)
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="folder of the WordNet 3.0 database")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--unlisted", type=Path, default=UNLISTED)
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").is_file():
        print(f"no WordNet database in {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    found = names(args.wordnet, common_words())
    rest = HEADER.split("\n", 1)[1]  # the licence, without the first line
    header = (
        "# Common English words WordNet knows only as names (Vermont, Putin): `ask` reads them as names.\n"
    )
    header += rest.replace("Built by eval/ask_related.py", "Built by eval/ask_names.py")
    args.out.write_text(header + "".join(f"{w}\n" for w in found), "utf-8")
    print(f"{args.out}: {len(found)} words")
    others = unlisted(args.wordnet, common_words())
    first = "# Common words WordNet knows in no case or form (obama, youtube): `ask` takes them as rare.\n"
    args.unlisted.write_text(
        first
        + rest.replace("Built by eval/ask_related.py", "Built by eval/ask_names.py")
        + "".join(f"{w}\n" for w in others),
        "utf-8",
    )
    print(f"{args.unlisted}: {len(others)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
