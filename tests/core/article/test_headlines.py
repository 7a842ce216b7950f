"""A headline line that ends like a sentence is the article's title, not its first paragraph."""

from bot.core.article import parse_article
from tests.conftest import own_article

_BODY = (
    "The council of Brackwell voted on Monday to keep the town's oldest library open for two more years.\n\n"
    "“The library is the one warm room many people have,” said councillor Jo Marsh.\n\n"
    "The vote ends a year of argument over the building's leaking roof.\n"
)


def test_title_case_headline_ending_in_a_full_stop_is_the_title():
    article = own_article("headline_title_case.txt")
    assert article.has_headline
    assert article.title == "Six Holt Aides Quit As Mayor Ada Holt Defends ‘Reckless’ Ferry Fares"
    assert article.paragraphs[0].text.startswith("Six aides to Mayor Ada Holt resigned")


def test_title_case_headline_keeps_its_quotation_marks_and_closing_stop_inside_them():
    article = parse_article("Councillor Marsh On The Vote: ‘The Library Stays Open.’\n\n" + _BODY)
    assert article.title == "Councillor Marsh On The Vote: ‘The Library Stays Open.’"
    assert article.paragraphs[0].text.startswith("The council of Brackwell")


def test_headline_ending_in_a_semicolon_takes_its_second_deck_along():
    article = own_article("headline_sentence_case.txt")
    assert article.title == (
        "Council votes to close the Dunmore ferry pier; "
        "Repairs would cost more than a new pier, engineers say"
    )
    assert article.paragraphs[0].text.startswith("The town council voted 6-1 on Monday")


def test_first_line_that_is_the_lede_sentence_stays_body():
    article = own_article("headline_lede_first.txt")
    assert not article.has_headline
    assert article.paragraphs[0].text.startswith("A ferry carrying 40 passengers ran aground")


def test_short_title_case_lede_line_of_a_text_capitalised_throughout_stays_body():
    text = (
        "Ferry Runs Aground Off Gull Point.\n\nAll Forty Passengers Were Taken Off By Lifeboat On Sunday.\n"
    )
    article = parse_article(text)
    assert not article.has_headline
    assert article.paragraphs[0].text == "Ferry Runs Aground Off Gull Point."


def test_title_case_first_line_followed_by_no_prose_stays_body():
    article = parse_article(
        "Library Stays Open In Brackwell.\n\nphotos by jo marsh\n\nmore pictures inside\n"
    )
    assert not article.has_headline


def test_headline_title_keeps_a_closing_abbreviation():
    article = parse_article("Ferry Fares Rise Again In The U.S.\n\n" + _BODY)
    assert article.title == "Ferry Fares Rise Again In The U.S."


def test_bundled_article_keeps_its_lede_as_paragraph_one(bundled):
    assert not bundled.has_headline
    assert bundled.paragraphs[0].text.startswith("US Secretary of State Antony Blinken arrived in Beijing")


def test_short_line_of_headline_english_ending_in_a_full_stop_is_the_title():
    article = own_article("headline_court_ruling.txt")
    assert article.has_headline
    assert article.title == "Appeals court rules against Dunmore's ferry fare rise"
    assert article.paragraphs[0].text.startswith("A federal appeals court ruled on Friday")


def test_short_first_line_with_an_auxiliary_verb_is_the_lede_and_stays_body():
    article = own_article("headline_short_lede.txt")
    assert not article.has_headline
    assert article.paragraphs[0].text == "The harbour has reopened after six months of repairs."


def test_short_first_line_naming_its_day_is_the_lede_and_stays_body():
    article = parse_article("Storm floods Lenmouth harbour on Sunday.\n\n" + _BODY)
    assert not article.has_headline


def test_a_press_release_status_line_above_the_headline_is_neither_title_nor_paragraph():
    article = parse_article(
        "FOR IMMEDIATE RELEASE\n\n"
        "Northwind Robotics Raises $48 Million to Build Warehouse Robots\n\n"
        "Northwind Robotics today announced that it has raised $48 million.\n\n"
        "The money will pay for a second plant, the company said.\n"
    )
    assert article.title == "Northwind Robotics Raises $48 Million to Build Warehouse Robots"
    assert article.paragraphs[0].text == "Northwind Robotics today announced that it has raised $48 million."


def test_a_headline_ending_in_a_quoted_title_is_the_title():
    article = parse_article(
        "Council drops ‘Harbour Days’\n\nBy Lina Marsh, Herald\n\n"
        "The council voted on Tuesday to end the festival. Traders were upset.\n"
    )
    assert article.title == "Council drops ‘Harbour Days’"
    assert article.paragraphs[-1].text.startswith("The council voted")


def test_the_dateline_under_a_headline_ending_in_a_quoted_title_is_taken_off_the_lede():
    article = parse_article(
        "Council drops ‘Harbour Days’\n\nBy Lina Marsh, Herald\n\n"
        "LENMOUTH — The council voted on Tuesday to end the festival. Traders were upset.\n"
    )
    assert article.dateline is not None and article.dateline.written == "LENMOUTH —"
    assert article.paragraphs[-1].text.startswith("The council voted")


def test_a_short_first_sentence_titles_a_story_without_a_headline():
    article = parse_article(
        "The library may close for good. That is according to a council report published on Tuesday, "
        "which says the building needs two million pounds of repairs before the winter."
    )
    assert article.title == "The library may close for good"
