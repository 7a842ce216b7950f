"""The command tree with one error handler: every failure is logged and answered ephemerally.

The person who typed the command always learns what went wrong and what to do next.
"""

from __future__ import annotations

import logging
import math
import time

import discord
from discord import app_commands

from bot.core.errors import ArticleBotError, ArticleNotChosen
from bot.core.language.text import clean_control
from bot.discord.embeds import notice
from bot.discord.markdown import escape
from bot.discord.respond import send_reply

log = logging.getLogger(__name__)

GENERIC_ERROR = "Something went wrong on my side while answering; it has been logged. Please try again."
OUTDATED_COMMAND = (
    "`/{command}` is not one of my commands any more (Discord still shows an older list of them). "
    "Try `/help` for the current ones."
)
# Discord's command list is older than the bot's: registered before an update, not synced since.
_OUTDATED = app_commands.CommandNotFound | app_commands.CommandSignatureMismatch


def error_message(
    error: Exception, command: str = "", now: float | None = None, *, in_message: bool = False
) -> str:
    """The short text the user sees for `error` (unwrapping what discord.py wraps); `in_message`: for a
    message to the bot, which has no `article` option to choose with."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, _OUTDATED):
        return OUTDATED_COMMAND.format(command=escape(command or "that command"))
    if isinstance(error, app_commands.CommandOnCooldown):
        # <t:UNIX:R> renders as a live "in 4 seconds" countdown in the reader's own client.
        ready = math.ceil((time.time() if now is None else now) + error.retry_after)
        return f"`/{command or 'that command'}` is cooling down: try again <t:{ready}:R>."
    if isinstance(error, ArticleNotChosen):
        examples = escape(", ".join(error.ids[:5]))  # file names: shown as written
        if in_message:  # "choose one with the `article` option" of a message, which has none
            return (
                f"{len(error.ids)} articles are loaded, and a message cannot say which one: use the "
                f"slash command with its `article` option (for example {examples}), or reply to one "
                "of my answers about the article you mean."
            )
        return (
            f"{len(error.ids)} articles are loaded: choose one with the `article` option (type to "
            f"search), for example {examples}."
        )
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
    return isinstance(
        error, ArticleBotError | app_commands.CheckFailure | app_commands.TransformerError | _OUTDATED
    )


# Discord's code for an interaction it no longer waits for (answered too late, or the token expired).
UNKNOWN_INTERACTION = 10062


class _LateSuggestions(logging.Filter):
    """Suggestions for a keystroke Discord has moved past (the user kept typing) come back as 10062:
    routine in a busy server, so no traceback per keystroke in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION:
            log.debug("suggestions arrived after Discord had moved on")
            return False
        return True


def _quiet_late_suggestions() -> None:
    logger = logging.getLogger(app_commands.tree.__name__)  # where discord.py logs autocomplete failures
    if not any(isinstance(f, _LateSuggestions) for f in logger.filters):
        logger.addFilter(_LateSuggestions())


class ArticleTree(app_commands.CommandTree):
    def __init__(self, client: discord.Client, **options) -> None:
        super().__init__(client, **options)
        _quiet_late_suggestions()

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Every text option as typed, less terminal escape sequences and control characters, before any
        command or autocomplete reads it: a name pasted in colour ("\x1b[1mGarner\x1b[0m") kept "[1m"."""
        _clean_options((interaction.data or {}).get("options") or [])
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        command = _command_name(interaction)
        if self.client.is_closed():  # the bot shut down while answering: nothing can be sent now
            log.warning("/%s was not answered: the bot closed first", command)
            return
        if isinstance(error, _OUTDATED):
            log.warning("/%s: Discord's commands are older than the bot's; run `python -m bot sync`", command)
        elif is_expected(error):
            log.info("/%s: %s", command, error_message(error, command))
        else:
            log.error("/%s failed", command, exc_info=error)
        if interaction.type is discord.InteractionType.autocomplete:
            return  # autocomplete cannot carry a message; the user just sees no choices
        error = _readable_choices(error, getattr(self.client, "unusable", set()))
        try:
            reply = notice(error_message(error, command), error=not is_expected(error))
            async with self.client.answering():  # type: ignore[attr-defined]
                await send_reply(interaction, reply)
        except Exception:  # the interaction itself is gone; the log already has the cause
            log.warning("could not report an error to the user", exc_info=True)


def _clean_options(options: list) -> None:
    """The text values of `options` and of their subcommands' options, cleaned in place."""
    for option in options:
        if isinstance(option.get("value"), str):
            option["value"] = clean_control(option["value"])
        _clean_options(option.get("options") or [])


def _readable_choices(error: Exception, unusable: set[str]) -> Exception:
    """ "Choose one" offering only the articles that could be read at warm-up (as autocomplete does),
    while two or more are left to choose from."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if not isinstance(original, ArticleNotChosen) or not unusable:
        return error
    readable = [article_id for article_id in original.ids if article_id not in unusable]
    return ArticleNotChosen(readable) if len(readable) > 1 else error


def _command_name(interaction: discord.Interaction) -> str:
    """The command as typed: also one the bot no longer has, which Discord still offers."""
    if interaction.command is not None:
        return interaction.command.name
    return str((interaction.data or {}).get("name") or "?")
