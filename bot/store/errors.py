"""Errors of the article store, each with a message a user or an operator can act on.

They derive from the core's ArticleBotError so every shell shows them the same way.
"""

from bot.core.errors import ArticleBotError


class StoreError(ArticleBotError):
    """The database cannot be used (bad DATABASE_URL, unreachable server)."""


class QuotaExceeded(ArticleBotError):
    """A server already holds as many articles as it may."""
