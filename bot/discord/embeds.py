"""Embeds built from the command layer's results, always within Discord's limits.

Pure functions (no network): each builder returns a Reply whose embeds are the pages to show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

import discord

from bot.catalog import stored_label
from bot.core import api
from bot.core.article import Article
from bot.core.language.text import counted
from bot.core.search import wording
from bot.core.summary.engine import SummarySentence
from bot.discord import limits
from bot.discord.markdown import BOLD, ELLIPSIS, bold_marks, echo, escape, shorten

COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_NOTICE = discord.Colour.gold()
COLOUR_ERROR = discord.Colour.red()

# What each command is for, in the order the help card lists them (with their options).
USAGE = (
    ("summary", "[sentences]", "the key sentences"),
    ("quote", "speaker", "what someone said"),
    ("speakers", "", "who is quoted"),
    ("lookup", "keyword", "paragraphs that mention a word"),
    ("ask", "question", "an answer from the article"),
    ("about", "", "what the article is"),
)
# Listed only where Discord has them registered (a bot with an article store): how a server's
# managers add an article is said where everyone reads how to use the bot.
SERVER_USAGE = (
    ("articles", "", "the articles this server can ask about"),
    ("article add", "url | file", "add an article to this server (Manage Server)"),
)
SERVER_ONLY = frozenset({"article add"})  # Discord offers these in servers only, never in a DM


def command_link(name: str, command_ids: Mapping[str, int] | None = None) -> str:
    """A clickable `</name:id>` when Discord's id for the command is known, else `/name` as code; a
    subcommand ("article add") is linked by its group's id."""
    command_id = (command_ids or {}).get(name.split()[0])
    return f"</{name}:{command_id}>" if command_id else f"`/{name}`"


# In a direct message every message is for the bot: no mention is needed there.
IN_DIRECT_MESSAGE = "Or just type your question here: in a direct message no mention is needed."


def how_to_use(
    command_ids: Mapping[str, int] | None = None, bot_mention: str = "", *, in_dm: bool = False
) -> str:
    registered = [extra for extra in SERVER_USAGE if extra[0].split()[0] in (command_ids or {})]
    usage = USAGE + tuple(extra for extra in registered if not (in_dm and extra[0] in SERVER_ONLY))
    lines = [
        f"{command_link(name, command_ids)}{f' *{options}*' if options else ''} {what}"
        for name, options, what in usage
    ]
    who = bot_mention or "the bot"
    lines.append(IN_DIRECT_MESSAGE if in_dm else f"Or ask {who} directly: {who} *your question*")
    return "\n".join(lines)


@dataclass(frozen=True)
class Frame:
    """The article a reply is about: a short name for footers, its headline (None when the
    article has only a lede) and its web address."""

    name: str
    headline: str | None = None
    url: str | None = None
    ref: str = ""  # the article's id, which buttons on the reply carry; "" is the default article
    # A stored article's number as users type it ("#3"): its footer under its own headline, which
    # would otherwise say the title twice.
    number: str = ""

    @classmethod
    def of(cls, article: Article) -> Frame:
        headline = article.title if article.has_headline else None
        if is_bundled_id(article.id):
            return cls(article.id, headline, article.url, article.id)
        number = article_id_shown(article.id)  # a stored article's number: named with its title
        name = f"{number} · {shorten(article.title, limits.FOOTER_TITLE)}"
        return cls(name, headline, article.url, article.id, number)


def is_bundled_id(article_id: str) -> bool:
    """A bundled article's id is its file's name; a server's own article's is a number."""
    return any(ch.isalpha() for ch in article_id)


def article_id_shown(article_id: str) -> str:
    """An article's id as users type it and footers show it: "#3" for a server's own article."""
    return article_id if is_bundled_id(article_id) else stored_label(article_id)


def frame(article: str | Frame) -> Frame:
    """A Frame, also from a bare title (the article's name, with no headline or address)."""
    return article if isinstance(article, Frame) else Frame(shorten(article, limits.FOOTER_TITLE))


@dataclass(frozen=True)
class Reply:
    """What to send: one embed per page, and whether only the asker sees it."""

    pages: tuple[discord.Embed, ...]
    ephemeral: bool = False
    citations: tuple[int, ...] = ()  # paragraphs the reply cites, offered to read in full
    # A reply of several pages: the paragraphs each page cites, which its read menu offers in turn.
    page_citations: tuple[tuple[int, ...], ...] = ()
    choices: tuple[str, ...] = ()  # speakers to pick from, offered as buttons
    article: str = ""  # which article the citations and choices belong to (a Frame's ref)
    first: int = 0  # the page shown first ("@bot /lookup harbour --page 2")


def acting(reply: Reply, article: str | Frame, citations=(), choices=()) -> Reply:
    """`reply` with paragraphs to open and speakers to pick, in first-seen order."""
    cited = tuple(dict.fromkeys(citations))[: limits.CITATIONS]
    return replace(reply, citations=cited, choices=tuple(choices), article=frame(article).ref)


