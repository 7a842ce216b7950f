"""The speaker registry: who the article names, under which names and roles."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.conftest import own_article


def _people(article) -> dict:
    return {p.name: p for p in build_registry(article).persons}


def test_every_named_person_is_registered_once(bundled):
    names = set(_people(bundled))
    assert names == {
        "Antony Blinken", "Joe Biden", "Qin Gang", "Wang Yi", "Xi Jinping", "Bill Gates",
        "Nicholas Burns", "Yang Tao", "William Burns", "Jake Sullivan", "Lloyd Austin",
        "Daniel Kritenbrink", "Kurt Campbell",
    }  # fmt: skip


def test_places_and_organisations_are_not_people(bundled):
    names = " ".join(_people(bundled))
    for place in ("Beijing", "Washington", "China", "White House", "National Security Council", "Raptor"):
        assert place not in names


def test_roles_come_from_premodifiers_and_appositives(bundled):
    people = _people(bundled)
    assert people["Antony Blinken"].role == "US Secretary of State"
    assert people["Qin Gang"].role == "Chinese Foreign Minister"
    assert people["William Burns"].role == "CIA chief"
    assert people["Jake Sullivan"].role == "Biden’s national security adviser"
    assert people["Daniel Kritenbrink"].role == "top US diplomat for East Asia and the Pacific"


def test_family_name_first_names_use_the_first_word_as_surname(bundled):
    people = _people(bundled)
    assert people["Qin Gang"].surname == "Qin"
    assert people["Xi Jinping"].surname == "Xi"
    assert people["Wang Yi"].surname == "Wang"
    assert people["Antony Blinken"].surname == "Blinken"


def test_korean_names_and_family_names_that_are_words():
    people = _people(own_article("quotes_trade_talks.txt"))
    assert people["Ahn Duk-geun"].surname == "Ahn"
    assert people["Park Ji-won"].surname == "Park"
    assert people["Yoji Muto"].surname == "Muto"


def test_titles_become_aliases(bundled):
    people = _people(bundled)
    assert "President Xi" in people["Xi Jinping"].aliases
    assert "Secretary of State Blinken" in people["Antony Blinken"].aliases


def test_two_people_sharing_a_surname_stay_apart(bundled):
    people = _people(bundled)
    assert people["Nicholas Burns"].role == "US Ambassador to China"
    assert people["William Burns"].role == "CIA chief"


def test_a_shared_surname_gives_no_role_to_either_sibling():
    people = _people(own_article("quotes_harbour_bridge.txt"))
    assert people["Helen Carter"].roles == ["Mayor", "mother of three"]
    assert people["James Carter"].roles == ["Councillor", "Helen Carter's brother"]


def test_gender_comes_from_role_words():
    people = _people(own_article("quotes_harbour_bridge.txt"))
    assert people["Helen Carter"].gender == "f"
    assert people["James Carter"].gender == "m"


def test_an_institution_that_speaks_is_not_a_person():
    article = parse_article(
        "The National Weather Service said the storm was strengthening.\n"
        "Officials said roads were closed.\nBridge Users United called the plan unfair.\n"
    )
    assert _people(article) == {}


def test_a_research_firm_after_an_acronym_is_not_a_person():
    article = parse_article(
        "Steve Blitz, chief economist of HGT Investment Research, said the gains were a catch-up.\n"
    )
    assert list(_people(article)) == ["Steve Blitz"]


def test_a_lone_surname_with_a_verb_of_saying_mid_sentence_is_a_person():
    article = parse_article(
        "After the vote, Okonkwo said the plan was fair.\nLater Okonkwo told reporters more.\n"
    )
    assert list(_people(article)) == ["Okonkwo"]


def test_honorifics_register_a_person():
    article = parse_article("The letter was signed by Mrs. Patel on Monday.\nNobody else signed it.\n")
    assert _people(article)["Patel"].gender == "f"


def test_registry_is_built_once_per_article(bundled):
    assert build_registry(bundled) is build_registry(bundled)


def _names_in(text: str) -> set[str]:
    return set(_people(parse_article("Title: T\n\n" + text)))


def test_a_name_that_is_a_person_noun_by_copula_is_a_person():
    assert "Nasser Kadri" in _names_in("Nasser Kadri is a former Cardiff schoolboy who joined the group.")


def test_the_copula_may_follow_an_appositive_comma():
    text = "One of the recruits, Nasser Kadri, is a 20-year-old former schoolboy from Cardiff."
    assert "Nasser Kadri" in _names_in(text)


def test_an_age_alone_makes_no_person():
    assert "Harbor Tavern" not in _names_in("The Harbor Tavern is a 200-year-old landmark on the quay.")


def test_a_capitalised_particle_before_a_one_word_surname_is_part_of_the_name():
    text = (
        "The party leader, Marine Le Pen, voiced support for Gary Reyes on Wednesday.\n\n"
        "“It is everything but Ada Holt,” Le Pen told reporters in an interview.\n"
    )
    names = [p.name for p in build_registry(parse_article("Title: T\n\n" + text)).persons]
    assert "Le Pen" in names and "Pen" not in names
