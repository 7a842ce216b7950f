"""A question put in a reply to one of the bot's answers goes on about the one person that answer was
about: "@article-bot what did she say?" replying to "Who is Maria Ortega?" asks what Maria Ortega
said (it was "what did she say?" of no one, and the closest passage came back).

Pure: the shell gives the earlier answer's title and author line and the article's people."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A person's pronouns as a question uses them: a subject or an object stands for the name, a
# possessive for "Name's"; "her" is either, read from the word after it.
_SUBJECTS = {"he": "m", "she": "f", "him": "m"}
_POSSESSIVES = {"his": "m", "hers": "f"}
# Words after "her" that make it an object ("What did the mayor tell her about ...?"), not a possessive.
_AFTER_AN_OBJECT = frozenset(
    "about to for with on in at by from of and or if that when after before so as than".split()
)
_PRONOUN = re.compile(r"\b(he|she|him|his|hers|her)\b(?:\s+(\w+))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    gender: str | None = None  # "m", "f" or None: unknown


def about_one(earlier: str, people: Sequence[Person]) -> Person | None:
    """The one person of the article that `earlier` (a question asked, a quote's author line) names,
    by full name or surname; None when it names none or several."""
    said = earlier.casefold()
    named = [p for p in people if any(_says(said, form) for form in _forms(p.name))]
    return named[0] if len(named) == 1 else None


def _forms(name: str) -> list[str]:
    words = name.split()
    return [name, words[-1]] if len(words) > 1 else [name]


def _says(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text) is not None


def followed_up(question: str, person: Person) -> str:
    """`question` with its pronouns for `person` written as their name; `question` when it has none
    of their gender, or already names them."""
    if any(_says(question.casefold(), form) for form in _forms(person.name)):
        return question
    genders = {_gender(found.group(1), found.group(2)) for found in _PRONOUN.finditer(question)}
    if person.gender is None and len(genders) > 1:  # "what did she tell him?": which is which
        return question
    replaced = False

    def name_for(found: re.Match) -> str:
        nonlocal replaced
        pronoun, after = found.group(1).lower(), found.group(2)
        possessive = pronoun in _POSSESSIVES or (
            pronoun == "her" and after is not None and after.lower() not in _AFTER_AN_OBJECT
        )
        gender = _gender(pronoun, after)
        if person.gender is not None and person.gender != gender:
            return found.group(0)
        replaced = True
        name = f"{person.name}'s" if possessive else person.name
        return name + (f" {after}" if after is not None else "")

    changed = _PRONOUN.sub(name_for, question)
    return changed if replaced else question


def _gender(pronoun: str, _after: str | None) -> str:
    pronoun = pronoun.lower()
    return _POSSESSIVES.get(pronoun) or _SUBJECTS.get(pronoun) or "f"  # "her"
