"""Errors the core raises for bad input, each with a short message a user can act on.

Shells show `str(error)` to the user as is; anything else is a bug and is logged in full.
"""

import os

# Paths and names are cut to this in messages: one line, whatever was typed or found on disk.
SHOWN_CHARS = 120

# What a refusal of an article too large says to do.
SPLIT_REMEDY = "Split it into smaller articles."


def printable(text: str | os.PathLike) -> str:
    """`text` safe to print on one line: newlines, terminal escapes and other invisible characters
    written as escapes (\\n, \\x1b)."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in os.fspath(text))


def shown(text: str | os.PathLike, limit: int = SHOWN_CHARS) -> str:
    """`text` safe to print on one line (see printable), the middle of a long text cut out."""
    safe = printable(text)
    if len(safe) <= limit:
        return safe
    half = (limit - 1) // 2
    return safe[:half] + "…" + safe[-half:]


def os_reason(error: OSError) -> str:
    """The system's reason for an OSError, without the path it repeats."""
    return error.strerror or type(error).__name__


class ArticleBotError(Exception):
    """Base class: the message is short, user-facing and says what to do next."""


class ArticleError(ArticleBotError):
    """An article file or folder that cannot be used (missing, empty, binary, too large)."""


class ArticleNotFound(ArticleBotError):
    """A requested article is not in the library."""


# Article ids a refusal lists at most, then says how many more there are.
LISTED_IDS = 10


def listed_ids(ids: list[str]) -> str:
    """The first LISTED_IDS ids and how many more: a cut list read as the whole one."""
    head = ", ".join(ids[:LISTED_IDS])
    return head if len(ids) <= LISTED_IDS else f"{head} and {len(ids) - LISTED_IDS} more"


class ArticleNotChosen(ArticleNotFound):
    """Several articles are loaded and none was named: each shell says how to name one."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        super().__init__(f"{len(ids)} articles are loaded; choose one: {listed_ids(ids)}")

    def saying_how(self, how: str) -> str:
        """The refusal with how a shell names an article: `how` such as "with --article ID"."""
        return f"{len(self.ids)} articles are loaded; choose one {how}: {listed_ids(self.ids)}."


class QueryError(ArticleBotError):
    """A query, speaker name or question that cannot be answered as typed."""


# What either shell says when a command's engine work runs past its budget (the CLI's CPU time, the
# Discord bot's engine time): one wording for both.
OVER_BUDGET = (
    "That article is too large or unusual for this command. Try another command, or a shorter article."
)


class OverBudget(ArticleBotError):
    """A command whose engine work ran past its budget (constants.COMMAND_BUDGET_SECONDS)."""
