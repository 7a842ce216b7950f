"""How work and replies meet an interaction: off the event loop, deferred when slow, never lost.

Every reply to a slash command, a button or an error goes through `send_reply`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
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
    started = asyncio.get_running_loop().time()
    task = pool.run(work)
    done = set() if late else (await asyncio.wait({task}, timeout=defer_after))[0]
    if not done:
        await acknowledge(interaction)
    return await pool.within_budget(task, started)


# Set in an interaction's extras when its answer is for the asker only (a paragraph opened from a
# menu): a "thinking..." it needs is then shown to them only, never in the channel.
PRIVATE = "private"


async def acknowledge(interaction: discord.Interaction) -> None:
    """Show "thinking..." unless already answered; an interaction Discord no longer waits for (the
    3 s passed, or it expired) is one log line, and its reply will say so again when it fails."""
    if interaction.response.is_done():
        return
    try:
        await interaction.response.defer(thinking=True, ephemeral=bool(interaction.extras.get(PRIVATE)))
    except discord.NotFound:
        log.warning("interaction %s expired before it was acknowledged", interaction.id)
    except discord.HTTPException:
        log.warning("could not defer interaction %s", interaction.id, exc_info=True)


async def send_reply(
    interaction: discord.Interaction,
    reply: Reply,
    *,
    page_timeout: float | None = None,
    items: Sequence[discord.ui.Item] = (),
) -> None:
    """Send `reply` as the answer to `interaction`, with page buttons when it has several pages
    and `items` (buttons, menus) below."""
    view = make_view(
        reply, interaction.user.id, page_timeout or limits.PAGE_TIMEOUT, items, client=interaction.client
    )
    embed = reply.pages[reply.first]
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
                and not interaction.extras.get(PRIVATE)
            ):
                # The first follow-up would inherit the public "thinking..." message; remove it so
                # the notice is seen only by the person who asked.
                await _delete_original(interaction)
            await interaction.followup.send(wait=True, **kwargs)
    except discord.NotFound:
        log.warning("interaction %s expired before the reply was sent", interaction.id)
        return
    if isinstance(view, Paginator):
        view.origin = interaction


def make_view(
    reply: Reply,
    owner_id: int,
    timeout: float,
    items: Sequence[discord.ui.Item] = (),
    client: discord.Client | None = None,
) -> discord.ui.View | None:
    """Page buttons for a reply of several pages, then `items`; None when there is nothing to press."""
    view: discord.ui.View | None = None
    if len(reply.pages) > 1:
        view = Paginator(
            reply.pages,
            owner_id,
            timeout=timeout,
            client=client,
            page_citations=reply.page_citations,
            first=reply.first,
        )
    elif items:
        view = discord.ui.View(timeout=timeout)  # items outlive it: they are dynamic
    for item in items:
        view.add_item(item)  # type: ignore[union-attr]
    if isinstance(view, Paginator):
        view.offer_cited()  # the first page may cite nothing
    return view


async def _delete_original(interaction: discord.Interaction) -> None:
    try:
        await interaction.delete_original_response()
    except discord.HTTPException:
        log.debug("could not delete the deferred message", exc_info=True)
