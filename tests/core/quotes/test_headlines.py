"""A Title Case headline ending in a full stop is the article's title: its words make no person."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine
from bot.core.quotes import engine as quotes
from tests.conftest import own_article


def test_title_case_headline_words_make_no_person():
    article = own_article("headline_title_case.txt")
    names = {person.name for person in engine.list_people(article)}
    assert "Ada Holt" in names
    assert not [name for name in names if "Defends" in name or "Six" in name]


def test_surname_from_the_headline_means_the_one_person_of_the_body():
    article = own_article("headline_title_case.txt")
    result = api.quote(article, "Holt")
    assert result.speaker is not None and result.speaker.name == "Ada Holt"
    assert [q.text for q in result.quotes] == ["We have no other way to pay for the new boats"]
    assert not result.suggestions


def test_given_name_from_the_headline_completes_the_one_person_of_that_surname():
    article = own_article("headline_given_name.txt")
    assert [s.name for s in api.speakers(article).speakers] == ["Dana Pruitt"]
    result = api.quote(article, "Dana Pruitt")
    assert [q.text for q in result.quotes] == ["We will not close the clinic, whatever the council decides"]


def test_headline_given_name_never_renames_a_person_the_story_names_in_full():
    text = (
        "Dana Pruitt Defends The Clinic.\n\n"
        "Mayor Tom Pruitt and his sister, the clinic's director, met on Monday to discuss the grant.\n\n"
        "“We will not close the clinic,” the director said. The mayor said nothing.\n\n"
        "Later, Pruitt told reporters the grant was safe.\n"
    )
    names = {person.name for person in engine.list_people(parse_article(text))}
    assert "Dana Pruitt" not in names


def _quotes_without_title_line(text: str) -> list[tuple[int, str | None]]:
    return [(q.paragraph, q.speaker) for q in quotes.extract_quotes(parse_article(text))]


def test_a_title_case_headline_ending_in_a_full_stop_gives_no_quotation():
    text = (
        "Kasich: ‘We Are Going To Go All The Way To Cleveland.’\n\n"
        "Gov. John Kasich said on Tuesday that he would “go all the way to Cleveland” and win there.\n\n"
        "He spoke in Ohio.\n"
    )
    # The headline is the article's title: the body's first paragraph is paragraph 1.
    assert _quotes_without_title_line(text) == [(1, "John Kasich")]


def test_a_body_sentence_repeating_the_headline_keeps_its_quotation():
    text = (
        "Kasich Says He Will ‘Go All The Way To Cleveland.’\n\n"
        "Kasich says he will “go all the way to Cleveland.”\n\n"
        "Gov. John Kasich spoke in Ohio on Tuesday night.\n"
    )
    assert _quotes_without_title_line(text) == [(1, "John Kasich")]
