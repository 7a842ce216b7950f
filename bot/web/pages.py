"""A link -> the article it holds: fetch safely, then extract (HTML) or decode (text) off the loop.

Every failure is a FetchError or ArticleBotError whose message is the reply; nothing is stored.
"""

from __future__ import annotations

import asyncio
import codecs
import logging

from bot.core.article import decode_article
from bot.core.article.files import is_json, looks_like_html
from bot.core.article.html import NO_ARTICLE_TEXT, ExtractedArticle, NoArticleInHtml, extract_article
from bot.web.errors import NoArticleText, NotAnArticlePage
from bot.web.fetch import FetchPolicy, Page, fetch_page

log = logging.getLogger(__name__)


async def read_link(url: str, policy: FetchPolicy | None = None, resolver=None) -> ExtractedArticle:
    """Fetch `url` and return its article; CPU-bound extraction runs in a worker thread."""
    page = await fetch_page(url, policy, resolver)
    return await asyncio.to_thread(article_from_page, page)


def article_from_page(page: Page) -> ExtractedArticle:
    if page.is_html:
        body = _decoded(page) if page.charset else page.body  # trafilatura sniffs the charset itself
        return _extracted(body, page.url)
    text = _decoded(page)
    if looks_like_html(text):  # a web page served as text: its markup is no prose
        return _extracted(text, page.url)
    if is_json(text):
        raise NotAnArticlePage(
            "That link is JSON data, not an article's text; link the article's page, or upload the file."
        )
    if len(text.split()) == 0:
        raise NoArticleText(NO_ARTICLE_TEXT)
    return ExtractedArticle(text=text, url=page.url)


def _extracted(html: str | bytes, url: str) -> ExtractedArticle:
    try:
        return extract_article(html, url)
    except NoArticleInHtml as error:
        raise NoArticleText(str(error)) from None


# Charsets servers name by default, whatever the page is written in. A body valid as UTF-8 beyond
# ASCII under one of them is UTF-8: Latin-1 text almost never is ("cafÃ©" is UTF-8 read as Latin-1).
# Otherwise they mean Windows-1252, as browsers read them.
_DEFAULT_CHARSETS = frozenset({"ascii", "cp1252", "iso8859-1"})


def _decoded(page: Page) -> str:
    """The page's text in the charset it names, unless its bytes say otherwise; a charset that is
    unknown or does not fit the bytes gives way to sniffing them (UTF-8, then Windows-1252)."""
    codec = _codec(page.charset)
    if codec in _DEFAULT_CHARSETS:
        try:
            return page.body.decode("utf-8")
        except UnicodeDecodeError:
            return page.body.decode("cp1252", errors="replace")
    if codec is not None:
        try:
            return page.body.decode(codec)
        except UnicodeDecodeError:
            log.info("%s: its bytes are not %s as it says; sniffing them", page.url, page.charset)
    return decode_article(page.body, "That page")


def _codec(charset: str | None) -> str | None:
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        log.info("unknown charset %r: sniffing the page's bytes", charset)
        return None
