"""Sentences that say who someone is: for "Who is X?" the one introducing X with a title, an
apposition or a role; for "Who is the prosecutor?" the one naming someone by that role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from bot.core import constants
from bot.core.ask.asked_names import AskedName, at_boundary, heads_before, matches, starts
from bot.core.ask.candidates import Candidate
from bot.core.ask.forms import news_synonyms
from bot.core.language.lexicon import DEMONYMS, NAME_PARTICLES, is_role_head, is_title
from bot.core.language.text import STOPWORDS, fold, words
from bot.core.language.tokens import is_joined_particle_name

# Two or more capitalised words (with an optional third) ending right where a name starts.
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w.’'-]*\s+){2,}(?:[A-Z][\w’'-]*\s+)?$")

_WHO_ROLE = re.compile(
    r"^\s*who(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the|a|an|(?P<owner>[A-Z][\w.&-]*)(?:'s|’s))\s+(.+?)\s*\??\s*$",
    re.IGNORECASE,
)

# "Who is Reid??!!", "Who is Reid!": the marks typed after the name, however many, are none of it.
_WHO_IS = re.compile(r"^\s*who(?:'s|’s| is| was| are| were)\s+(.+?)[\s?!]*$", re.IGNORECASE)


def asked_name(question: str) -> str | None:
    """The name in "Who is Daniel Kritenbrink?"; None for "Who is the mayor?" or "Who was Robert's son?"."""
    match = _WHO_IS.match(question)
    return as_name(match.group(1)) if match else None


def as_name(text: str) -> str | None:
    """`text` as a name: capitalised as typed, or title-cased when typed in lower case."""
    name = text.strip()
    parts = name.split()
    most = constants.ASK_NAME_WORDS * (2 if "and" in parts else 1) + ("and" in parts)
    if not parts or len(parts) > most or any(p[-2:] in ("'s", "’s") for p in parts):
        return None
    # "Sarah and Timothy Rogers": two people asked about at once.
    if all(_capitalised(p) or _joins_name(p, n, len(parts)) for n, p in enumerate(parts)):
        return name
    # Typed in lower case ("who is xi"): a name if it is no phrase of ordinary words ("the mayor").
    # With a capital elsewhere ("Who is advising Glazer?") the lower-case words are no name's.
    if any(p[:1].isupper() for p in parts):
        return None
    if any(p.casefold() in STOPWORDS or not p.replace("-", "").isalpha() for p in parts):
        return None
    return " ".join(p[:1].upper() + p[1:] for p in parts)


def _capitalised(part: str) -> bool:
    """A capitalised name word, also one joined to a lower-case particle ("al-Nouri")."""
    return part[:1].isupper() or is_joined_particle_name(part)


def _joins_name(word: str, at: int, count: int) -> bool:
    """ "and" between two names, or a particle before a capitalised part ("de Gaulle", "von der Leyen")."""
    if word == "and":
        return 0 < at < count - 1
    return word in NAME_PARTICLES and at < count - 1


def introduction(
    question: str,
    ranked: list[Candidate],
    described: bool = False,
    floor: float = constants.ASK_HIGH_CONFIDENCE,
    full_name: str | None = None,
) -> Candidate | None:
    """For "Who is Antony Blinken?", the sentence that introduces him with a title or an apposition.

    News copy says who people are where it names them: "US Secretary of State Antony Blinken",
    "Daniel Kritenbrink, the top US diplomat for East Asia" or "security adviser, Jack Sullen".
    With `described`, only a sentence with an apposition (a title alone is known already). Only
    candidates ranked with at least `floor` confidence count. `full_name` is the person's whole name
    when the question gives part of it ("Who is Reid?" of Morag Reid).
    """
    name = asked_name(question)
    if name is None:
        return None
    asked = AskedName(name)
    given = _given_names(name, full_name)
    # A title, an apposition or a role before a comma is read first; a role word or an owner before the
    # name only when no candidate has one.
    return _introduced_by_description(ranked, described, floor, asked, given) or _introduced_by_role(
        ranked, described, floor, asked
    )


def described_after_name(question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "Who is Yoshiaki Tsutsumi?", the leading candidate saying after the name who he is ("Yoshiaki
    Tsutsumi was once ranked as the world's richest man", "Tsutsumi, a former hotel owner,"), however low
    the model ranks it: his quotations name him too and hold more of what it weighs."""
    name = asked_name(question)
    if name is None:
        return None
    asked = AskedName(name)
    leading = ranked[: constants.ASK_LEADS * 2]
    return next((c for c in leading if _apposed(c.text, asked) or _identified_as(c.text, asked)), None)