def label(paragraph: int, is_caption: bool = False) -> str:
    return f"¶{paragraph} · caption" if is_caption else f"¶{paragraph}"


def footer_text(article: str | Frame, page: int = 1, pages: int = 1, *, under_headline: bool = False) -> str:
    """The article's short name (and the page); under the article's headline, a stored article's
    number alone."""
    about = frame(article)
    text = about.number if under_headline and about.headline and about.number else about.name
    return f"{text} · page {page}/{pages}" if pages > 1 else text


# --- embed assembly ----------------------------------------------------------------


def make_embed(
    title: str,
    description: str = "",
    *,
    footer: str = "",
    colour: discord.Colour = COLOUR_ANSWER,
    fields: Iterable[tuple[str, str]] = (),
    author: str = "",
    url: str | None = None,
) -> discord.Embed:
    """An embed whose every part, and whose total, is within Discord's limits."""
    embed = discord.Embed(
        title=shorten(title, limits.EMBED_TITLE) or None,
        description=shorten(description, limits.EMBED_DESCRIPTION) or None,
        colour=colour,
        url=url if title else None,
    )
    if author:
        embed.set_author(name=shorten(author, limits.AUTHOR_NAME))
    for name, value in list(fields)[: limits.EMBED_FIELDS]:
        name = shorten(name, limits.FIELD_NAME) or "\u200b"
        embed.add_field(name=name, value=shorten(value, limits.FIELD_VALUE) or "\u200b", inline=False)
    if footer:
        embed.set_footer(text=shorten(footer, limits.FOOTER))
    return fit_total(embed)


def fit_total(embed: discord.Embed) -> discord.Embed:
    """Shorten the description, then drop fields from the end, until the embed fits 6,000."""
    excess = len(embed) - limits.EMBED_TOTAL
    if excess > 0 and embed.description:
        embed.description = shorten(embed.description, max(0, len(embed.description) - excess)) or None
    while len(embed) > limits.EMBED_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    return embed


def framed(heading: str, article: str | Frame, author: str = "") -> dict:
    """Title, link and author line of a reply: the headline as title when the article has one
    (what the reply is then goes in the author line), else the heading. `heading` is plain text:
    a title renders Markdown and is escaped, an author line shows it as written (no backslashes)."""
    about = frame(article)
    if about.headline:
        return {"title": escape(about.headline), "url": about.url, "author": _join(author, heading)}
    return {"title": escape(heading), "url": about.url, "author": author}


def framed_page(
    heading: str, article: str | Frame, description: str, page: int, pages: int, author: str = ""
) -> discord.Embed:
    """One page of a framed reply (see framed): under the article's headline, the footer gives a
    stored article's number alone, and the page."""
    footer = footer_text(article, page, pages, under_headline=True)
    return make_embed(description=description, footer=footer, **framed(heading, article, author))


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def paged(
    title: str,
    blocks: Sequence[str],
    article_title: str | Frame,
    *,
    header: str = "",
    per_page: int = limits.ITEMS_PER_PAGE,
    author: str = "",
    block_citations: Sequence[Sequence[int]] = (),
) -> Reply:
    """One embed per page of blocks, each naming the article and its page number; with the
    paragraphs each block cites, a reply of several pages knows what each page cites."""
    room = limits.PAGE_CHARS - len(header) - 2 if header else limits.PAGE_CHARS
    pages = _pack(blocks, per_page, max(room, limits.ITEM_CHARS))
    embeds = []
    for number, (_first, texts) in enumerate(pages, start=1):
        text = "\n\n".join(texts)
        description = f"{header}\n\n{text}" if header else text
        embeds.append(framed_page(title, article_title, description, number, len(pages), author))
    reply = Reply(tuple(embeds))
    if len(pages) < 2 or not block_citations:
        return reply
    return replace(reply, page_citations=_cited_by_page(pages, block_citations))


def notice(
    text: str, *, title: str = "", fields: Iterable[tuple[str, str]] = (), error: bool = False
) -> Reply:
    """An ephemeral message: nothing found, or something to fix, with what to try next."""
    colour = COLOUR_ERROR if error else COLOUR_NOTICE
    return Reply((make_embed(title, text, colour=colour, fields=fields),), ephemeral=True)


# --- one builder per command -------------------------------------------------------


# Said when a summary has fewer sentences than asked: the rest of a short article are quotations,
# pieces of them or fragments, which do not stand alone.
FEWER_SENTENCES = "all the article has that stand alone"


