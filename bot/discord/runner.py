"""Starts the Discord bot and syncs its commands, turning every start-up failure into a clear exit.

Exit codes: 0 clean stop (SIGTERM/SIGINT), 1 Discord refused or unreachable, 2 missing or malformed token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from functools import partial

import aiohttp
import discord
from discord.http import Route

from bot.catalog import Catalog
from bot.catalog.opening import open_catalog
from bot.core.article import Library
from bot.core.language.text import counted
from bot.discord import limits
from bot.discord.client import ArticleBot
from bot.exitcodes import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from bot.settings import Settings

log = logging.getLogger(__name__)

# Where a bot token is copied from, said in every message about a missing or wrong one.
TOKEN_PAGE = "https://discord.com/developers/applications -> your app -> Bot -> Reset Token"
MISSING_TOKEN = f"""\
No Discord token: set DISCORD_TOKEN in the environment or in a .env file (see .env.example).
Get one at {TOKEN_PAGE}.
Without a token the bot still answers offline, for example:
  python -m bot summary
  python -m bot quote Blinken
  python -m bot console"""
BAD_TOKEN = (
    f"error: Discord rejected the token (401 Unauthorized). Copy a fresh one from {TOKEN_PAGE}, "
    "and set DISCORD_TOKEN."
)
MALFORMED_TOKEN = (
    "error: DISCORD_TOKEN is not a bot token as Discord issues it: it holds {what}. Paste the token "
    f"alone (no 'Bot ' before it, no quotes around it) from {TOKEN_PAGE}."
)
NOT_A_BOT_TOKEN = (
    "error: DISCORD_TOKEN is not a bot token: a bot token is three parts joined by dots "
    "(this has {parts}). The application ID, public key or client secret is another field: copy the "
    f"token from {TOKEN_PAGE}."
)
TOKEN_PARTS = 3  # the bot's id, a timestamp and a signature, each base64, joined by "."
NO_SCOPE = (
    "error: Discord refused to register the commands (403). Re-invite the bot with the "
    "'bot' and 'applications.commands' scopes, and check the server id."
)


def token_problem(token: str | None) -> str | None:
    """Why `token` cannot be a bot token, as the one line to print; None when it may be one.

    A token is letters, digits, '.', '-' and '_': a space, a quote, a line break or any other
    character is a pasting mistake, which Discord would only answer with "401" (or which the HTTP
    client refuses outright, for a line break). So is one not in three dotted parts: another field
    of the developer portal (the application ID, the public key, the client secret)."""
    if not token:
        return MISSING_TOKEN
    if token.lower().startswith("bot "):
        return MALFORMED_TOKEN.format(what="'Bot ' before it")
    odd = sorted({ch for ch in token if not (ch.isascii() and (ch.isalnum() or ch in "._-"))})
    if odd:
        return MALFORMED_TOKEN.format(what=_described(odd))
    parts = token.count(".") + 1
    if parts != TOKEN_PARTS:
        return NOT_A_BOT_TOKEN.format(parts=counted(parts, "part"))
    return None


def _described(characters: list[str]) -> str:
    names = {
        " ": "a space",
        "\n": "a line break",
        "\r": "a line break",
        "\t": "a tab",
        '"': "a quote",
        "'": "a quote",
    }
    said = dict.fromkeys(names.get(ch, "a character no token has") for ch in characters)
    return " and ".join(said)


def run_bot(settings: Settings) -> int:
    """Connect, answer until SIGTERM or SIGINT, then close cleanly."""
    if problem := token_problem(settings.token):
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    _prepare(settings)
    bot = ArticleBot(
        Library.from_path(settings.article_path),
        shard_count=settings.shard_count,
        sync_on_start=settings.sync_commands,
        sync_guild=settings.guild_id,
        open_catalog=partial(open_catalog, settings),
    )
    return asyncio.run(_guarded(_serve(bot, settings.token)))


def sync_commands(settings: Settings, guild_id: int | None) -> int:
    """Register the slash commands, in one server (instant) or globally, then exit."""
    if problem := token_problem(settings.token):
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    _prepare(settings)
    # With the store's commands, but without opening the store: syncing needs no database.
    bot = ArticleBot(Library.from_path(settings.article_path), warm_up=False, open_catalog=_no_store)
    return asyncio.run(_guarded(_sync(bot, settings.token, guild_id)))


async def _no_store(library: Library, run) -> Catalog:
    return Catalog(library, None, run=run)


def _prepare(settings: Settings) -> None:
    # setup_logging adds its own handler; drop the plain one the CLI installed so lines are not doubled.
    for handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(handler)
    discord.utils.setup_logging(level=logging.getLevelName(settings.log_level), root=True)
    if settings.api_base:
        Route.BASE = settings.api_base
    sys.setswitchinterval(limits.GIL_SWITCH_INTERVAL)


async def _serve(bot: ArticleBot, token: str) -> int:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # not on Windows: Ctrl+C still interrupts
            loop.add_signal_handler(sig, _request_close, bot, sig.name)
    async with bot:
        await bot.start(token)
    log.info("closed cleanly")
    return EXIT_OK


_closing: set[asyncio.Task] = set()  # strong references, so a pending close is never garbage-collected


def _request_close(bot: ArticleBot, signame: str) -> None:
    log.info("%s received: closing the connection to Discord", signame)
    task = asyncio.ensure_future(bot.close())
    _closing.add(task)
    task.add_done_callback(_closing.discard)


async def _sync(bot: ArticleBot, token: str, guild_id: int | None) -> int:
    async with bot:
        await bot.login(token)
        synced = await bot.sync_tree(guild_id)
    where = f"to server {guild_id} (available now)" if guild_id else "globally"
    print(f"Synced {len(synced)} commands {where}: " + ", ".join(f"/{c.name}" for c in synced))
    return EXIT_OK


async def _guarded(main) -> int:
    """Await `main`, mapping what Discord or the network says into one line and an exit code."""
    try:
        return await main
    except discord.LoginFailure:
        print(BAD_TOKEN, file=sys.stderr)
    except discord.Forbidden:
        print(NO_SCOPE, file=sys.stderr)
    except discord.PrivilegedIntentsRequired:
        print(
            "error: Discord wants a privileged intent this bot does not use; check the portal.",
            file=sys.stderr,
        )
    except discord.ConnectionClosed as error:
        print(f"error: Discord closed the gateway connection (code {error.code}).", file=sys.stderr)
    except discord.HTTPException as error:
        print(f"error: Discord answered {error.status} at start-up; try again later.", file=sys.stderr)
    except (discord.GatewayNotFound, aiohttp.ClientError, OSError) as error:
        print(f"error: cannot reach Discord ({type(error).__name__}); check the network.", file=sys.stderr)
    return EXIT_FAILURE