# "The attacker, identified as Sudesh Amman, 20,", "a man named as Tom Reyes": who someone is, said first.
_IDENTIFIED_AS = re.compile(
    r"\b(?i:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+(?:identified|named)\s+as\s+$"
)
# Characters read before the name: the article, two describing words, the noun and "identified as".
_IDENTIFIED_REACH = 80


def _identified_as(text: str, asked: AskedName) -> bool:
    """The name right after "the <noun>, identified as" or "named as": "The attacker, identified as X"."""
    return any(
        at_boundary(text, start) and _IDENTIFIED_AS.search(text, max(0, start - _IDENTIFIED_REACH), start)
        for start in asked.starts(text)
    )


def _introduced_by_description(
    ranked: list[Candidate], described: bool, floor: float, asked: AskedName, given: re.Pattern[str] | None
) -> Candidate | None:
    """The first leading candidate naming the person with a title, an apposition or a role and a comma."""
    for candidate in ranked[: constants.ASK_LEADS * 2]:
        if candidate.confidence < floor:
            continue
        text = candidate.text
        if (not described and _titled(text, (at for at, _ in _named(text, asked, given)))) or _apposed(
            text, asked
        ):
            return candidate
        if _role_before_comma(text, asked):
            return candidate
    return None


def _introduced_by_role(
    ranked: list[Candidate], described: bool, floor: float, asked: AskedName
) -> Candidate | None:
    """The first leading candidate with a role word or an owner right before the person's name."""
    for candidate in ranked[: constants.ASK_LEADS * 2]:
        if candidate.confidence < floor:
            continue
        if _role_word_before(candidate.text, asked):
            return candidate
        if not described and _owned(candidate.text, asked):
            return candidate
    return None


# The phrases written around a name, each compiled once: asked_names.matches finds what the pattern of
# the phrase with the name written in would.

# "Glen Hadley has been unveiled as the new Wolves manager": made something, as introductions say.
_MADE = r"(?:appointed|named|unveiled|confirmed|elected|chosen|installed|hired|signed)"
# "X was once ranked as the world's richest man", "X is now known as a ...": a time word and a verb of
# standing between the copula and the description.
_ONCE = r"(?:(?:once|now|also|still|formerly|long|widely|often|perhaps|arguably)\s+){0,2}"
_KNOWN_AS = (
    r"(?:(?:ranked|known|regarded|seen|described|considered|hailed|billed|dubbed|recogni[sz]ed)\s+as\s+)?"
)
# After the name: "Elias Cumbers of Maryland, the panel's ranking Democrat" (a place may stand between);
# "Alison Cowper, of Hotels.com", "Mehmet Ozel — Ivy League-trained surgeon", "X, is a ..." too;
# "Damian Hockley, now Veritas deputy leader," a role held since.
_APPOSITION = re.compile(
    r"(?:(?:’s|'s|\s+of\s+[A-Z][\w.’'-]*)?,\s+(?:the|a|an|who|whose|now|formerly)\b"
    r"|,\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]|\s+[—–]\s+\S"
    r"|,?\s+(?:is|was)\s+" + _ONCE + _KNOWN_AS + r"(?:the|a|an)\b"
    r"|\s+(?:has\s+been|have\s+been|was|is|will\s+be)\s+(?:\w+\s+)?" + _MADE + r"\s+as\b)"
)
# Before the name: "security adviser, Jack Sullen" (a role before the comma; "During a CNN town hall, X"
# is none); "the BBC's correspondent in Jakarta, Rachel Harker": a place or body after the role. At
# most six words: the role, a preposition, "the", two of the place and a given name.
_ROLE_COMMA = re.compile(
    r"\b([a-z]{4,})(?:\s+(?:in|at|for|of|from)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?,\s+"
)
_ROLE_COMMA_WORDS = 6
_GIVEN_NAME = re.compile(r"[A-Z][\w’'-]*\s+")
_WORD_ENDS = re.compile(r"(?!\w)")
# "according to valuation experts Brand Finance": a role word right before the name, lower case, or
# before a title abbreviated as US copy writes it ("vice presidential nominee Sen. Tim Kerrigan"):
# "Sen.", "Rep.", "Gov.", "Lt. Gen.", at most two.
_ROLE_WORD = re.compile(r"\b([a-z][\w-]+)\s+")
_ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{1,3}\.\s+")
_ABBREVIATED_TITLES = 2
# "Arsenal's Sol Carter", "PBS' Jacoba Adler": the side or body they are of.
_OWNER = re.compile(r"\b[A-Z][\w-]+(?:’s|'s|')\s+")