def summary_reply(
    result: api.Summary, article_title: str | Frame, article: Article | None = None, asked: int | None = None
) -> Reply:
    """The key sentences; with the `article`, sentences of one paragraph that the article does not
    write one after the other are shown apart by an ellipsis, as a quotation's omissions are. Fewer
    than `asked` say why, so a short article's one sentence does not look like a fault."""
    if not result.sentences:
        return notice("The article has no body text to summarise. Try `/about` to see what was loaded.")
    # Sentences of one paragraph read as one block, while the block fits one page item: a
    # one-paragraph article (a corpus export on one line) must not become one block cut off
    # mid-summary.
    runs: list[tuple[int, list[str]]] = []
    previous = None
    for sentence in result.sentences:
        text = escape(sentence.text)
        joined = len(" ".join(runs[-1][1])) + len(text) + 3 if runs else 0
        same_paragraph = bool(runs) and runs[-1][0] == sentence.paragraph
        # Text left out before a sentence of the same paragraph is marked, also when the sentence
        # opens a new block (the paragraph's sentences did not fit one).
        skipped = same_paragraph and previous is not None and _skips_text(article, previous, sentence)
        shown = f"{ELLIPSIS} {text}" if skipped else text
        if same_paragraph and joined <= limits.ITEM_CHARS - 20:
            runs[-1][1].append(shown)
        else:
            runs.append((sentence.paragraph, [shown]))
        previous = sentence
    blocks = [f"**{label(paragraph)}** {' '.join(texts)}" for paragraph, texts in runs]
    count = len(result.sentences)
    title = f"Summary: {counted(count, 'key sentence')}"
    if len(blocks) < count:  # sentences of one paragraph were merged: say why fewer blocks show
        # A long paragraph's sentences may fill two blocks: count paragraphs, not blocks.
        title += f" from {counted(len({paragraph for paragraph, _ in runs}), 'paragraph')}"
    if asked is not None and count < asked:
        title += f" ({FEWER_SENTENCES})"
    reply = paged(title, blocks, article_title, per_page=len(blocks))
    return acting(reply, article_title, [paragraph for paragraph, _ in runs])


def _skips_text(article: Article | None, before: SummarySentence, after: SummarySentence) -> bool:
    """True when the article writes something between two summary sentences of one paragraph."""
    if article is None:
        return False
    text = article.paragraph(before.paragraph).text
    start = text.find(before.text)
    following = text.find(after.text, start + len(before.text)) if start >= 0 else -1
    return following >= 0 and bool(text[start + len(before.text) : following].strip())


def quote_reply(result: api.QuoteResult, article_title: str | Frame, *, among: bool = False) -> Reply:
    """The speaker's quotations; `among` several articles asked at once (api.quote_among), a reply
    finding none names the article it speaks of, as a reply finding some does in its footer."""
    speaker = result.speaker
    if speaker is None or not result.quotes:
        return _no_quotes(result, article_title, among)
    who = speaker.name + (f", {speaker.role}" if speaker.role else "")  # plain text: no markdown
    who += f" ({speaker.detail})" if speaker.detail else ""
    who += (
        f" · {_KIND_LABELS[speaker.kind]}" if speaker.kind in _KIND_LABELS else ""
    )  # "the FBI · organisation"
    groups = api.passages(result.quotes)
    blocks = [_shown(group) + f"\n— {label(group[0].paragraph)}" for group in groups]
    blocks += [_reported(p) for p in result.paraphrases]
    # What each block cites, so the read menu offers the paragraphs of the page on screen.
    cites = [[q.paragraph for q in group] for group in groups] + [[p.paragraph] for p in result.paraphrases]
    if result.message:  # e.g. a namesake who is never quoted
        blocks.append(f"*{escape(result.message)}*")
    if result.read_to is not None:
        blocks.append(f"*{escape(api.quotes_read_note(result.read_to))}*")
    heading = api.quotes_heading(result.quotes)
    reply = paged(heading, blocks, article_title, author=who, block_citations=cites)
    cited = [q.paragraph for q in (*result.quotes, *result.paraphrases)]
    return acting(reply, article_title, cited)


def _no_quotes(result: api.QuoteResult, article_title: str | Frame, among: bool = False) -> Reply:
    """Why there are no quotes, who is quoted instead, and buttons when several people fit; `among`
    several articles, the footer names the one "is named in the article" means."""
    lines = [escape(result.message) if result.message else f"No quotes found for “{echo(result.query)}”."]
    choices = [c.name for c in result.candidates if c.quotes]
    if choices:
        lines.append("Pick one below." if len(choices) > 1 else "Tap below to read them.")
    elif result.quoted:
        lines.append("Quoted in this article: " + quoted_list(result.quoted))
    lines += [_reported(p) for p in result.paraphrases[: limits.PARAPHRASES_SHOWN]]
    if not choices and among:  # /speakers naming no article would answer "choose one" here
        lines.append("Try `/speakers` with the `article` option to see everyone quoted in an article.")
    elif not choices:
        lines.append("Try `/speakers` to see everyone who is quoted.")
    if result.read_to is not None:
        lines.append(escape(api.quotes_read_note(result.read_to)))
    cited = [p.paragraph for p in result.paraphrases[: limits.PARAPHRASES_SHOWN]]
    reply = notice("\n".join(lines))
    if among and not api.named_in_none(result):
        reply.pages[0].set_footer(text=shorten(footer_text(article_title), limits.FOOTER))
    return acting(reply, article_title, cited, choices[: limits.SPEAKER_CHOICES])


