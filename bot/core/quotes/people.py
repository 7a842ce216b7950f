"""The people of an article and their words as data: persons with names, aliases and roles,
each paragraph's mentions of them (names, pronouns, non-person subjects), and the quotations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token

PERSON = "person"


AMBIGUOUS = "ambiguous"


NONPERSON = "nonperson"


PRONOUN = "pronoun"

# How a courtesy title is written before a surname in the name of someone the article calls only
# so ("Mr. Varga"), by the title's lower-case form.
COURTESY_WRITTEN = {"mr": "Mr.", "mister": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, pronoun or non-person subject at [start, end) of a paragraph."""

    paragraph: int
    start: int
    end: int
    kind: str
    ids: tuple[int, ...] = ()
    gender: str | None = None
    subject_like: bool = True
    body: bool = True
    full: bool = False
    possessive: bool = False


@dataclass(slots=True)
class Person:
    """One person of the article; `name` is the fullest form the article uses."""

    id: int
    name: str
    surname: str
    given: str
    family_first: bool = False
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    titles: set[str] = field(default_factory=set)  # role words of abbreviated titles ("senator")

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def junior(self) -> bool:
        """Whether the name ends on a generation's suffix ("Ray Tolliver Jr.", "Ellis Marsalis III")."""
        return self.name.split()[-1].rstrip(".").casefold() in lx.JUNIOR_SUFFIXES


@dataclass(frozen=True, slots=True)
class Registry:
    """Everyone the article names, and where each paragraph mentions them."""

    persons: tuple[Person, ...]
    mentions: dict[int, tuple[Mention, ...]]
    tokens: dict[int, list[Token]]
    lowercase_words: frozenset[str] = frozenset()  # the words the article writes in lower case
    # Folded names the article writes as a body's ("bank X Y", "Yukos chief executive X"): no person.
    bodies: frozenset[str] = frozenset()

    def person(self, person_id: int) -> Person:
        return self.persons[person_id]


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation: its words verbatim, where it is, and who said it (None: unattributed)."""

    text: str
    paragraph: int
    sentence: str
    speaker: str | None
    partial: bool = False
    continued: bool = False
    paraphrase: bool = False
    resumes: bool = False  # goes on with the quotation before it, broken only by its attribution
    kind: str = PERSON  # the speaker's kind: person, organisation or unnamed (sources.py)
    unclear: bool = False  # unattributed on purpose: the rules found no one the article makes clear

    def to_dict(self) -> dict:
        found = {"text": self.text, "paragraph": self.paragraph, "sentence": self.sentence}
        found["partial"] = self.partial
        if self.partial:
            found["context"] = self.sentence
        return found
