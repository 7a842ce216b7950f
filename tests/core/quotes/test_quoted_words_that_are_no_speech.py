"""Quoted words that are no one's speech: headlines, signs, a programme title, a translation, a label in a
relative clause.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_word_quoted_inside_a_relative_clause_before_the_antecedent_s_verb_is_a_label():
    text = (
        "Gordon Pike, a former senator, wants a new candidate. Pike, who calls the mayor a “sociopath,” "
        "said he does not need an alternative yet.\n"
    )
    assert speakers_of(text) == []


def test_a_quotation_before_headlines_or_signs_is_what_they_read_not_speech():
    text = (
        "Ben Dorn ran a quiet campaign. “We will win the harbor,” Dorn said in March.\n\n"
        "At the end of April, Dorn earned “is it over?” headlines when his staff were fired, and "
        "supporters wore “we are still here!” T-shirts.\n"
    )
    assert speakers_of(text) == ["Ben Dorn"]


def test_a_quotation_opening_a_new_sentence_after_a_quotation_is_still_speech():
    text = "Ben Dorn told reporters simply, “We lost.” T-shirts with his words appeared within hours.\n"
    assert speakers_of(text) == ["Ben Dorn"]


def test_a_translation_after_latin_for_is_no_one_s_words():
    text = (
        "Tom Reyes auctioned the ferry bell on Monday. “It rang for fifty years,” Reyes said.\n\n"
        "He ended the notice with “Festina Lente,” Latin for “make haste slowly, and the tide "
        "will wait.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_headline_followed_by_its_byline_is_no_one_s_words_not_even_the_last_writer_s():
    text = (
        "—“Harbor ferry to add night runs,” by the Ledger's Dana Pruitt: “The harbor ferry will run "
        "until midnight from June, the port said on Tuesday.”\n\n"
        "—“Old mill to become a library,” by Times' Victor Hale: “The town council voted on Monday to "
        "turn the old mill into a library.”\n"
    )
    speakers = speakers_of(text)
    assert speakers[0] is None and speakers[2] is None  # the two headlines
    assert speakers[1] == "Dana Pruitt"
    assert "Dana Pruitt" not in speakers[2:]


def test_a_programme_title_after_on_and_a_capitalised_outlet_s_possessive_is_no_quotation():
    text = (
        "On Harbor News's “Morning Desk,” Ada Holt said that the ferry plan was “a promise we "
        "intend to keep.”\n"
    )
    quoted = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert [q.text for q in quoted] == ["a promise we intend to keep."]
    assert quoted[0].speaker == "Ada Holt"


def test_a_capitalised_quotation_followed_by_its_attribution_is_speech():
    text = (
        "Mara Quill was asked where fares were highest.\n\n"
        "“Like Portside. Or Alder Bay,” Quill said. “The fares there are worse.”\n"
    )
    assert speakers_of(text) == ["Mara Quill", "Mara Quill"]


def test_a_word_of_a_quoted_show_title_is_no_person():
    text = (
        'In an interview on CBS\'s "Meet the Nation," House Speaker Paul Ryde (R-Wis.) said the talks '
        "were over.\n\n"
        'On "Meet the Nation," Sen. Ida Crane (Vt.), who lost to Holt, named jobs as one of the reasons '
        "to vote. "
        '"The young are sick and tired of waiting for work."\n'
    )
    quotes_ = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert [q.speaker for q in quotes_ if q.text.startswith("The young")] == ["Ida Crane"]


def test_a_short_show_title_after_an_outlets_possessive_is_no_quotation():
    text = "Gwen Holt said she knew nothing of the server on Wednesday’s broadcast of CNN’s “New Day.”\n"
    assert speakers_of(text) == []


def test_a_show_title_after_on_is_no_quotation_even_before_said():
    text = "Asked during an appearance on “CBS This Morning,” Gwen Holt said she had not decided.\n"
    assert speakers_of(text) == []


def test_a_show_title_a_speaker_told_is_no_quotation():
    text = "Gwen Holt defended the plan. “It pays for itself,” she told “60 Minutes.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_show_title_after_an_interview_with_is_no_quotation_even_before_said():
    text = "In an interview with “60 Minutes,” Gwen Holt said the plan would pay for itself.\n"
    assert speakers_of(text) == []


def test_a_show_title_after_an_outlets_capitals_and_a_bare_apostrophe_is_no_quotation():
    text = "Gwen Holt, speaking on Sunday to CBS’ “Face the Nation,” said the plan would pay for itself.\n"
    assert speakers_of(text) == []
