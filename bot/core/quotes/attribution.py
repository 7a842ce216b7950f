"""Who said each quotation: the subject of the verb of saying around it (resolver.py turns
that subject into a person).

Works on a sentence with its quotations collapsed and its names replaced by registry mentions,
so "X said", "said X", "X, the role, said", "according to X", participles, reported speech and
pronouns are small rules over one token stream. No confident speaker means None, not a guess.

The rules live in bot/core/quotes/subjects/, one module per kind: stream (a paragraph as items),
speech_verbs, events (every verb of saying of a sentence, "according to X", passives), before
("X said"; with before_walk, before_people, before_skips, before_writings), after ("said X, the
role"), immediate (right after a quotation), participles, sentence_subject ("He vowed to “…”"),
labels (colons, dashes), clauses, opening_phrases, and shared (helpers several of them use).
This module is their entry point for quotations.py and resolver.py.
"""

from __future__ import annotations

from bot.core.quotes.items import Item, Subject
from bot.core.quotes.subjects.clauses import as_subject
from bot.core.quotes.subjects.events import events
from bot.core.quotes.subjects.immediate import immediate_event, verbless_apposition
from bot.core.quotes.subjects.labels import asked_answers, colon_subject, dash_label_subject
from bot.core.quotes.subjects.opening_phrases import main_clause_events, past_opening_phrase
from bot.core.quotes.subjects.opening_sources import opening_source, relative_source
from bot.core.quotes.subjects.participles import aside, relative_before_joined_participle
from bot.core.quotes.subjects.sentence_subject import OTHER_VOICE, is_copula, is_passive, opening_subject
from bot.core.quotes.subjects.shared import past_in_ed, reduced_passive
from bot.core.quotes.subjects.speech_verbs import is_speech_verb
from bot.core.quotes.subjects.stream import items_between, quote_at, quote_starts_within

__all__ = [
    "OTHER_VOICE",
    "Item",
    "Subject",
    "as_subject",
    "aside",
    "asked_answers",
    "colon_subject",
    "dash_label_subject",
    "events",
    "immediate_event",
    "is_copula",
    "is_passive",
    "is_speech_verb",
    "items_between",
    "main_clause_events",
    "opening_source",
    "opening_subject",
    "past_in_ed",
    "past_opening_phrase",
    "quote_at",
    "quote_starts_within",
    "reduced_passive",
    "relative_before_joined_participle",
    "relative_source",
    "verbless_apposition",
]
