"""A phrase with "a" set before ", he" or ", she" ("A former critic of the Senate, he has said ...",
"A civil engineer and former sailor, she ...") describes the person the pronoun means, someone
already named: the "he" quoted next is that person, not an unnamed "a former critic of the Senate"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def speakers_of(text: str) -> list[tuple[str, int]]:
    return [(s.name, s.quotes) for s in quotes.list_speakers(parse_article("Title: T\n\n" + text)).speakers]


def test_a_described_pronoun_keeps_the_person_named_before():
    text = (
        "Former mayor Osric Pellow has joined the Senate. "
        "A former critic of the Senate, he has said he will push for its reform. "
        '"I accepted for practical reasons," he said.'
    )
    assert speakers_of(text) == [("Osric Pellow", 1)]


def test_a_described_she_keeps_the_woman_named_before():
    text = (
        "Judge Maren Holloway retired on Friday. "
        "A former teacher, she plans to cross the Atlantic. "
        '"I have waited forty years for this," she said.'
    )
    assert speakers_of(text) == [("Maren Holloway", 1)]


def test_an_unnamed_person_introduced_as_the_subject_is_still_the_speaker():
    text = (
        "Former mayor Osric Pellow has joined the Senate. "
        "A former aide said the move had surprised staff. "
        '"Nobody saw it coming," he said.'
    )
    assert speakers_of(text) == [("a former aide", 1)]


def test_a_description_of_two_joined_roles_keeps_the_person_named_before():
    text = (
        "Renata Holm was the city's chief engineer until June. "
        "A civil engineer and former sailor, she is known for her bluntness. "
        '"Nobody here has ever built a pier in winter," she said.'
    )
    assert speakers_of(text) == [("Renata Holm", 1)]
