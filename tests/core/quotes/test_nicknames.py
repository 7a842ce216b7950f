"""A nickname in quotation marks inside a name (`Luis "Lucho" Ortega`) is no quotation and no name
of its own: the name is one person's, Luis Ortega, who speaks the quotations said of him."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from bot.core.quotes.nicknames import cut_nicknames
from tests.core.quotes.speakers import speakers_of

_MATCH = (
    "City had led through a penalty by captain Tomas {open}Tuco{close} Herrera before the home side "
    "turned the game.\n\n"
    'Herrera was less forgiving. "We gave it away. That is on us," he said.'
)


def test_a_quoted_nickname_inside_a_name_leaves_one_person_who_speaks():
    text = _MATCH.format(open='"', close='"')
    assert speakers_of(text) == ["Tomas Herrera"]


def test_a_nickname_in_curly_marks_leaves_one_person_too():
    text = _MATCH.format(open="“", close="”")
    assert speakers_of(text) == ["Tomas Herrera"]


def test_the_surname_finds_the_person_named_with_a_nickname():
    article = parse_article("Title: T\n\n" + _MATCH.format(open='"', close='"'))
    person = quotes.find_person(article, "Herrera")
    assert person is not None and person.name == "Tomas Herrera"


def test_the_nickname_finds_the_person_too():
    article = parse_article("Title: T\n\n" + _MATCH.format(open="“", close="”"))
    assert quotes.find_quotes(article, "Tuco").speaker.name == "Tomas Herrera"


def test_words_in_marks_after_a_name_in_a_title_cased_line_are_no_nickname():
    text = "Governor Calls Rival Clinton ‘A Disgrace’ Over Shootings\n\nThe row went on."
    paragraph = parse_article("Title: T\n\n" + text).paragraphs[0]
    assert cut_nicknames(paragraph)[1] == ()