def quoted_list(quoted: Sequence[api.Speaker]) -> str:
    """Everyone quoted, most quoted first, with counts; past QUOTED_LISTED, how many more."""
    shown = ", ".join(f"{escape(s.name)} ({s.quotes})" for s in quoted[: limits.QUOTED_LISTED])
    more = len(quoted) - limits.QUOTED_LISTED
    return f"{shown} +{more} more" if more > 0 else shown


def _reported(paraphrase: api.Quote) -> str:
    """Reported speech, kept visibly apart from direct quotations."""
    return f"*Reported, not a direct quote* · {label(paraphrase.paragraph)}\n{escape(paraphrase.sentence)}"


def _block_quote(
    text: str, escaped: bool = False, limit: int = limits.ITEM_CHARS - 100, sentences: bool = False
) -> str:
    """`text` as a Discord block quote, cut to fit one page item (or `limit`); with `sentences`, after
    the last whole sentence that fits."""
    body = text if escaped else escape(text)
    body = _whole_sentences(body, limit) if sentences else shorten(body, limit)
    return "\n".join(f"> {line}" for line in body.splitlines() or [""])


def _whole_sentences(text: str, limit: int) -> str:
    """`text` cut after its last sentence that fits `limit`, then "…": a long quotation read as far as
    it goes is never cut mid-sentence ("Sentence 8 of my…"); as `shorten` cuts it where no sentence
    ends in the second half of the room."""
    if len(text) <= limit:
        return text
    end = _last_sentence_end(text[: limit - len(ELLIPSIS) - 1], limit // 2)
    return f"{text[:end].rstrip()} {ELLIPSIS}" if end else shorten(text, limit)


# Where a long text is best cut: after a sentence's end (its closing marks and the space after).
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s")


def _last_sentence_end(window: str, floor: int) -> int | None:
    """Where the last sentence that ends in `window` ends, None when none ends at `floor` or later
    (a cut further back would leave too little of the room used)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() >= floor]
    return ends[-1] if ends else None


def _shown(group: Sequence[api.Quote]) -> str:
    """One quotation, partial quotes of one sentence in it together, or a quotation broken by its
    attribution (“A,” she said. “B.”) as the article has it."""
    if len(group) == 1:
        return _quoted(group[0])
    sentence = group[0].sentence
    if all(q.sentence == sentence and not q.resumes for q in group):  # quotes of one sentence, in bold
        return _block_quote(_bold_all(sentence, [q.text for q in group]), escaped=True)
    return _block_quote(api.passage_text(group), sentences=True)


def _bold_all(sentence: str, parts: Sequence[str], room: int = limits.ITEM_CHARS - 120) -> str:
    """`sentence` (or a paragraph) escaped, each of `parts` in it bold (found in order), cut around them
    to about `room` characters if longer."""
    pieces, at, start = [], 0, None
    for part in parts:
        found = sentence.find(part, at)
        if found < 0:
            continue
        start = found if start is None else start
        pieces += [escape(sentence[at:found]) if pieces else "", f"{BOLD}{escape(part)}{BOLD}"]
        at = found + len(part)
    if start is None:
        return escape(sentence)
    return _around(sentence, start, at, "".join(pieces), room)


def _quoted(quote: api.Quote) -> str:
    """A full quotation in its marks; a partial one inside its sentence, the quoted words in bold."""
    if not (quote.partial and quote.text in quote.sentence):
        return _block_quote(f"“{quote.text}”", sentences=True)
    # A long sentence is cut around the quoted words, so they are never the part cut off.
    return _block_quote(_bold_all(quote.sentence, [quote.text]), escaped=True)


_KIND_LABELS = {"organisation": "organisation", "unnamed": "unnamed source"}


def speakers_reply(result: api.SpeakerList, article_title: str | Frame) -> Reply:
    reach = "" if result.read_to is None else " " + escape(api.quotes_read_note(result.read_to))
    if not result.speakers:
        # The quotations no one is named for are listed, each with its paragraph to open: "the
        # article has 3 quotations" and no way to read them would leave the asker guessing.
        unclear = result.unclear[: limits.UNCLEAR_LISTED]
        nobody = escape(api.nobody_quoted_note(result.unattributed))
        lines = [
            nobody,
            *(_unclear_line(quote) for quote in unclear),
            f"Try `/summary` or `/lookup` instead.{reach}",
        ]
        return acting(notice("\n".join(lines)), article_title, [q.paragraph for q in unclear])
    blocks = []
    for s in result.speakers:
        role = escape(s.label[len(s.name) :])  # " (President, Chinese leader)"
        kind = f" · {_KIND_LABELS[s.kind]}" if s.kind in _KIND_LABELS else ""
        blocks.append(f"**{escape(s.name)}**{role}{kind} · {s.quotes} quote{'s' if s.quotes != 1 else ''}")
    if result.unclear and result.speakers:
        count = result.unattributed
        blocks.append(f"*{count} quotation{'s' if count != 1 else ''} with no clear speaker:*")
    # What each block cites: only the unclear quotations' lines cite a paragraph.
    block_cites = [()] * len(blocks) + [(quote.paragraph,) for quote in result.unclear]
    blocks += [_unclear_line(quote) for quote in result.unclear]
    if reach:
        blocks.append(f"*{reach.strip()}*")
    packed = _pack(blocks, limits.LIST_ITEMS_PER_PAGE, limits.PAGE_CHARS)
    title = f"Who is quoted ({len(result.speakers)})"
    embeds = [
        framed_page(
            title,
            article_title,
            "\n".join(texts) + "\n\nUse `/quote` with a name to read their words.",
            n,
            len(packed),
        )
        for n, (_first, texts) in enumerate(packed, start=1)
    ]
    reply = acting(Reply(tuple(embeds)), article_title, [q.paragraph for q in result.unclear])
    if len(packed) < 2 or not reply.citations:
        return reply
    # A page of names cites nothing: its read menu must not offer the last page's quotations.
    return replace(reply, page_citations=_cited_by_page(packed, block_cites))


def _cited_by_page(
    pages: Sequence[tuple[int, Sequence[str]]], block_cites: Sequence[Sequence[int]]
) -> tuple[tuple[int, ...], ...]:
    """The paragraphs each page's blocks cite, in order, each once (a page may cite none)."""
    return tuple(
        tuple(dict.fromkeys(n for cited in block_cites[first : first + len(texts)] for n in cited))
        for first, texts in pages
    )


def _unclear_line(quote: api.Quote) -> str:
    """A quotation with no clear speaker as one line of the list, with its paragraph to open; a partial
    one inside its sentence, the quoted words in bold (“a ripple effect” alone says nothing of what)."""
    if quote.partial and quote.text in quote.sentence:
        # Cut around the quoted words, so they are never the part cut off.
        marked = _bold_all(quote.sentence, [quote.text], limits.UNCLEAR_QUOTE_CHARS)
        line = _block_quote(marked, escaped=True, limit=limits.UNCLEAR_QUOTE_CHARS + limits.MARKUP_SLACK)
    else:
        line = _block_quote(f"“{quote.text}”", limit=limits.UNCLEAR_QUOTE_CHARS)
    return f"{line} — {label(quote.paragraph)}"


def lookup_reply(
    result: api.LookupResult,
    article_title: str | Frame,
    page_size: int = limits.ITEMS_PER_PAGE,
    first_hit: int = 0,
) -> Reply:
    """Every hit of `result`, `page_size` to a page, each page headed "“China”: 1–5 of 18"; shown
    first, the page holding hit `first_hit` (a page typed as the CLI takes it)."""
    if first_hit and result.hits and first_hit >= len(result.hits):  # "--page 9" of two pages
        return notice(escape(wording.nothing_found(replace(result, hits=(), start=first_hit))))
    if not result.hits:
        lines = [escape(wording.nothing_found(result))]
        if not result.message:
            lines[0] = f"Nothing in the article matches “{echo(result.query)}”."
            if result.suggestions:
                lines.append("Did you mean: " + ", ".join(escape(s) for s in result.suggestions) + "?")
            lines.append("Try a shorter or different word, or `/summary` for the gist.")
        return notice("\n".join(lines))
    header = "\n".join(bold_marks(note) for note in wording.notes(result))
    room = max(limits.PAGE_CHARS - len(header) - 2 if header else limits.PAGE_CHARS, limits.ITEM_CHARS)
    if result.whole:
        items, pages = _whole_pages(result, page_size, room)
    else:
        items = _lookup_blocks(result)
        pages = _pack([block for _, block in items], page_size, room)
    # Each page's hits: a paragraph asked for whole may run over several blocks, and pages.
    held = [sorted({items[b][0] for b in range(first, first + len(texts))}) for first, texts in pages]
    embeds = []
    for number, ((_first, texts), hits) in enumerate(zip(pages, held, strict=True), start=1):
        body = "\n\n".join(texts)
        heading = wording.title(result, hits[0], hits[-1] - hits[0] + 1)
        description = f"{header}\n\n{body}" if header else body
        embeds.append(framed_page(heading, article_title, description, number, len(pages)))
    if result.total > result.end:  # more than these pages hold: say so on the last one
        narrow = f"Showing {result.end} of {result.total}: add a word to narrow the search."
        last = embeds[-1]
        last.description = shorten(f"{last.description}\n\n{narrow}", limits.EMBED_DESCRIPTION)
    reply = acting(Reply(tuple(embeds)), article_title, [h.paragraph for h in result.hits])
    if len(pages) < 2:
        return reply
    per_page = tuple(tuple(dict.fromkeys(result.hits[i].paragraph for i in hits)) for hits in held)
    shown = next(n for n, hits in enumerate(held) if hits[-1] >= first_hit)
    return replace(reply, page_citations=per_page, first=shown)


def _lookup_blocks(result: api.LookupResult) -> list[tuple[int, str]]:
    """Each hit's block with the index of its hit."""
    return [
        (index, f"**{label(hit.paragraph, hit.is_caption)}** {bold_marks(hit.marked)}")
        for index, hit in enumerate(result.hits)
    ]


def _whole_pages(
    result: api.LookupResult, per_page: int, room: int
) -> tuple[list[tuple[int, str]], list[tuple[int, list[str]]]]:
    """Paragraphs asked for by number ("¶6", "¶5 ¶6 ¶7") whole, in order, as blocks (each with the
    index of its hit) packed into pages (each with the index of its first block). One that fits a page
    is never cut: it opens the next page when the rest of this one is too small. One longer than a
    page is cut between sentences anyway (it was cut at 900 characters), so it starts on the page
    before it when enough of that page is left: "¶5 ¶6 ¶7" showed ¶5 alone on page 1."""
    items: list[tuple[int, str]] = []
    pages: list[tuple[int, list[str]]] = []

    def add(index: int, block: str, new_page: bool) -> None:
        if new_page or not pages:
            pages.append((len(items), []))
        items.append((index, block))
        pages[-1][1].append(block)

    def used() -> int:
        return sum(len(block) + 2 for block in pages[-1][1]) if pages else room

    for index, hit in enumerate(result.hits):
        head = f"**{label(hit.paragraph, hit.is_caption)}** "
        text = escape(hit.text)
        full = not pages or len(pages[-1][1]) >= per_page
        if not full and used() + len(head) + len(text) <= room:
            add(index, head + text, False)
            continue
        if len(head) + len(text) <= room:
            add(index, head + text, True)
            continue
        left = room - used() - len(head)
        new_page = full or left < limits.CONTINUED_FROM_CHARS
        first = _pieces(text, room - len(head) if new_page else left, 0)[0]
        add(index, head + first, new_page)
        more = f"**{label(hit.paragraph, hit.is_caption)} (continued)** "
        for part in _pieces(text[len(first) :].lstrip(), room - len(more), room - len(more)):
            add(index, more + part, True)
    return items, pages


def _pack(
    blocks: Sequence[str], per_page: int, page_chars: int, item_chars: int = limits.ITEM_CHARS
) -> list[tuple[int, list[str]]]:
    """Blocks packed into pages of at most `per_page` blocks and `page_chars` characters, each
    with the index of its first block (titles count what each page holds)."""
    pages: list[tuple[int, list[str]]] = []
    size = 0
    for index, block in enumerate(blocks):
        block = shorten(block, min(item_chars, page_chars))
        if not pages or len(pages[-1][1]) >= per_page or size + len(block) + 2 > page_chars:
            pages.append((index, []))
            size = 0
        pages[-1][1].append(block)
        size += len(block) + 2
    return pages


def paragraph_reply(passage: api.Passage, article_title: str | Frame) -> Reply:
    """One cited paragraph in full, for the reader who opened it (only they see it). A paragraph
    longer than an embed holds (a corpus article on one line is one paragraph of 5,000 characters or
    more) is shown whole on pages, cut between sentences, never cut off."""
    title = label(passage.paragraph, passage.is_caption)
    parts = _pieces(escape(passage.text), limits.PAGE_CHARS)
    embeds = [
        make_embed(
            title, part, footer=footer_text(article_title, n, len(parts)), url=frame(article_title).url
        )
        for n, part in enumerate(parts, start=1)
    ]
    return Reply(tuple(embeds), ephemeral=True)


def _pieces(text: str, size: int, whole_up_to: int = limits.EMBED_DESCRIPTION) -> list[str]:
    """`text` in pieces of at most `size` characters, each ending a sentence where one ends in its
    second half, else a word; one piece when it fits `whole_up_to` (an embed's description) whole."""
    if len(text) <= whole_up_to:
        return [text]
    pieces = []
    while len(text) > size:
        window = text[: size + 1]
        cut = _last_sentence_end(window, size // 2) or window.rfind(" ") + 1
        if cut < size // 2:  # one long word: cut inside it
            cut = size
        if (cut - len(text[:cut].rstrip("\\"))) % 2:  # never between an escape and its mark
            cut -= 1
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*pieces, text] if text else pieces


def answer_reply(result: api.Answer, article_title: str | Frame) -> Reply:
    sources = [
        (f"Source · {label(s.paragraph)}", _block_quote(s.text))
        for s in result.sources[: limits.EMBED_FIELDS]
    ]
    if result.answer is None:
        return _unanswered_reply(result, article_title)
    first = result.sources[0] if result.sources else None
    sources = []  # one block: the paragraph, the answering sentence in bold; more via the menu
    if first is None:
        text = escape(result.answer)
    elif _spans_paragraphs(result):
        # A question and the reply after it: each paragraph quoted, its part of the answer in bold.
        shown = result.sources[: limits.ANSWER_PARAGRAPHS]
        quoted = "\n".join(_spanned_blocks(shown, result.answer.strip()))
        text = f"{quoted}\n— {', '.join(label(s.paragraph) for s in shown)}"
    elif (written := _as_written_in(result.answer.strip(), first.text)) is not None:
        block = _block_quote(_bold_all(first.text, [written]), escaped=True)
        text = f"{block}\n— {first.cited}"  # "¶8", or "dateline, ¶1" for what frames the story
    else:  # a composed answer ("X is the ..."): say it, then the paragraph it comes from
        text = f"**{escape(result.answer)}**\n{_block_quote(first.text)}\n— {first.cited}"
    embed = make_embed(
        shorten(escape(result.question), limits.EMBED_TITLE),
        text,
        footer=footer_text(article_title),
        fields=sources,
        url=frame(article_title).url,
    )
    # The headline and the metadata are no paragraph to open.
    cited = [s.paragraph for s in result.sources if s.in_paragraph]
    return acting(Reply((embed,)), article_title, cited)


def _spans_paragraphs(result: api.Answer) -> bool:
    """An answer running from one paragraph into the next (a question and its reply)."""
    if len(result.sources) < 2:
        return False
    shown = result.sources[: limits.ANSWER_PARAGRAPHS]
    answer = result.answer.strip()
    return not _whole_words_in(answer, shown[0].text) and _whole_words_in(
        answer, " ".join(s.text for s in shown)
    )


def _spanned_blocks(shown: Sequence[api.Source], answer: str) -> list[str]:
    """Two paragraphs an answer runs across, each quoted with its own part of the answer in bold:
    the end of the first and the start of the second. As they stand when the answer does not
    split so."""
    first, second = shown[0].text, shown[1].text
    for start in range(max(0, len(first) - len(answer)), len(first)):
        head = first[start:]
        rest = answer[len(head) :].strip()
        if (start == 0 or first[start - 1].isspace()) and answer.startswith(head) and rest:
            if second.startswith(rest):
                return [
                    _block_quote(_bold_all(text, [part]), escaped=True)
                    for text, part in ((first, head), (second, rest))
                ]
            break
    return [_block_quote(s.text) for s in shown]


# Marks an answer may have that its paragraph lacks: a quotation left open at a paragraph's end
# ("... rate if the limit is cut.") is closed in the answer, sometimes after its own closing mark,
# and a sentence from inside a quotation ("It's an entertainment device," said X) gets its opening one.
_CLOSING_MARKS = "\"”’'"
_OPENING_MARKS = "\"“‘'"


def _as_written_in(answer: str, text: str) -> str | None:
    """`answer` as `text` writes it (whole words), or without the quotation marks the answer added;
    None when the answer is composed ("X is the ...")."""
    starts = [answer] + ([answer[1:]] if answer[:1] in _OPENING_MARKS else [])
    for shown in starts:
        for _ in range(3):
            if _whole_words_in(shown, text):
                return shown
            if shown[-1:] not in _CLOSING_MARKS:
                break
            shown = shown[:-1]
    return None


def _whole_words_in(part: str, text: str) -> bool:
    """`part` occurs in `text` not as a piece of a longer word ("rain" is not in "rained")."""
    at = text.find(part)
    end = at + len(part)
    return (
        at >= 0 and (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
    )


def _around(text: str, start: int, end: int, middle: str, room: int = limits.ITEM_CHARS - 120) -> str:
    """`text` escaped with its part from `start` to `end` shown as `middle` (already escaped), the
    text on either side cut so that the middle stays in view."""
    before, after = text[:start], text[end:]
    room = max(0, room - (end - start))
    if len(before) > room // 2:
        cut = before[len(before) - room // 2 :]
        before = ELLIPSIS + cut[cut.find(" ") + 1 :] if " " in cut else ELLIPSIS
    after = shorten(after, max(0, room - len(before)))
    return f"{escape(before)}{middle}{escape(after)}"


def _unanswered_reply(result: api.Answer, article_title: str | Frame) -> Reply:
    """Tiers 2 and 3 are answers too, so everyone sees them: the closest passage, or what is missing."""
    passage = result.passage
    if passage is not None:
        cited_as = label(passage.paragraph) + (f"–{passage.last}" if passage.last else "")
        # A passage running on into the next paragraph: one quote block each, sharing the room.
        parts = passage.text.split("\n\n")
        room = limits.PASSAGE_CHARS // len(parts)
        quoted = "\n>\n".join(_block_quote(part, limit=room) for part in parts)
        text = f"{api.NOT_DIRECT} Closest passage ({cited_as}):\n{quoted}"
        text += "".join(f"\nAlso close ({label(s.paragraph)}):\n{_block_quote(s.text)}" for s in result.also)
    else:
        text = escape(api.not_mentioned(result))
    title = shorten(escape(result.question), limits.EMBED_TITLE)
    # "None of the 3 loaded articles mentions Merkel." is about them all: no one article's name under
    # it, nor its link on the title.
    about_all = passage is None and result.missing_from > 1
    footer = "" if about_all else footer_text(article_title)
    embed = make_embed(title, text, footer=footer, url=None if about_all else frame(article_title).url)
    cited = [*passage.paragraphs, *(s.paragraph for s in result.also)] if passage is not None else []
    return acting(Reply((embed,)), article_title, cited)


def about_reply(
    result: api.About,
    command_ids: Mapping[str, int] | None = None,
    bot_mention: str = "",
    url: str | None = None,
    *,
    in_dm: bool = False,
) -> Reply:
    quoted = _whole_entries([f"{escape(s.name)} ({s.quotes})" for s in result.speakers]) or "no one"
    size = (
        f"{result.paragraphs_counted} · "
        f"{counted(result.sentences, 'sentence')} · {counted(result.words, 'word')}"
    )
    fields = [
        ("Source", escape(_source_name(result.source))),
        ("Size", size),
        ("Quoted", quoted),
        ("How to use", how_to_use(command_ids, bot_mention, in_dm=in_dm)),
    ]
    embed = make_embed(
        escape(result.title), footer=f"article id: {article_id_shown(result.article)}", fields=fields, url=url
    )
    return Reply((embed,))


def _whole_entries(entries: Sequence[str], room: int = limits.FIELD_VALUE) -> str:
    """`entries` joined by commas, as many whole ones as fit in `room`, then "+N more": a long
    list cut inside a name ("Cecily Ra…") would hide how many are left out."""
    shown: list[str] = []
    for index, entry in enumerate(entries):
        more = len(entries) - index - 1
        tail = f" +{more} more" if more else ""
        if len(", ".join([*shown, entry])) + len(tail) > room:
            break
        shown.append(entry)
    left = len(entries) - len(shown)
    return (", ".join(shown) + (f" +{left} more" if left else "")).lstrip()


def _source_name(source: str) -> str:
    """A URL as is; a file path as its file name, so server paths are never shown."""
    if source.startswith(("http://", "https://")):
        return source
    return PurePath(source).name or source


def as_text(embed: discord.Embed, limit: int = limits.CONTENT) -> str:
    """An embed as message text, for a channel where the bot may not post embeds (no Embed Links):
    the same parts in the same order, within `limit` characters (a message's 2,000, less what goes
    before it)."""
    parts = [
        f"*{escape(embed.author.name)}*" if embed.author.name else "",
        f"**{embed.title}**" if embed.title else "",
    ]
    parts.append(embed.description or "")
    parts += [f"**{field.name}**\n{field.value}" for field in embed.fields]
    footer = f"-# {escape(embed.footer.text)}" if embed.footer.text else ""  # Discord's small grey text
    body = "\n".join(part for part in parts if part)
    body = _whole_lines(body, limit - (len(footer) + 1 if footer else 0))
    return "\n".join(part for part in (body, footer) if part)


def _whole_lines(text: str, limit: int) -> str:
    """`text` cut after its last whole line that fits `limit`, then a line "…" (a list of 38 speakers
    as text ends with a whole entry, not "(chair of the Lower…"); as `shorten` cuts it where no line
    ends in the second half of the room."""
    if len(text) <= limit:
        return text
    end = text.rfind("\n", 0, limit - len(ELLIPSIS))
    return f"{text[:end]}\n{ELLIPSIS}" if end >= limit // 2 else shorten(text, limit)


# Said on /help where commands take the `article` option (several articles, or a server's own).
CHOOSING_ARTICLES = (
    "Choose the article with any command's `article:` option (type to search); with none chosen, "
    "`/ask`, `/quote` and `/lookup` answer from the article the question, name or word is about."
)


def help_reply(
    command_ids: Mapping[str, int] | None = None,
    bot_mention: str = "",
    article_option: bool = False,
    *,
    in_dm: bool = False,
) -> Reply:
    """The short public help card: every command, clickable when Discord's ids are known, and how to
    choose an article where there are several."""
    text = how_to_use(command_ids, bot_mention, in_dm=in_dm)
    if article_option:
        text += "\n" + CHOOSING_ARTICLES
    embed = make_embed(f"What I can answer about the article{'s' if article_option else ''}", text)
    return Reply((embed,))
