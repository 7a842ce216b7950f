"""How British news copy writes who said what (session 15, quotesbbcfix).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


def test_a_spaced_hyphen_aside_between_a_name_and_its_verb_is_read_past():
    text = (
        "The harbour board met in Leeds on Monday.\n\n"
        "“We will put the harbour first and we will keep our word,” Ada Lind - then adviser to the "
        "harbour master - told a press conference.\n"
    )
    assert speakers_of(text) == ["Ada Lind"]


def test_a_speech_announced_as_due_to_be_given_is_its_speakers():
    text = (
        "Ada Lind, the Tory leader, spoke in Leeds on Monday.\n\n"
        "“We will put the harbour first and we will keep our word,” she was due to say.\n"
    )
    assert speakers_of(text) == ["Ada Lind"]


def test_a_speaker_expected_to_tell_an_audience_speaks():
    text = (
        "Ada Lind, the Tory leader, spoke in Leeds on Monday.\n\n"
        "“We will put the harbour first and we will keep our word,” Ms Lind is expected to tell the "
        "conference.\n"
    )
    assert speakers_of(text) == ["Ada Lind"]


def test_a_spaced_hyphen_ends_a_role_apposition():
    text = (
        "The creditors met on Monday.\n\n"
        "“The ferry line will not need any more money after this,” Laah Chong-gyu, director of Harbour "
        "Savings Bank - one of the creditors - said.\n"
    )
    assert speakers_of(text) == ["Laah Chong-gyu"]


def test_a_name_and_said_right_after_a_quotation_attribute_it_despite_a_long_tail():
    text = (
        "The board published its report on the harbour.\n\n"
        "The report recommends a ferry. “We cannot keep the ferry waiting for ever,” Mr Dekker said at a "
        "briefing held in the town hall to mark the release of his findings.\n"
    )
    assert speakers_of(text) == ["Dekker"]


def test_himself_after_a_shared_surname_means_the_man_of_that_name():
    text = (
        "Singer Ozzy Lind has said his family will not make another series of the show.\n\n"
        "Ozzy Lind said he had had enough of the work. Sharon Lind is a judge on a talent show.\n\n"
        "Earlier this year she topped a poll of rock managers. Lind himself was at a loss to explain "
        "the show's popularity: “I suppose people like watching a family like us make fools of "
        "ourselves every week.”\n"
    )
    assert speakers_of(text) == ["Ozzy Lind"]


def test_a_quotation_opened_by_a_single_mark_and_closed_by_a_double_one_is_kept():
    text = (
        "The harbour board met on Monday.\n\n"
        "Ada Lind, the harbour master, spoke first. 'The ferry will run every hour from May,\" she "
        'said. "The fares will stay the same for every passenger," she added.\n'
    )
    assert speakers_of(text) == ["Ada Lind", "Ada Lind"]


def test_it_after_a_quotation_is_the_organisation_opening_the_sentence_before():
    text = (
        "The ferry line was sold on Monday.\n\n"
        "The Harbour Trust is quick to condemn the sale. “The ferry belongs to the town and the town "
        "should have been asked,” it said in a statement.\n"
    )
    assert speakers_of(text) == ["the Harbour Trust"]


def test_it_after_a_paragraph_opened_by_a_body_and_its_relative_clause_is_that_body():
    text = (
        "“There is no justice for the people who died,” said Amr Karam, a lawyer.\n\n"
        "The Tamarod movement, which drove the petition against the sale, called for a public trial "
        "of the owners.\n\n"
        "“We will not remain silent about this sale,” it said.\n"
    )
    assert speakers_of(text)[-1] == "the Tamarod movement"


def test_a_publication_in_a_with_phrase_before_describing_speaks():
    text = (
        "The show ran for three series.\n\n"
        "At its peak it had eight million viewers, with the Harbour Times describing the series as "
        "“a cross between a soap opera and a farce”.\n"
    )
    assert speakers_of(text) == ["the Harbour Times"]


def test_a_magazine_is_a_source_of_its_own_words():
    text = (
        "The show ran for three series.\n\n"
        "The Harbour Guide magazine described the series as “a cross between a soap opera and a "
        "farce”.\n"
    )
    [speaker] = speakers_of(text)
    assert speaker is not None and "Harbour Guide" in speaker


def test_an_indefinite_description_named_with_its_role_in_the_next_paragraph_is_that_person():
    text = (
        "The ferry line was sold on Monday.\n\n"
        "Later that day, another senior harbour adviser called the sale “a daylight robbery”.\n\n"
        "“We used to watch card sharps at the fair pull this sort of trick,” Ada Lind - then harbour adviser "
        "to the mayor - told a press conference.\n"
    )
    assert speakers_of(text) == ["Ada Lind", "Ada Lind"]


@pytest.mark.parametrize("verb", ["he is to say", "he planned to say", "he hopes to tell voters"])
def test_a_speech_the_speaker_is_to_give_or_plans_to_give_is_theirs(verb):
    text = (
        "Governor Tom Hale will speak in Dayton on Tuesday.\n\n"
        f"“When allies lose confidence in us, they take matters into their own hands,” {verb}.\n"
    )
    assert speakers_of(text) == ["Tom Hale"]