def _given_names(name: str, full_name: str | None) -> re.Pattern[str] | None:
    """The given names the article may write before the name asked by its last part: in "Councillor
    Morag Reid" only "Councillor" is a title of Reid, not "Councillor Morag"."""
    if not full_name or not full_name.endswith(f" {name}"):
        return None
    return re.compile(r"\s+".join(re.escape(part) for part in full_name[: -len(name)].split()) + r"\s+")


def _named(text: str, asked: AskedName, given: re.Pattern[str] | None) -> Iterator[tuple[int, int]]:
    r"""Where the name is written as a word of its own, with the given names before it or not: the
    matches of r"\b(?:GIVEN\s+)?NAME\b", as (start, end)."""
    places = sorted({*asked.starts(text), *(starts(given, text) if given else ())})

    def next_start(pos: int) -> int | None:
        at = bisect.bisect_left(places, pos)
        return places[at] if at < len(places) else None

    def match_at(start: int) -> int | None:
        if not at_boundary(text, start):
            return None
        written = given.match(text, start) if given else None
        for at in ([written.end()] if written else []) + [start]:
            end = next((end for end in asked.ends(text, at) if at_boundary(text, end)), None)
            if end is not None:
                return end
        return None

    return matches(next_start, match_at)


def _apposed(text: str, asked: AskedName) -> bool:
    r"""The name followed by an apposition: r"\bNAME" then _APPOSITION."""
    return any(
        at_boundary(text, start) and any(_APPOSITION.match(text, end) for end in asked.ends(text, start))
        for start in asked.starts(text)
    )


def _role_before_comma(text: str, asked: AskedName) -> bool:
    """A role word and a comma before the name, a given name between or not."""
    return any(_is_role_word(head.group(1)) for head, _ in _after_comma(text, asked))


def _after_comma(text: str, asked: AskedName) -> Iterator[tuple[re.Match[str], int]]:
    r"""The matches of _ROLE_COMMA then r"(?:[A-Z][\w’'-]*\s+)?NAME(?!\w)", as (_ROLE_COMMA's, end)."""

    def match_at(head: re.Match[str]) -> int | None:
        given = _GIVEN_NAME.match(text, head.end())
        for at in ([given.end()] if given else []) + [head.end()]:
            end = next((end for end in asked.ends(text, at) if _WORD_ENDS.match(text, end)), None)
            if end is not None:
                return end
        return None

    return matches(heads_before(_ROLE_COMMA, text, asked, _ROLE_COMMA_WORDS), match_at)


def _role_word_before(text: str, asked: AskedName) -> bool:
    """A role word right before the name or its abbreviated titles."""
    return any(_is_role_word(head.group(1)) for head, _ in _after_word(text, asked))


def _after_word(text: str, asked: AskedName) -> Iterator[tuple[re.Match[str], int]]:
    r"""The matches of _ROLE_WORD then r"(?:[A-Z][a-z]{1,3}\.\s+){0,2}NAME\b", as (_ROLE_WORD's, end)."""

    def match_at(head: re.Match[str]) -> int | None:
        ats = [head.end()]
        while len(ats) <= _ABBREVIATED_TITLES and (title := _ABBREVIATED_TITLE.match(text, ats[-1])):
            ats.append(title.end())
        for at in reversed(ats):  # as many titles as are written first
            end = next((end for end in asked.ends(text, at) if at_boundary(text, end)), None)
            if end is not None:
                return end
        return None

    return matches(heads_before(_ROLE_WORD, text, asked, 1 + _ABBREVIATED_TITLES), match_at)


def _owned(text: str, asked: AskedName) -> bool:
    """An owner's possessive right before the name."""
    return next(_after_owner(text, asked), None) is not None


