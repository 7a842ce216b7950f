"""Names of odd shapes and the labels of bodies and unnamed sources: initials without stops, a
stage name opening with a number, a title word opening a company's name, a brand's products, a
department's list of portfolios, an outlet named after its kind, a spokesman after a passive."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_initials_without_stops_stay_in_the_name():
    text = (
        "Shares in Holcim rose. “Holcim is looking to buy it very cheap,” said KV Mehra, a fund "
        "manager in New Delhi.\n"
    )
    assert kinds_of(text) == {"KV Mehra": "person"}


def test_a_stage_name_opening_with_a_number_after_a_role_is_whole():
    text = "Rapper 40 Grand has been sued. “The claim is false,” 40 Grand said in a statement.\n"
    assert kinds_of(text) == {"40 Grand": "person"}


def test_a_company_whose_name_opens_with_a_title_word_is_an_organisation():
    text = (
        "Shares in General Turbine rose 3%. General Turbine said: “We are pleased with the deal and "
        "expect more orders.”\n"
    )
    assert kinds_of(text) == {"General Turbine": "organisation"}


def test_a_name_opening_with_a_brands_word_is_an_organisation():
    text = (
        "Orbis Earth showed the world from above. Orbis Maps claims that it is on a "
        "“never-ending quest for the perfect map”, but Jerry Bratton is not so sure.\n"
    )
    assert kinds_of(text) == {"Orbis Maps": "organisation"}


def test_a_departments_list_of_portfolios_stays_in_the_label():
    text = (
        "Fans are angry. A Department for Media, Culture and Sport spokeswoman said: “We are aware "
        "that people are experiencing problems.”\n"
    )
    assert kinds_of(text) == {"a Department for Media, Culture and Sport spokeswoman": "unnamed"}


def test_an_outlet_named_after_its_kind_is_labelled_by_its_name():
    text = "“One of Britain's old manufacturers has returned,” said the US publication Brightmore.\n"
    assert kinds_of(text) == {"Brightmore": "organisation"}


def test_a_capitalised_word_in_ly_before_said_is_part_of_a_name():
    text = "The magazine US Glossly said: “The couple married in secret last week.”\n"
    assert speakers_of(text) == ["US Glossly"]


def test_a_spokesman_a_passive_verb_of_saying_is_done_by_speaks():
    text = (
        "He accused the party of a pact with the Liberals. But the claim was denied by SNP spokesman, "
        "who said: “His claims are like his grasp of the figures - hollow.”\n"
    )
    assert kinds_of(text) == {"SNP spokesman": "unnamed"}


def test_a_bodys_word_after_an_office_and_a_given_name_is_a_surname():
    text = (
        "“At this point, I don’t think there is bad publicity,” said Harbor City Mayor Don Herald in "
        "a telephone interview.\n\n“The casino is having some difficult times now,” Herald said.\n"
    )
    assert kinds_of(text) == {"Don Herald": "person"}
    assert speakers_of(text) == ["Don Herald", "Don Herald"]


def test_a_paragraph_ending_in_a_bodys_name_is_read():
    text = "Workers met at the gates of The Harwick Mill Company\n\n“We will reopen,” said Ann Voss.\n"
    assert speakers_of(text) == ["Ann Voss"]
