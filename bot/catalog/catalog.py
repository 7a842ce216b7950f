"""The catalog: a server's articles are the bundled library plus what the server stored.

Every call names the server, and the store answers only for that server, so nothing of one
server is visible to another. Each call reads the store afresh (one small query), so an
article added by another process is seen on next use; parsed articles are cached with a bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz, process

from bot.catalog import intake
from bot.catalog.cache import ArticleCache
from bot.catalog.limits import (
    AMBIGUOUS_LISTED,
    AMBIGUOUS_TITLE_CHARS,
    DEFAULT_SERVER_QUOTA,
    STORED_ARTICLE_CACHE,
    SUGGESTION_SHARE,
    TITLE_MATCH_SCORE,
)
from bot.core import constants
from bot.core.article import Article, Credits, Library, parse_article
from bot.core.errors import ArticleBotError, ArticleNotFound, listed_ids, shown
from bot.core.language.text import fold
from bot.store import ArticleListing, Store, StoredArticle
from bot.web.fetch import FetchPolicy
from bot.web.pages import read_link

log = logging.getLogger(__name__)

T = TypeVar("T")
Runner = Callable[[Callable[[], T]], Awaitable[T]]


class NoStore(ArticleBotError):
    """Adding and removing need the database, and this catalog has none."""


class AmbiguousArticle(ArticleNotFound):
    """Words that several of the server's titles match equally: none is picked (nor removed)."""


class DuplicateArticle(ArticleBotError):
    """The server already holds the page being added."""


def stored_label(article_id: int | str) -> str:
    """A server's own article's id as users type it and every listing, footer and message shows
    it: "#3" (a bundled article's id is its file's name, shown as it is)."""
    return f"#{article_id}"


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One article a server can use: bundled (`server` None) or stored by that server."""

    ref: str
    title: str
    source: str
    server: int | None

    @property
    def stored(self) -> bool:
        return self.server is not None

    @property
    def label(self) -> str:
        """The entry's id as users type it: "#3" for a server's own article, a file's name else."""
        return stored_label(self.ref) if self.stored else self.ref

    def to_dict(self) -> dict:
        return {
            "id": int(self.ref) if self.stored else self.ref,
            "title": self.title,
            "source": self.source,
            "server": self.server,
        }


