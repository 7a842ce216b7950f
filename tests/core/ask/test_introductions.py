"""ask.introductions: the name a "Who is X?" question asks about, typed in any case, and the
sentence introducing that person with a title or an apposition."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.answers import Answer
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.introductions import as_name, asked_name, introduction
from tests.conftest import own_article


def test_the_asked_name_is_read_from_a_who_is_question():
    assert asked_name("Who is Daniel Kritenbrink?") == "Daniel Kritenbrink"


def test_a_role_asked_about_is_no_name():
    assert asked_name("Who is the mayor?") is None


def test_a_name_typed_in_lower_case_is_title_cased():
    assert as_name("xi jinping") == "Xi Jinping"


def test_lower_case_words_beside_a_capitalised_one_are_no_name():
    # "Who is advising Glazer?" asks who does something, not who "Advising Glazer" is.
    assert asked_name("Who is advising Glazer?") is None


def test_a_name_keeps_its_lower_case_particles():
    assert as_name("Ursula von der Leyen") == "Ursula von der Leyen"
    assert as_name("de Gaulle") == "de Gaulle"


def test_who_is_doing_something_is_answered_by_the_sentence_saying_who_does_it():
    article = parse_article(
        "Tycoon sweetens club offer\n\n"
        "Tycoon Walter Brisk has made a new offer for Harbour Rovers, the club confirmed.\n\n"
        "Brisk, who owns a shipping line, values the club at £300m. Larchmont, the investment bank, "
        "is advising Brisk, according to the Port Gazette.\n",
        "club-offer",
    )
    result = answer_question(article, "Who is advising Brisk?")
    assert result.tier == 1
    assert "Larchmont" in result.answer


def test_the_introduction_is_the_sentence_giving_the_role_beside_the_name():
    article = own_article("ask_market_hall.txt")
    question = "Who is Tomas Reddy?"
    found = introduction(question, rank_candidates(article, question), floor=0.0)
    assert found is not None and "a stonemason" in found.text


FUEL = parse_article(
    "Fuel prices to rise\n\n"
    "The government of Kessland plans to lift fuel prices by up to 30%. Most households cook "
    "with kerosene, and its price has been held down for years. The subsidies cost "
    "more than expected last year. The radio's correspondent in Port Avel, Rena Moll, told listeners "
    "there was likely to be a strong public reaction. Prices were last raised in 2003. “The writeback "
    "has hurt management credibility,” Ivo Daskal, from Graystone Bank, told reporters. Olympic "
    "10,000m champion Teo Varga will run in the city marathon. Rovers forward Mikel Baro is unsure of "
    "his place. Ada Brill has been unveiled as the new Rovers manager. “We welcome the talks,” said Tom "
    "Ryde, of the Harbour Traders Association. Kessland's Lena Voss lost in the first round.\n"
)


def _who_is(name: str) -> Answer:
    return answer_question(FUEL, f"Who is {name}?")


def test_a_role_placed_in_a_city_before_the_comma_introduces_the_name():
    found = _who_is("Rena Moll")
    assert found.tier == 1 and "correspondent in Port Avel" in found.answer


def test_a_name_from_a_company_between_commas_is_introduced():
    found = _who_is("Ivo Daskal")
    assert found.tier == 1 and "from Graystone Bank" in found.answer


def test_a_champion_is_a_role_before_the_name():
    found = _who_is("Teo Varga")
    assert found.tier == 1 and "champion Teo Varga" in found.answer


def test_a_playing_position_is_a_role_before_the_name():
    found = _who_is("Mikel Baro")
    assert found.tier == 1 and "forward" in found.answer


def test_someone_made_something_as_an_introduction_is_introduced():
    found = _who_is("Ada Brill")
    assert found.tier == 1 and "unveiled as the new Rovers manager" in found.answer


def test_a_body_of_the_name_between_commas_is_introduced():
    found = _who_is("Tom Ryde")
    assert found.tier == 1 and "of the Harbour Traders Association" in found.answer


def test_the_side_owning_the_name_introduces_it():
    found = _who_is("Lena Voss")
    assert found.tier == 1 and "Kessland's Lena Voss" in found.answer


OPEN = parse_article(
    "Seeds go through\n\n"
    "The 2002 champion Teo Lund fought back to beat Piet Lucas 3-6 6-7 (4-7) 6-4 7-5 6-2, and Harbour "
    "Open champion Ivo Brand beat Sam Roe 6-2 7-6 (7-4) 6-1. Seeds made progress, but former Harbour "
    "Open champion Pol Aster lost.\n"
)


def test_who_is_the_champion_is_not_a_former_champion():
    found = answer_question(OPEN, "Who is the Harbour Open champion?")
    assert "Ivo Brand" in (found.answer or "")


def test_who_is_the_former_champion_is_the_former_one():
    found = answer_question(OPEN, "Who is the former Harbour Open champion?")
    assert "Pol Aster" in (found.answer or "")


def test_who_is_the_role_looks_for_the_word_news_copy_uses_for_it():
    # "boss" for the manager asked about: the sentence naming the boss is shown, not the match report's.
    article = parse_article(
        "Harbour Rovers 0-2 Kingsbridge Town\n\n"
        "Kingsbridge Town closed the gap at the top to four points with a scrappy win at Harbour Rovers.\n\n"
        "Their passing was slow rather than patient and they managed only one opening. And Rovers "
        "looked happy to defend deep as the match drifted into a dull rhythm.\n\n"
        "Still, Rovers did push forward late on and Lyle wasted a clear opening.\n\n"
        '- Harbour Rovers boss Tom Reed: "We let a good opening slip past us, and whoever scored first '
        'was always going to win it."\n',
        "derby",
    )
    result = answer_question(article, "Who is the Rovers manager?")
    assert "Tom Reed" in (result.answer or result.passage.text)
