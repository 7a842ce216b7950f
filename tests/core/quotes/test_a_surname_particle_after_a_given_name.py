"""A capitalised particle between a given name and a surname belongs to the surname, even one that
is also a given name ("Ahmed Al Khalidi", "Chris Van Hollen"): "Al Khalidi" alone is that man."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

from .speakers import speakers_of

ARTICLE = (
    "Gunmen freed Ahmed Al Khalidi on Monday.\n\n"
    "Unknown gunmen kidnapped Al Khalidi, the deputy consul, in 2012.\n\n"
    "“I am happy to be home,” Al Khalidi said.\n"
)


def test_the_particle_and_surname_name_the_man_named_in_full():
    assert speakers_of(ARTICLE) == ["Ahmed Al Khalidi"]


def test_one_person_is_made_of_both_spellings():
    names = [s.name for s in quotes.list_speakers(parse_article("Title: T\n\n" + ARTICLE)).speakers]
    assert names == ["Ahmed Al Khalidi"]


def test_van_after_a_given_name_opens_the_surname():
    article = "Rep. Chris Van Hollen spoke on Monday.\n\n“There is no time for delay,” Van Hollen said.\n"
    assert speakers_of(article) == ["Chris Van Hollen"]
