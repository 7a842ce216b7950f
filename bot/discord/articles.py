"""`/article add|list|remove|use`: a server's own articles, managed from Discord.

Adding, removing and choosing the default need Manage Server: the group's default_permissions
hides it from other members, and a runtime check refuses them anyway (permissions can be
overridden per channel or role). `/articles` lists them for everyone.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.catalog import Catalog, CatalogEntry, stored_label
from bot.core.errors import SPLIT_REMEDY, ArticleError
from bot.discord import embeds, limits, markdown
from bot.discord.embeds import Reply
from bot.discord.respond import send_reply
from bot.store import StoredArticle
from bot.web.limits import MAX_PAGE_BYTES

log = logging.getLogger(__name__)

NEEDS_MANAGE_SERVER = "Only members with the Manage Server permission can add, remove or choose articles."
GIVE_ONE_SOURCE = "Give either a `url` or a `file` (.txt, .md or .html), not both and not neither."


def _catalog(interaction: discord.Interaction) -> Catalog:
    return interaction.client.catalog  # type: ignore[attr-defined]


def can_manage(interaction: discord.Interaction) -> bool:
    permissions = interaction.permissions
    return interaction.guild_id is not None and (permissions.manage_guild or permissions.administrator)


async def _refuse_unless_manager(interaction: discord.Interaction) -> bool:
    """True (and an ephemeral refusal sent) when the member may not change the server's articles."""
    if can_manage(interaction):
        return False
    await send_reply(interaction, embeds.notice(NEEDS_MANAGE_SERVER, title="Not allowed"))
    return True


class ArticleGroup(app_commands.Group):
    """The /article group; only in servers, Manage Server by default."""

    def __init__(self) -> None:
        super().__init__(
            name="article",
            description="Add, list, remove or choose this server's articles",
            guild_only=True,
            default_permissions=discord.Permissions(manage_guild=True),
        )

    @app_commands.command(name="add", description="Add an article from a link or a .txt, .md or .html file")
    @app_commands.describe(url="A link to the article (http or https)", file="A .txt, .md or .html file")
    async def add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, 500] | None = None,
        file: discord.Attachment | None = None,
    ) -> None:
        if await _refuse_unless_manager(interaction):
            return
        if (url is None) == (file is None):
            await send_reply(interaction, embeds.notice(GIVE_ONE_SOURCE))
            return
        if file is not None and file.size > MAX_PAGE_BYTES:
            raise ArticleError(
                f"{file.filename} is too large; files up to {MAX_PAGE_BYTES // 2**20} MB can be added. "
                + SPLIT_REMEDY
            )
        await interaction.response.defer(thinking=True)  # a site may take up to the fetch time-out
        catalog, user = _catalog(interaction), str(interaction.user.id)
        if url is not None:
            added = await catalog.add_url(interaction.guild_id, url, added_by=user)
        else:
            added = await catalog.add_file(
                interaction.guild_id, file.filename, await file.read(), added_by=user
            )
        await send_reply(
            interaction,
            added_reply(added, now_default=not await catalog.has_chosen_default(interaction.guild_id)),
        )

    @app_commands.command(name="list", description="The articles this server can ask about")
    async def list_(self, interaction: discord.Interaction) -> None:
        await send_articles(interaction)

    @app_commands.command(name="remove", description="Remove an article this server added")
    @app_commands.describe(article="The article to remove (type to search)")
    async def remove(
        self, interaction: discord.Interaction, article: app_commands.Range[str, 1, 100]
    ) -> None:
        if await _refuse_unless_manager(interaction):
            return
        removed = await _catalog(interaction).remove(interaction.guild_id, article)
        await send_reply(interaction, Reply((embeds.make_embed("Removed", _line(removed)),)))

    @app_commands.command(name="use", description="Choose the article commands answer about by default")
    @app_commands.describe(article="The article to use (type to search)")
    async def use(self, interaction: discord.Interaction, article: app_commands.Range[str, 1, 100]) -> None:
        if await _refuse_unless_manager(interaction):
            return
        chosen = await _catalog(interaction).use(interaction.guild_id, article)
        text = f"Commands in this server now answer about {_line(chosen)} unless they name another."
        await send_reply(interaction, Reply((embeds.make_embed("Default article", text),)))

    @remove.autocomplete("article")
    async def _stored_choices(self, interaction: discord.Interaction, current: str):
        # Only the server's own are ranked: bundled matches must not crowd them out.
        entries = await _catalog(interaction).choices(
            interaction.guild_id, current, limits.AUTOCOMPLETE_CHOICES, stored_only=True
        )
        return [_choice(entry) for entry in entries]

    @use.autocomplete("article")
    async def _all_choices(self, interaction: discord.Interaction, current: str):
        return await article_choices(interaction, current)


