"""A paragraph as attribution reads it: words, marks and mentions, each quotation collapsed into
one item; which quotation covers an offset.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
from operator import attrgetter, itemgetter

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.function_words import RELATIVE_OPENERS
from bot.core.quotes.items import Item
from bot.core.quotes.names import is_postnominal
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention
from bot.core.quotes.roles import aside_end


def items_between(
    tokens: list[Token], mentions: dict[int, Mention], quotes: list[tuple[int, int]], start: int, end: int
) -> list[Item]:
    """Items of text [start, end) of a paragraph; each quotation [a, b) becomes one "quote" item."""
    items: list[Item] = []
    append = items.append
    skip_until = -1
    first = bisect_left(tokens, start, key=_token_start)
    # Tokens and quotations are both in text order: the quotations starting by each token are
    # counted by a pointer that only moves forward, not by a bisection per token (the hot loop).
    found = bisect_right(quotes, tokens[first].start + 1, key=_first) if first < len(tokens) else 0
    count = len(quotes)
    for index in range(first, len(tokens)):
        token = tokens[index]
        offset = token.start
        if offset >= end:
            break
        if offset < skip_until:
            continue
        while found < count and quotes[found][0] <= offset + 1:
            found += 1
        inside = _covering(quotes, found, offset) if found else None
        if inside is not None:
            if not items or items[-1].kind != "quote":
                append(Item("quote", start=inside[0]))
            continue
        mention = mentions.get(offset)
        if token.low == "(" and items and (items[-1].kind == "mention" or items[-1].cap):
            # "McCaskill (D-Mo.) said", "The World Health Organization (WHO) said", "Ms Holt (Labour)
            # said", "The Department of Veterans Affairs (VA) said" (no mention: a name the registry
            # does not hold): the party label, short name or note between a name and its verb is left out.
            label_end = aside_end(tokens, index)
            if label_end > index:
                # "The Caucus, led by Rep. Dana Moller (D-Maine), condemned": the comma closes the aside.
                label_end = label_end if _aside_open(items) else _past_stray_comma(tokens, label_end)
                skip_until = tokens[label_end - 1].end
                continue
        if mention is None and _postnominal_of(items, token):
            continue  # "Brian Smith MP said", "said Jane Doe QC.": the letters stand aside
        if mention is not None:
            # A place's or body's mention ends at its word, whose token knows the possessive ("the
            # North's announced pause"); a pronoun's "’s" is a verb's ("He’s claiming").
            owned = mention.kind == NONPERSON and mention.end == token.end and token.possessive
            possessive = mention.possessive or owned
            append(Item("mention", token.low, mention, offset, mention.end, True, possessive))
            skip_until = _past_suffix_stop(tokens, mention.end)
        elif token.is_word:
            append(Item("word", token.low, None, offset, token.end, token.cap, token.possessive))
        elif token.low == "." and _month_stop(tokens, index, items):
            continue  # "declared the Sept. 4 headline": the abbreviation's stop, no sentence's end
        elif token.low == "-" and items and items[-1].low == "-" and items[-1].end == offset:
            # "John Maclean -- who lost ... -- said": two hyphens typed together are one dash.
            items[-1] = Item("punct", "--", None, items[-1].start, token.end)
        else:
            append(Item("punct", token.low, None, offset, token.end))
    return items


def _month_stop(tokens: list[Token], index: int, items: list[Item]) -> bool:
    """Whether the stop at `index` closes an abbreviated month before its day ("Sept. 4")."""
    if not items or items[-1].low not in lx.MONTH_ABBREVIATIONS or items[-1].end != tokens[index].start:
        return False
    return index + 1 < len(tokens) and tokens[index + 1].low.isdigit()


def _past_suffix_stop(tokens: list[Token], end: int) -> int:
    """Where the items go on after a mention ending at `end`: past the stop of a name's suffix or a
    firm's abbreviation when the sentence goes on after it ("Victor Hale Jr. said: “…”", "Acme Corp.
    said"), which ends no sentence."""
    at = bisect_left(tokens, end, key=_token_start)
    if at + 1 >= len(tokens) or at == 0 or tokens[at].text != "." or tokens[at].start != end:
        return end
    following = tokens[at + 1]
    goes_on = following.text == "," or (following.is_word and not following.cap)
    return tokens[at].end if goes_on and tokens[at - 1].low in _STOPPED_ENDS else end


_STOPPED_ENDS = lx.NAME_SUFFIXES | lx.FIRM_ABBREVIATIONS


def _aside_open(items: list[Item]) -> bool:
    """Whether an aside opened by a comma and a participle or relative pronoun ("The Harbor Caucus,
    led by Rep. Dana Moller (D-Maine), condemned") runs up to here: the comma after the label closes
    it, no stray comma then."""
    return any(
        item.low == "," and following.kind == "word" and following.low in _ASIDE_OPENERS
        for item, following in pairwise(items)
    )


_ASIDE_OPENERS = RELATIVE_OPENERS | frozenset("led joined backed headed flanked accompanied".split())


def _past_stray_comma(tokens: list[Token], end: int) -> int:
    """ "Sen. Jack Reeve (D-R.I.), said ...": a comma typed between a party label and the verb of
    saying right after it opens no aside; it is left out with the label."""
    # ("Durbin (D-Ill.), noting the size of ..., said": a participle opens an aside of its own.)
    if end + 1 >= len(tokens):
        return end
    verb = tokens[end + 1].low
    if tokens[end].text == "," and verb in lx.SPEECH_VERBS and not verb.endswith("ing"):
        return end + 1
    return end


def _postnominal_of(items: list[Item], token: Token) -> bool:
    """Postnominal letters right after the mention of a person ("Brian Smith MSP")."""
    last = items[-1] if items else None
    person = last is not None and last.kind == "mention" and last.mention.kind in (PERSON, AMBIGUOUS)
    return person and is_postnominal(token)


def quote_at(quotes: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The quotation whose marks or words cover `offset`, if any (quotations in text order)."""
    return _covering(quotes, bisect_right(quotes, offset + 1, key=_first), offset)


def _covering(quotes: list[tuple[int, int]], found: int, offset: int) -> tuple[int, int] | None:
    """Of the `found` quotations starting by `offset` + 1, the one covering `offset`.

    Quotations never overlap, so only the last two of them can cover it.
    """
    for quote in quotes[max(0, found - 2) : found]:
        if quote[0] - 1 <= offset < quote[1] + 1:
            return quote
    return None


def quote_starts_within(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quotation (in text order) opens inside [start, end)."""
    found = bisect_left(quotes, start, key=_first)
    return found < len(quotes) and quotes[found][0] < end


# Bisection keys in C: a Python function called ~20 times per bisection was a hot spot.
_first = itemgetter(0)
_token_start = attrgetter("start")
