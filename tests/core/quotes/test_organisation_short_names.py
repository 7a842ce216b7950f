"""A business's short name ("Northwind" after "Northwind Airways") speaks as that organisation,
not as a person named Northwind."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

DEAL = parse_article(
    "Title: Airline deal\n\n"
    "Larkspur Airways agreed on Monday to buy a regional rival.\n\n"
    '"We are excited to welcome new customers," Larkspur said in a statement.\n'
)


def test_a_business_short_name_is_an_organisation_speaker():
    speakers = quotes.list_speakers(DEAL).speakers
    assert [(s.name, s.kind) for s in speakers] == [("Larkspur", "organisation")]


def test_a_business_short_name_is_no_person_of_the_article():
    assert quotes.list_people(DEAL) == ()


def test_a_person_named_like_a_business_with_a_title_stays_a_person():
    article = parse_article(
        'Title: T\n\nWhitcombe Motors opened a new showroom.\n\n"It took ten years," Mr. Whitcombe said.\n'
    )
    assert [s.kind for s in quotes.list_speakers(article).speakers] == ["person"]


def test_a_name_before_a_public_body_is_still_a_person():
    article = parse_article(
        "Title: T\n\nThe Marlow Administration cut the budget.\n\n"
        '"We had no choice," Marlow said on Tuesday.\n'
    )
    assert [(s.name, s.kind) for s in quotes.list_speakers(article).speakers] == [("Marlow", "person")]


def test_the_company_is_the_one_business_named_whatever_its_last_word():
    article = parse_article(
        "Title: T\n\nThe developer, Greystone Homes, said it would appeal.\n\n"
        '"We listened to residents and changed the plans three times," the company said.\n'
    )
    speakers = quotes.list_speakers(article).speakers
    assert [(s.name, s.kind) for s in speakers] == [("Greystone Homes", "organisation")]


def test_a_surname_that_ends_a_charitys_name_stays_a_person():
    article = parse_article(
        "Title: T\n\nRichard Cross, a former speechwriter for the party, spoke on Monday.\n\n"
        'Despite what he wrote, Cross said he "may yet have to vote for her because of the deficiencies."\n'
    )
    assert [s.name for s in quotes.list_speakers(article).speakers] == ["Richard Cross"]


def test_a_sports_club_is_an_organisation_and_its_short_name_speaks_for_it():
    article = parse_article(
        "Title: Cup tie\n\nKingsbridge Town lost 2-1 to Harlow Rovers on Saturday.\n\n"
        'Kingsbridge said in a statement that the striker was "in good spirits."\n'
    )
    speakers = quotes.list_speakers(article).speakers
    assert [(s.name, s.kind) for s in speakers] == [("Kingsbridge", "organisation")]


def test_the_club_is_the_one_club_named():
    article = parse_article(
        "Title: Injury\n\nEastfield United confirmed the injury on Sunday.\n\n"
        'The club said the defender was "in good spirits."\n'
    )
    speakers = quotes.list_speakers(article).speakers
    assert [(s.name, s.kind) for s in speakers] == [("Eastfield United", "organisation")]