class Catalog:
    """Bundled articles for everyone, stored ones per server; `run` does CPU work off the loop."""

    def __init__(
        self,
        library: Library,
        store: Store | None,
        *,
        quota: int = DEFAULT_SERVER_QUOTA,
        fetch_policy: FetchPolicy | None = None,
        cache_size: int = STORED_ARTICLE_CACHE,
        run: Runner | None = None,
    ) -> None:
        self.library = library
        self.store = store
        self.quota = quota
        self.fetch_policy = fetch_policy or FetchPolicy()
        self._cache = ArticleCache(cache_size)
        self._run = run or _in_thread

    async def close(self) -> None:
        if self.store is not None:
            await self.store.close()

    # --- reading ---------------------------------------------------------------------

    async def entries(self, server_id: int | None) -> list[CatalogEntry]:
        """The bundled articles, then the server's own, oldest first."""
        return self._bundled_entries() + [_stored_entry(row) for row in await self._listings(server_id)]

    async def resolve(self, server_id: int | None, ref: str | None = None) -> Article:
        """The article `ref` names for this server; with no ref, the server's chosen default."""
        return await self._run(await self.locate(server_id, ref))

    async def locate(self, server_id: int | None, ref: str | None = None) -> Callable[[], Article]:
        """Find the article (database work, on the loop) and return how to load it (CPU work).

        The Discord shell runs the returned function in its engine pool with the command itself.
        """
        if ref is None or not ref.strip():
            ref = await self._default_ref(server_id)
            if ref is None:
                newest = await self._newest_listing(server_id)
                if newest is None:
                    return lambda: self.library.get(None)
                return await self._stored_loader(newest)
        ref = ref.strip()
        if ref in self.library.ids:
            return lambda: self.library.get(ref)
        listings = await self._listings(server_id)
        listing = _find_stored(ref, listings)
        if listing is None:
            bundled_id = self._bundled_match(ref)
            if bundled_id is not None:
                return lambda: self.library.get(bundled_id)
            raise ArticleNotFound(self._not_found(ref, listings))
        return await self._stored_loader(listing)

    async def stored_loaders(self, server_id: int | None) -> list[Callable[[], Article]]:
        """How to load each of the server's own articles, oldest first, when it has no default: a
        mention then asks among them too, not among the bundled articles alone."""
        if await self._default_ref(server_id) is not None:
            return []
        loaders = []
        for listing in await self._listings(server_id):
            with contextlib.suppress(ArticleNotFound):  # removed since the listing
                loaders.append(await self._stored_loader(listing))
        return loaders

    async def choices(
        self, server_id: int | None, partial: str, limit: int, *, stored_only: bool = False
    ) -> list[CatalogEntry]:
        """Articles for autocomplete (with `stored_only`, the server's own), best match first, those far
        behind the best left out; parses nothing."""
        entries = await self.entries(server_id)
        if stored_only:
            entries = [entry for entry in entries if entry.stored]
        if not partial.strip():
            return entries[:limit]
        keyed = {n: f"{entry.ref} {entry.title}" for n, entry in enumerate(entries)}
        # Folded both sides: "cafe" is the article titled "Café ...", "TRAP" the one named trap-...
        ranked = process.extract(partial, keyed, scorer=fuzz.WRatio, processor=fold, limit=limit)
        if not ranked or ranked[0][1] == 0:  # nothing shares a letter with it: the whole list
            return [entries[n] for _, _, n in ranked]
        floor = ranked[0][1] * SUGGESTION_SHARE
        return [entries[n] for _, score, n in ranked if score >= floor]

    async def default_entry(self, server_id: int) -> tuple[CatalogEntry | None, bool]:
        """The article commands naming none answer about, and whether `/article use` chose it (else it
        is the server's newest own article, or None: the library's own choice)."""
        ref = await self._default_ref(server_id)
        if ref is None:
            newest = await self._newest_listing(server_id)
            return (_stored_entry(newest) if newest else None), False
        return next((entry for entry in await self.entries(server_id) if entry.ref == ref), None), True

    async def has_chosen_default(self, server_id: int) -> bool:
        """Whether the server chose its default article (`/article use`)."""
        return await self._default_ref(server_id) is not None

    # --- changing (needs the store) --------------------------------------------------

    async def add_url(self, server_id: int, url: str, added_by: str | None = None) -> StoredArticle:
        """Fetch, extract and store the article at `url`; nothing is stored if any step fails."""
        store = self._require_store()
        extracted = await read_link(url, self.fetch_policy)
        new, parsed = await self._run(lambda: intake.article_from_page(extracted, url, added_by))
        for row in await self._listings(server_id):
            if row.source == new.source:  # the same page again (its canonical URL)
                raise _already_held("page", row)
        return self._keep(await store.add(server_id, new, self.quota), parsed)

    async def add_file(
        self, server_id: int, name: str, data: bytes, added_by: str | None = None
    ) -> StoredArticle:
        """Store an uploaded .txt, .md or .html file's article; nothing is stored if it is unusable."""
        store = self._require_store()
        new, parsed = await self._run(lambda: intake.article_from_upload(name, data, added_by))
        for row in await self._listings(server_id):
            # The same file again: only an article of the same title can hold the same text.
            if row.title == new.title and await self._holds(server_id, row.id, new.text):
                raise _already_held("article", row)
        return self._keep(await store.add(server_id, new, self.quota), parsed)

    async def _holds(self, server_id: int, article_id: int, text: str) -> bool:
        kept = await self._require_store().get(server_id, article_id)
        return kept is not None and kept.text == text

    def _keep(self, stored: StoredArticle, parsed: Article) -> StoredArticle:
        """Cache the article parsed while checking it: the first question about it needs no parse."""
        parsed.id, parsed.title, parsed.source = str(stored.id), stored.title, stored.source
        self._cache.put((stored.id, stored.added_at), parsed)
        return stored

    async def remove(self, server_id: int, ref: str) -> CatalogEntry:
        """Delete one of the server's stored articles, named by id or title."""
        store = self._require_store()
        _require_named(ref, "remove")
        listings = await self._listings(server_id)
        listing = _find_stored(ref.strip(), listings)
        if listing is None or not await store.remove(server_id, listing.id):
            if ref.strip() in self.library.ids:
                raise ArticleNotFound(
                    f"{ref.strip()} is bundled with the bot; only added articles can be removed."
                )
            raise ArticleNotFound(self._not_found(ref, listings))
        self._cache.discard_id(listing.id)
        return _stored_entry(listing)

    async def use(self, server_id: int, ref: str) -> CatalogEntry:
        """Make `ref` the article this server's commands answer about when they name none."""
        store = self._require_store()
        _require_named(ref, "use")  # a blank name resolves to the current default: nothing chosen
        article = await self.resolve(server_id, ref)
        entry = next(e for e in await self.entries(server_id) if e.ref == article.id)
        await store.set_default_article(server_id, entry.ref)
        return entry

    # --- helpers -----------------------------------------------------------------------

    def _require_store(self) -> Store:
        if self.store is None:
            raise NoStore("Adding articles needs the article database; it is not open.")
        return self.store

    async def _listings(self, server_id: int | None) -> list[ArticleListing]:
        # server None (a direct message): the bundled articles only.
        if self.store is None or server_id is None:
            return []
        return await self.store.list(server_id)

    async def _newest_listing(self, server_id: int | None) -> ArticleListing | None:
        """The server's most recently added article: with no default chosen, the one its commands answer
        about. A server that added its own article asks about it, not about a bundled one it never chose."""
        listings = await self._listings(server_id)
        return listings[-1] if listings else None

    async def _default_ref(self, server_id: int | None) -> str | None:
        if self.store is None or server_id is None:
            return None
        return await self.store.default_article(server_id)

    async def _stored_loader(self, listing: ArticleListing) -> Callable[[], Article]:
        key = (listing.id, listing.added_at)
        cached = self._cache.get(key)
        if cached is not None:
            return lambda: cached
        stored = await self.store.get(listing.server_id, listing.id)
        if stored is None:  # removed by another process since the listing
            raise ArticleNotFound(f"Article {listing.id} was just removed.")

        def load() -> Article:
            # Commands that arrived together before the first parse finished each hold a loader; on the
            # engine's one thread (ENGINE_THREADS, 1 by default) the first to run parses and the others
            # take its article and the indexes it has built. More threads may parse twice: the cache
            # then keeps the last, no answer is wrong.
            article = self._cache.get(key)
            if article is None:
                article = _parsed(stored)
                self._cache.put(key, article)
            return article

        return load

    def _bundled_entries(self) -> list[CatalogEntry]:
        titles = self.library.known_titles()
        return [CatalogEntry(ref, title, ref, None) for ref, title in titles.items()]

    def _bundled_match(self, ref: str) -> str | None:
        """A bundled article named by file name or fuzzy title (stored titles were tried first)."""
        try:
            return self.library.resolve_id(ref)
        except ArticleNotFound:
            return None

    def _not_found(self, ref: str, listings: list[ArticleListing]) -> str:
        known = [*self.library.ids, *(stored_label(row.id) for row in listings)]
        return f"No article matches “{ref[: constants.MAX_QUERY_CHARS]}”. Available: {listed_ids(known)}"


