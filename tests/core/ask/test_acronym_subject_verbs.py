"""A body's acronym typed in lower case as the subject of a yes/no question is followed by its verb, not by
a second word of the body's name: "did the pcb grant the permit", "is the pcb going to the quay" ask of the
article's PCB, and the verb ("grant", "going"), which the article puts in other words, is no body it lacks."""

from __future__ import annotations

from bot.core.article import Article, parse_article
from bot.core.ask.engine import answer_question

_TEXT = """Harbour board turns down ferry permit

The Port Control Board (PCB) on Tuesday refused to issue a temporary permit to the Larkspur ferry company.

The board may allow a temporary permit while an appeal is heard, but the PCB declined to provide one.

A PCB spokesman said the board was "not travelling to the quay at this time" and would read the appeal.
"""


def _article() -> Article:
    return parse_article(_TEXT)


def test_a_verb_before_its_object_is_no_word_of_the_acronym_body():
    result = answer_question(_article(), "did the pcb grant the temporary permit?")
    assert result.missing == ()
    assert result.tier in (1, 2)


def test_a_verb_in_ing_before_to_is_no_word_of_the_acronym_body():
    result = answer_question(_article(), "is the pcb going to the quay?")
    assert result.missing == ()
    assert result.tier in (1, 2)


def test_a_body_the_article_lacks_is_still_missing():
    # "the pcb council": a body's own word, followed by its verb, is still looked for.
    assert answer_question(_article(), "did the pcb council grant the permit?").missing == ("pcb council",)
