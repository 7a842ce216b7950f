"""Uploaded files and extracted web pages -> a checked NewArticle, or the reason it cannot be one.

Pure and CPU-bound (HTML extraction, parsing to check there is text): callers run it off the loop.
"""

from __future__ import annotations

from pathlib import Path

from bot.catalog.limits import PAGE_SUFFIXES, UPLOAD_SUFFIXES
from bot.core import constants
from bot.core.article import Article, Credits, decode_article, parse_article
from bot.core.article.files import looks_like_html, refuse_non_article, too_large
from bot.core.article.html import ExtractedArticle, NoArticleInHtml, UnreadablePage, extract_article
from bot.core.errors import ArticleError
from bot.store import NewArticle
from bot.web.limits import MAX_PAGE_BYTES

Checked = tuple[NewArticle, Article]


def article_from_upload(name: str, data: bytes, added_by: str | None = None) -> Checked:
    """A .txt, .md or .html file's article, checked like every article (3 MB guard, some text)."""
    name = Path(name).name or "upload"
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ArticleError(f"{name}: only .txt, .md or .html files can be added.")
    limit = upload_limit(name)
    if len(data) > limit:
        raise too_large(name, len(data), limit)
    if suffix in PAGE_SUFFIXES:
        return _from_page_file(name, data, added_by)
    text = decode_article(data, name)
    if looks_like_html(text):
        # A page saved as "story.txt": its article is read out of it, as from a .html file (it was
        # stored as prose, its markup for text and "<html><head>..." for title).
        return _from_page_file(name, data, added_by)
    refuse_non_article(text, Path(name))  # JSON under a .txt name
    return checked_article(text, None, name, {}, added_by)


def _from_page_file(name: str, data: bytes, added_by: str | None) -> Checked:
    try:
        extracted = extract_article(data)
    except NoArticleInHtml:
        raise ArticleError(
            f"{name} has no article text I can read: save the article's text as a .txt file and add that."
        ) from None
    except UnreadablePage as error:
        raise ArticleError(error.reply(name)) from None
    return article_from_page(extracted, source=name, added_by=added_by)


def upload_limit(name: str) -> int:
    """The most bytes a file of this name may hold: a web page's limit for .html, else an article's."""
    return MAX_PAGE_BYTES if Path(name).suffix.lower() in PAGE_SUFFIXES else constants.MAX_ARTICLE_BYTES


def article_from_page(extracted: ExtractedArticle, source: str, added_by: str | None = None) -> Checked:
    """An extracted web page's article; the page's canonical URL, when it has one, is its source."""
    url = extracted.url if (extracted.url or "").startswith(("http://", "https://")) else None
    return checked_article(extracted.text, extracted.title, url or source, extracted.metadata(), added_by)


def checked_article(
    text: str, title: str | None, source: str, metadata: dict, added_by: str | None
) -> Checked:
    """Refuse what the article model refuses (over 3 MB, no text); the title defaults to the model's.

    Returns the article to store and the parsed article, which the catalog keeps for first use."""
    size = len(text.encode("utf-8"))
    if size > constants.MAX_ARTICLE_BYTES:
        raise too_large(source, size, constants.MAX_ARTICLE_BYTES)
    article = parse_article(text, source=source)
    article.credits = Credits.of(metadata).over(article.credits)  # the page's author, date and site
    new = NewArticle(
        title=(title or article.title)[:300],
        source=source,
        text=text,
        metadata=metadata,
        added_by=added_by,
    )
    return new, article
