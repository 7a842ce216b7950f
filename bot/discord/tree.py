"""The command tree with one error handler: every failure is logged and answered ephemerally.

The person who typed the command always learns what went wrong and what to do next.
"""

from __future__ import annotations

import logging
import math
import time

import discord
from discord import app_commands

from bot.core.errors import ArticleBotError
from bot.discord.embeds import escape, notice
from bot.discord.respond import send_reply

log = logging.getLogger(__name__)

GENERIC_ERROR = "Something went wrong on my side while answering; it has been logged. Please try again."


def error_message(error: Exception, command: str = "", now: float | None = None) -> str:
    """The short text the user sees for `error` (unwrapping what discord.py wraps)."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.CommandOnCooldown):
        # <t:UNIX:R> renders as a live "in 4 seconds" countdown in the reader's own client.
        ready = math.ceil((time.time() if now is None else now) + error.retry_after)
        return f"`/{command or 'that command'}` is cooling down: try again <t:{ready}:R>."
    if isinstance(error, ArticleBotError):
        # It may echo what someone typed or named (an article, a file, a title): shown as written.
        return escape(str(error))
    if isinstance(error, app_commands.TransformerError):
        return (
            f"“{discord.utils.escape_markdown(str(error.value))[:100]}” is not a valid value for that option."
        )
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    return GENERIC_ERROR


def is_expected(error: Exception) -> bool:
    """Errors caused by the user's input, which need no traceback in the log."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return isinstance(error, ArticleBotError | app_commands.CheckFailure | app_commands.TransformerError)


class ArticleTree(app_commands.CommandTree):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        command = interaction.command.name if interaction.command else "?"
        if is_expected(error):
            log.info("/%s: %s", command, error_message(error, command))
        else:
            log.error("/%s failed", command, exc_info=error)
        if interaction.type is discord.InteractionType.autocomplete:
            return  # autocomplete cannot carry a message; the user just sees no choices
        try:
            reply = notice(error_message(error, command), error=not is_expected(error))
            await send_reply(interaction, reply)
        except Exception:  # the interaction itself is gone; the log already has the cause
            log.warning("could not report an error to the user", exc_info=True)
