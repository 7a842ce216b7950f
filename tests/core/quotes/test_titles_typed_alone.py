"""`/quote Sen.` or `/quote Rep.` typed alone: only the people of that title, never those of another
title that shares a role word with it ("lawmaker"); and when more fit than a choice shows, every one of
them, the quoted with their counts, so the reader sees whom to type."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

REPS = ("Ann Holt", "Tom Reyes", "Lena Vogt", "Omar Haddad", "Ray Dorn", "Ida Pike")

HOUSE = (
    "Title: Vote\n\n"
    + "".join(f"“We will vote for it on day {n},” said Rep. {name}.\n\n" for n, name in enumerate(REPS, 1))
    + "“The bill is sound,” Holt added.\n\n"
    + "Rep. Sam Ortiz stayed away. Sen. Ada Brill said she would wait for the House.\n"
)


def test_a_senators_title_offers_no_representative():
    result = api.quote(parse_article(HOUSE), "Sen.")
    assert result.message.startswith("Ada Brill")
    assert not any(name in result.message for name in REPS)


def test_a_title_fitting_more_people_than_a_choice_shows_names_every_one():
    message = api.quote(parse_article(HOUSE), "Rep.").message
    assert message == (
        "“Rep.” fits 7 people in this article. Quoted: Ann Holt (2), Tom Reyes (1), Lena Vogt (1), "
        "Omar Haddad (1), Ray Dorn (1), Ida Pike (1); never quoted: Sam Ortiz. Which one?"
    )
