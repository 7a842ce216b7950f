"""A business's short name ("Northwind" after "Northwind Airways"), or a lone word the article writes
as a business ("shares in Norvane", "firm Quillo", "Bravik, which"), speaks as that organisation,
not as a person named so."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

DEAL = parse_article(
    "Title: Airline deal\n\n"
    "Larkspur Airways agreed on Monday to buy a regional rival.\n\n"
    '"We are excited to welcome new customers," Larkspur said in a statement.\n'
)


def _kinds(text: str) -> list[tuple[str, str]]:
    speakers = quotes.list_speakers(parse_article("Title: T\n\n" + text)).speakers
    return [(s.name, s.kind) for s in speakers]


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
        'Despite what he wrote, Cross said he "might still back her in the end, given the rivals."\n'
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


def test_a_lone_word_whose_shares_the_article_quotes_is_a_business():
    text = "Shares in Norvane fell 4% on Thursday. “Growth remains solid,” Norvane said in a statement.\n"
    assert _kinds(text) == [("Norvane", "organisation")]


def test_a_lone_word_the_article_calls_a_firm_is_a_business():
    text = "Search engine firm Quillo has released a toolbar. “It adds useful links,” Quillo said.\n"
    assert _kinds(text) == [("Quillo", "organisation")]


def test_a_lone_word_with_a_which_clause_is_no_person():
    text = "Bravik, which makes wine, agreed the deal. “It is an excellent fit,” Bravik said.\n"
    assert _kinds(text) == [("Bravik", "organisation")]


def test_a_lone_surname_that_speaks_stays_a_person():
    text = "Shares in Harbor Bank fell. “Growth remains solid,” Okafor said.\n"
    assert _kinds(text) == [("Okafor", "person")]


def test_an_organisations_name_ends_at_the_full_stop_ending_its_sentence():
    text = (
        "The university released the following statement on the comments:\n\n"
        '"The comments of Dr. Lund do not reflect the values of the University of Kent. We condemn '
        'any message that endorses hatred."\n'
    )
    assert _kinds(text) == [("University of Kent", "organisation")]


def test_a_newsmagazine_named_after_its_kind_speaks_as_an_organisation():
    text = (
        "“Whatever the court says, the argument goes on,” the newsweekly Der Kurier said in an editorial.\n"
    )
    assert _kinds(text) == [("Der Kurier", "organisation")]


def test_the_company_is_no_company_the_article_names_only_further_down():
    text = (
        "A listing of the gun appeared on the website Gunmart on Thursday.\n\n"
        "“No one at the website has any relationship with the seller,” the company wrote in a statement.\n\n"
        "Later, Harbor Arms Company said in a statement that it had pulled its own listing.\n"
    )
    quotes_found = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert quotes_found[0].speaker == "the company"
