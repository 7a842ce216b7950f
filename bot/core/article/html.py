"""HTML -> the article in it (main text, title, author, date, canonical URL) with trafilatura.

Pure: bytes or text in, an ExtractedArticle out; navigation, ads, comments and related links
are left behind. Paragraphs come out separated by blank lines, as the article model reads them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bot.core.article.pageshape import (
    TooManyElements,
    UnreadablePage,
    check_tree,
    count_elements,
    readable_markup,
)
from bot.core.errors import ArticleError

log = logging.getLogger(__name__)

__all__ = ["TooManyElements", "UnreadablePage", "count_elements", "extract_article"]

# Fewer words than this is a teaser, a paywall stub or a page with no article at all.
MIN_ARTICLE_WORDS = 25
# Dates from the page's markup only (meta tags, <time>, JSON-LD, the URL), the publication date
# first: a search of the free text finds any date the story mentions, and costs more than the rest.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLANK_RUNS = re.compile(r"\n\s*\n+")


# What a page with no article text in it is answered.
NO_ARTICLE_TEXT = (
    "That page has no article text I can read: link the article's own page, or save its text as a "
    ".txt file and add that."
)


class NoArticleInHtml(ArticleError):
    """The HTML holds no article text that extraction can find."""


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None

    def metadata(self) -> dict[str, str]:
        """The metadata worth keeping, without empty fields."""
        fields = {"author": self.author, "date": self.date, "url": self.url, "sitename": self.sitename}
        return {key: value for key, value in fields.items() if value}


def extract_article(html: str | bytes, url: str | None = None) -> ExtractedArticle:
    """The article in `html`; raise NoArticleInHtml if there is no readable article text, and
    UnreadablePage, before extracting, for a page of a shape no news page has (pageshape)."""
    markup = readable_markup(html)
    import trafilatura  # imported on first use: only adding a web page needs it

    _quiet_extractor_log()
    tree = trafilatura.load_html(markup)
    if tree is None:  # not HTML at all
        raise NoArticleInHtml(NO_ARTICLE_TEXT)
    check_tree(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        date_extraction_params=dict(DATE_PARAMS),
    )
    text = _paragraphs(getattr(document, "text", None) or "")
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise NoArticleInHtml(NO_ARTICLE_TEXT)
    return ExtractedArticle(
        text=text,
        title=_clean(document.title),
        author=_clean(document.author),
        date=_clean(document.date),
        url=_clean(document.url) or url,
        sitename=_clean(document.sitename),
    )


def _quiet_extractor_log() -> None:
    """trafilatura logs a page it cannot parse (empty, binary, nested past its limits) as ERROR lines:
    for the bot that is a user's bad link, answered by NO_ARTICLE_TEXT, and its lines showed on the
    CLI's terminal around that one-line reply. They show with LOG_LEVEL=DEBUG only."""
    quiet = not log.isEnabledFor(logging.DEBUG)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL if quiet else logging.NOTSET)


def _paragraphs(text: str) -> str:
    # trafilatura puts one block (paragraph, list item, heading) on a line.
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    return "\n\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
