"""A familiar given name beside the formal one ("Edith Windsor ... “Edie Windsor, will you marry me?”
... Edie says") is one person: the full familiar name joins the formal one, and the familiar given name
alone means her (session 67)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Case\n\nAt age 83, Edith Windsor dresses in tailored clothes and a long string of pearls.\n\n"
    "Proper she may be, but Windsor is making history by challenging the inheritance law.\n\n"
    "On a drive in 1967, Thea Spyer got down on her knees and said, “Edie Windsor, will you marry me?”\n\n"
    "“It was the happiest day of my life,” Edie says.\n"
)


def test_the_familiar_full_name_is_the_same_person_as_the_formal_one():
    people = [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + TEXT))]
    assert "Edie Windsor" not in people and "Edith Windsor" in people


def test_the_familiar_given_name_alone_means_her():
    assert speakers_of(TEXT) == ["Thea Spyer", "Edith Windsor"]
