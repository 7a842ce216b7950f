"""PolNeAR's train split as a quotes tune set: NAME.txt + NAME.gold.json in quotes-dev's format.

Usage: python eval/polnear_train.py [MIRROR] [--split train] [--out /work/polnear-train/]
       python eval/polnear_train.py --split dev --out DIR --check ../shared/data/quotes-dev

Reads the PolNeAR repository (a git mirror without work tree, or a checkout holding data/) and
writes, outside the project, every article of one split with at least two scored quotations:
the words between double quote marks that open inside an attribution's content, with its source
and cue. The speaker is resolved as quotes-dev's README says: a full name CoreNLP tags in the
source span is that person; a surname takes the article's one full name with it (Trump, Clinton
and Obama default to the candidates and the president unless another of the family is named
more); a he/she source only when CoreNLP's coreference chain holds the nearest named source
before it, or else the nearest person of its gender named before it; anything else stays
unresolved under its own words, with its kind. Only the train split is for tuning: `--split dev
--check` converts quotes-dev's 60 articles to measure how far the converter agrees with it.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DEFAULT_MIRROR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
DEFAULT_OUT = Path("/work/polnear-train")
SCORED_MIN_WORDS = 4  # quotes-dev: one to three words are labels and scare quotes, not scored
MIN_SCORED_QUOTES = 2
MARK_SLACK = 2  # a content span may leave out the quote mark and a space beside it

# The family names whose bare use means one person in 2016 political news.
FAMILY_DEFAULTS = {"Trump": "Donald Trump", "Clinton": "Hillary Clinton", "Obama": "Barack Obama"}
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
OTHER_PRONOUNS = frozenset({"it", "its", "they", "them", "i", "we", "you", "this", "that"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
MALE_TITLES = frozenset({"mr", "mr."})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss"})
DOCUMENT_WORDS = frozenset(
    "ad ads article book complaint document editorial email emails letter memo narrator note "
    "order piece poll post release report ruling statement story study survey tweet video website".split()
)
TITLES = frozenset(
    "mr mrs ms miss dr president mayor sen senator rep representative gov governor gen general "
    "secretary speaker judge justice rev pastor father sir lord lady prof professor chief "
    "candidate nominee former vice first".split()
)
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
INDEFINITE_WORDS = frozenset({"a", "an", "one", "another", "some"})
OPENERS = "“"
CLOSERS = "”"
STRAIGHT = '"'


# --- reading the repository ---------------------------------------------------------------------


class Repository:
    """Files of the PolNeAR repository, from a checkout or through git from a mirror."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.checkout = (root / "data").is_dir()

    def list(self, folder: str) -> list[str]:
        if self.checkout:
            base = self.root / folder
            return sorted(p.name for p in base.iterdir()) if base.is_dir() else []
        out = self._git("ls-tree", "--name-only", f"HEAD:{folder}")
        return sorted(out.decode().split("\n")) if out else []

    def read(self, path: str) -> str | None:
        """The file's text, or None when it is absent (a mirror may lack its largest files)."""
        if self.checkout:
            file = self.root / path
            return file.read_text(encoding="utf-8") if file.is_file() else None
        out = self._git("show", f"HEAD:{path}")
        return out.decode("utf-8") if out is not None else None

    def _git(self, *args: str) -> bytes | None:
        done = subprocess.run(["git", "-C", str(self.root), *args], capture_output=True)
        return done.stdout if done.returncode == 0 else None


# --- annotations ------------------------------------------------------------------------------


Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    event: str
    source: Spans
    source_text: str | None
    cue_text: str | None
    content: Spans


def _spans(field_: str) -> Spans:
    """'315 448;463 553' -> ((315, 448), (463, 553))."""
    return tuple(tuple(int(x) for x in part.split()) for part in field_.split(";"))  # type: ignore[misc]


