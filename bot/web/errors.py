"""Why a link could not become an article, each with the short reply the user sees.

All are ArticleBotError, so the CLI exits 2 with the message and Discord answers it ephemerally.
"""

from bot.core.errors import ArticleBotError


class FetchError(ArticleBotError):
    """A link that could not be fetched or read; nothing is stored."""


class UrlRefused(FetchError):
    """A link the bot will not open: not http/https, credentials, or a non-public address."""


class SiteTooSlow(FetchError):
    """The site did not answer within the time-out."""


class PageTooLarge(FetchError):
    """The page is larger than the body cap."""


class NotAnArticlePage(FetchError):
    """The link is not a web page or text (an image, a PDF...)."""


class NoArticleText(FetchError):
    """The page holds no article text that extraction can find."""
