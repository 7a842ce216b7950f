"""The dateline taken off the story's first paragraph is kept as the article's metadata: its place,
its agency and its day, in every form wire and newspaper copy writes one."""

from __future__ import annotations

from bot.core.article import parse_article

HEADLINE = "Ferry pier reopens after repairs\n\n"
LEDE = "The town pier reopened on Friday after six months of repairs, the harbour board said."
REST = "\n\nRepairs cost $2 million, the board said.\n"


def dateline_of(opening: str):
    return parse_article(HEADLINE + opening + LEDE + REST).dateline


def test_an_ap_dateline_gives_place_and_agency():
    dateline = dateline_of("PORTLAND, Maine (AP) — ")
    assert (dateline.place, dateline.agency, dateline.date) == ("PORTLAND, Maine", "AP", None)
    assert dateline.text == "PORTLAND, Maine (AP)"


def test_a_reuters_dateline_with_a_hyphen_gives_place_and_agency():
    dateline = dateline_of("LONDON (Reuters) - ")
    assert (dateline.place, dateline.agency) == ("LONDON", "Reuters")


def test_a_wire_dateline_with_its_day_gives_the_day():
    dateline = dateline_of("FLINT, Mich., Oct. 4 (UPI) — ")
    assert (dateline.place, dateline.agency, dateline.date) == ("FLINT, Mich.", "UPI", "Oct. 4")


def test_a_cnn_dateline_without_a_place_gives_the_agency_only():
    dateline = dateline_of("(CNN) -- ")
    assert (dateline.place, dateline.agency) == (None, "CNN")


def test_a_city_and_country_before_cnn_is_the_place():
    dateline = dateline_of("Canberra, Australia (CNN) -- ")
    assert (dateline.place, dateline.agency) == ("Canberra, Australia", "CNN")


def test_a_newspaper_dateline_of_a_city_in_capitals_and_an_em_dash_is_a_place():
    dateline = dateline_of("WASHINGTON — ")
    assert (dateline.place, dateline.agency, dateline.text) == ("WASHINGTON", None, "WASHINGTON")


def test_a_us_city_and_state_is_the_place():
    assert dateline_of("MILLBROOK, Ore. — ").place == "MILLBROOK, Ore."


def test_a_city_before_a_colon_is_a_place_when_the_lexicon_knows_it():
    assert dateline_of("NEW DELHI: ").place == "NEW DELHI"


def test_a_label_in_capitals_is_no_dateline():
    assert dateline_of("EXCLUSIVE – ") is None
    assert dateline_of("UPDATE: ") is None


def test_the_dateline_names_the_paragraph_it_opened_and_leaves_its_text():
    article = parse_article(HEADLINE + "PORTLAND, Maine (AP) — " + LEDE + REST)
    assert article.dateline.paragraph == 1
    assert article.paragraph(1).text == LEDE


def test_an_article_without_a_dateline_has_none():
    assert dateline_of("") is None


def test_a_press_release_wire_between_slashes_is_the_agency_after_the_place_and_day():
    dateline = dateline_of("PITTSBURGH, March 3, 2026 /PRNewswire/ -- ")
    assert (dateline.place, dateline.agency, dateline.date) == ("PITTSBURGH", "PRNewswire", "March 3, 2026")


def test_a_press_release_wire_dateline_is_taken_off_the_lede():
    article = parse_article(HEADLINE + "TORONTO, Jan. 5, 2026 /CNW/ - " + LEDE + REST)
    assert article.paragraphs[0].text == LEDE
