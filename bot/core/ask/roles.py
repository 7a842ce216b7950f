"""A verb asked right after "Who" in the present names a role: "Who chairs the council?" asks for the
council's chairman, and news copy says who with the role's noun ("Council chairman Tom Reyes said").
Matched as typed, the verb is also the plural of a thing ("The chairs are folded away")."""

from __future__ import annotations

import re

from bot.core.search.index import ArticleIndex

# The verb of a role, in the present, and the nouns news copy names its holder with. Only verbs whose
# holder's noun is another word: "Who heads ...?" already finds "head of ...".
_ROLE_NOUNS = {
    "chairs": ("chairman", "chairwoman", "chairperson", "chairmen"),
    "leads": ("leader",),
    "manages": ("manager",),
    "edits": ("editor",),
    "directs": ("director",),
    "owns": ("owner",),
    "governs": ("governor",),
}
# "Who chairs the council?", "who currently leads Labour": the verb right after "who", then what is
# led; not "Who leads in the polls?" (a race's lead, no role).
_WHO_VERB = re.compile(
    rf"^\s*who\s+(?:now\s+|currently\s+)?({'|'.join(_ROLE_NOUNS)})\b(?!\s+(?:in|on|at|for|with)\b)",
    re.IGNORECASE,
)


def with_role_nouns(index: ArticleIndex, question: str) -> str:
    """The question with a role's verb replaced by the nouns the article names its holder with (the
    question unchanged when the article uses none of them)."""
    match = _WHO_VERB.match(question)
    if match is None:
        return question
    df = index.vocabulary.df
    nouns = [n for n in _ROLE_NOUNS[match.group(1).casefold()] if n in df or f"{n}s" in df]
    if not nouns:
        return question
    return question[: match.start(1)] + " ".join(nouns) + question[match.end(1) :]
