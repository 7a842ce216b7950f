"""How work and replies meet an interaction: off the event loop, deferred when slow, never lost.

Every reply to a slash command, a button or an error goes through `send_reply`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TypeVar

import discord

from bot.discord import limits
from bot.discord.embeds import Reply
from bot.discord.engine import EnginePool
from bot.discord.views import Paginator

log = logging.getLogger(__name__)
T = TypeVar("T")


async def compute(
    interaction: discord.Interaction, work: Callable[[], T], *, pool: EnginePool, defer_after: float
) -> T:
    """Run CPU work on `pool`; acknowledge the interaction at once if the pool expects the work
    to finish after `defer_after` seconds, else when it is still running at `defer_after`."""
    late = pool.would_be_late(defer_after)
    task = pool.run(work)
    done = set() if late else (await asyncio.wait({task}, timeout=defer_after))[0]
    if not done and not interaction.response.is_done():
        try:
            await interaction.response.defer(thinking=True)
        except discord.HTTPException:
            log.warning("could not defer interaction %s", interaction.id, exc_info=True)
    return await task


async def send_reply(
    interaction: discord.Interaction, reply: Reply, *, page_timeout: float | None = None
) -> None:
    """Send `reply` as the answer to `interaction`, with page buttons when it has several pages."""
    view: Paginator | None = None
    if len(reply.pages) > 1:
        view = Paginator(reply.pages, interaction.user.id, timeout=page_timeout or limits.PAGE_TIMEOUT)
    embed = reply.pages[0]
    kwargs: dict = {"embed": embed, "ephemeral": reply.ephemeral}
    if view is not None:
        kwargs["view"] = view
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(**kwargs)
        else:
            if (
                reply.ephemeral
                and interaction.response.type is discord.InteractionResponseType.deferred_channel_message
            ):
                # The first follow-up would inherit the public "thinking..." message; remove it so
                # the notice is seen only by the person who asked.
                await _delete_original(interaction)
            await interaction.followup.send(wait=True, **kwargs)
    except discord.NotFound:
        log.warning("interaction %s expired before the reply was sent", interaction.id)
        return
    if view is not None:
        view.origin = interaction


async def _delete_original(interaction: discord.Interaction) -> None:
    try:
        await interaction.delete_original_response()
    except discord.HTTPException:
        log.debug("could not delete the deferred message", exc_info=True)
