""" "Who made the documentary?" answered by "The director makes the point in her new documentary ...": the
subject is a bare role, and the reader asked who. When the article ties the role to a name elsewhere
("Director Mira Talcott grew up ...", "directed by Mira Talcott", "the director, Mira Talcott"), that
sentence goes with the answer, as a lede's "A man was charged" goes with the sentence naming him.
"""

from __future__ import annotations

import re

from bot.core.language.lexicon import WEEKDAYS_MONTHS, is_role_head
from bot.core.language.text import STOPWORDS
from bot.core.search.index import ArticleIndex, SentenceEntry

# The deed of a role whose holder a passive names: "directed by Mira Talcott".
_ROLE_DEEDS = {
    "director": "directed",
    "producer": "produced",
    "writer": "written",
    "author": "written",
    "editor": "edited",
    "composer": "composed",
    "designer": "designed",
    "architect": "designed",
    "photographer": "photographed",
    "founder": "founded",
    "creator": "created",
}
# After a role, words making it another's: "The director of the museum".
_OF_WHAT = frozenset("of for at in from with".split())
_NAME = r"(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3})"


def holder_named(index: ArticleIndex, sentences: tuple[SentenceEntry, ...]) -> SentenceEntry | None:
    """The sentence tying the bare role opening `sentences` to a name ("Director Mira Talcott ..."), when
    the article ties it to one name only and `sentences` name no holder themselves; else None."""
    role = _bare_role(sentences[0].text)
    if role is None:
        return None
    tie = _tie(role)
    if any(tie.search(s.text) for s in sentences):
        return None  # the answer names the holder already
    found = [(s, m.group("name")) for s in index.sentences if not s.is_caption for m in tie.finditer(s.text)]
    found = [(s, name) for s, name in found if name.casefold() not in STOPWORDS | WEEKDAYS_MONTHS]
    # "Mira Talcott" and later "Talcott" are one holder: told apart by the surname.
    if len({name.split()[-1] for _, name in found}) != 1:
        return None  # no holder named, or more than one: which of them is meant is not told
    return found[0][0]


def _bare_role(text: str) -> str | None:
    """The role a sentence opens with as its subject, a verb after it and no name beside it ("The director
    makes ...", "The new coach said ..."; not "The director, Mira Talcott, said", "The director Mira ...",
    nor "The director of the museum said", another role)."""
    opening = text.split(maxsplit=4)[:4]
    if len(opening) < 3 or opening[0] != "The" or not opening[1].isalpha():
        return None
    at = 1 if is_role_head(opening[1]) else 2  # "The new coach": one describing word first
    if at == 2 and (len(opening) < 4 or not opening[1].islower() or not opening[2].isalpha()):
        return None
    role, after = opening[at], opening[at + 1]
    if not is_role_head(role) or not after[:1].islower() or after in _OF_WHAT:
        return None
    return role


def _tie(role: str) -> re.Pattern[str]:
    """The ways news copy ties `role` to its holder's name: the role before the name, the role and a
    comma, the role's deed in the passive."""
    deed = rf"|\b{_ROLE_DEEDS[role]}\s+by\s+" if role in _ROLE_DEEDS else ""
    return re.compile(rf"(?:\b{role}\s+|\bthe\s+{role},\s+{deed}){_NAME}", re.IGNORECASE)