async def article_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Bundled articles and this server's own, best match first; not a bundled file found unreadable."""
    unusable = getattr(interaction.client, "unusable", set())
    wanted = limits.AUTOCOMPLETE_CHOICES + len(unusable)
    entries = await _catalog(interaction).choices(interaction.guild_id, current, wanted)
    usable = [entry for entry in entries if entry.stored or entry.ref not in unusable]
    return [_choice(entry) for entry in usable[: limits.AUTOCOMPLETE_CHOICES]]


async def send_articles(interaction: discord.Interaction) -> None:
    catalog = _catalog(interaction)
    entries = await catalog.entries(interaction.guild_id)
    default, chosen = (
        await catalog.default_entry(interaction.guild_id) if interaction.guild_id else (None, False)
    )
    await send_reply(
        interaction, list_reply(entries, default, chosen=chosen, in_dm=interaction.guild_id is None)
    )


# A direct message has no server: no articles of its own, and /article add is not offered there.
SERVERS_OWN = "Articles a server adds answer in that server only."


# The mark of the article commands answer about when they name none: chosen with /article use, or the
# newest the server added.
CHOSEN_MARK = " · **default**"
NEWEST_MARK = " · **default** (added last; `/article use` chooses another)"


def list_reply(
    entries: list[CatalogEntry], default: CatalogEntry | None, *, chosen: bool = True, in_dm: bool = False
) -> Reply:
    blocks = []
    for entry in entries:
        mark = ""
        if default is not None and entry.ref == default.ref and entry.stored == default.stored:
            mark = CHOSEN_MARK if chosen else NEWEST_MARK
        blocks.append(_line(entry) + mark)
    own = sum(entry.stored for entry in entries)
    header = f"{len(entries) - own} bundled, {own} added by this server. Add one with `/article add`."
    if in_dm:
        header = f"{len(entries) - own} bundled. {SERVERS_OWN}"
    return embeds.paged("Articles", blocks, "", header=header, per_page=limits.LIST_ITEMS_PER_PAGE)


# Said when the article just added becomes the one commands naming none answer about (no default chosen).
NOW_DEFAULT = "Commands that name no article now answer about it."


def added_reply(added: StoredArticle, *, now_default: bool = False) -> Reply:
    use = f"`article:{added.id}` on any command"
    if now_default:
        use = f"{NOW_DEFAULT} Name it on any command with `article:{added.id}`."
    fields = [("Source", markdown.escape(added.source)), ("Use it", use)]
    author = added.metadata.get("author")
    if author:
        fields.insert(1, ("Author", markdown.escape(author)))
    embed = embeds.make_embed(
        f"Added: {markdown.escape(added.title)}",
        fields=fields,
        footer=f"article id: {stored_label(added.id)}",
    )
    if added.source.startswith(("http://", "https://")):
        embed.url = added.source
    return Reply((embed,))


def _line(entry: CatalogEntry) -> str:
    if entry.stored:  # "#3", as footers and suggestions name a server's own article
        return f"`{entry.label}` {markdown.escape(entry.title)}"
    return f"`{entry.ref}` {markdown.escape(entry.title)} (bundled)"


def _choice(entry: CatalogEntry) -> app_commands.Choice[str]:
    name = f"{entry.label} {entry.title}" if entry.stored else entry.title
    return app_commands.Choice(name=markdown.shorten(name, limits.CHOICE_NAME) or entry.ref, value=entry.ref)


def list_command() -> app_commands.Command:
    """`/articles`: the list for everyone (the /article group is for managers by default)."""

    async def articles(interaction: discord.Interaction) -> None:
        await send_articles(interaction)

    return app_commands.Command(
        name="articles", description="The articles you can ask about in this server", callback=articles
    )
