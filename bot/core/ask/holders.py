"""A sentence that uses the role asked about with no name beside it says that there is someone in the
role, not who: "as the campaign manager suggested" does not answer "Who is the campaign manager?".
(ask.introductions.role_holder first looks for a sentence that does name the holder.)
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.ask.doers import NOT_NAMES
from bot.core.ask.introductions import asked_name
from bot.core.language.lexicon import is_role_head
from bot.core.language.text import words

# One holder asked for: "Who are the subordinates?" asks for a group, which a common noun may be.
_WHO_IS = re.compile(r"^\s*who(?:'s|’s|\s+(?:is|was))\s+(.+?)\s*\??\s*$", re.IGNORECASE)
# A clause ends at these; a name beyond one is not the holder's.
_CLAUSE_END = re.compile(r"[.;:!?]")
# "sent the referral to the US attorney", "the problems he has with the current commander": the role
# stands after a preposition, as someone other than the clause's subject, whose name is no holder's.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|with|for|from|by|against|of|at|on|about|under|over)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "manager Ann Bell", "manager, Ann Bell", "doctor, the colourful surgeon Ann Bell": the word that may
# start the holder's name.
# "Judge Ann Bell ordered the accused to remain in custody": the role is what a verb is done to, and the
# name before the verb is its doer's (not "was named the manager", a passive making one the role).
_AFTER_VERB = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)\b[a-z]{2,}ed\s+(?:the|a|an)\s+$"
)
# People a crime story calls by what they did or are charged with: "Who is the accused?" asks for a name.
_CHARGED = frozenset("accused suspect defendant gunman attacker killer shooter".split())
_NAME_AFTER = re.compile(r"[,\s]+(?:(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3})?([\w’'-]+)")


def role_left_unnamed(question: str, texts: list[str]) -> bool:
    """True when "Who is the ROLE ...?" (not "Who is Ann Bell?") meets `texts` that use the role
    only with no name right after it ("manager Ann Bell", "manager, Ann Bell") and none shortly
    before it in its clause ("Ann Bell, the manager", "Ann Bell is the manager"), or only as the
    object of a preposition ("Ann Bell wrote to the manager")."""
    match = _WHO_IS.match(question)
    if match is None or asked_name(question) is not None:
        return False
    roles = {w.casefold() for w in words(match.group(1)) if _role_word(w.casefold())}
    if not roles:
        return False
    asked = {w.casefold() for w in words(question)}
    role = "|".join(re.escape(r) for r in sorted(roles))
    uses = [(text, m) for text in texts for m in re.finditer(rf"\b(?:{role})s?\b", text, re.IGNORECASE)]
    return bool(uses) and not any(_named_beside(text, m.start(), m.end(), asked) for text, m in uses)


def _named_beside(text: str, start: int, end: int, asked: set[str]) -> bool:
    after = _NAME_AFTER.match(text[end:])
    if after and _a_name(after.group(1), asked):
        return True
    before = _CLAUSE_END.split(text[:start])[-1]
    if _AFTER_PREPOSITION.search(before) or _AFTER_VERB.search(before):
        return False
    return any(_a_name(w, asked) for w in words(before)[-constants.ASK_ROLE_NAME_WORDS :])


def _role_word(word: str) -> bool:
    return is_role_head(word) or word in _CHARGED


def _a_name(word: str, asked: set[str]) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and folded not in asked and folded not in NOT_NAMES and len(word) > 1
