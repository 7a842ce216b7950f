"""People in world news whose given names no US list knows, and bodies that are not people:
evidence from the writing around a name (a role beside it, an employer before or after it),
never a list of names."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from tests.core.quotes.speakers import speakers_of


def _kinds(text: str) -> dict[str, str]:
    article = parse_article("Title: T\n\n" + text)
    return {s.name: s.kind for s in api.speakers(article).speakers}


def test_a_body_word_after_a_name_behind_a_lowercase_role_is_a_surname():
    text = (
        "The parties traded blows. But Tory co-chairman Cathal Fox said Labour was “terrified of the "
        "truth about its record”.\n"
    )
    assert _kinds(text) == {"Cathal Fox": "person"}


def test_a_body_word_after_a_name_before_a_role_apposition_is_a_surname():
    text = (
        "Backup tapes went missing. “We believe those tapes to be lost,” Oriel Tower, a spokeswoman "
        "for the bank, told reporters.\n"
    )
    assert _kinds(text) == {"Oriel Tower": "person"}


def test_a_title_word_after_a_name_behind_a_plural_role_is_a_surname():
    text = (
        "The coach called on referees Tamsin High and Omar Lander to study the tape. High, the union's "
        "referees' manager, was blunt. “The board will be disappointed,” High told a newspaper.\n"
    )
    assert speakers_of(text) == ["Tamsin High"]


def test_a_name_after_said_and_an_employers_possessive_speaks():
    text = "Sales of phones rose. “We expect sales to rise sharply,” said Gartner's Kobita Desai.\n"
    assert _kinds(text) == {"Kobita Desai": "person"}


def test_a_name_after_said_and_a_two_word_employers_possessive_speaks():
    text = "Markets fell. “The market is unsettled,” added Ernst and Young's Sanjay Mehta.\n"
    assert _kinds(text) == {"Sanjay Mehta": "person"}


def test_a_name_after_said_with_its_affiliation_after_it_speaks():
    text = "The yen fell. “It will weaken further,” said Junya Tanase of Harbor Chase bank in Tokyo.\n"
    assert _kinds(text) == {"Junya Tanase": "person"}


def test_a_body_named_after_its_lowercase_kind_is_an_organisation():
    text = "The ban was upheld. Football's governing body Fifa said: “We are deeply concerned.”\n"
    assert _kinds(text) == {"Fifa": "organisation"}


def test_said_opening_a_sentence_before_a_name_and_a_colon_is_no_part_of_the_name():
    text = (
        "Bath have signed scrum-half Andy Wyn on a short-term deal. Wales international Wyn, whose "
        "contract was due to expire, has agreed terms. Said Wyn: “I did not have to think twice.”\n"
    )
    assert _kinds(text) == {"Andy Wyn": "person"}


def test_a_peer_named_after_her_role_is_the_subject_she_means():
    text = (
        "Cathal Ford said the posters were a sign of “abusive politics”. “The government seems intent on "
        "history,” he said. Labour peer Baroness Kennedy, who is chairing an inquiry, said people were "
        "wary. “This feeling of distrust will grow,” she said.\n"
    )
    assert speakers_of(text)[-1] == "Kennedy"


def test_a_body_word_after_a_name_before_a_bare_role_between_commas_is_a_surname():
    text = (
        "Posters were unveiled. Cathal Fox, Tory co-chairman, said they were a sign of “sinister and "
        "underhand tactics”.\n"
    )
    assert _kinds(text) == {"Cathal Fox": "person"}


def test_a_long_affiliation_without_its_closing_comma_leaves_the_named_person_speaking():
    text = (
        "Lighting matters too. Dr Ilan Talvik, of the Unit for Housing and Health at the University "
        "of the North of Scotland in Inverness said: “The plan forgets people who work nights.”\n"
    )
    assert speakers_of(text) == ["Ilan Talvik"]


def test_roles_joined_by_and_after_said_belong_to_the_name_after_them():
    text = (
        "Profits rose at the carmaker. “Our company gained momentum,” said chairman and chief executive "
        "officer Bill Ford.\n"
    )
    assert speakers_of(text) == ["Bill Ford"]


def test_a_people_of_a_two_word_country_refers_back_to_the_person_named():
    text = (
        "Craig Munro has farmed sheep on one hill since 1984. “My dogs do most of the work and never "
        "ask for a pay rise,” said the New Zealander.\n"
    )
    assert speakers_of(text) == ["Craig Munro"]


def test_a_name_of_two_words_after_a_business_noun_is_an_organisation_wherever_written():
    text = (
        "UK-based bank Standard Chartered will buy a Korean lender. “This fulfils a strategic objective,” "
        "Standard Chartered said.\n"
    )
    assert _kinds(text) == {"Standard Chartered": "organisation"}


def test_a_name_after_a_capitalised_word_and_a_business_noun_is_an_organisation():
    text = "Australian brewer Fosters bought a stake. “We are not looking to expand,” Fosters said.\n"
    assert _kinds(text) == {"Fosters": "organisation"}


def test_a_firm_after_a_role_and_at_in_an_unclosed_apposition_is_where_the_person_works():
    text = (
        "Demand looks firmer. Colin Hartley, analyst at Northgate Research said the committee “could "
        "well decide that the outlook has shifted”.\n"
    )
    assert speakers_of(text) == ["Colin Hartley"]


def test_a_title_of_a_place_with_a_form_of_address_in_apposition_is_the_named_persons():
    text = (
        "Colin Hartley said “the outlook has shifted”. The Roman Catholic Bishop of Kingsbridge, "
        "the Most Reverend Paul Dunne, told the programme the church “only wanted people to reflect”.\n"
    )
    assert speakers_of(text) == ["Colin Hartley", "Paul Dunne"]


def test_the_second_place_of_a_seat_is_no_speaker():
    text = (
        "Derek Wyatt, the Labour MP, spoke on Monday. The MP for Sittingbourne and Sheppey said the "
        "prime minister had been “trying very hard to improve his standing”.\n"
    )
    assert speakers_of(text) == ["Derek Wyatt"]


def test_a_body_and_joined_roles_after_said_belong_to_the_name_after_them():
    text = (
        "Nortel restated its results. “It has been a monumental task,” said Nortel president and chief "
        "executive Bill Owens.\n"
    )
    assert speakers_of(text) == ["Bill Owens"]


def test_a_body_and_its_role_after_quoted_belong_to_the_name_quoted_as_saying():
    text = (
        "Australian airline Qantas wants savings. “We need the lowest cost structure we can get,” the "
        "newspaper quoted Qantas chief executive Geoff Dixon as saying.\n"
    )
    assert speakers_of(text) == ["Geoff Dixon"]


def test_the_second_of_two_works_after_of_is_no_speaker_and_the_role_refers_back():
    text = (
        "Stage veteran Martin Felt has hit out at modern musicals. The star of Salt Road and Nightjar "
        "said the theatre scene was “in a sorry state” at a book launch.\n"
    )
    assert speakers_of(text) == ["Martin Felt"]


def test_a_role_of_an_unnamed_body_refers_back_to_no_one_named():
    text = (
        "German marques Mercedes Benz and BMW lead the market. “We know the dollar will be stronger in "
        "five years,” the chief executive of a leading European car maker told reporters.\n"
    )
    assert "Mercedes Benz" not in speakers_of(text)


def test_a_name_after_a_plural_owners_apostrophe_speaks():
    text = "The network won the rights. “We are honoured,” said Sky Networks' Sophie Turner Laing.\n"
    assert _kinds(text) == {"Sophie Turner Laing": "person"}


def test_a_word_opening_several_names_is_a_brand_not_a_given_name():
    text = (
        "Programmes run on Sky News, Sky Travel and Sky Movies. “We are honoured to have won the rights,” "
        "said Sky Networks' Sophie Turner Laing. Sky said it was “the natural home of the awards”.\n"
    )
    assert _kinds(text) == {"Sophie Turner Laing": "person", "Sky": "organisation"}


def test_a_county_is_no_speaker():
    text = (
        "Mr Abara, MP for Market Ferring, Lincolnshire, said the new timetable would “leave whole "
        "villages stranded”.\n"
    )
    assert speakers_of(text) == ["Abara"]


def test_judges_opening_a_sentence_are_an_unnamed_group():
    text = (
        "The film won the prize. Judges said it tackled its subject with “great insight and sensitivity”.\n"
    )
    assert _kinds(text) == {"judges": "unnamed"}


def test_a_verb_in_s_after_the_is_no_group_of_speakers():
    text = (
        "He accused the party of a deal. But the claim was denied by a party spokesman, who said: "
        "“The accusations are empty.”\n"
    )
    assert "the claim was" not in speakers_of(text)
