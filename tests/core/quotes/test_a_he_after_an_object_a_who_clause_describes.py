""" "The looming cuts are a huge blow to Feld, who sought to restore trust ... ¶ “…,” he told a crowd":
the one person the last sentence of the paragraph before names, as an object a "who" clause goes on
to describe, is whom the next paragraph's he means, not an earlier speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_EARLIER = (
    "Lawmakers plan deep cuts to the tax office, which has shed 900 workers, according to Tax "
    "Commissioner Marco Feld.\n\n"
    "Rep. Jorge Paulsen seemed almost proud that the cuts were limited, saying they “could have been "
    "a lot worse.”\n\n"
)
_HE = "“Right now, the problem is how to survive with the limits we are under,” he told accountants.\n"


def test_he_is_the_object_the_who_clause_describes():
    text = _EARLIER + (
        "The looming cuts are a huge blow to Feld, who sought to restore trust in the agency.\n\n" + _HE
    )
    assert speakers_of(text) == ["Jorge Paulsen", "Marco Feld"]


def test_an_object_the_sentence_names_beside_another_man_is_not_taken_up():
    text = _EARLIER + (
        "The looming cuts are a blow to Feld and to Tom Varga, who sought to restore trust in the agency.\n\n"
        + _HE
    )
    assert speakers_of(text)[-1] not in ("Marco Feld", "Tom Varga")
