"""The Discord client: auto-sharded, default intents, never pings, answers slash commands and mentions.

A thin subclass in the style of discord.py's examples: start-up work lives in `setup_hook`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from functools import partial

import discord
import yarl
from discord.ext import commands as ext_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.catalog import Catalog
from bot.catalog.catalog import Runner
from bot.core import api, constants
from bot.core.article import Article, Library
from bot.core.errors import ArticleBotError, ArticleNotFound
from bot.core.language.text import words
from bot.core.quotes.sources import PERSON_KIND
from bot.core.search.query import paragraph_references
from bot.core.typed import Typed
from bot.core.typed import parse as parse_typed
from bot.discord import actions, embeds, limits, mentions, views
from bot.discord.commands import build_commands
from bot.discord.engine import EnginePool
from bot.discord.followups import Person, about_one, followed_up
from bot.discord.respond import make_view
from bot.discord.tree import GENERIC_ERROR, ArticleTree, error_message

log = logging.getLogger(__name__)

DISCORD_API_BASE = Route.BASE
COOLDOWN_REACTION = "⏳"
CANNOT_REPLY_WITHOUT_HISTORY = 160002  # Discord's code refusing a reply without Read Message History
_DRAIN_POLL = 0.05  # seconds between looks at the answers under way while closing

# The bot never joins voice: the start-up warnings about missing voice libraries are noise.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


class ArticleBot(discord.AutoShardedClient):
    """Answers questions about the articles in `library` through slash commands and mentions."""

    def __init__(
        self,
        library: Library,
        *,
        shard_count: int | None = None,
        sync_on_start: bool = False,
        sync_guild: int | None = None,
        warm_up: bool = True,
        defer_after: float = limits.DEFER_AFTER,
        page_timeout: float = limits.PAGE_TIMEOUT,
        open_catalog: Callable[[Library, Runner], Awaitable[Catalog]] | None = None,
        **client_options,
    ) -> None:
        super().__init__(
            intents=discord.Intents.default(),  # no privileged intent: mentions carry their content
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=shard_count,
            **client_options,
        )
        self.library = library
        self.sync_on_start = sync_on_start
        self.sync_guild = sync_guild
        self.warm_up = warm_up
        self.defer_after = defer_after
        self.page_timeout = page_timeout
        self.engine = EnginePool()
        # Bundled articles only until setup_hook opens the store (when open_catalog is given).
        self.catalog = Catalog(library, None, run=self.engine.run)
        self._open_catalog = open_catalog
        self._background: set[asyncio.Task] = set()  # strong references to background tasks
        self.tree = ArticleTree(self)
        self.article_option = len(library) > 1 or open_catalog is not None
        for command in build_commands(multi_article=len(library) > 1, with_store=open_catalog is not None):
            self.tree.add_command(command)
        self._mention_cooldowns = ext_commands.CooldownMapping.from_cooldown(
            limits.COOLDOWN_RATE, limits.COOLDOWN_PER, ext_commands.BucketType.user
        )
        self._hourglass_until: dict[int, float] = {}  # user id -> end of the cooldown already flagged
        self.command_ids: dict[str, int] = {}
        # Library articles that could not be read at warm-up (empty, binary, too large): logged, and
        # neither offered by autocomplete nor taken as the article a mention answers about.
        self.unusable: set[str] = set()
        self._answering = 0  # commands and mentions being answered; close() lets them finish first

    async def setup_hook(self) -> None:
        # Buttons and menus on replies are answered from their custom_id, even after a restart.
        self.add_dynamic_items(actions.SpeakerChoice, actions.ReadCited)
        if Route.BASE != DISCORD_API_BASE:
            await self._use_local_gateway()
        if self._open_catalog is not None:
            self.catalog = await self._open_catalog(self.library, self.engine.run)
        if self.warm_up:
            # The default article is ready before the first command; the others (a library
            # may hold hundreds) are prepared in the background, one at a time, so start-up
            # stays quick and a user's command never waits behind more than one warm-up step.
            await self._warm(self.library.ids[0])
            _freeze_long_lived()
            self._background.add(asyncio.create_task(self._warm_rest()))
        if self.sync_on_start:
            synced = await self.sync_tree(self.sync_guild)
            log.info("synced %d commands %s", len(synced), _where(self.sync_guild))
        else:
            self._background.add(asyncio.create_task(self._learn_command_ids()))

    async def _learn_command_ids(self) -> None:
        """Discord's ids of the registered commands make `/help` clickable; without them the
        help card names the commands as code, so a failure here only costs the links."""
        guild = discord.Object(self.sync_guild) if self.sync_guild else None
        try:
            self._remember(await self.tree.fetch_commands(guild=guild))
        except (discord.HTTPException, discord.ClientException):
            log.info("command ids unknown: /help shows plain command names", exc_info=True)

    def _remember(self, commands: list[discord.app_commands.AppCommand]) -> None:
        self.command_ids = {command.name: command.id for command in commands}

    async def _use_local_gateway(self) -> None:
        """Testing against a local Discord: reconnects that forget the session go there too."""
        _, url, _ = await self.http.get_bot_gateway()
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        log.warning("using a local Discord at %s (testing only)", Route.BASE)

    async def _warm(self, article_id: str) -> None:
        """Parse one article and run each command once: engines build their indexes now, and
        the engine pool learns what a call costs on it."""
        try:
            article = await self.engine.run(partial(self.library.get, article_id))
        except ArticleBotError as error:
            log.warning("article %s cannot be used: %s", article_id, error)
            self.unusable.add(article_id)
            return
        probe = max(words(article.title), key=len, default="news")
        question = article.title[: constants.MAX_QUERY_CHARS] or probe
        for call in (
            partial(api.speakers, article),
            partial(api.summary, article),
            partial(api.about, article),
            partial(api.lookup, article, probe),
            partial(api.ask, article, question),
        ):
            with contextlib.suppress(ArticleBotError):  # e.g. a title with no letters
                await self.engine.run(call)

    async def _warm_rest(self) -> None:
        for article_id in self.library.ids[1:]:
            await self._warm(article_id)
        _freeze_long_lived()
        log.info("all %d articles are ready", len(self.library))

    async def sync_tree(self, guild_id: int | None = None) -> list[discord.app_commands.AppCommand]:
        """Register the commands with Discord: in one server (instant) or globally."""
        if guild_id is None:
            synced = await self.tree.sync()
        else:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        self._remember(synced)
        return synced

    async def on_ready(self) -> None:
        log.info(
            "ready as %s (%s) in %d servers, %d shards, answering about %d article(s)",
            self.user,
            getattr(self.user, "id", "?"),
            len(self.guilds),
            self.shard_count or 1,
            len(self.library),
        )

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        # Page buttons whose view is gone (a restart, expired pages) would otherwise fail silently.
        if views.is_stale_page_press(interaction):
            await views.answer_stale_page_press(interaction)

    async def on_app_command_completion(self, interaction: discord.Interaction, command) -> None:
        log.debug("/%s answered for user %s", command.name, interaction.user.id)

    # --- messages: "@bot who did Blinken meet?" is answered like /ask, "@bot summary" runs it --

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None or message.author.id == self.user.id:
            return
        in_dm = message.guild is None  # in a direct message every message is for the bot
        if not in_dm and not _addresses(message, self.user.id):
            return
        if await self._cooling_down(message):
            return
        async with self.answering():
            await self._answer_message(message)

    def _named(self, message: discord.Message) -> dict[tuple[str, str], str]:
        """The names Discord sent with a message's mentions ("@bot what did @Brenner say?"), as it
        shows them; the bot's own names nothing."""
        own = self.user.id if self.user else None
        names = {("user", str(u.id)): u.display_name for u in message.mentions if u.id != own}
        names.update({("role", str(r.id)): r.name for r in message.role_mentions})
        names.update({("channel", str(c.id)): getattr(c, "name", "") for c in message.channel_mentions})
        return {key: " ".join(name.split()) for key, name in names.items() if name}

    async def _answer_message(self, message: discord.Message) -> None:
        allowed = _reply_permissions(message)
        if not allowed.send_messages:
            log.info("no permission to send messages in channel %s: mention not answered", message.channel.id)
            return
        try:
            reply = await self._typing_while(
                message, self._message_reply(message, mentions.clean(message.content, self._named(message)))
            )
        except ArticleBotError as error:
            reply = embeds.notice(error_message(error, in_message=True))
        except Exception:
            log.exception("answering a mention failed")
            reply = embeds.notice(GENERIC_ERROR, error=True)
        try:
            await self._reply(message, reply, allowed)
        except discord.Forbidden as error:
            await self._reply_refused(message, reply, allowed, error)
        except discord.HTTPException:
            log.warning("could not reply to message %s", message.id, exc_info=True)

    async def _reply(
        self, message: discord.Message, reply: embeds.Reply, allowed: discord.Permissions
    ) -> None:
        # Discord refuses a reply where the bot may not read the channel's history (403, 160002): the
        # answer is posted in the channel, naming the asker (no ping: mentions are off) so it is theirs.
        asker = "" if allowed.read_message_history else f"{message.author.mention} "
        shown = reply.pages[reply.first]
        content: dict = {"embed": shown}
        if not allowed.embed_links:  # an embed would be refused (403): the same reply as text, the page
            # asked for, fitted to the room the asker's name leaves (cut again after, it lost its footer)
            content = {"content": embeds.as_text(shown, limits.CONTENT - len(asker))}
            reply = replace(reply, pages=(shown,), first=0)
        view = make_view(reply, message.author.id, self.page_timeout, actions.items_for(reply), client=self)
        if view is not None:
            content["view"] = view
        if allowed.read_message_history:
            sent = await message.reply(mention_author=False, **content)
        else:
            text = content.get("content")
            content["content"] = asker + text if text else asker.strip()
            sent = await message.channel.send(**content)
        if isinstance(view, views.Paginator):
            view.sent = sent  # no interaction to edit: its pages are greyed out on the message itself

    async def _reply_refused(
        self,
        message: discord.Message,
        reply: embeds.Reply,
        allowed: discord.Permissions,
        error: discord.Forbidden,
    ) -> None:
        """Discord refused the reply (403) though the cached permissions allowed it: they changed and
        the cache has not caught up (an update missed across a reconnect). Sent again without what was
        refused (a reply's reference without Read Message History, else the embed as text); a refusal
        then is one log line."""
        fewer = discord.Permissions(send_messages=True, embed_links=allowed.embed_links)
        if error.code != CANNOT_REPLY_WITHOUT_HISTORY:
            fewer.read_message_history = allowed.read_message_history
            fewer.embed_links = False
        if fewer != allowed:
            try:
                await self._reply(message, reply, fewer)
                return
            except discord.Forbidden:
                pass  # Send Messages went too
            except discord.HTTPException:
                log.warning("could not reply to message %s", message.id, exc_info=True)
                return
        log.info("no permission to reply in channel %s: mention not answered", message.channel.id)

    async def _typing_while(self, message: discord.Message, work: Awaitable[embeds.Reply]) -> embeds.Reply:
        """`work`'s reply; if it is not ready within the defer budget (an article read on first use),
        "article-bot is typing…" shows meanwhile, as a slash command shows "thinking…"."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            try:
                await message.channel.typing()  # shown until the reply, or for 10 s
            except discord.HTTPException:
                log.debug("could not show typing in channel %s", message.channel.id, exc_info=True)
        return await task

    async def _cooling_down(self, message: discord.Message) -> bool:
        """Too many messages: the first one over the limit gets a ⏳ reaction, the rest silence,
        so someone spamming the bot cannot make it spam the channel."""
        retry_after = self._mention_cooldowns.update_rate_limit(message)
        if not retry_after:
            return False
        now = time.monotonic()
        if self._hourglass_until.get(message.author.id, 0.0) <= now:
            self._hourglass_until[message.author.id] = now + retry_after
            try:
                await message.add_reaction(COOLDOWN_REACTION)
            except discord.HTTPException:
                log.debug("could not react to message %s", message.id, exc_info=True)
        return True

    async def _message_reply(self, message: discord.Message, text: str) -> embeds.Reply:
        typed = parse_typed(text)
        mention = self.user.mention if self.user else ""
        in_dm = message.guild is None
        if typed.name == "help":
            return embeds.help_reply(self.command_ids, mention, self.article_option, in_dm=in_dm)
        load = await self._mention_article(message)
        # With no default, the server's own articles are asked too (even beside one bundled article);
        # a reply to an answer goes on about that answer's article.
        guild_id = message.guild.id if message.guild else None
        replied = _replied_article(message, self.user.id) if self.user else None
        asks = typed.name in ("ask", "quote", "lookup") and not replied
        stored = await self.catalog.stored_loaders(guild_id) if asks else []
        earlier = _earlier_answer(message, self.user.id) if replied and typed.name == "ask" else ""

        def reply() -> embeds.Reply:
            article, chosen = load()
            # "¶2" is read in the server's default (or newest added) article, as a typed /summary is.
            server_first = chosen and typed.name == "lookup" and paragraph_references(typed.text) is not None
            chosen = (chosen and not stored) or server_first
            if earlier:  # "what did she say?" in a reply to "Who is Maria Ortega?"
                question = _followed_up(typed.text, article, earlier)
                return embeds.answer_reply(api.ask(article, question), embeds.Frame.of(article))
            # No article chosen among several: the one the question or name is about, if the first is not.
            if typed.name == "ask" and not chosen:
                article, answer = api.ask_among(self.articles_among(article, stored), typed.text)
                return embeds.answer_reply(answer, embeds.Frame.of(article))
            if typed.name == "quote" and not chosen:
                among = self.articles_among(article, stored)
                article, found = api.quote_among(among, typed.text)
                return embeds.quote_reply(found, embeds.Frame.of(article), among=len(among) > 1)
            if typed.name == "lookup":
                return _lookup_reply(article if chosen else self.articles_among(article, stored), typed)
            return _typed_reply(article, typed, self.command_ids, mention, in_dm)

        return await self.engine.run(reply)

    async def _mention_article(self, message: discord.Message) -> Callable[[], tuple[Article, bool]]:
        """The server's default article, else the library's first readable one: a message cannot pick
        one, so a library of several articles and no default must not answer "choose one". With it,
        whether the article was chosen (a default, the only one, the answer replied to) or not."""
        guild_id = message.guild.id if message.guild else None
        replied = _replied_article(message, self.user.id) if self.user else None
        if replied:  # a reply to one of the bot's answers goes on about that answer's article
            with contextlib.suppress(ArticleBotError):
                load = await self.catalog.locate(guild_id, actions.undigested_article(self.library, replied))
                return lambda: (load(), True)
        try:
            load = await self.catalog.locate(guild_id, None)
        except ArticleNotFound:
            return lambda: (self.first_usable_article(), False)

        def article() -> tuple[Article, bool]:
            try:
                return load(), True
            except ArticleNotFound:  # no default, several articles
                return self.first_usable_article(), False

        return article

    def articles_among(self, first: Article, stored: list[Callable[[], Article]]) -> list[Article]:
        """`first`, then the server's own articles (it added them: likelier asked about), then the
        library's other articles that can be read (warm-up has parsed them)."""
        articles = [first]
        for load in stored:
            with contextlib.suppress(ArticleBotError):  # unreadable: left out
                article = load()
                if article.id != first.id:  # the newest added, first already when no default is chosen
                    articles.append(article)
        for article_id in self.library.ids:
            if article_id == first.id or article_id in self.unusable:
                continue
            with contextlib.suppress(ArticleBotError):  # unreadable: left out, as autocomplete does
                articles.append(self.library.get(article_id))
        return articles

    def first_usable_article(self) -> Article:
        """The library's first article that could be read at warm-up (else its first): looked up only
        when a mention has no default article to answer about."""
        ids = self.library.ids
        return self.library.get(next((i for i in ids if i not in self.unusable), ids[0]))

    @contextlib.asynccontextmanager
    async def answering(self) -> AsyncIterator[None]:
        """Marks a command or mention being answered: a shutdown waits for its reply (see close)."""
        self._answering += 1
        try:
            yield
        finally:
            self._answering -= 1

    async def close(self) -> None:
        # A dyno restart (SIGTERM) must not leave someone's "thinking..." without its answer:
        # replies under way get a few seconds, far inside the 30 s before SIGKILL.
        await self._finish_answers(limits.SHUTDOWN_GRACE)
        for task in self._background:
            task.cancel()
        await super().close()
        self.engine.shutdown()
        await self.catalog.close()

    async def _finish_answers(self, grace: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        if self._answering:
            log.info("finishing %d answer(s) before closing", self._answering)
        while self._answering and loop.time() < deadline:
            await asyncio.sleep(_DRAIN_POLL)
        if self._answering:
            log.warning("closing with %d answer(s) unsent", self._answering)


def _addresses(message: discord.Message, bot_id: int) -> bool:
    """The message mentions the bot, or the role Discord made for it: the mention picker offers that
    role, named as the bot, beside the bot, and a user cannot tell which one they picked. (A reply to
    the bot with its ping turned off is people talking about an answer, not to the bot.)"""
    if any(user.id == bot_id for user in message.mentions):
        return True
    own_role = message.guild.self_role if message.guild else None
    return own_role is not None and any(role.id == own_role.id for role in message.role_mentions)


def _replied_to(message: discord.Message, bot_id: int) -> discord.Message | None:
    """The bot's message that `message` replies to, if it replies to one (Discord sends it along)."""
    replied = message.reference.resolved if message.reference else None
    if isinstance(replied, discord.Message) and replied.author.id == bot_id:
        return replied
    return None


def _earlier_answer(message: discord.Message, bot_id: int) -> str:
    """What the answer `message` replies to was about: its title (a question asked, a headline) and
    author line (whose quotes)."""
    replied = _replied_to(message, bot_id)
    if replied is None or not replied.embeds:
        return ""
    embed = replied.embeds[0]
    return "\n".join(part for part in (embed.title, embed.author.name) if part)


def _followed_up(question: str, article: Article, earlier: str) -> str:
    """`question` with its "she" or "his" written as the one person the earlier answer was about."""
    speakers = api.speakers(article).speakers
    known = {s.name for s in speakers}
    named = [n for n in api.complete_speaker(article, "", limits.FOLLOW_UP_PEOPLE) if n not in known]
    people = [Person(s.name, s.gender) for s in speakers if s.kind == PERSON_KIND]
    person = about_one(earlier, people + [Person(name) for name in named])
    return question if person is None else followed_up(question, person)


def _replied_article(message: discord.Message, bot_id: int) -> str | None:
    """The article of the bot's answer `message` replies to: its read menu's custom_id names it."""
    replied = _replied_to(message, bot_id)
    for row in replied.components if replied is not None else []:
        for item in getattr(row, "children", []):
            custom_id = getattr(item, "custom_id", None) or ""
            if custom_id.startswith(actions.READ_PREFIX):
                return custom_id[len(actions.READ_PREFIX) :] or None  # perhaps a digest
    return None


def _reply_permissions(message: discord.Message) -> discord.Permissions:
    """What the bot may post where `message` was written: Send Messages (in threads, Send Messages in
    Threads), Embed Links and Read Message History (which a reply to a message needs), as the
    channel's overwrites set them; everything where it cannot tell (a direct message, a channel not in
    the cache)."""
    channel, guild = message.channel, message.guild
    if guild is None or guild.me is None or isinstance(channel, discord.PartialMessageable):
        return discord.Permissions(send_messages=True, embed_links=True, read_message_history=True)
    permissions = channel.permissions_for(guild.me)
    in_thread = isinstance(channel, discord.Thread)
    send = permissions.send_messages_in_threads if in_thread else permissions.send_messages
    return discord.Permissions(
        send_messages=send,
        embed_links=permissions.embed_links,
        read_message_history=permissions.read_message_history,
    )


def _summary_reply(article: Article, count: int, about: embeds.Frame) -> embeds.Reply:
    return embeds.summary_reply(api.summary(article, count), about, article, asked=count)


def _typed_reply(
    article: Article, typed: Typed, command_ids: dict[str, int], mention: str, in_dm: bool = False
) -> embeds.Reply:
    """The reply a typed command gets: the same embed as the slash command would send."""
    about = embeds.Frame.of(article)
    builders = {
        "summary": lambda: _summary_reply(
            article, typed.number_or(constants.SUMMARY_DEFAULT_SENTENCES), about
        ),
        "quote": lambda: embeds.quote_reply(api.quote(article, typed.text), about),
        "speakers": lambda: embeds.speakers_reply(api.speakers(article), about),
        "lookup": lambda: _lookup_reply(article, typed),
        "ask": lambda: embeds.answer_reply(api.ask(article, typed.text), about),
        "about": lambda: embeds.about_reply(
            api.about(article), command_ids, mention, article.url, in_dm=in_dm
        ),
    }
    return builders[typed.name]()


def _lookup_reply(articles: Article | list[Article], typed: Typed) -> embeds.Reply:
    """A typed /lookup, paged as the slash command is (it showed one page of an article chosen, "Showing
    5 of 12: add a word"), opened at the page typed ("--page 2"); several articles: the one holding it."""
    limit = typed.number_or(constants.LOOKUP_DEFAULT_LIMIT)
    first = api.page_start(limit, 1 if typed.page is None else typed.page)
    if isinstance(articles, Article):
        article, result = articles, api.lookup_all(articles, typed.text, limit)
    else:
        article, result = api.lookup_among(articles, typed.text, limit)
    return embeds.lookup_reply(result, embeds.Frame.of(article), limit, first)


def _freeze_long_lived() -> None:
    """Move what warm-up built (articles, indexes: about 900,000 objects on a 10,000-paragraph
    article) out of the garbage collector's sight: a full collection then takes 2 ms, not 450."""
    gc.freeze()


def _where(guild_id: int | None) -> str:
    return (
        f"to server {guild_id}" if guild_id else "globally (Discord may take a while to show them everywhere)"
    )
