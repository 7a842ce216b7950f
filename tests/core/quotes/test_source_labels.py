"""Organisations and unnamed sources under one clear label (issue 11, third pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _article(text: str):
    return parse_article("Title: T\n\n" + text)


def _sources(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(_article(text))]


BANK = (
    "Harbor Bank was fined $40 million on Tuesday over missed fraud warnings.\n\n"
    "“We regret the failures and will repay every customer,” the company said in a statement.\n\n"
    "The bank said it had “already replaced the systems involved.”\n\n"
    "“We will appeal the size of the fine,” Harbor Bank said.\n"
)


def test_the_company_and_the_bank_are_the_one_bank_the_article_names():
    listed = [(s.name, s.kind, s.quotes) for s in api.speakers(_article(BANK)).speakers]
    assert listed == [("Harbor Bank", "organisation", 3)]


def test_the_bank_stays_a_plain_label_when_two_banks_are_named():
    text = "Harbor Bank bought Bank of Ulster on Monday.\n\nThe bank said the deal was “good for savers.”\n"
    assert _sources(text) == [("the bank", "organisation")]


def test_the_ministry_is_the_ministry_named_either_way_round():
    text = (
        "The Finance Ministry froze the accounts. Ministry of Finance officials would not comment.\n\n"
        "“The accounts stay frozen until the audit ends,” the ministry said.\n"
    )
    assert _sources(text) == [("Finance Ministry", "organisation")]


def test_the_campaign_is_the_one_campaign_named():
    text = (
        "The Holt campaign bought ads in three states.\n\n"
        "“We will compete everywhere,” the campaign said in a statement.\n"
    )
    assert _sources(text) == [("Holt campaign", "organisation")]


def test_quote_with_the_organisations_name_finds_what_the_company_said():
    result = api.quote(_article(BANK), "Harbor Bank")
    assert result.speaker.name == "Harbor Bank" and len(result.quotes) == 3


def test_protesters_chanting_are_an_unnamed_group():
    text = (
        "Small groups of protesters looped the streets around the stadium while chanting, "
        '"Hands up, don\'t shoot."\n'
    )
    assert _sources(text) == [("protesters", "unnamed")]


def test_a_group_opening_a_sentence_is_unnamed_not_an_organisation():
    text = 'Residents said the city "has forgotten the east side entirely."\n'
    assert _sources(text) == [("residents", "unnamed")]


def test_a_plural_of_peoples_nouns_alone_opening_a_sentence_is_unnamed():
    text = 'Friends said she took the flood report "harder than she ever let on."\n'
    assert _sources(text) == [("friends", "unnamed")]


def test_according_to_a_document_with_plain_modifiers_names_the_document():
    text = (
        "According to a 31-page civil complaint filed by the county, the builders ran a "
        '"deliberate six-year campaign of deception" in which they overbilled residents.\n'
    )
    assert _sources(text) == [("a 31-page civil complaint", "unnamed")]


def test_a_lawsuit_alleging_words_is_their_source():
    text = 'The lawsuit alleges that the firm "knowingly misled thousands of investors about the risks."\n'
    assert _sources(text) == [("the lawsuit", "unnamed")]


def test_they_never_continues_a_single_writing():
    text = (
        'The report said the firm had "knowingly misled thousands of investors about the risks."\n\n'
        '"The program is plagued by fraud and abuse, and it should be allowed to expire," they wrote.\n'
    )
    assert _sources(text)[1] == (None, "person")


def test_a_group_counted_in_hundreds_is_unnamed_people_not_an_organisation():
    text = 'Hundreds of protesters chanted "No justice, no peace" outside City Hall.\n'
    assert _sources(text) == [("hundreds of protesters", "unnamed")]


def test_a_definite_role_opening_a_sentence_is_not_labelled_as_a_group():
    text = "The Republican nominee outlined his plan and vowed to punish “those who violate the rules.”\n"
    assert _sources(text) == [(None, "person")]


def test_said_a_spokesperson_for_the_department_keeps_the_department_in_the_label():
    text = "“We are reviewing the decision,” said a spokesperson for the Justice Department.\n"
    assert _sources(text) == [("a spokesperson for the Justice Department", "unnamed")]


def test_officials_opening_a_sentence_are_unnamed_people_not_an_organisation():
    text = "Officials at the Pentagon called the strike “a success in every way.”\n"
    assert _sources(text) == [("officials at the Pentagon", "unnamed")]


def test_a_possessive_and_a_determiner_label_one_organisation():
    text = (
        "“This is a distraction from the real issues,” Holt's campaign said.\n\n"
        "“Gwen Holt has never paid her fair share,” the Holt campaign said in a statement.\n"
    )
    assert _sources(text) == [("the Holt campaign", "organisation")] * 2


OFFICIALS = (
    "Campaign officials said the candidate was “feeling great and ready to debate.”\n\n"
    "Officials at the Pentagon called the strike “a success in every way.”\n"
)


def test_a_word_two_source_labels_hold_asks_which_source():
    result = api.quote(_article(OFFICIALS), "officials")
    assert result.quotes == () and "Which one?" in result.message
    assert result.suggestions == ("campaign officials", "officials at the Pentagon")


def test_a_plain_noun_opening_a_sentence_is_listed_in_lower_case():
    names = [s.name for s in api.speakers(_article(OFFICIALS)).speakers]
    assert names[0] == "campaign officials"


def test_i_said_outside_quotation_marks_is_the_writer():
    text = 'When my mother mentioned the devil, I laughed and said, "I don\'t believe in the devil."\n'
    assert _sources(text) == [("the writer", "unnamed")]


def test_a_quotation_after_i_asked_him_is_not_the_writers():
    text = 'I asked him whether he would run again. "Not this time," he said.\n'
    assert _sources(text) == [(None, "person")]


AGENCY = (
    "“The delays are caused by the steel shortage,” a spokesman for the highways agency said.\n\n"
    "“We will publish a new timetable for the works next week,” the agency added.\n"
)


def test_a_spokesman_for_a_plainly_named_body_keeps_the_spokesman():
    assert _sources(AGENCY)[0] == ("a spokesman for the highways agency", "unnamed")


def test_the_agency_is_the_one_agency_another_label_describes():
    assert _sources(AGENCY)[1] == ("the highways agency", "organisation")


def test_a_report_that_found_words_is_their_source():
    text = (
        "A National Audit Bureau report published this spring found that the ministry could not "
        'account for grants paid to "firms that no longer exist or never did."\n'
    )
    assert _sources(text) == [("a National Audit Bureau report", "unnamed")]


def test_people_who_found_something_in_a_report_are_no_report_speaking():
    text = 'In the report, investigators found that the books were "a total mess from start to end."\n'
    assert _sources(text) != [("the report", "unnamed")]


def test_they_wrote_is_the_group_opening_the_sentences_before():
    text = (
        "Critics of the visa program, like Sen. Ann Lee, see the vote as a chance to fix it. They sent a "
        "letter on Thursday opposing it.\n\n"
        '"The program is plagued by fraud and should be allowed to expire," they wrote.\n'
    )
    assert _sources(text) == [("critics", "unnamed")]


def test_they_is_the_group_whose_said_closes_the_sentence_before():
    text = (
        "Ada Lind, 31, had been at a family party but had not had a drink, police said.\n\n"
        '"She could not have done anything to prevent the crash," they added.\n'
    )
    assert _sources(text) == [("police", "organisation")]


def test_they_after_a_partial_quotation_is_its_speaker_not_the_sentences_subject():
    text = (
        "Ada Lind, 31, had not had a drink, police said. She was keeping to the speed limit and there "
        "was ‘no way she could have prevented the crash’, they added.\n"
    )
    assert _sources(text) == [("police", "organisation")]


def test_they_after_named_people_only_stays_unattributed():
    text = (
        "Ann Lee and Bo Reyes sent a letter on Thursday.\n\n"
        '"The program is plagued by fraud and should be allowed to expire," they wrote.\n'
    )
    assert _sources(text) == [(None, "person")]


APPOSITION = (
    "The river rose again on Tuesday.\n\n"
    "The company that operates the Harrow Dam, Northwater Energy, said it was “monitoring levels "
    "closely and will warn everyone early.”\n"
)


def test_an_organisation_named_in_apposition_speaks_not_the_name_in_its_description():
    assert _sources(APPOSITION) == [("Northwater Energy", "organisation")]


def test_an_inverted_source_speaking_for_a_titled_person_is_labelled_with_the_name_not_the_bare_title():
    text = "“Certainly Tom Reyes has gone the other way,” said the former top aide to President Ada Holt.\n"
    assert _sources(text) == [("the former top aide to President Ada Holt", "unnamed")]


def test_an_inverted_source_speaking_for_a_person_is_labelled_as_it_is_before_its_verb():
    text = "“Certainly Tom Reyes has gone the other way,” said a spokesman for Ada Holt.\n"
    assert _sources(text) == [("a spokesman for Ada Holt", "unnamed")]


def test_holders_of_a_role_from_somewhere_are_one_unnamed_group():
    text = (
        "The budget fight in Carrow began on Tuesday.\n\n"
        "Governors from the northern states said the plan was “a disaster for every farmer in the region.”\n"
    )
    assert _sources(text) == [("governors from the northern states", "unnamed")]


def test_a_counted_group_after_an_inverted_verb_is_one_unnamed_source():
    text = (
        "The council published its review of the harbor district last spring.\n\n"
        "“If we do not act, the harbor will keep losing business to its neighbors,” wrote the four "
        "independent authors of the review.\n"
    )
    assert _sources(text) == [("the four independent authors of the review", "unnamed")]
