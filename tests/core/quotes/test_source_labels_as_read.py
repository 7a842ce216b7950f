"""An unnamed source's label reads as the article writes it: through an abbreviation's full stop (`The
unnamed State Dept. spokesman replied`, `said a State Dept. spokesman`; was `spokesman`, `State Dept`),
a name's title (`Sen.`) excepted, and in lower case where only the sentence's start capitalised its
first word (`Unnamed officials told KTSM` is `unnamed officials`; `Top Harbor officials` keeps its name)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speaker(sentence: str) -> str | None:
    article = parse_article(f"Title: T\n\nA reporter asked a question.\n\n{sentence}\n")
    return extract_quotes(article)[0].speaker


def test_an_abbreviations_stop_ends_no_label():
    assert _speaker("The unnamed State Dept. spokesman replied, “That is a question.”") == (
        "the unnamed State Dept. spokesman"
    )
    assert _speaker("“That is a question,” said a State Dept. spokesman.") == "a State Dept. spokesman"


def test_a_plain_adjective_capitalised_by_the_sentence_start_is_lower_case():
    assert _speaker("Unnamed officials said: “The best option is to speak to a supervisor.”") == (
        "unnamed officials"
    )
    assert _speaker("Top Harbor officials said, “We will not pay.”") == "Top Harbor officials"
