"""Reported speech: sentences without quotation marks whose subject, a named person, reports
something ("Blinken stressed the importance of ...").
"""

from __future__ import annotations

import re

from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes import function_words as fw
from bot.core.quotes import marks as qm
from bot.core.quotes.people import Quote, Registry
from bot.core.quotes.resolver import Resolver


def _holds_speech(text: str) -> bool:
    """True for a sentence holding quoted speech; a word or two in quote marks ("his client was
    “deeply ashamed”", a scare quote) is none, so the sentence may still report what someone said."""
    if _has_single_quote(text):
        return True
    spans = [*qm.find_spans(text), *(qm.find_spans(text, singles=True) if "‘" in text else [])]
    if any(span.open_end or not qm.is_label(text, span) for span in spans):
        return True
    # A mark no such span accounts for closes or opens speech beyond this sentence.
    labelled = {i for span in spans for i in (span.start - 1, span.end)}
    return any(found.start() not in labelled for found in _SPEECH_MARK.finditer(text))


_SPEECH_MARK = re.compile('[“”"‘]')


def _has_single_quote(text: str) -> bool:
    """True for a sentence quoting with single marks ('We will win,' he said), not a paraphrase."""
    return bool(_SINGLE_QUOTED.search(text))


_LOWER_WORD = re.compile(r"[a-z]+")
_REPORTING = lx.PARAPHRASE_VERBS | {"according"}


def _may_report(text: str) -> bool:
    """A cheap pre-check that a sentence holds a verb of reporting (a set test, not a big regex)."""
    return not _REPORTING.isdisjoint(_LOWER_WORD.findall(text.lower()))


_SINGLE_QUOTED = re.compile(r"(?:^|[\s(])['’][A-Z]|[,.!?]['’](?:\s|$)")


def find_paraphrases(body, raws_of, registry: Registry, resolver: Resolver) -> tuple[Quote, ...]:
    """Sentences without quotation marks whose subject, a named person, reports something."""
    found = []
    for paragraph in body:
        mentions = {m.start: m for m in registry.mentions.get(paragraph.number, ())}
        tokens = registry.tokens[paragraph.number]
        quoted = sorted((r.span.start, r.span.end) for r in raws_of[paragraph.number])
        for sentence in paragraph.sentences:
            if sentence.duplicate_of is not None:
                continue
            if attr.quote_starts_within(quoted, sentence.start, sentence.end):
                continue
            if not _may_report(sentence.text):
                continue  # no verb of reporting: skip building its items (most sentences)
            if _holds_speech(sentence.text):
                continue
            items = attr.items_between(tokens, mentions, quoted, sentence.start, sentence.end)
            for index, subject in attr.events(items):
                verb = items[index].low
                if (verb not in lx.PARAPHRASE_VERBS and verb != "according") or subject.kind == "other":
                    continue
                if _negated(items, index):
                    continue  # "she has not called for him to resign": nothing said to report
                if _attributes_quotation_before(paragraph.text, items, index, sentence.start, quoted):
                    break
                person = resolver.person(subject)
                if person is not None:
                    name = registry.person(person).name
                    found.append(Quote(sentence.text, paragraph.number, sentence.text, name, paraphrase=True))
                    break
    return tuple(found)


def _negated(items: list[attr.Item], verb: int) -> bool:
    """A negation in the few words before the verb ("has not called", "had never suggested")."""
    return any(
        item.kind == "word" and fw.is_negation(item.low)
        for item in items[max(0, verb - _NEGATION_REACH) : verb]
    )


_NEGATION_REACH = 3  # "she had not yet called": words a negation may stand before its verb


def _attributes_quotation_before(text: str, items: list[attr.Item], verb: int, start: int, quoted) -> bool:
    """'“We missed the island.” Brandt said on Monday.': a sentence right after a quotation that only says
    who said it (a name, perhaps an aside, the verb and a few words, not "that ...") reports nothing."""
    if not any(0 <= start - end <= _ATTRIBUTION_GAP for _, end in quoted):
        return False
    # What comes before the verb is the name alone ("Inspector Rob Graham", "Miller, a retired worker,"),
    # not a statement ending ", Belmar said."
    before = _APPOSITIVE.sub(" ", text[start : items[verb].start])
    if not all(word[:1].isupper() for word in before.split()):
        return False
    after = [item.low for item in items[verb + 1 :] if item.kind == "word"]
    return len(after) <= _ATTRIBUTION_TAIL_WORDS and not (after and after[0] == "that")


_APPOSITIVE = re.compile(r",[^,]*,")
_ATTRIBUTION_GAP = 3  # characters between a quotation's end and the next sentence: a closing mark, a space
_ATTRIBUTION_TAIL_WORDS = 4  # "on Monday", "in a statement", "told reporters on Friday"
