"""Contractions typed without their apostrophe ("whats the price in the us", "didnt he play"): no word
list knows "whats", so it read as a name the article never mentions. The question gets its
apostrophes back before anything is looked up. Only forms that are no English word of their own:
"wont", "cant", "its", "hell", "well", "were" stay as typed. A chat spelling of "what" opening the
question ("wat did they name the turtle") is "what" too.
"""

from __future__ import annotations

import re

_UNMARKED = {
    f"{stem}{ending}": f"{stem}'{ending}"
    for stem, ending in (
        ("what", "s"), ("who", "s"), ("where", "s"), ("when", "s"), ("how", "s"), ("why", "s"),
        ("that", "s"), ("there", "s"), ("is", "nt"), ("are", "nt"), ("was", "nt"), ("were", "nt"),
        ("did", "nt"), ("does", "nt"), ("do", "nt"), ("has", "nt"), ("have", "nt"), ("had", "nt"),
        ("could", "nt"), ("should", "nt"), ("would", "nt"), ("they", "re"), ("you", "re"),
    )
}  # fmt: skip
_UNMARKED_WORD = re.compile(rf"\b(?:{'|'.join(_UNMARKED)})\b", re.IGNORECASE)


def with_apostrophes(question: str) -> str:
    """`question` with each contraction typed without its apostrophe written with it."""
    return _UNMARKED_WORD.sub(_marked, question)


def _marked(match: re.Match[str]) -> str:
    typed = match.group()
    marked = _UNMARKED[typed.casefold()]
    return marked.capitalize() if typed[:1].isupper() else marked


# Chat spellings of "what" that open a question: "wat hashtag did fans use", "wot is it called".
_CHAT_WHAT = re.compile(r"^(?P<space>\s*)(?P<word>wat|wot|wut|whut|wht|whta)\b", re.IGNORECASE)


def with_plain_question_word(question: str) -> str:
    """`question` with a chat spelling of "what" at its start written "what" (its capital kept)."""
    return _CHAT_WHAT.sub(_plain_what, question)


def _plain_what(match: re.Match[str]) -> str:
    return match.group("space") + ("What" if match.group("word")[:1].isupper() else "what")
