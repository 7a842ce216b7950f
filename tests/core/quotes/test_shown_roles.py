"""How a speaker's role is written where /quote and /speakers show it.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article


def _roles(body: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) for s in quotes.list_people(parse_article("Title: T\n\n" + body))]


def test_an_acronym_opening_a_paragraph_stays_in_capitals_when_the_article_spells_it_so_inside():
    body = (
        "The plan was called outrageous by the Islamic Human Rights Commission (IHRC).\n\n"
        'IHRC chairman Massoud Shadjareh accused the minister of "playing a card".\n'
    )
    assert _roles(body) == [("Massoud Shadjareh", "IHRC chairman")]


def test_a_shouted_first_word_the_article_writes_nowhere_else_in_capitals_is_title_case():
    body = 'CORONATION Street favourite Jane Dale said: "I am leaving."\n\nThe show began in 1960.\n'
    assert _roles(body) == [("Jane Dale", "Coronation Street favourite")]


def test_capitals_only_inside_a_shouted_heading_leave_the_lead_word_in_title_case():
    body = (
        'ROVERS manager Tom Hale said: "We will win."\n\n'
        "The board met on Monday. ROVERS CHASING STRIKER . Rovers want a new forward.\n"
    )
    assert _roles(body) == [("Tom Hale", "Rovers manager")]


def test_a_place_after_in_is_not_part_of_the_role_after_it():
    body = (
        'At the show in Las Vegas Harbor Games boss Tom Reyes said: "The console is ready."\n\n'
        'In London Mayor Ada Holt opened the show. "It is a great day," Ms Holt said.\n'
    )
    assert _roles(body) == [("Tom Reyes", "Harbor Games boss"), ("Ada Holt", "London Mayor")]


def test_a_list_of_titled_names_gives_each_only_the_role_before_their_own_name():
    body = (
        "Also due to attend are US Secretary of State Zorvana Pike, UN Secretary General Tom Reyes "
        'and others.\n\n"We will be there," Mr Reyes said.\n'
    )
    assert dict(_roles(body))["Tom Reyes"] == "UN Secretary General"


def test_a_role_ending_in_someone_else_s_name_is_not_this_person_s():
    body = (
        'Guests included Ben Dorn, director Sam Ortiz.\n\n"We loved it," Mr Dorn said.\n\n'
        "Ada Holt, widow of harbour pilot Sam Ortiz, was there too.\n"
    )
    roles = dict(_roles(body))
    assert roles["Ben Dorn"] is None and roles["Ada Holt"] == "widow of harbour pilot Sam Ortiz"


TABLOID = "quotes_soap_hedge.txt"


BLOG = "quotes_ferry_blog.txt"


def test_sentence_initial_role_word_is_lower_case_but_a_title_keeps_its_capital():
    assert quotes.find_person(own_article(TABLOID), "Dredge").role == "neighbour"
    assert quotes.find_person(own_article(BLOG), "Okonjo").role == "Mayor"


def test_shouted_lead_word_is_title_case_in_a_role():
    assert quotes.find_person(own_article(TABLOID), "Marlowe").role == "Emmerdale favourite"


def test_a_role_keeps_the_word_saying_what_kind():
    assert quotes.find_person(own_article(BLOG), "Quint").role == "bakery owner"


def test_a_verb_before_a_role_word_is_not_part_of_the_role():
    article = parse_article("Title: T\n\nThe club hired coach Dan Rowe on Monday. Rowe said he was happy.\n")
    person = quotes.find_person(article, "Rowe")
    assert person is not None and person.role == "coach"


def test_initialism_opening_a_role_keeps_its_capitals():
    # "U.S. Attorney Lena Marsh said": "U.S." is no shouted tabloid word to title-case ("U.s.").
    article = parse_article(
        "Harbor clerk convicted\n\n"
        "A jury convicted a former harbor clerk of fraud on Monday.\n\n"
        "U.S. Attorney Lena Marsh said the verdict was fair. “The public deserves better,” Marsh said."
    )
    assert quotes.find_person(article, "Marsh").role == "U.S. Attorney"


GLIDER = "quotes_glider_inquest.txt"


def test_an_honorific_is_not_part_of_a_role():
    person = quotes.find_person(own_article(GLIDER), "Frome")
    assert person is not None and person.role == "Air Chief Marshal"


def test_a_role_keeps_its_possessor():
    person = quotes.find_person(own_article(GLIDER), "Ewa")
    assert person is not None and person.role == "Mikolaj Zawada's wife"
