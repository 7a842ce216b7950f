"""Previous/Next buttons that turn the pages of a long reply.

Only the person who asked can turn pages; the buttons are greyed out when the view times out.
"""

from __future__ import annotations

import logging
import secrets
import weakref
from collections.abc import Sequence

import discord

from bot.discord import limits

log = logging.getLogger(__name__)

STALE = "Those pages can no longer be turned; run the command again."
# Page buttons' custom_ids start so (then a nonce, then the direction): a press that no live view
# claims (the bot restarted, or the pages expired) is recognised and answered, not left to fail.
PAGE_ID_PREFIX = "ab:page:"
# The page buttons in service, by custom_id: a view leaves when it is finished or collected.
_live_pages: weakref.WeakValueDictionary[str, Paginator] = weakref.WeakValueDictionary()
NOT_YOURS = "Only the person who asked can turn these pages. Run the command yourself to get your own copy."


def cited_options(paragraphs: Sequence[int]) -> list[discord.SelectOption]:
    """The read menu's options: one per cited paragraph, as many as a menu holds."""
    return [discord.SelectOption(label=f"¶{n}", value=str(n)) for n in paragraphs[: limits.CITATIONS]]


class Paginator(discord.ui.View):
    """Shows `pages[index]`; buttons move between pages for the owner only."""

    def __init__(
        self,
        pages: Sequence[discord.Embed],
        owner_id: int,
        timeout: float = limits.PAGE_TIMEOUT,
        client: discord.Client | None = None,
        page_citations: Sequence[Sequence[int]] = (),
        first: int = 0,
    ):
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = first
        # The interaction whose reply carries these buttons: used to grey them out on timeout.
        self.origin: discord.Interaction | None = None
        # A reply to a message (a mention) has no interaction: the message sent is edited instead.
        self.sent: discord.Message | None = None
        self.client = client  # registers the reply's menus and buttons again when the pages expire
        self.page_citations = [tuple(cited) for cited in page_citations]
        self._read_menu: discord.ui.DynamicItem | None = None  # kept while a page shows none
        nonce = secrets.token_hex(8)
        self.previous_page.custom_id = f"{PAGE_ID_PREFIX}{nonce}:previous"
        self.next_page.custom_id = f"{PAGE_ID_PREFIX}{nonce}:next"
        for button in (self.previous_page, self.next_page):
            _live_pages[button.custom_id] = self
        self._refresh()

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    def _refresh(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        pages = {self.previous_page.custom_id, self.next_page.custom_id}
        if interaction.user.id == self.owner_id or (interaction.data or {}).get("custom_id") not in pages:
            return True  # anyone may use the other items (open a cited paragraph)
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._refresh()
        self.offer_cited()
        await interaction.response.edit_message(embed=self.current, view=self)
        # The press's token is fresh: the reply's own expires 15 minutes after the command (Discord
        # then answers 401), and greying out the buttons on timeout must still work after that.
        self.origin = interaction

    async def on_timeout(self) -> None:
        self._keep_dynamic_items()
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        try:
            if self.origin is not None:
                await self.origin.edit_original_response(view=self)
            elif self.sent is not None:
                await self.sent.edit(view=self)
        except discord.HTTPException:  # the message was deleted, or the token expired
            log.debug("could not disable page buttons", exc_info=True)

    def offer_cited(self) -> None:
        """The read menu offers the paragraphs of the page on screen (a menu holds 25, a lookup may
        cite hundreds); a page citing none (a page of /speakers' names) shows no menu."""
        if not self.page_citations:
            return  # one list for every page: the menu stays as made
        menu = self._read_menu or next((item for item in self.children if _is_menu(item)), None)
        if menu is None:
            return
        self._read_menu = menu
        cited = self.page_citations[self.index] if self.index < len(self.page_citations) else ()
        if not cited:
            if menu in self.children:
                self.remove_item(menu)
            return
        menu.item.options = cited_options(cited)
        if menu not in self.children:
            self.add_item(menu)

    def _keep_dynamic_items(self) -> None:
        """discord.py forgets a dynamic item's pattern when a view holding one times out, and then
        ignores that menu or button on every message; the reply's menus outlive its pages."""
        dynamic = {type(item) for item in self.children if isinstance(item, discord.ui.DynamicItem)}
        if dynamic and self.client is not None:
            self.client.add_dynamic_items(*dynamic)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item, /) -> None:
        log.error("page button failed", exc_info=error)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(STALE, ephemeral=True)
            else:
                await interaction.response.send_message(STALE, ephemeral=True)
        except discord.HTTPException:
            log.debug("could not report a page button failure", exc_info=True)


def _is_menu(item: discord.ui.Item) -> bool:
    select = getattr(item, "item", None)
    return isinstance(item, discord.ui.DynamicItem) and isinstance(select, discord.ui.Select)


def is_stale_page_press(interaction: discord.Interaction) -> bool:
    """A press of page buttons no live view answers: the bot restarted since the reply, or its
    pages timed out (and greying them out failed)."""
    if interaction.type is not discord.InteractionType.component:
        return False
    custom_id = str((interaction.data or {}).get("custom_id") or "")
    if not custom_id.startswith(PAGE_ID_PREFIX):
        return False
    view = _live_pages.get(custom_id)
    # Another client's view is no answer: a bot restarted within one process (tests) starts afresh.
    return view is None or view.is_finished() or view.client not in (None, interaction.client)


async def answer_stale_page_press(interaction: discord.Interaction) -> None:
    """Grey out the dead page buttons on the message (its menus stay) and tell the presser why,
    instead of Discord's bare "This interaction failed"."""
    try:
        if interaction.message is not None:
            view = discord.ui.View.from_message(interaction.message, timeout=None)
            for item in view.children:
                if isinstance(item, discord.ui.Button) and str(item.custom_id).startswith(PAGE_ID_PREFIX):
                    item.disabled = True
            view.stop()  # nothing to listen for: the menus are answered by their dynamic items
            await interaction.response.edit_message(view=view)
            await interaction.followup.send(STALE, ephemeral=True)
        else:
            await interaction.response.send_message(STALE, ephemeral=True)
    except discord.HTTPException:
        log.debug("could not answer a press of expired page buttons", exc_info=True)
