"""A writing's words are its issuer's: "In a statement, the company said ... “…,” the statement
said." gives the words to the company the article names."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _speakers(body: str) -> list[tuple[str, str]]:
    article = parse_article(f"Title: T\n\n{body}\n")
    return [(s.name, s.kind) for s in quotes.list_speakers(article).speakers]


def test_the_statement_is_the_company_that_issued_it():
    body = (
        "Greystone Homes wanted to build 400 houses. In a statement, the company said it would appeal. "
        '"We listened to residents and changed the plans three times," the statement said.'
    )
    assert _speakers(body) == [("Greystone Homes", "organisation")]


def test_a_statement_with_no_issuer_named_before_stays_a_statement():
    body = (
        "Greystone Homes wanted to build 400 houses.\n\n"
        '"We listened to residents and changed the plans three times," the statement said.'
    )
    assert _speakers(body) == [("the statement", "unnamed")]


def test_the_statement_said_after_a_quotation_is_the_statement():
    text = (
        "The ferry board met on Monday.\n\n"
        "“After reviewing the accounts, the board believes the old fares were a mistake,” the "
        "statement said.\n"
    )
    assert speakers_of(text) == ["the statement"]


def test_said_in_a_statement_still_skips_to_the_named_speaker():
    text = "“We regret the delays on every crossing,” Mara Quill said in a statement.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_a_statement_from_a_person_reads_that_persons_words():
    text = (
        "Cal Dunmore, the nominee, spoke on Monday.\n\n"
        "The statement from Dunmore read: “We reject these lies entirely.”\n"
    )
    assert speakers_of(text) == ["Cal Dunmore"]


def test_the_statement_read_is_a_named_bodys_that_said_in_a_statement_before():
    body = (
        "President Tom Harlan spoke with the mayor on Monday, the White House said in a statement.\n\n"
        '"The president expressed his deepest condolences to the families," the statement read.'
    )
    assert _speakers(body) == [("the White House", "organisation")]


def test_the_statement_said_is_the_named_body_said_after_its_words_in_a_statement_before():
    text = (
        "“Nearly every permit approved last year was in a county with updated rules,” said the "
        "Northfield Water Council in a statement.\n\n"
        "“The agency cannot point to a single incident on public land,” the statement said.\n"
    )
    assert speakers_of(text) == ["the Northfield Water Council", "the Northfield Water Council"]


def test_the_statement_said_is_a_body_of_a_place_that_said_in_a_statement_before():
    body = (
        "The Embassy of the Republic of Vellmark in Harbor City said in a statement that Vellmark "
        "condemned the attack.\n\n"
        '"No casualties were reported from this chaotic incident," the statement said.'
    )
    assert _speakers(body) == [("the Embassy of the Republic of Vellmark", "organisation")]


def test_the_statement_said_after_an_office_of_a_country_stays_the_statement():
    body = (
        "The President of Vellmark said in a statement that Vellmark condemned the attack.\n\n"
        '"No casualties were reported from this chaotic incident," the statement said.'
    )
    assert _speakers(body) != [("the President of Vellmark", "organisation")]


def test_the_statement_read_is_a_titled_persons_who_released_one_before():
    body = (
        "Gov. Tim Harlan released a statement saying he was disappointed in the delay. "
        '"Tomorrow we will keep working for the families," the statement read.'
    )
    assert _speakers(body) == [("Tim Harlan", "person")]


def test_the_statement_read_is_a_persons_who_said_in_a_statement_before():
    body = (
        "Tim Harlan said in a statement that he was disappointed in the delay.\n\n"
        '"Tomorrow we will keep working for the families," the statement read.'
    )
    assert _speakers(body) == [("Tim Harlan", "person")]


def test_the_statement_read_is_not_the_person_an_office_said_something_about():
    body = (
        "Prime Minister Ella Roan spoke with the mayor on Monday, her office said in a statement.\n\n"
        '"The prime minister expressed her deepest condolences to the families," the statement read.'
    )
    assert ("Ella Roan", "person") not in _speakers(body)


def test_the_statement_read_is_not_the_person_a_campaign_is_named_after():
    body = (
        "The Harlan campaign sent a fundraising email on Wednesday.\n\n"
        '"Friend, let me be blunt. I can win this race," the email read.'
    )
    assert _speakers(body) == [("the email", "unnamed")]


def test_the_statement_after_a_body_announced_something_is_the_bodys():
    text = (
        "Conlan show dropped\n\n"
        "The Velo Network cut ties on Monday with the developer Rafe Conlan after his remarks.\n\n"
        "The Velo Network announced on Monday that it would no longer air Conlan's home-makeover show.\n\n"
        "“Due to the recent remarks by Rafe Conlan, the Velo Network is ending its business relationship "
        "with Mr. Conlan,” the statement said.\n"
    )
    assert speakers_of(text) == ["the Velo Network"]


def test_the_statement_after_an_acronym_announced_something_is_its():
    text = (
        "Conlan show dropped\n\n"
        "VNB announced on Monday that it would no longer air Conlan's home-makeover show.\n\n"
        "“Due to the recent remarks by Rafe Conlan, we are ending our business relationship with Mr. "
        "Conlan,” the statement said.\n"
    )
    assert speakers_of(text) == ["VNB"]
