"""A paragraph of a few words in single marks and nothing else, no sentence's end inside
("‘Success follows success’"), is the heading an outlet sets over a section: no quotation, so no
one before it speaks it; a bare quoted sentence that ends as one still counts."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

LEAD = "Court fight\n\n"


def _texts(text: str) -> list[str]:
    return [q.text for q in quotes.extract_quotes(parse_article(text, "t"))]


def test_a_section_heading_in_single_marks_is_no_quotation():
    text = LEAD + (
        "“We have less money to go around,” says Lea Moss, an analyst at the Center for Progress.\n\n"
        "‘Success follows success’\n\n"
        "Conservative groups had to defend the seat in 2016.\n"
    )
    assert _texts(text) == ["We have less money to go around"]


def test_a_bare_sentence_in_single_marks_is_still_a_quotation():
    text = LEAD + (
        "The family spoke to reporters on Monday.\n\n"
        "‘We are devastated by what happened to our son.’\n\n"
        "The inquiry opens next week.\n"
    )
    assert _texts(text) == ["We are devastated by what happened to our son."]