def _after_owner(text: str, asked: AskedName) -> Iterator[tuple[re.Match[str], int]]:
    r"""The matches of _OWNER then r"NAME\b", as (_OWNER's, end)."""

    def match_at(head: re.Match[str]) -> int | None:
        return next((end for end in asked.ends(text, head.end()) if at_boundary(text, end)), None)

    return matches(heads_before(_OWNER, text, asked, 1), match_at)


def _is_role_word(word: str) -> bool:
    """A role's head, singular or plural: "expert(s)", "mother", "spokeswoman"."""
    return is_role_head(word) or (word.endswith("s") and is_role_head(word[:-1]))


def role_holder(question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "Who is the Bergen County prosecutor?", the best candidate that names someone right by
    the role ("Prosecutor John Morelli", "the prosecutor, John Morelli"), when the best one
    does not: a sentence using the role without a name says that there is one, not who."""
    match = _WHO_ROLE.match(question)
    roles = [w.casefold() for w in words(match.group(2)) if is_role_head(w.casefold())] if match else []
    if not roles:
        return None
    # "Who is the City manager?" over "Manchester City boss Kevin Keeling": news copy's word for the role.
    roles += sorted({other for r in roles for other in news_synonyms(r) if is_role_head(other)} - set(roles))
    role = "|".join(re.escape(r) for r in roles)
    # "Who is United's manager?": the role written after its owner ("United boss Sir Alex Ferguson"),
    # not another side's ("Exeter boss ...").
    owner = (
        rf"(?i:\b{re.escape(match.group('owner'))}\b(?:'s|’s)?)(?:\s+[A-Z][\w’'-]*){{0,2}}\s+"
        if match["owner"]
        else ""
    )
    of_owner = _of_owner(match.group(2))
    named = re.compile(rf"{owner}(?i:\b(?:{role})s?\b){of_owner},?\s+(?:[A-Z]\.?\s+)?[A-Z][\w’'-]+")
    asked = {w.casefold() for w in words(question)}

    def holds(candidate: Candidate) -> bool:
        return any(
            _last_word(m.group(0)) not in asked and not _past_holder(candidate.text, m.start(), asked)
            for m in named.finditer(candidate.text)
        )

    if holds(ranked[0]):
        return None
    return next((c for c in ranked[: constants.ASK_LEADS * 2] if holds(c)), None)


def _of_owner(asked: str) -> str:
    """For "the president of Norland", the owner the article may write between the role and the name
    ("President of Norland Ana Lobo"); else nothing."""
    _, of, owner = asked.partition(" of ")
    owner = re.sub(r"^the\s+", "", owner.strip(), flags=re.IGNORECASE)
    if not of or not owner:
        return ""
    return rf"(?:\s+of\s+(?:the\s+)?(?i:{re.escape(owner)}))?"


# "former French Open champion Alberto Cortes" held the role once: not whom "Who is the champion?" asks.
_PAST_HOLDER = frozenset("former ex late onetime one-time erstwhile".split())
_PHRASE_START = re.compile(r"[,;:.!?()]")


def _past_holder(text: str, role_at: int, asked: set[str]) -> bool:
    """Whether the noun phrase ending in the role at `role_at` says its holder no longer holds it
    ("former", "ex-"), when the question does not ask about a former holder."""
    if asked & _PAST_HOLDER:
        return False
    phrase = _PHRASE_START.split(text[max(0, role_at - constants.ASK_ROLE_PHRASE_CHARS) : role_at])[-1]
    said = re.findall(r"[a-z]+(?:-[a-z]+)*", phrase.casefold())
    return any(w in _PAST_HOLDER or w.startswith("ex-") for w in said)


def _last_word(text: str) -> str:
    return words(text)[-1].casefold()


def _titled(text: str, named: Iterator[int]) -> bool:
    """The name right after a title of two or more capitalised words ("US Secretary of State X").

    The title is looked for only in a short stretch before each of the first few mentions: one
    pattern over the whole text would retry every start of a long run of capitalised words.
    """
    for count, at in enumerate(named):
        if count == constants.ASK_TITLE_MENTIONS:
            break
        start = max(0, at - constants.ASK_TITLE_REACH)
        if _TITLE_BEFORE.search(text, start, at):
            return True
    return False


# "Who is MCI's chairman?", "Who is the Exeter manager?", "who is the president of mali": a role asked with
# its owner (a possessive, a capitalised word before the role, or "of" after it).
_OWNED_ROLE = (
    re.compile(
        r"^\s*(?i:who(?:'s|’s|\s+(?:is|was|are|were)))\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:'s|’s|')\s+"
        r"(?P<role>[^?]+?)\s*\??\s*$"
    ),
    re.compile(
        r"^\s*(?i:who(?:'s|’s|\s+(?:is|was|are|were))\s+the)\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+"
        r"(?P<role>[a-z][^?]*?)\s*\??\s*$"
    ),
    re.compile(
        r"^\s*who(?:'s|’s|\s+(?:is|was|are|were))\s+the\s+(?P<role>[\w\s-]+?)\s+of\s+(?:the\s+)?(?P<owner>[^?]+?)\s*\??\s*$",
        re.IGNORECASE,
    ),
)
# How much of an owner's word a form of it keeps: "Russia" and "Russian", "Britain" and "British".
_OWNER_STEM = 4
_DEMONYM_STEM = 2
# How many words back a possessive may own a role's run: "his long-time New York doctor".
_OWNER_REACH = 3
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


def others_role(question: str, texts: list[str]) -> bool:
    """True when "Who is MCI's chairman?" gets sentences naming the role only as another owner's ("Qwest
    chairman Richard Notebaert", "French President Francois Hollande" for the president of Mali): who
    holds it there holds someone else's. A role with no owner before it ("the chairman") may be the one."""
    asked = next((m for m in (p.match(question) for p in _OWNED_ROLE) if m), None)
    if asked is None:
        return False
    roles = {w.casefold() for w in words(asked.group("role")) if is_role_head(w.casefold())}
    roles |= {other for r in roles for other in news_synonyms(r) if is_role_head(other)}
    owners = [w.casefold() for w in words(asked.group("owner")) if w.casefold() not in STOPWORDS]
    role_words = {w.casefold() for w in words(asked.group("role"))}
    if not roles or not owners:
        return False
    found = False
    for text in texts:
        tokens = text.split()
        for at, token in enumerate(tokens):
            if _POSSESSIVE_END.sub("", token.strip(',.;:()"“”')).casefold().rstrip("s") not in {
                r.rstrip("s") for r in roles
            }:
                continue
            run = [w for w in _capitalised_run(tokens[:at]) if w.casefold() not in role_words]
            if not run or any(_owns(w, owners) for w in run) or _owned_before(tokens, at, run):
                return False  # no owner said, or the one asked, or one only a pronoun says ("his ...")
            found = True
    return found


_OWNING_WORD = re.compile(r"^(?:his|her|their|its|our|my|your|[a-z][\w-]*(?:'s|’s|'|’))$")


def _owned_before(tokens: list[str], at: int, run: list[str]) -> bool:
    """True when a possessive word stands before the capitalised run, past a describing word or two:
    "his long-time New York doctor"."""
    start = at - len(run)
    for token in reversed(tokens[max(0, start - _OWNER_REACH) : start]):
        if _OWNING_WORD.match(token):
            return True
        if not token[:1].islower() or token.endswith((",", ".", ";", ":")):
            return False
    return False


def _capitalised_run(before: list[str]) -> list[str]:
    """The owner words of the capitalised run right before a role ("Qwest" of "Qwest chairman", "French"
    of "French President"), title words left out ("Foreign Affairs Minister" has none)."""
    run = []
    for token in reversed(before):
        word = _POSSESSIVE_END.sub("", token.strip('"“”('))
        if token.endswith((",", ".", ";", ":")) or not word[:1].isupper():
            break
        run.append(word)
    return [w for w in run if w.casefold() not in STOPWORDS and not is_title(w.casefold())]


def _owns(word: str, owners: list[str]) -> bool:
    """Whether `word` is an owner asked, in any form: "Russian" of "Russia", "French" of "France" (a
    people's adjective keeps less of its place's name), "Ögedei" of "Ogedei"."""
    folded = fold(word)
    kept = _DEMONYM_STEM if folded in DEMONYMS else _OWNER_STEM
    return any(folded[:kept] == fold(owner)[:kept] for owner in owners if len(owner) >= 3)