def parse_ann(text: str) -> list[Attribution]:
    """The brat standoff file's attribution events, each with its source, cue and content."""
    spans: dict[str, tuple[str, Spans, str]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(where), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append((parts[0], roles))
    found = []
    for event, roles in events:
        source = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        content = spans.get(roles.get("Content", ""))
        found.append(
            Attribution(
                event,
                source[1] if source else (),
                source[2] if source else None,
                cue[2] if cue else None,
                content[1] if content else (),
            )
        )
    return sorted(found, key=lambda a: (a.source or a.content or ((0, 0),))[0])


# --- quotations -------------------------------------------------------------------------------


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of double quote marks, one line at a time.

    Marks do not nest: an opening mark inside an open quotation is part of it; a straight mark
    closes what is open; a quotation left open at the end of its line ends there.
    """
    found = []
    offset = 0
    for line in text.split("\n"):
        start = None
        for i, char in enumerate(line):
            if char not in OPENERS + CLOSERS + STRAIGHT:
                continue
            if start is None:
                if char in OPENERS or (char == STRAIGHT and _opens(line, i)):
                    start = i + 1
            elif char in CLOSERS or char == STRAIGHT or (char in OPENERS and not _opens(line, i)):
                found.append((offset + start, offset + i))
                start = None
        if start is not None:
            found.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return [span for span in (_trim(text, s, e) for s, e in found) if span]


def _opens(line: str, i: int) -> bool:
    """A mark opens when nothing or a space or opening punctuation stands before it."""
    return i == 0 or line[i - 1].isspace() or line[i - 1] in "([{—–-:"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def normalise(words: str) -> str:
    return " ".join(words.split())


# --- CoreNLP -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Token:
    word: str
    start: int
    end: int
    ner: str
    sentence: int
    index: int  # 1-based within its sentence, as CoreNLP counts


@dataclass(slots=True)
class Corenlp:
    tokens: list[Token] = field(default_factory=list)
    by_position: dict[tuple[int, int], int] = field(default_factory=dict)  # (sentence, index) -> token
    chains: list[list[tuple[int, int, int]]] = field(default_factory=list)  # (sentence, start, end)


def parse_corenlp(xml: str | None) -> Corenlp:
    nlp = Corenlp()
    if not xml:
        return nlp
    root = ET.fromstring(xml.encode("utf-8"))
    for sentence in root.iter("sentence"):
        if sentence.find("tokens") is None:
            continue
        number = int(sentence.get("id", "0"))
        for token in sentence.find("tokens"):  # type: ignore[union-attr]
            nlp.by_position[(number, int(token.get("id", "0")))] = len(nlp.tokens)
            nlp.tokens.append(
                Token(
                    token.findtext("word", ""),
                    int(token.findtext("CharacterOffsetBegin", "0")),
                    int(token.findtext("CharacterOffsetEnd", "0")),
                    token.findtext("NER", "O"),
                    number,
                    int(token.get("id", "0")),
                )
            )
    outer = root.find("document/coreference")
    for chain in outer if outer is not None else ():
        nlp.chains.append(
            [
                (int(m.findtext("sentence", "0")), int(m.findtext("start", "0")), int(m.findtext("end", "0")))
                for m in chain.iter("mention")
            ]
        )
    return nlp


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    words: tuple[str, ...]
    start: int
    end: int
    possessive: bool


def person_names(text: str, nlp: Corenlp) -> list[Name]:
    """Runs of tokens CoreNLP tags PERSON, titles left out, with whether a possessive 's follows."""
    names, run = [], []
    tokens = nlp.tokens
    for k, token in enumerate([*tokens, Token("", 0, 0, "O", -1, 0)]):
        if token.ner == "PERSON" and (not run or run[-1].sentence == token.sentence):
            run.append(token)
            continue
        while run and run[0].word.lower().rstrip(".") in TITLES:
            run.pop(0)
        while run and k < len(tokens) and tokens[k].word.rstrip(".") in NAME_SUFFIXES:
            run.append(tokens[k])
            k += 1
        if run:
            after = tokens[k].word if k < len(tokens) else ""
            start, end = run[0].start, run[-1].end
            names.append(
                Name(
                    normalise(text[start:end]), tuple(t.word for t in run), start, end, after in ("'s", "’s")
                )
            )
        run = [token] if token.ner == "PERSON" else []
    return names


# --- speakers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None  # the canonical name when resolved, else the source text
    resolved: bool
    kind: str  # name, pronoun, role-or-org, document, indefinite, group, none
    resolution: str | None


class Resolver:
    """Resolves an article's sources in text order, remembering the named ones for pronouns."""

    def __init__(self, text: str, nlp: Corenlp) -> None:
        self.text, self.nlp = text, nlp
        self.names = person_names(text, nlp)
        self.full_names = [n for n in self.names if len(n.words) >= 2]
        self.surnames = {n.words[-1] for n in self.full_names} | set(FAMILY_DEFAULTS)
        self.named_sources: list[tuple[int, str]] = []  # (source start, canonical name)
        self._mentions: list[tuple[int, int, str]] | None = None  # (start, end, canonical name)

    def resolve(self, attribution: Attribution) -> Speaker:
        if not attribution.source:
            return Speaker(None, False, "none", None)
        speaker = self._resolve(attribution)
        if not speaker.resolved:  # quotes-dev keeps the source's own words as the label
            return Speaker(attribution.source_text, False, speaker.kind, speaker.resolution)
        if speaker.kind == "name":  # a pronoun resolved through a chain is no named source
            self.named_sources.append((attribution.source[0][0], speaker.name or ""))
            where = attribution.source[0][0]
            bisect.insort(self.mentions(), (where, where + 1, speaker.name or ""))
        return speaker

    def mentions(self) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every person CoreNLP tags, and of every named source."""
        if self._mentions is None:
            found = {}
            for name in self.names:
                canonical = self._canonical(name)
                if canonical:
                    found[name.start] = (name.end, canonical)
            self._mentions = sorted((start, end, name) for start, (end, name) in found.items())
        return self._mentions

    def _resolve(self, attribution: Attribution) -> Speaker:
        source_text = attribution.source_text or ""
        start, end = attribution.source[0][0], attribution.source[-1][1]
        inside = [n for n in self.names if n.start >= start and n.end <= end and not n.possessive]
        words = source_text.split()
        lowered = [w.lower().strip(",.") for w in words]
        full = [n for n in inside if len(n.words) >= 2]
        if full:
            return Speaker(full[0].text, True, "name", "name")
        if len(words) == 1 and lowered[0] in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return self._pronoun(attribution, lowered[0])
        if len(words) == 1 and lowered[0] in OTHER_PRONOUNS:
            return Speaker(source_text, False, "pronoun", "non-person-pronoun")
        if len(words) == 1 and lowered[0] in RELATIVE_PRONOUNS:
            return self._relative(start, source_text)
        if lowered and lowered[0] in INDEFINITE_WORDS:
            document = any(_bare(w) in DOCUMENT_WORDS for w in lowered)
            return Speaker(source_text, False, *(("document",) * 2 if document else ("indefinite",) * 2))
        surname = self._known_surname(start, end)
        if surname:
            return self._by_surname(surname, lowered)
        if inside:
            return Speaker(inside[0].text, True, "name", "surname-only")
        if lowered[0] == "the" and any(_bare(w) in DOCUMENT_WORDS for w in lowered):
            return Speaker(source_text, False, "document", "document")
        label = "no-antecedent" if not self._nearest_source(start) else "no-agreement"
        return Speaker(source_text, False, "role-or-org", label)

    def _known_surname(self, start: int, end: int) -> Token | None:
        """The first capitalised word of the span that is the surname of a full name in the article."""
        surnames = self.surnames
        for k, token in enumerate(self.nlp.tokens):
            if token.start >= start and token.end <= end and token.word in surnames:
                after = self.nlp.tokens[k + 1].word if k + 1 < len(self.nlp.tokens) else ""
                if after not in ("'s", "’s"):
                    return token
        return None

    def _by_surname(self, token: Token, lowered: list[str]) -> Speaker:
        surname = token.word
        people = self._people(surname)
        title = next((w for w in lowered if w in MALE_TITLES | FEMALE_TITLES), None)
        if title:
            people = [
                p for p in people if _gender_fits(p.split()[0], "he" if title in MALE_TITLES else "she")
            ]
        default = FAMILY_DEFAULTS.get(surname)
        if default:
            counts = Counter(n.words[0] for n in self.full_names if n.words[-1] == surname)
            given = default.split()[0]
            if not counts or (given in counts and counts[given] >= max(counts.values())):
                return Speaker(default, True, "name", "family-default")
            return Speaker(surname, False, "name", "ambiguous-surname")
        if len(people) == 1:
            return Speaker(people[0], True, "name", "article-fullname")
        chained = self._chain_full_name(token.start, token.end, people)
        if chained:
            return Speaker(chained, True, "name", "coref-fullname")
        return Speaker(surname, False, "name", "ambiguous-surname")

    def _people(self, surname: str) -> list[str]:
        """Full names with this surname, one per given name (its most frequent written form)."""
        counts = Counter(n.text for n in self.full_names if n.words[-1] == surname)
        by_given: dict[str, str] = {}
        for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            by_given.setdefault(name.split()[0], name)
        return sorted(by_given.values())

    def _relative(self, start: int, source_text: str) -> Speaker:
        before = [n for n in self.names if n.end <= start and len(n.words) >= 2]
        if before:
            return Speaker(before[-1].text, True, "pronoun", "relative-pronoun")
        return Speaker(source_text, False, "pronoun", "no-antecedent")

    def _pronoun(self, attribution: Attribution, pronoun: str) -> Speaker:
        """The person the pronoun's coreference chain holds, when that is the nearest named source
        before it, or else the nearest person of the pronoun's gender named before it."""
        start, end = attribution.source[0][0], attribution.source[-1][1]
        chain = self._chain_of(start, end)
        if chain is None:
            return Speaker(None, False, "pronoun", "no-antecedent")
        in_chain = self._chain_names(chain)
        nearest = self._nearest_source(start)
        if nearest and nearest in in_chain:
            return Speaker(nearest, True, "pronoun", "coref+nearest")
        before = [name for where, _, name in self.mentions() if where < start]
        fitting = [name for name in before if _gender_fits(name, pronoun)]
        if fitting and fitting[-1] in in_chain:
            return Speaker(fitting[-1], True, "pronoun", "coref+nearest-name")
        return Speaker(None, False, "pronoun", "no-agreement")

    def _nearest_source(self, start: int) -> str | None:
        before = [name for where, name in self.named_sources if where < start]
        return before[-1] if before else None

    def _canonical(self, name: Name) -> str | None:
        if len(name.words) >= 2:
            return name.text
        if name.words[-1] in self.surnames:
            token = next(t for t in self.nlp.tokens if t.start == name.start)
            speaker = self._by_surname(token, [])
            return speaker.name if speaker.resolved else None
        return None

    def _chain_of(self, start: int, end: int) -> list[tuple[int, int, int]] | None:
        best, best_size = None, 0
        for chain in self.nlp.chains:
            for sentence, first, last in chain:
                span = self._mention_span(sentence, first, last)
                if span and span[0] < end and start < span[1]:
                    size = span[1] - span[0]
                    if best is None or size < best_size:
                        best, best_size = chain, size
        return best

    def _mention_span(self, sentence: int, first: int, last: int) -> tuple[int, int] | None:
        a = self.nlp.by_position.get((sentence, first))
        b = self.nlp.by_position.get((sentence, last - 1))
        if a is None or b is None:
            return None
        return self.nlp.tokens[a].start, self.nlp.tokens[b].end

    def _chain_names(self, chain: list[tuple[int, int, int]]) -> set[str]:
        found: set[str] = set()
        for sentence, first, last in chain or ():
            span = self._mention_span(sentence, first, last)
            if not span:
                continue
            found |= {name for first, last, name in self.mentions() if first < span[1] and span[0] < last}
        return found

    def _chain_full_name(self, start: int, end: int, people: list[str]) -> str | None:
        chain = self._chain_of(start, end)
        found = set()
        for sentence, first, last in chain or ():
            span = self._mention_span(sentence, first, last)
            if span:
                mention = normalise(self.text[span[0] : span[1]])
                found |= {p for p in people if p in mention}
        return found.pop() if len(found) == 1 else None


def _bare(word: str) -> str:
    return word.removesuffix("’s").removesuffix("'s")


def _gender_fits(name: str, pronoun: str) -> bool:
    """True unless the census lists tell that the given name is of the other gender."""
    gender = _given_names().get(name.split()[0].lower())
    return gender is None or (gender == "male") == (pronoun in MALE_PRONOUNS)


@cache
def _given_names() -> dict[str, str]:
    """Given name -> the gender whose census list holds it more often (the `names` package)."""
    try:
        import names  # the US census first-name lists, a dependency of the bot
    except ImportError:
        return {}
    shares: dict[str, tuple[float, str]] = {}
    for gender in ("female", "male"):
        for line in (Path(names.__file__).parent / f"dist.{gender}.first").read_text().splitlines():
            parts = line.split()
            if len(parts) > 1 and float(parts[1]) > shares.get(parts[0].lower(), (-1.0, ""))[0]:
                shares[parts[0].lower()] = (float(parts[1]), gender)
    return {name: gender for name, (_, gender) in shares.items()}


# --- the gold file -------------------------------------------------------------------------------


def paragraph_of(text: str, offset: int) -> int:
    """1-based paragraph of a character: quotes-dev counts every non-blank line as one."""
    return sum(1 for line in text[:offset].split("\n") if line.strip()) or 1


def kind_of(text: str, start: int, end: int, content: Spans) -> str:
    """full: the quotation is a whole content span of its attribution; partial: it is part of one."""
    for s, e in content:
        if s <= start and end <= e:
            rest = (text[s:start] + text[end:e]).strip(' \n"“”,.:;')
            return "partial" if rest else "full"
    return "partial"


def convert(text: str, ann: str, nlp: Corenlp) -> tuple[list[dict], list[dict]]:
    """The article's direct quotations, and its speakers: every resolved source, with its aliases."""
    attributions = parse_ann(ann)
    resolver = Resolver(text, nlp)
    speakers = {a.event: resolver.resolve(a) for a in attributions}
    quotes = []
    for start, end in find_quotations(text):
        owner = _owner(attributions, start, end)
        if owner is None:
            continue
        speaker = speakers[owner.event]
        words = normalise(text[start:end])
        quotes.append(
            {
                "event": owner.event,
                "text": words,
                "start": start,
                "end": end,
                "paragraph": paragraph_of(text, start),
                "kind": kind_of(text, start, end, owner.content),
                "words": len(words.split()),
                "scored": len(words.split()) >= SCORED_MIN_WORDS,
                "source_text": owner.source_text,
                "cue": owner.cue_text,
                "speaker": speaker.name,
                "speaker_resolved": speaker.resolved,
                "speaker_type": speaker.kind,
                "resolution": speaker.resolution,
            }
        )
    return quotes, speaker_list(attributions, speakers, quotes)


def _owner(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose content the quotation opens in (the mark may lie just outside)."""
    for attribution in attributions:
        if any(s - MARK_SLACK <= start < e for s, e in attribution.content):
            return attribution
    return None


def speaker_list(
    attributions: list[Attribution], speakers: dict[str, Speaker], quotes: list[dict]
) -> list[dict]:
    """Who is quoted (any quotation), with the other ways the sources name them and how many
    scored quotations they have."""
    counts = Counter(q["speaker"] for q in quotes if q["speaker_resolved"] and q["scored"])
    quoting = {q["event"] for q in quotes}
    aliases: dict[str, set[str]] = {}
    for attribution in attributions:
        speaker = speakers[attribution.event]
        if attribution.event not in quoting:
            continue
        if speaker.resolved and speaker.name:
            names = aliases.setdefault(speaker.name, set())
            if speaker.kind == "name" and attribution.source_text != speaker.name:
                names.add(attribution.source_text or "")
    return [
        {"name": name, "aliases": sorted(aliases[name]), "quotes": counts[name]}
        for name in sorted(aliases, key=lambda name: (-counts[name], name))
    ]


# --- the split ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    ann: str
    annotator: str
    xml: str | None
    meta: dict[str, str]


def articles(repo: Repository, split: str, only: set[str] | None = None) -> Iterator[Article]:
    meta_text = repo.read("data/metadata.tsv") or ""
    meta = {row["filename"]: row for row in csv.DictReader(io.StringIO(meta_text), delimiter="\t")}
    annotations = repo.list(f"data/{split}/attributions")
    for file in repo.list(f"data/{split}/text"):
        name = file.removesuffix(".txt")
        if not file.endswith(".txt") or (only is not None and name not in only):
            continue
        # Several annotators marked a few articles: the first by id, as quotes-dev does.
        anns = sorted(a for a in annotations if a.rsplit("_", 1)[0] == name)
        text = repo.read(f"data/{split}/text/{file}")
        if not anns or text is None:
            continue
        ann = repo.read(f"data/{split}/attributions/{anns[0]}") or ""
        xml = repo.read(f"data/{split}/corenlp/{file}.xml")
        yield Article(
            name, text, ann, anns[0].rsplit("_", 1)[1].removesuffix(".ann"), xml, meta.get(name, {})
        )


def gold_of(article: Article) -> dict:
    quotes, speakers = convert(article.text, article.ann, parse_corenlp(article.xml))
    return {
        "article": article.name,
        "file": f"{article.name}.txt",
        "title": article.meta.get("title", ""),
        "publisher": article.meta.get("publisher", ""),
        "date": article.meta.get("publication_date", ""),
        "annotator": article.annotator,
        "corenlp": article.xml is not None,
        "speakers": speakers,
        "quotes": quotes,
    }


def agreement(written: dict[str, dict], reference: Path) -> dict[str, float]:
    """How the converted gold agrees with quotes-dev on the same articles: quotations found at the
    same offsets, then, over those, `scored`, `speaker` and `speaker_resolved` (percent)."""
    counts: Counter[str] = Counter()
    for name, gold in written.items():
        ours = {(q["start"], q["end"]): q for q in gold["quotes"]}
        theirs = json.loads((reference / f"{name}.gold.json").read_text(encoding="utf-8"))["quotes"]
        counts["reference"] += len(theirs)
        counts["extra"] += len(ours.keys() - {(q["start"], q["end"]) for q in theirs})
        for quote in theirs:
            mine = ours.get((quote["start"], quote["end"]))
            if mine is None:
                continue
            counts["matched"] += 1
            for key in ("scored", "speaker", "speaker_resolved"):
                counts[key] += mine[key] == quote[key]
    matched = counts["matched"] or 1
    figures = {"matched": 100 * counts["matched"] / (counts["reference"] or 1)}
    figures |= {key: 100 * counts[key] / matched for key in ("scored", "speaker", "speaker_resolved")}
    figures["extra"] = counts["extra"]
    return figures


def keep(gold: dict, has_corenlp: bool) -> bool:
    """As quotes-dev: at least two scored quotations, and CoreNLP's parse to resolve speakers."""
    return has_corenlp and sum(q["scored"] for q in gold["quotes"]) >= MIN_SCORED_QUOTES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirror", nargs="?", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--check",
        type=Path,
        metavar="GOLD_DIR",
        help="convert only the articles of GOLD_DIR, report agreement",
    )
    args = parser.parse_args(argv)
    repo = Repository(args.mirror)
    if not repo.list(f"data/{args.split}/text"):
        print(f"no PolNeAR data/{args.split} in {args.mirror}", file=sys.stderr)
        return 2
    only = {p.name.removesuffix(".gold.json") for p in args.check.glob("*.gold.json")} if args.check else None
    args.out.mkdir(parents=True, exist_ok=True)
    written: dict[str, dict] = {}
    for article in articles(repo, args.split, only):
        gold = gold_of(article)
        if only is None and not keep(gold, article.xml is not None):
            continue
        (args.out / f"{article.name}.txt").write_text(article.text, encoding="utf-8")
        (args.out / f"{article.name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        written[article.name] = gold
    quotes = sum(len(gold["quotes"]) for gold in written.values())
    scored = sum(q["scored"] for gold in written.values() for q in gold["quotes"])
    print(f"{len(written)} articles, {quotes} quotations ({scored} scored) -> {args.out}")
    if args.check:
        figures = agreement(written, args.check)
        print(
            "agreement with {}: quotations matched {matched:.1f}% (+{extra} extra); of those, scored "
            "{scored:.1f}%, speaker {speaker:.1f}%, speaker_resolved {speaker_resolved:.1f}%".format(
                args.check, **figures
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
