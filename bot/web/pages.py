"""A link -> the article it holds: fetch safely, then extract (HTML) or decode (text) off the loop.

Every failure is a FetchError or ArticleBotError whose message is the reply; nothing is stored.
"""

from __future__ import annotations

import asyncio

from bot.core.article import decode_article
from bot.core.article.html import NO_ARTICLE_TEXT, ExtractedArticle, NoArticleInHtml, extract_article
from bot.web.errors import NoArticleText
from bot.web.fetch import FetchPolicy, Page, fetch_page


async def read_link(url: str, policy: FetchPolicy | None = None, resolver=None) -> ExtractedArticle:
    """Fetch `url` and return its article; CPU-bound extraction runs in a worker thread."""
    page = await fetch_page(url, policy, resolver)
    return await asyncio.to_thread(article_from_page, page)


def article_from_page(page: Page) -> ExtractedArticle:
    if page.is_html:
        body = _decoded(page) if page.charset else page.body  # trafilatura sniffs the charset itself
        try:
            return extract_article(body, page.url)
        except NoArticleInHtml as error:
            raise NoArticleText(str(error)) from None
    text = _decoded(page)
    if len(text.split()) == 0:
        raise NoArticleText(NO_ARTICLE_TEXT)
    return ExtractedArticle(text=text, url=page.url)


def _decoded(page: Page) -> str:
    if page.charset:
        try:
            return page.body.decode(page.charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: fall back to sniffing
    return decode_article(page.body, page.url)
