"""A verb of saying whose short tail closes at a comma before a new clause ("said Monday, but that
amount ...") is the quotation's attribution; an interjection opening a quotation ("Well, I'm not a
Democrat") is no one's name; a co-author is a role."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

BEFORE = "Eddie Routh was convicted on Tuesday. “It tore my heart out,” Routh said.\n\n"


def test_a_short_tail_closed_before_but_leaves_the_name_its_speaker():
    text = BEFORE + (
        "“That sounds like a lot,” study co-author Alfred McEwan said Monday, but that much water "
        "spread over a large area amounts to a thin layer of wet soil.\n"
    )
    assert speakers_of(text) == ["Eddie Routh", "Alfred McEwan"]


def test_an_interjection_opening_a_quotation_is_no_person():
    article = parse_article(
        "Title: T\n\nAsked about a challenge, Sanders responded: “Well, I’m not a Democrat. I am an "
        "independent.”\n"
    )
    assert [s.name for s in quotes.list_speakers(article).speakers] == ["Sanders"]


def test_a_co_author_before_a_name_is_the_persons_role():
    article = parse_article("Title: T\n\n“It is a lot of water,” said study co-author Alfred McEwan.\n")
    person = quotes.find_person(article, "McEwan")
    assert person is not None and person.role == "study co-author"


def test_a_person_of_a_body_named_with_of_and_a_place_after_it_speaks():
    text = BEFORE + (
        "“That sounds like a lot,” study co-author Alfred McEwan of the University of Arizona, Tucson, "
        "said Monday, but the water is spread over a large area.\n"
    )
    assert speakers_of(text) == ["Eddie Routh", "Alfred McEwan"]
