"""What a user means by a line of typed text: which command, with which arguments.

Shared by the console and by messages that mention the bot, so both read `summary 3 sentences`,
`/quote Xi` or a plain question the same way; a mistyped command gets a "did you mean".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from bot.core import constants
from bot.core.errors import QueryError, shown
from bot.core.language.text import clean_control
from bot.core.search.query import paragraph_references

# Commands that take text, and commands that take none (words after them are reported).
TEXT_COMMANDS = ("quote", "lookup", "ask")
BARE_COMMANDS = ("summary", "speakers", "about", "help")
COMMANDS = ("summary", "quote", "speakers", "lookup", "ask", "about", "help")
# A message that is only one of these asks for the help card, not an answer.
GREETINGS = frozenset(
    "hi hello hey hiya yo howdy there all everyone bot help me please commands command usage start menu ?"
    " thanks thank you".split()
)

# "5", "5 sentences", "sentences:5", and the CLI's "--sentences 5".
_SENTENCES = re.compile(
    r"^(?:sentences?[:=]\s*|--sentences(?:\s+|=))?(\d+)(?:\s+(?:key\s+)?sentences?)?$", re.IGNORECASE
)
# The CLI's options, typed anywhere after the keyword: "--limit 3", "--page=2", "limit:3", "page: 2".
_OPTION = re.compile(r"(?:^|\s)(?:--(limit|page)(?:\s+|=|$)|(limit|page)[:=]\s*)(\S*)(?=\s|$)", re.IGNORECASE)
_QUOTED = re.compile(r"^[\"“”'‘’](.+)[\"“”'‘’]$")


@dataclass(frozen=True, slots=True)
class Typed:
    """One command as the user meant it; `ignored` holds words that command does not take."""

    name: str
    text: str = ""
    number: int | None = None
    ignored: str = ""
    page: int | None = None  # /lookup's page, typed as the CLI takes it ("--page 2")

    def number_or(self, default: int) -> int:
        """The number typed, else `default`: a 0 typed is kept, for the command to refuse."""
        return default if self.number is None else self.number


def parse(line: str) -> Typed:
    """`line` as a command: `/name args`, a command name typed as a word, a greeting, or a question."""
    # A zero-width space or a bidi mark pasted into "/summary" is no part of the word.
    line = " ".join(clean_control(line).split())
    if not line or is_greeting(line):
        return Typed("help")
    first, _, rest = line.partition(" ")
    if first.startswith("/"):
        name = first[1:].lower()
        if name not in COMMANDS:
            raise QueryError(_unknown(name))
        return _arguments(name, rest)
    name = first.lower().rstrip(":,.!?")
    if name in TEXT_COMMANDS and rest:
        return _arguments(name, rest)
    if name in BARE_COMMANDS and (not rest or (name == "summary" and _SENTENCES.match(rest))):
        return _arguments(name, rest)
    if paragraph_references(line) is not None:  # "¶3" typed alone: a reader opening a cited paragraph
        return Typed("lookup", line)
    return Typed("ask", line)


def is_greeting(line: str) -> bool:
    """ "hi", "hello bot", "help", "thanks": words for the help card, not a question."""
    words = re.sub(r"[^\w\s?]", " ", line.lower()).split()
    return bool(words) and len(words) <= 3 and all(word in GREETINGS for word in words)


def _unknown(name: str) -> str:
    """ "Unknown command /x ...": the name echoed short and printable, so the remedy stays in view."""
    close = difflib.get_close_matches(name, COMMANDS, n=1, cutoff=constants.COMMAND_SIMILARITY)
    if close:
        return f"Unknown command /{shown(name, _ECHOED_CHARS)}: did you mean /{close[0]}?"
    return f"Unknown command /{shown(name, _ECHOED_CHARS)}. Type /help for the list."


_ECHOED_CHARS = 40  # of an unknown command's name: longer is not a command name mistyped


def _arguments(name: str, rest: str) -> Typed:
    if name == "summary":
        return _summary(rest)
    if name == "lookup":
        return _lookup(rest)
    if name in TEXT_COMMANDS:
        return Typed(name, rest)
    return Typed(name, ignored=rest)


def _summary(rest: str) -> Typed:
    if not rest:
        return Typed("summary")
    match = _SENTENCES.match(rest)
    if match is None:
        low, high = constants.SUMMARY_MIN_SENTENCES, constants.SUMMARY_MAX_SENTENCES
        raise QueryError(f"/summary takes a number of sentences ({low}-{high}), e.g. /summary 5.")
    return Typed("summary", number=int(match.group(1)))


def _lookup(rest: str) -> Typed:
    """`limit:N` (or `--limit N`) sets the limit anywhere; a bare trailing number does only after
    a one-word keyword ("balloon 3"): in a phrase it is part of it ("Group of 20", "Biden 2023")."""
    if paragraph_references(rest) is not None:  # "para 9" is paragraph 9, not "para" nine times
        return Typed("lookup", rest)
    options = {(m.group(1) or m.group(2)).lower(): m.group(3) for m in _OPTION.finditer(rest)}
    if options:
        keyword = _unquote(" ".join(_OPTION.sub(" ", rest).split()))
        limit, page = (_option_number(options, name) for name in ("limit", "page"))
        return Typed("lookup", keyword, number=limit, page=page)
    quoted = _QUOTED.match(rest)
    if quoted:
        return Typed("lookup", quoted.group(1).strip())
    head, _, last = rest.rpartition(" ")
    if head and " " not in head and last.isdecimal() and 1 <= int(last) <= constants.LOOKUP_MAX_LIMIT:
        return Typed("lookup", head, number=int(last))
    return Typed("lookup", rest)


def _option_number(options: dict[str, str], name: str) -> int | None:
    """The whole number typed for an option (kept as typed, 0 too, for the command to refuse)."""
    if name not in options:
        return None
    if not options[name].isdecimal():
        raise QueryError(f"/lookup's {name} is a whole number: /lookup balloon --{name} 2.")
    return int(options[name])


def _unquote(text: str) -> str:
    quoted = _QUOTED.match(text)
    return quoted.group(1).strip() if quoted else text
