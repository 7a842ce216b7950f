""" "How much did profits fall?": the candidate giving the change's figure beside the thing asked
("Profits at Dr Reddy's fell 93%"), when the best one only names both words ("R&D spending rising
37% ... a key cause of the decrease in profits alongside the fall in sales").
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.ask.candidates import Candidate, content_words
from bot.core.search.index import ArticleIndex

# The verbs news copy reports a change of a figure with, in their forms.
_CHANGE_VERBS = (
    r"(?:f[ae]ll(?:s|en|ing)?|dropp?(?:ed|s|ing)?|slid(?:e|es|ing)?|slump(?:ed|s|ing)?|declin(?:ed|es|ing|e)"
    r"|plung(?:ed|es|ing|e)|tumbl(?:ed|es|ing|e)|shr[ai]nk(?:s|ing)?|shrunk|decreas(?:ed|es|ing|e)"
    r"|r[io]se[sn]?|rising|gr[eo]w(?:s|n|ing)?|increas(?:ed|es|ing|e)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?"
    r"|soar(?:ed|s|ing)?|surg(?:ed|es|ing|e)|widen(?:ed|s|ing)?|narrow(?:ed|s|ing)?)"
)
_CHANGE_WORDS = re.compile(rf"^{_CHANGE_VERBS}$", re.IGNORECASE)
# "fell 93%", "rose by 3.4%", "grew by more than 3%", "increased to $500bn".
_FIGURE_AFTER = r"\s+(?:(?:by|to|some|about|almost|nearly|more\s+than|less\s+than|only)\s+)*[$£€]?\d"
_HOW_MUCH = re.compile(r"^\s*(?:by\s+)?how\s+much\b", re.IGNORECASE)


def changed_figure(index: ArticleIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "How much did profits fall?", the first lead candidate writing a change verb with its figure
    a few words after the thing asked ("Profits ... fell 93%", "sales which fell 8%"), when the best
    candidate writes none."""
    if not _HOW_MUCH.match(question):
        return None
    asked = content_words(index, question)
    if not any(_CHANGE_WORDS.match(w.word) for w in asked):
        return None
    things = {t for w in asked if not _CHANGE_WORDS.match(w.word) for t in w.terms}
    if not things:
        return None
    named = "|".join(re.escape(t) for t in sorted(things, key=len, reverse=True))
    # Within one sentence of a pair: "exports hit a high in September. Output grew 2.4%" gives no figure
    # for exports.
    gap = r"[^\w.!?]+"
    stated = re.compile(rf"(?i)\b(?:{named})\b(?:{gap}[\w'’-]+){{0,6}}?{gap}{_CHANGE_VERBS}{_FIGURE_AFTER}")
    if stated.search(ranked[0].text):
        return None
    return next((c for c in ranked[: constants.ASK_LEADS * 2] if stated.search(c.text)), None)
