"""A body whose name holds a preposition between capitalised words ("Doctors Without Borders",
"Teachers without Walls") speaks under its whole name, never its last word alone."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Clinic under fire\n\n"


def test_the_whole_name_with_without_speaks():
    text = LEAD + (
        "Teachers Without Walls praised the volunteers, saying they kept classes going despite "
        "“threats from local officials who wanted the schools shut.”\n"
    )
    assert speakers_of(text) == ["Teachers Without Walls"]


def test_a_lower_case_without_inside_the_name_keeps_its_capitals():
    text = LEAD + (
        "Nurses without Limits, which said its staff were “working day and night” to treat "
        "patients, said the army “must stop firing on the clinic.”\n"
    )
    assert speakers_of(text) == ["Nurses without Limits", "Nurses without Limits"]


def test_a_body_named_with_an_inner_article_speaks_under_its_whole_name():
    text = (
        "The Valdoria river dam will close for repairs next spring, officials in Tessmoor said on Monday.\n\n"
        "The Council for the Protection of the Upper Valley, a local conservation group, said the closure "
        "was “long overdue and should have happened five years ago.”\n"
    )
    assert speakers_of(text) == ["the Council for the Protection of the Upper Valley"]


def test_a_body_named_with_an_inner_article_after_its_writing_speaks_under_its_whole_name():
    text = (
        "Turnout in the Tessmoor city election fell sharply this year, officials said.\n\n"
        "“Turnout reached its lowest level in forty years in nine of the twelve districts,” said the "
        "report by the Institute for the Study of Local Democracy.\n"
    )
    assert speakers_of(text) == ["the Institute for the Study of Local Democracy"]


def test_a_person_named_before_of_the_is_no_part_of_a_body_name():
    text = (
        "Lawmakers in Tessmoor voted on Tuesday to allow same-sex marriage.\n\n"
        "Xiaogang Wei of the Beijing Gender Health Education Institute commented on the decision: “The "
        "vote proves that our shared culture can be open and diverse.”\n"
    )
    assert "Wei of the Beijing Gender Health Education Institute" not in speakers_of(text)


def test_a_word_listed_in_a_committees_name_is_no_person_barring_he():
    text = (
        "The Wendham city council met on Tuesday to debate new limits on harbor parking.\n\n"
        "State Rep. Walter Brimley, vice chairman of the House Ports and Harbors Committee, on Monday "
        "backed the shop owners' complaints.\n\n"
        "“These rules will push customers out of the town center,” he told the Wendham Gazette.\n"
    )
    assert speakers_of(text) == ["Walter Brimley"]


def test_a_word_listed_in_a_subcommittees_name_is_no_person_barring_he():
    text = (
        "The Wendham city council met on Tuesday to debate new limits on harbor parking.\n\n"
        "State Rep. Walter Brimley, vice chairman of the House Ports and Harbors Subcommittee, on Monday "
        "backed the shop owners' complaints.\n\n"
        "“These rules will push customers out of the town center,” he told the Wendham Gazette.\n"
    )
    assert speakers_of(text) == ["Walter Brimley"]


def test_words_a_bodys_name_lists_with_commas_are_no_people():
    text = (
        "The city of Varnholt secretly read the mail of two dozen council employees.\n\n"
        "“Reading private letters to find a leaker is an abuse of power,” Tobias Renk, the head of the "
        "union's Speech, Privacy, and Technology Office, said in a statement.\n"
    )
    assert speakers_of(text) == ["Tobias Renk"]


def test_people_listed_with_commas_before_a_bodys_name_are_still_people():
    text = "“We will fight the cuts,” said Ann Holt, Tom Reyes and Dana Pruitt of the Harbor Council.\n"
    assert "Ann Holt" in speakers_of(text)[0]


def test_the_last_word_of_a_body_after_of_the_is_no_person():
    text = (
        "The county clinic opens in March.\n\n"
        "That's what Greta Olvany, the executive director of the Marsh Valley Health Link, expects.\n\n"
        "“We want to make sure that nobody is pushed into a quick decision,” she said.\n"
    )
    assert speakers_of(text) == ["Greta Olvany"]
