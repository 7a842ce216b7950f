"""The slash commands: each validates nothing itself, calls the command layer and sends embeds.

`build_commands` adds the `article` option (with autocomplete) only when several articles are loaded.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import discord
from discord import app_commands

from bot.catalog import Catalog
from bot.core import api, constants
from bot.core.article import Article, Library
from bot.core.errors import ArticleNotChosen, QueryError
from bot.core.search.query import paragraph_references
from bot.core.typed import is_greeting
from bot.discord import actions, embeds, limits, markdown, mentions
from bot.discord.articles import ArticleGroup, article_choices, list_command
from bot.discord.engine import EnginePool
from bot.discord.respond import send_reply

log = logging.getLogger(__name__)

Sentences = app_commands.Range[int, constants.SUMMARY_MIN_SENTENCES, constants.SUMMARY_MAX_SENTENCES]
Limit = app_commands.Range[int, 1, constants.LOOKUP_MAX_LIMIT]
ShortText = app_commands.Range[str, 1, limits.OPTION_TEXT]
Question = app_commands.Range[str, 1, constants.MAX_QUERY_CHARS]

ARTICLE_OPTION = "article"
ARTICLE_HELP = "Which article (type to search the loaded ones)"


class CommandHost(Protocol):
    """What the commands need from the client that runs them (ArticleBot provides it)."""

    library: Library
    catalog: Catalog
    engine: EnginePool
    defer_after: float
    page_timeout: float
    command_ids: dict[str, int]  # Discord's ids of the synced commands, for clickable mentions
    article_option: bool  # the commands take an `article` option (several articles, or a store)
    user: discord.ClientUser | None

    def first_usable_article(self) -> Article: ...

    def articles_among(self, first: Article, stored: list[Callable[[], Article]]) -> list[Article]: ...


def _bot(interaction: discord.Interaction) -> CommandHost:
    return interaction.client  # type: ignore[return-value]


_answer = actions.answer

# An option holding only mentions (`@everyone`, `<@123>`, `#general`, custom emoji), which are no words
# of it: said so, where "the question is empty" would puzzle someone who typed something.
ONLY_MENTIONS = {
    "speaker": "A mention is no name from the article: type the person's name as the article writes it "
    "(suggestions appear as you type).",
    "keyword": "A mention is no word of the article: type the word or phrase to find.",
    "question": "A mention is no question: type the question in words, for example “Who is quoted?”",
}


def _typed(interaction: discord.Interaction, text: str, option: str) -> str:
    """`text` as the person read it when typing: Discord puts a token in an option for "@name"
    ("<@123>"); among the words it is the name Discord resolved and showed them ("What did <@123>
    say?" was "What did say?"), before them it addresses someone and is left out. A name or keyword
    that is one mention alone is its name; a question never is."""
    bot = _bot(interaction)
    names = mentions.resolved_names(interaction.data, bot.user.id if bot.user else None)
    cleaned = mentions.clean(text, names)
    if not cleaned and text.strip():  # something was typed, and all of it was mentions
        alone = mentions.only_name(text, names) if option != "question" else ""
        if not alone:
            raise QueryError(ONLY_MENTIONS[option])
        return alone
    return cleaned


# --- command callbacks (the `article` parameter is removed when one article is loaded) ---


async def summary(
    interaction: discord.Interaction,
    sentences: Sentences = constants.SUMMARY_DEFAULT_SENTENCES,
    article: str | None = None,
) -> None:
    await _answer(
        interaction,
        article,
        lambda a: embeds.summary_reply(api.summary(a, sentences), embeds.Frame.of(a), a, asked=sentences),
    )


async def quote(interaction: discord.Interaction, speaker: ShortText, article: str | None = None) -> None:
    # A name picked after "@" arrives as a mention token; _typed reads it as the name Discord showed.
    speaker = _typed(interaction, speaker, "speaker")
    if not (article or "").strip():  # none named: the article that quotes them, as for a mention

        def among(articles: list[Article]) -> embeds.Reply:
            found_in, found = api.quote_among(articles, speaker)
            return embeds.quote_reply(found, embeds.Frame.of(found_in), among=len(articles) > 1)

        await actions.answer_among(interaction, among)
        return
    await _answer(
        interaction, article, lambda a: embeds.quote_reply(api.quote(a, speaker), embeds.Frame.of(a))
    )


async def speakers(interaction: discord.Interaction, article: str | None = None) -> None:
    await _answer(interaction, article, lambda a: embeds.speakers_reply(api.speakers(a), embeds.Frame.of(a)))


async def lookup(
    interaction: discord.Interaction,
    keyword: ShortText,
    limit: Limit = constants.LOOKUP_DEFAULT_LIMIT,
    article: str | None = None,
) -> None:
    keyword = _typed(interaction, keyword, "keyword")  # as in /ask: a mention token is no word to look up
    if not (article or "").strip():  # none named: the article holding the keyword, as /ask finds one

        def among(articles: list[Article]) -> embeds.Reply:
            found_in, found = api.lookup_among(articles, keyword, limit)
            return embeds.lookup_reply(found, embeds.Frame.of(found_in), limit)

        # "¶2" is read in the server's default (or newest added) article, as /summary reads it.
        await actions.answer_among(interaction, among, server_first=paragraph_references(keyword) is not None)
        return
    await _answer(
        interaction,
        article,
        lambda a: embeds.lookup_reply(api.lookup_all(a, keyword, limit), embeds.Frame.of(a), limit),
    )


async def ask(interaction: discord.Interaction, question: Question, article: str | None = None) -> None:
    # Discord sends a mention typed into an option as a token ("<@123> who is X?"), as in a message:
    # it is no word of the question, and "The article doesn't mention 123" would be the reply.
    question = _typed(interaction, question, "question")
    if is_greeting(question):  # "hi", "help", "thanks": the help card, as a mention saying so gets
        await show_help(interaction)
        return
    if not (article or "").strip():  # none named: the article the question is about, as for a mention

        def among(articles: list[Article]) -> embeds.Reply:
            answered_from, answer = api.ask_among(articles, question)
            return embeds.answer_reply(answer, embeds.Frame.of(answered_from))

        await actions.answer_among(interaction, among)
        return
    await _answer(
        interaction, article, lambda a: embeds.answer_reply(api.ask(a, question), embeds.Frame.of(a))
    )


async def about(interaction: discord.Interaction, article: str | None = None) -> None:
    bot = _bot(interaction)
    mention = bot.user.mention if bot.user else ""
    await _answer(
        interaction,
        article,
        lambda a: embeds.about_reply(
            api.about(a), bot.command_ids, mention, a.url, in_dm=interaction.guild_id is None
        ),
    )


async def show_help(interaction: discord.Interaction) -> None:
    bot = _bot(interaction)
    mention = bot.user.mention if bot.user else ""
    in_dm = interaction.guild_id is None
    await send_reply(
        interaction, embeds.help_reply(bot.command_ids, mention, bot.article_option, in_dm=in_dm)
    )


# --- autocomplete --------------------------------------------------------------------


def _choice(name: str, value: str) -> app_commands.Choice[str]:
    return app_commands.Choice(
        name=markdown.shorten(name, limits.CHOICE_NAME) or "?", value=value[: limits.CHOICE_VALUE]
    )


async def _within_budget(
    interaction: discord.Interaction,
    work: Callable[[], list[app_commands.Choice[str]]],
    budget: float = limits.AUTOCOMPLETE_BUDGET,
) -> list[app_commands.Choice[str]]:
    """Autocomplete cannot be deferred: no choices beats a late answer that Discord drops."""
    future = _bot(interaction).engine.run(work)
    try:
        return await asyncio.wait_for(future, timeout=max(0.0, budget))
    except Exception:  # a bad partial input or a slow article must never surface as an error
        log.debug("autocomplete gave up", exc_info=True)
        return []


async def speaker_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    bot = _bot(interaction)
    ref = getattr(interaction.namespace, ARTICLE_OPTION, None)
    # One budget for finding the article and reading it: Discord drops choices sent after 3 s.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limits.AUTOCOMPLETE_BUDGET
    try:
        load = await asyncio.wait_for(
            bot.catalog.locate(interaction.guild_id, ref), limits.AUTOCOMPLETE_BUDGET
        )
    except Exception:  # an unknown article or a slow database: no suggestions, never an error
        log.debug("speaker autocomplete could not find the article", exc_info=True)
        return []

    def work() -> list[app_commands.Choice[str]]:
        try:
            article = load()
        except ArticleNotChosen:  # several articles, none chosen yet: /quote finds the one quoting them
            return _names_among(bot, current, deadline - limits.AUTOCOMPLETE_MARGIN)
        names = api.complete_speaker(article, current, limits.AUTOCOMPLETE_CHOICES)
        counts = {s.name: s.quotes for s in api.speakers(article).speakers}
        return [_choice(_speaker_label(name, counts), name) for name in names[: limits.AUTOCOMPLETE_CHOICES]]

    return await _within_budget(interaction, work, deadline - loop.time())


def _names_among(bot: CommandHost, current: str, deadline: float) -> list[app_commands.Choice[str]]:
    """Names from every loaded article, each labelled with its article: the quoted before those only
    named, each article's best fits in turn (so every article shows), gathered as far as the time
    allows. Discord lists the required `speaker` before the `article` option, and /quote naming
    none answers from the article quoting them."""
    ranked: list[tuple[bool, int, int, str, str]] = []
    for order, article in enumerate(bot.articles_among(bot.first_usable_article(), [])):
        if time.monotonic() > deadline:  # the event loop's clock: asyncio's loop.time() is monotonic
            break
        counts = {s.name: s.quotes for s in api.speakers(article).speakers}
        for rank, name in enumerate(api.complete_speaker(article, current, limits.AUTOCOMPLETE_CHOICES)):
            label = f"{_speaker_label(name, counts)} · {article.id}"
            ranked.append((not counts.get(name), rank, order, label, name))
    choices: dict[str, app_commands.Choice[str]] = {}
    for *_, label, name in sorted(ranked):
        choices.setdefault(name, _choice(label, name))
    return list(choices.values())[: limits.AUTOCOMPLETE_CHOICES]


def _speaker_label(name: str, counts: dict[str, int]) -> str:
    """What a choice shows ("Xi Jinping · 3 quotes"); its value stays the bare name."""
    count = counts.get(name, 0)
    if not count:
        return f"{name} · named, not quoted"
    return f"{name} · {count} quote{'s' if count != 1 else ''}"


async def article_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """The bundled articles and this server's own; a keystroke never parses an article."""
    try:
        return await asyncio.wait_for(article_choices(interaction, current), limits.AUTOCOMPLETE_BUDGET)
    except Exception:  # a slow database must never surface as an error
        log.debug("article autocomplete gave up", exc_info=True)
        return []


# --- the command table -----------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    callback: Callable
    description: str
    options: dict[str, str]
    autocomplete: dict[str, Callable] | None = None
    per_article: bool = True  # takes the `article` option when several articles are loaded


SPECS: dict[str, Spec] = {
    "summary": Spec(
        summary,
        "The article's key sentences, in article order",
        {"sentences": f"How many sentences ({Sentences.min_value}-{Sentences.max_value})"},
    ),
    "quote": Spec(
        quote,
        "What a person said in the article, word for word",
        {"speaker": "Who: surname, full name or title (suggestions appear as you type)"},
        {"speaker": speaker_autocomplete},
    ),
    "speakers": Spec(speakers, "Everyone quoted in the article, most quoted first", {}),
    "lookup": Spec(
        lookup,
        "Paragraphs that mention a word or phrase (typos tolerated)",
        {
            "keyword": "The word or phrase to find",
            "limit": f"Paragraphs per page (1-{constants.LOOKUP_MAX_LIMIT}); buttons turn the pages",
        },
    ),
    "ask": Spec(ask, "Ask a question; the answer comes from the article", {"question": "Your question"}),
    "about": Spec(about, "What the article is, who is quoted, and how to use this bot", {}),
    "help": Spec(show_help, "What this bot answers, and how to ask", {}, per_article=False),
}


def build_commands(
    multi_article: bool, with_store: bool = False
) -> list[app_commands.Command | app_commands.Group]:
    """Every slash command, with descriptions, limits, cooldowns and autocomplete attached; with a
    store, the article option is always there and /article and /articles manage the server's own."""
    commands: list = [_build(name, spec, multi_article or with_store) for name, spec in SPECS.items()]
    if with_store:
        commands += [ArticleGroup(), list_command()]
    return commands


def _build(name: str, spec: Spec, multi_article: bool) -> app_commands.Command:
    multi_article = multi_article and spec.per_article
    callback = _wrap(spec.callback, drop=None if multi_article else ARTICLE_OPTION)
    options = dict(spec.options)
    if multi_article:
        options[ARTICLE_OPTION] = ARTICLE_HELP
    if options:
        callback = app_commands.describe(**options)(callback)
    callback = app_commands.checks.cooldown(limits.COOLDOWN_RATE, limits.COOLDOWN_PER, key=_user_key)(
        callback
    )
    command = app_commands.Command(name=name, description=spec.description, callback=callback)
    for option, complete in (spec.autocomplete or {}).items():
        command.autocomplete(option)(complete)
    if multi_article:
        command.autocomplete(ARTICLE_OPTION)(article_autocomplete)
    return command


def _user_key(interaction: discord.Interaction) -> int:
    return interaction.user.id


def _wrap(callback: Callable, drop: str | None = None) -> Callable:
    """A fresh function for one command: it carries that command's decorator attributes, and
    leaves `drop` out of the signature Discord sees (the callback then uses its default)."""
    signature = inspect.signature(callback)
    kept = [p for p in signature.parameters.values() if p.name != drop]

    async def wrapper(interaction: discord.Interaction, **options):
        return await callback(interaction, **options)

    wrapper.__name__ = wrapper.__qualname__ = callback.__name__
    wrapper.__signature__ = signature.replace(parameters=kept)  # type: ignore[attr-defined]
    return wrapper