def _require_named(ref: str, action: str) -> None:
    if not ref.strip():
        raise ArticleNotFound(f"Name the article to {action}: its number, such as #3, or its title.")


def _already_held(what: str, row: ArticleListing) -> DuplicateArticle:
    return DuplicateArticle(f"This server already has that {what}: {stored_label(row.id)} {row.title}.")


def _find_stored(ref: str, listings: list[ArticleListing]) -> ArticleListing | None:
    """The stored article `ref` names: its id (`17` or `#17`), else its title, fuzzily."""
    digits = ref.lstrip("#")
    if digits.isdecimal():
        return next((row for row in listings if row.id == int(digits)), None)
    wanted = fold(ref)
    for row in listings:
        # The file it was added from, as `articles list` shows it ("merger" for merger.txt).
        name = row.source.rstrip("/").rsplit("/", 1)[-1]
        if wanted in (fold(name), fold(name.rsplit(".", 1)[0])):
            return row
    exact = [row for row in listings if fold(row.title) == wanted]
    if len(exact) == 1:
        return exact[0]
    scores = [fuzz.token_set_ratio(wanted, fold(row.title)) for row in listings]
    best_score = max(scores, default=0.0)
    if best_score < TITLE_MATCH_SCORE:
        return None
    best = [row for row, score in zip(listings, scores, strict=True) if score == best_score]
    if len(best) > 1:
        # "articles remove harbour" with several harbour stories removed the first of them.
        raise AmbiguousArticle(_ambiguous(ref, best))
    return best[0]


def _ambiguous(ref: str, rows: list[ArticleListing]) -> str:
    listed = rows[:AMBIGUOUS_LISTED]
    named = "; ".join(f"{stored_label(row.id)} {shown(row.title, AMBIGUOUS_TITLE_CHARS)}" for row in listed)
    more = f" and {len(rows) - AMBIGUOUS_LISTED} more" if len(rows) > AMBIGUOUS_LISTED else ""
    return (
        f"“{ref[: constants.MAX_QUERY_CHARS]}” matches {len(rows)} articles equally: {named}{more}. "
        f"Give the number of the one you mean, such as {stored_label(rows[0].id)}."
    )


def _stored_entry(row: ArticleListing) -> CatalogEntry:
    return CatalogEntry(str(row.id), row.title, row.source, row.server_id)


def _parsed(stored: StoredArticle) -> Article:
    article = parse_article(stored.text, article_id=str(stored.id), source=stored.source)
    article.title = stored.title  # the page's own title beats one derived from the text
    article.credits = Credits.of(stored.metadata).over(
        article.credits
    )  # "Who wrote this?" by the page's author
    return article


async def _in_thread(work: Callable[[], T]) -> T:
    return await asyncio.to_thread(work)
