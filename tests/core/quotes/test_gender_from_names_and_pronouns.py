"""Which gender a name tells: a given name on one list or both, a woman's given name against
pronouns meaning her rival, and pronouns that tell nothing (an object, one inside a quotation, a stray one).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry


def _gender_of(text: str, name: str) -> str | None:
    people = build_registry(parse_article("Title: T\n\n" + text)).persons
    return next(p.gender for p in people if p.name == name)


def test_a_she_opening_the_talk_of_the_sentence_after_one_about_her_tells_her_gender():
    text = (
        "Solenne Brac is a candidate in the mayoral election. While her party thrives on anger at the "
        "fares, she has been careful in her speeches.\n"
    )
    assert _gender_of(text, "Solenne Brac") == "f"


def test_a_she_after_a_sentence_whose_talk_a_pronoun_opened_tells_nothing_of_the_name():
    text = (
        "Solenne Brac, a councillor, spoke at the pier on Monday.\n\n"
        "After the storm, she issued a plan to rebuild the pier: Solenne Brac later adopted a similar "
        "approach. She has called for a new ferry too.\n"
    )
    assert _gender_of(text, "Solenne Brac") is None


def test_a_she_in_words_quoted_after_a_name_tells_nothing_of_the_name():
    text = (
        "Solenne Brac, a councillor, spoke at the pier on Monday.\n\n"
        "“She will win if Solenne Brac is still popular. And she will lose if the fares rise,” said "
        "Tom Reyes, a pollster.\n"
    )
    assert _gender_of(text, "Solenne Brac") is None
