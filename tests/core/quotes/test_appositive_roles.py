"""The role written after a name (", a cardiologist at St. Anne's Hospital,") as /speakers shows it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _role(sentence: str) -> str | None:
    article = parse_article(f'Title: T\n\n{sentence}\n\n"It is too early to say," she said.\n')
    return quotes.list_people(article)[0].role


def test_an_occupation_ending_in_ologist_is_a_role():
    assert _role("Mira Castell, an epidemiologist, said the figures were rising.") == "epidemiologist"


def test_an_occupation_from_the_trades_and_professions_is_a_role():
    role = _role("Mira Castell, a pharmacist in Dunmore, said the shelves were empty.")
    assert role == "pharmacist in Dunmore"


def test_an_abbreviations_full_stop_does_not_end_the_role():
    role = _role("Mira Castell, a surgeon at St. Anne's Hospital, said the ward was full.")
    assert role == "surgeon at St. Anne's Hospital"


def test_lists_show_the_role_without_its_relative_clause():
    article = parse_article(
        "Title: T\n\nMira Castell, a surgeon in Dunmore who was not involved in the study, "
        "said it was small.\n\n"
        '"It is too early to say," she said.\n'
    )
    (speaker,) = quotes.list_speakers(article).speakers
    assert speaker.label == "Mira Castell (surgeon in Dunmore)"
    assert speaker.role == "surgeon in Dunmore who was not involved in the study"


def test_lists_show_a_role_without_a_plain_nouns_possessive():
    article = parse_article(
        "Title: T\n\nThe company's chief executive, Mira Castell, said the cuts were "
        "“painful but necessary.”\n"
    )
    (speaker,) = quotes.list_speakers(article).speakers
    assert speaker.label == "Mira Castell (chief executive)"
    assert speaker.role == "company's chief executive"


def test_a_role_after_a_name_needs_no_article_when_its_noun_comes_soon():
    assert _role("Mira Castell, vice chairwoman of the campaign, emailed staff on Monday.") == (
        "vice chairwoman of the campaign"
    )


def test_a_list_going_on_after_a_name_is_no_role():
    article = parse_article("Title: T\n\nSenator Mira Castell, and daughter Ann Castell, met the press.\n")
    roles = {p.name: p.roles for p in quotes.list_people(article)}
    assert roles["Mira Castell"] == ("Senator",)


def test_a_role_opening_the_sentence_keeps_the_capital_of_a_peoples_adjective():
    # "Neighbour Tom Reyes" is a neighbour, but the Chinese diplomat was shown as a "chinese diplomat".
    assert _role("Chinese diplomat Mira Castell said the talks went well.") == "Chinese diplomat"


def test_a_role_whose_closing_comma_is_missing_ends_at_the_verb():
    role = _role("Mira Castell, film critic for the Harbour Gazette said the film was dull.")
    assert role == "film critic for the Harbour Gazette"


def test_a_role_before_a_name_with_no_comma_is_no_role_of_the_opener():
    article = parse_article(
        'Title: T\n\nSeparately, Gazette film critic Mira Castell said it was dull.\n\n"Dull," she said.\n'
    )
    assert [p.name for p in quotes.list_people(article)] == ["Mira Castell"]


def test_the_role_after_an_age_is_the_persons_role():
    role = _role("Mira Castell, 34, a nurse at the Eastside clinic, said the queue was long.")
    assert role == "nurse at the Eastside clinic"


def test_an_age_followed_by_a_place_gives_no_role():
    assert _role("Mira Castell, 61, of Westfield, said the queue was long.") is None
