"""Buttons and menus that act on a reply: open a cited paragraph in full, pick one of several speakers.

Their custom_ids carry all they need (`ab:read:ARTICLE`, `ab:quote:ARTICLE:NAME`), so they work for
anyone, on any reply, even after a restart: discord.py routes them through dynamic items. An article
id or a name too long for Discord's 100 characters is carried as a digest, resolved on use.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable

import discord

from bot.catalog import stored_label
from bot.core import api
from bot.core.article import Article, Library
from bot.core.errors import ArticleNotChosen, ArticleNotFound
from bot.discord import embeds, markdown
from bot.discord.embeds import Reply
from bot.discord.respond import PRIVATE, acknowledge, compute, send_reply
from bot.discord.tree import error_message, is_expected
from bot.discord.views import cited_options

log = logging.getLogger(__name__)

READ_PLACEHOLDER = "Read a cited paragraph in full…"
CUSTOM_ID = 100  # Discord's limit on a component's custom_id


async def answer(
    interaction: discord.Interaction, article_ref: str | None, build: Callable[[Article], Reply]
) -> None:
    """Find the article (the server's own or bundled), build the reply off the event loop, send it
    with its actions."""
    bot = interaction.client
    async with bot.answering():  # type: ignore[attr-defined]
        load = await _locate(interaction, article_ref)

        def work() -> Reply:
            return build(load())

        reply = await compute(interaction, work, pool=bot.engine, defer_after=bot.defer_after)  # type: ignore[attr-defined]
        await send_reply(interaction, reply, page_timeout=bot.page_timeout, items=items_for(reply))  # type: ignore[attr-defined]


async def answer_among(
    interaction: discord.Interaction, build: Callable[[list[Article]], Reply], *, server_first: bool = False
) -> None:
    """`answer` for /ask or /quote naming no article: with several loaded and none chosen (no default,
    or a server's own articles beside others), `build` gets them all, the likeliest first, and answers
    from the one the question or name is about, as a mention does; its reply's footer names it. With
    `server_first` (paragraph numbers, which no article is "about"), the server's default or newest
    added article alone, as /summary reads it, when it has one."""
    bot = interaction.client
    async with bot.answering():  # type: ignore[attr-defined]
        load = await _locate_among(interaction, server_first)

        def work() -> Reply:
            return build(load())

        reply = await compute(interaction, work, pool=bot.engine, defer_after=bot.defer_after)  # type: ignore[attr-defined]
        await send_reply(interaction, reply, page_timeout=bot.page_timeout, items=items_for(reply))  # type: ignore[attr-defined]


async def _locate_among(
    interaction: discord.Interaction, server_first: bool = False
) -> Callable[[], list[Article]]:
    """How to load the articles a command naming none may answer from: the chosen one alone, else the
    first (the server's newest own, or the library's first readable), then the others; with
    `server_first`, the server's default or newest own alone when there is one."""
    bot = interaction.client

    async def find() -> tuple[Callable[[], Article] | None, list[Callable[[], Article]]]:
        try:
            load = await bot.catalog.locate(interaction.guild_id, None)  # type: ignore[attr-defined]
        except ArticleNotFound:  # the server's newest, removed meanwhile
            load = None
        return load, await bot.catalog.stored_loaders(interaction.guild_id)  # type: ignore[attr-defined]

    task = asyncio.ensure_future(find())
    done, _ = await asyncio.wait({task}, timeout=bot.defer_after)  # type: ignore[attr-defined]
    if not done:
        await acknowledge(interaction)
    load, stored = await task

    def articles() -> list[Article]:
        try:
            if load is not None and (server_first or not stored):  # a default, or the only article
                return [load()]
            first = load() if load is not None else bot.first_usable_article()  # type: ignore[attr-defined]
        except ArticleNotChosen:  # several bundled articles, no default
            first = bot.first_usable_article()  # type: ignore[attr-defined]
        return bot.articles_among(first, stored)  # type: ignore[attr-defined]

    return articles


async def _locate(interaction: discord.Interaction, article_ref: str | None) -> Callable[[], Article]:
    """Find the article (database work, on the loop); acknowledge first if that is slow, so a slow
    database never costs the 3-second deadline."""
    bot = interaction.client
    article_ref = undigested_article(bot.catalog.library, article_ref)
    task = asyncio.ensure_future(bot.catalog.locate(interaction.guild_id, article_ref))  # type: ignore[attr-defined]
    done, _ = await asyncio.wait({task}, timeout=bot.defer_after)  # type: ignore[attr-defined]
    if not done:
        await acknowledge(interaction)
    return await task


async def _answer_item(
    interaction: discord.Interaction, article_ref: str | None, build: Callable[[Article], Reply]
) -> None:
    """`answer` for a button or a menu, whose failures bypass the command tree's handler: an article
    removed since the reply ("No article matches ...") or a paragraph it lacks is answered to the
    one who pressed, as a slash command's error is, never left as "This interaction failed"."""
    try:
        await answer(interaction, article_ref, build)
    except Exception as error:
        expected = is_expected(error)
        text = _gone(article_ref) if _article_gone(error, article_ref) else error_message(error)
        if expected:
            log.info("a button or menu on a reply: %s", text)
        else:
            log.error("a button or menu on a reply failed", exc_info=error)
        async with interaction.client.answering():  # type: ignore[attr-defined]
            await send_reply(interaction, embeds.notice(text, error=not expected))


# Said for a menu or button whose reply names an article no longer there: the presser typed no
# article, so "No article matches “3”" would puzzle them.
ARTICLE_GONE = (
    "The article this reply is about ({name}) is no longer available here: it has been removed "
    "since. Run the command again to ask about another one."
)


def _article_gone(error: Exception, article_ref: str | None) -> bool:
    return (
        bool(article_ref) and isinstance(error, ArticleNotFound) and not isinstance(error, ArticleNotChosen)
    )


def _gone(article_ref: str | None) -> str:
    ref = article_ref or ""
    if ref.startswith(DIGEST_MARK):  # a bundled article the bot no longer has: its id is unknown
        return ARTICLE_GONE.format(name="a bundled article")
    name = stored_label(ref) if ref.isdigit() else markdown.escape(ref)
    return ARTICLE_GONE.format(name=name)


def items_for(reply: Reply) -> list[discord.ui.Item]:
    """The components a reply offers: a menu of its cited paragraphs, a button per speaker choice."""
    items: list[discord.ui.Item] = [SpeakerChoice(reply.article, name) for name in reply.choices]
    if reply.citations:
        first_page = reply.page_citations[0] if reply.page_citations else reply.citations
        items.append(ReadCited(reply.article, first_page))
    return items


class SpeakerChoice(
    discord.ui.DynamicItem[discord.ui.Button], template=r"ab:quote:(?P<article>[^:]*):(?P<name>.+)"
):
    """A button naming one of several people a /quote could mean; pressing it quotes that person."""

    def __init__(self, article: str, name: str) -> None:
        button = discord.ui.Button(
            label=markdown.shorten(name, 80),
            style=discord.ButtonStyle.primary,
            custom_id=self.make_id(article, name),
        )
        super().__init__(button)
        self.article, self.name = article, name

    @staticmethod
    def make_id(article: str, name: str) -> str:
        """The article and the name as they are; a digest of the name, then of the article too, where
        the whole would pass Discord's 100 characters (a long name, "a spokeswoman for the Department
        for ...", a long file name), which would drop the button."""
        forms = [(article, name), (article, _digested(name)), (_digested(article), _digested(name))]
        ids = [f"ab:quote:{a}:{n}" for a, n in forms]
        return next((i for i in ids if len(i) <= CUSTOM_ID), ids[-1])

    @classmethod
    async def from_custom_id(cls, interaction, item, match, /) -> SpeakerChoice:
        return cls(match["article"], match["name"])

    async def callback(self, interaction: discord.Interaction) -> None:
        name = self.name
        await _answer_item(
            interaction,
            self.article or None,
            lambda a: embeds.quote_reply(api.quote(a, _undigested(a, name)), embeds.Frame.of(a)),
        )


DIGEST_MARK = "#"  # a name or an article id given as a digest (neither opens with "#")
_DIGEST_CHARS = 12


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:_DIGEST_CHARS]


def _digested(text: str) -> str:
    return f"{DIGEST_MARK}{_digest(text)}"


def undigested_article(library: Library, article_ref: str | None) -> str | None:
    """The bundled article whose id a custom_id's digest stands for; the ref itself otherwise (a
    stored article's id is a short number, never digested)."""
    if not article_ref or not article_ref.startswith(DIGEST_MARK):
        return article_ref
    return next((i for i in library.ids if _digested(i) == article_ref), article_ref)


def _undigested(article: Article, name: str) -> str:
    """The quoted speaker whose name a button's digest stands for; the name itself otherwise."""
    if not name.startswith(DIGEST_MARK):
        return name
    wanted = name[len(DIGEST_MARK) :]
    return next((s.name for s in api.speakers(article).speakers if _digest(s.name) == wanted), name)


READ_PREFIX = "ab:read:"  # then the article's id ("" for the default article)


class ReadCited(discord.ui.DynamicItem[discord.ui.Select], template=r"ab:read:(?P<article>[^:]*)"):
    """A menu of the paragraphs a reply cites; choosing one shows it whole, to the chooser only."""

    def __init__(self, article: str, citations: tuple[int, ...] = ()) -> None:
        options = cited_options(citations)
        select = discord.ui.Select(
            custom_id=self.make_id(article),
            placeholder=READ_PLACEHOLDER,
            options=options or [discord.SelectOption(label="¶1", value="1")],
        )
        super().__init__(select)
        self.article = article

    @staticmethod
    def make_id(article: str) -> str:
        whole = f"{READ_PREFIX}{article}"
        return whole if len(whole) <= CUSTOM_ID else f"{READ_PREFIX}{_digested(article)}"

    @classmethod
    async def from_custom_id(cls, interaction, item, match, /) -> ReadCited:
        return cls(match["article"])

    async def callback(self, interaction: discord.Interaction) -> None:
        values = self.item.values or (interaction.data or {}).get("values") or []
        chosen = str(values[0]) if values else ""
        number = int(chosen) if chosen.isdigit() else 0  # no such paragraph: the reply says which there are
        interaction.extras[PRIVATE] = True  # the paragraph is shown to the chooser only
        await _answer_item(
            interaction,
            self.article or None,
            lambda a: embeds.paragraph_reply(api.paragraph(a, number), embeds.Frame.of(a)),
        )
