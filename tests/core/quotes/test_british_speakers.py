"""British news conventions around a speaker's name: letters of an office or honour after it
("Brian Smith MSP", "Jane Doe QC") stand outside the name."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from tests.core.quotes.speakers import speakers_of


def test_postnominal_letters_after_an_inverted_verb_are_not_the_name():
    text = "Councils set their budgets on Monday. “This is a disgrace for families,” said Brian Smith MSP.\n"
    assert speakers_of(text) == ["Brian Smith"]


def test_postnominal_letters_before_the_verb_are_not_the_name():
    text = "Councils set their budgets on Monday. Brian Smith MP said: “This is a disgrace for families.”\n"
    assert speakers_of(text) == ["Brian Smith"]


def test_a_name_with_postnominal_letters_in_an_appositive_is_the_speaker_not_the_role():
    text = (
        "Councils set their budgets on Monday. The Tory finance spokesman, Brian Smith MSP, said: "
        "“This is a disgrace for families.”\n"
    )
    assert speakers_of(text) == ["Brian Smith"]


def test_several_postnominals_in_a_row_stand_outside_the_name():
    text = "The ruling was appealed. “We will fight on,” said Sir John Smith QC OBE.\n"
    assert speakers_of(text) == ["John Smith"]


def test_a_title_before_a_name_is_not_a_postnominal():
    text = "The ruling was appealed. Labour MP Jon Smith said: “We will fight on.”\n"
    assert speakers_of(text) == ["Jon Smith"]


def test_a_ministry_named_with_and_in_a_title_after_said_is_no_speaker():
    text = "Pensions will rise next year. “We will act,” said Work and Pensions Secretary Alan Johnson.\n"
    assert speakers_of(text) == ["Alan Johnson"]


def test_a_peer_named_for_a_place_is_a_person():
    text = "Police powers were debated. Home Office minister Baroness Scotland said: “We will act on this.”\n"
    assert speakers_of(text) == ["Scotland"]


def test_the_last_word_of_a_programme_title_is_no_speaker():
    text = (
        "Cat Deeley has resigned as host. The 28-year-old host who also presents Stars In Their Eyes "
        "said she wanted to go. “I have had a great few years,” the presenter said.\n"
    )
    assert "Eyes" not in speakers_of(text)


def test_a_role_after_a_name_without_its_closing_comma_is_the_named_persons():
    text = (
        "The group counted scenes of nudity. Brent Bozell, PTC president and conservative activist said: "
        "“MTV is selling sex to kids.”\n"
    )
    assert speakers_of(text) == ["Brent Bozell"]


def test_a_role_at_a_body_after_a_name_without_its_closing_comma_is_the_named_persons():
    text = (
        "Scooters were tested in Leeds. Ann Bell, a lecturer at the University of Wessex said: "
        "“The design ignores older passengers.”\n"
    )
    assert speakers_of(text) == ["Ann Bell"]


def test_a_body_and_its_town_after_a_titled_name_without_the_closing_comma_are_the_persons():
    text = (
        "Scooters were tested in Leeds. Dr Ann Bell, of the Centre for Transport at the University of "
        "Wessex in Bristol said: “The design ignores older passengers.”\n"
    )
    assert speakers_of(text) == ["Ann Bell"]


def test_a_body_speaking_after_an_opening_phrase_is_still_the_body():
    text = "Scooters were tested in Leeds. In Bristol, the University of Wessex said: “The design is fine.”\n"
    assert speakers_of(text) == ["the University of Wessex"]


def test_a_role_after_a_name_the_sentence_speaks_about_is_not_that_person():
    text = "Scenes were counted. Speaking about Brent Bozell, a conservative activist said: “He is wrong.”\n"
    assert speakers_of(text) == ["a conservative activist"]


def test_a_source_set_between_commas_inside_a_quoted_sentence_is_not_the_name_before_it():
    text = "The debate is near. Clinton, a top aide said, “is very confident in the contrast.”\n"
    assert speakers_of(text) != ["Clinton"]


def test_a_station_named_with_a_number_speaks_under_its_whole_name():
    text = "The late-night show ends in May. “We will miss him,” said Radio 1.\n"
    assert speakers_of(text) == ["Radio 1"]


def test_members_of_parliament_speaking_together_are_unnamed_people():
    text = "The law was criticised, MPs have said. The MPs said: “It is unfair to fathers.”\n"
    listed = api.speakers(parse_article("Title: T\n\n" + text)).speakers
    assert [(s.name, s.kind) for s in listed] == [("the MPs", "unnamed")]


def test_a_role_with_the_seat_it_serves_refers_back_to_the_person_just_named():
    text = (
        "Douglas Hogg was asked about the vote. But the Tory MP for Sleaford and North Hykeham "
        "admitted: “We got it wrong on this.”\n"
    )
    assert speakers_of(text) == ["Douglas Hogg"]


def test_a_role_with_its_seat_after_an_inverted_verb_refers_back_too():
    text = "Douglas Hogg was asked about the vote. “We got it wrong,” said the Tory MP for Sleaford.\n"
    assert speakers_of(text) == ["Douglas Hogg"]


def test_an_unresolved_role_is_labelled_with_its_whole_phrase_not_the_noun_alone():
    text = "The decision was criticised. “This is wrong,” Scotland's first minister said.\n"
    assert speakers_of(text) == ["Scotland's first minister"]


def test_a_brand_of_a_letter_and_a_hyphen_is_no_person():
    text = "T-Mobile has launched a phone. “This is great,” T-Mobile said.\n"
    listed = api.speakers(parse_article("Title: T\n\n" + text)).speakers
    assert [(s.name, s.kind) for s in listed] == [("T-Mobile", "organisation")]


def test_an_organisation_of_common_words_is_not_cut_down_to_a_person():
    text = (
        "Critics spoke out on human rights. A spokeswoman for Human Rights Watch said people should be "
        "tried. She added: “Having a judge do it is wrong.”\n"
    )
    assert speakers_of(text) == ["a spokeswoman for Human Rights Watch"]


def test_a_body_named_with_for_in_a_title_after_said_is_no_speaker():
    text = "Taxes were debated. “We made the economic case,” said Club for Growth President Dan Oduya.\n"
    assert speakers_of(text) == ["Dan Oduya"]
