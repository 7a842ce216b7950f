"""An auxiliary verb opening a question before a surname ("More:Will Brandt run for governor next
year?") is the question's verb, no given name: the surname stays the titled person's."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

from .speakers import speakers_of

ARTICLE = (
    "Mayor Brandt said Saturday that the city will double its road repair budget.\n\n"
    "“People are tired of waiting,” Brandt said at a town hall.\n\n"
    "More:Will Brandt run for governor next year?\n\n"
    "“We will find the money without raising taxes,” Brandt said.\n"
)


def test_the_quotations_stay_with_the_surname():
    assert speakers_of(ARTICLE) == ["Brandt", "Brandt"]


def test_no_person_is_made_of_the_verb_and_the_surname():
    names = [s.name for s in quotes.list_speakers(parse_article("Title: T\n\n" + ARTICLE)).speakers]
    assert names == ["Brandt"]


def test_a_question_may_name_a_will_after_its_verb():
    article = ARTICLE.replace("More:Will Brandt run", "Did Will Brandt run")
    assert "Will Brandt" in speakers_of(article)
