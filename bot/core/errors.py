"""Errors the core raises for bad input, each with a short message a user can act on.

Shells show `str(error)` to the user as is; anything else is a bug and is logged in full.
"""


class ArticleBotError(Exception):
    """Base class: the message is short, user-facing and says what to do next."""


class ArticleError(ArticleBotError):
    """An article file or folder that cannot be used (missing, empty, binary, too large)."""


class ArticleNotFound(ArticleBotError):
    """A requested article is not in the library."""


class QueryError(ArticleBotError):
    """A query, speaker name or question that cannot be answered as typed."""
