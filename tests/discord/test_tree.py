"""The one error handler's wording: each kind of failure gets a short message that says what to do."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.core.errors import ArticleError, QueryError
from bot.discord.tree import GENERIC_ERROR, error_message, is_expected


def invoke_error(original: Exception) -> app_commands.CommandInvokeError:
    async def callback(interaction: discord.Interaction) -> None: ...

    command = app_commands.Command(name="x", description="x", callback=callback)
    return app_commands.CommandInvokeError(command, original)


def test_a_cooldown_names_the_command_and_when_as_a_discord_timestamp():
    error = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 10.0), retry_after=3.2)
    assert error_message(error, "ask", now=1000.0) == "`/ask` is cooling down: try again <t:1004:R>."


def test_an_article_bot_error_is_shown_as_its_own_message():
    error = invoke_error(QueryError("Ask for 1 to 10 sentences."))
    assert error_message(error) == "Ask for 1 to 10 sentences."
    assert is_expected(error)


def test_an_article_bot_error_echoing_a_title_shows_it_as_written():
    error = invoke_error(ArticleError("Already added: Vote to *strike* <@1>."))
    assert error_message(error) == "Already added: Vote to \\*strike\\* \\<@1\\>."


def test_a_bad_option_value_is_named_and_escaped():
    transformer = app_commands.Range[int, 1, 10]
    error = app_commands.TransformerError("*bad*", discord.AppCommandOptionType.integer, transformer)
    assert error_message(error) == "“\\*bad\\*” is not a valid value for that option."


def test_a_failed_check_is_explained():
    assert error_message(app_commands.CheckFailure()) == "You can't use this command here."


def test_anything_else_gets_the_generic_message_and_is_unexpected():
    error = invoke_error(RuntimeError("secret internals"))
    assert error_message(error) == GENERIC_ERROR
    assert not is_expected(error)
