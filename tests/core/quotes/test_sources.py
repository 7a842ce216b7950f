"""Organisations, countries and unnamed sources as speakers, on articles written for them.

Each behaviour of issue 11 is reproduced on a small article of our own (tests/articles/).
"""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article

SOURCES = "quotes_harbor_sources.txt"
PARTIES = "quotes_party_labels.txt"


def _said(name: str, start: str) -> tuple[str | None, str]:
    found = next(q for q in quotes.extract_quotes(own_article(name)) if q.text.startswith(start))
    return found.speaker, found.kind


def test_the_company_speaks_as_the_one_company_named():
    assert _said(SOURCES, "deeply regrets") == ("Harbor Bank", "organisation")


def test_a_ministry_statement_is_the_ministrys():
    assert _said(SOURCES, "We expect better") == ("the ministry", "organisation")


def test_an_unnamed_spokeswoman_is_labelled_with_her_organisation():
    assert _said(SOURCES, "already replaced") == ("a Harbor Bank spokeswoman", "unnamed")


def test_a_country_dismissing_a_report_as_words_speaks_them():
    assert _said(SOURCES, "a distraction") == ("Canada", "organisation")


def test_quote_finds_an_organisation_by_a_word_of_its_label():
    result = api.quote(own_article(SOURCES), "spokeswoman")
    assert result.speaker.name == "a Harbor Bank spokeswoman"
    assert [q.text for q in result.quotes] == ["already replaced the systems involved."]


def test_quote_finds_a_source_by_its_listed_name():
    article = own_article(SOURCES)
    for speaker in api.speakers(article).speakers:
        assert api.quote(article, speaker.name).speaker.name == speaker.name


def test_speakers_list_people_first_then_sources_with_their_kinds():
    listed = api.speakers(own_article(SOURCES)).to_dict()
    kinds = [s["kind"] for s in listed["speakers"]]
    assert kinds[:2] == ["person", "person"]
    assert set(kinds[2:]) == {"organisation", "unnamed"}
    assert listed["unattributed"] == 0


def test_a_pronoun_after_a_definite_role_continues_the_named_person():
    assert _said(SOURCES, "We cannot preach") == ("Gwen Holt", "person")


def test_an_adverb_in_ly_between_name_and_verb_keeps_the_speaker():
    assert _said(SOURCES, "a press release") == ("Gwen Holt", "person")


def test_a_verb_inside_a_relative_clause_does_not_take_the_participles_quote():
    assert _said(SOURCES, "has not been reading") == ("Victor Lang", "person")


def test_a_name_right_before_saying_is_its_subject():
    assert _said(SOURCES, "They knew") == ("Victor Lang", "person")


def test_a_definite_role_nobody_holds_alone_is_left_unattributed():
    article = parse_article(
        "Title: T\n\nCouncillor Ann Lee and Councillor Bo Reyes met the mayor.\n\n"
        "“It will pass,” the councillor said.\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == [None]
    assert api.speakers(article).unattributed == 1


def test_speakers_lists_the_quotations_left_unattributed_in_article_order():
    article = parse_article(
        "Title: T\n\nCouncillor Ann Lee and Councillor Bo Reyes met the mayor.\n\n"
        "“It will pass,” the councillor said.\n\n“We will see,” said Mayor Ida Cole.\n\n"
        "“Not this year,” the other councillor said.\n"
    )
    listed = api.speakers(article).to_dict()
    assert [q["text"] for q in listed["unattributed_quotes"]] == ["It will pass", "Not this year"]
    assert listed["unattributed"] == 2


def test_a_party_label_before_a_name_makes_no_second_person():
    result = api.quote(own_article(PARTIES), "Gwen Holt")
    assert result.speaker.name == "Gwen Holt" and len(result.quotes) == 2


def test_a_participle_epithet_before_a_known_name_is_not_part_of_it():
    names = [s.name for s in quotes.list_people(own_article(PARTIES))]
    assert "Determined Gwen Holt" not in names and "Neither Holt" not in names


TITLES = "quotes_titles_pronouns.txt"


def test_a_pronoun_after_said_name_role_is_that_name():
    found = {q.text: q.speaker for q in quotes.extract_quotes(own_article(TITLES))}
    assert found["We will publish every figure"] == "Ana Ruiz"


def test_words_after_an_institutions_connector_are_no_person():
    assert api.quote(own_article(TITLES), "Harbor Transit").speaker is None


def test_a_title_ending_in_a_full_stop_is_no_quotation():
    texts = [q.text for q in quotes.extract_quotes(own_article(TITLES))]
    assert not any("Harbor Morning Live" in t for t in texts)


CUES = "quotes_cues_and_titles.txt"


def _cue(start: str) -> tuple[str | None, str]:
    return _said(CUES, start)


def test_said_rep_with_its_full_stop_names_the_representative():
    assert _cue("The ferry is our only road") == ("Dana Pruitt", "person")


def test_said_the_rev_names_the_minister():
    assert _cue("Nobody should pay twice") == ("Ellis Marsh", "person")


def test_praised_introduces_the_subjects_words():
    assert _cue("a fair deal") == ("Tom Reyes", "person")


def test_tweeting_continues_the_subject_of_its_clause():
    assert _cue("Two boats a day") == ("Ana Ortiz", "person")


def test_an_organisation_named_with_a_plain_noun_keeps_the_noun():
    assert _cue("We will review") == ("the ferry company", "organisation")


def test_it_added_continues_the_organisation_just_quoted():
    assert _cue("We hear the islands") == ("the ferry company", "organisation")


def test_as_a_memo_put_it_is_the_memos_words():
    assert _cue("Fares must fall") == ("a council memo", "unnamed")


def test_a_definite_role_refers_back_to_the_person_just_named():
    assert _cue("look hard at the numbers") == ("Janet Mills", "person")


def test_one_unnamed_person_of_any_noun_is_a_source():
    article = parse_article(
        "Title: T\n\nAt the forum, one questioner claimed that the plan “will never work.”\n"
    )
    assert [(q.speaker, q.kind) for q in quotes.extract_quotes(article)] == [("one questioner", "unnamed")]


def test_an_unnamed_person_in_a_relative_clause_does_not_take_the_main_speakers_quote():
    article = parse_article(
        "Title: T\n\nMayor Tom Reyes defended not paying an architect who said he was owed money, "
        "saying, “He did a poor job.”\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Tom Reyes"]


def test_said_a_spokeswoman_for_an_organisation_then_her_name_is_hers():
    article = parse_article(
        "Title: T\n\nLena Ortiz, a bank manager, joined in May.\n\n"
        "“We will repay everyone,” said a spokeswoman for the bank, Lena Ortiz.\n"
    )
    assert [(q.speaker, q.kind) for q in quotes.extract_quotes(article)] == [("Lena Ortiz", "person")]


def test_a_question_in_marks_keeps_the_x_said_sentence_after_it():
    article = parse_article("Title: T\n\n“Why would anyone pay that much?” Dana Pruitt said.\n")
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Dana Pruitt"]


def test_a_name_ending_in_jr_keeps_its_verb_of_saying():
    article = parse_article("Title: T\n\n“We will appeal the ruling,” Victor Hale Jr. said.\n")
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Victor Hale Jr."]


def test_a_name_ending_in_jr_before_its_verb_of_saying_is_the_subject():
    article = parse_article(
        "Title: T\n\nThe ferry stops in May.\n\nVictor Hale Jr. said: “We are not moving.”\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Victor Hale Jr."]


def test_a_short_first_quotation_with_its_attribution_is_speech_and_passes_it_on():
    article = parse_article("Title: T\n\n“Not me,” said Tobias Wren, 21. “I don’t ride the bus any more.”\n")
    found = [(q.speaker, q.text) for q in quotes.extract_quotes(article)]
    assert found == [("Tobias Wren", "Not me"), ("Tobias Wren", "I don’t ride the bus any more.")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Go home,” fire chief Ada Brill said.",
        "“Go home,” Deschutes County Fire Chief Ada Brill told reporters.",
    ],
)
def test_a_short_quotation_before_a_speaker_named_with_a_role_is_speech(paragraph):
    article = parse_article(f"Title: T\n\n{paragraph}\n")
    assert [(q.speaker, q.text) for q in quotes.extract_quotes(article)] == [("Ada Brill", "Go home")]


def test_a_short_quote_followed_by_a_clause_of_the_writer_is_no_speech():
    article = parse_article("Title: T\n\nHe dismissed the “fake news,” and Gwen Holt said nothing.\n")
    assert quotes.extract_quotes(article) == ()


def test_a_short_scare_quote_is_still_no_speech():
    article = parse_article("Title: T\n\nMayor Gwen Holt called it “fake news” and left.\n")
    assert quotes.extract_quotes(article) == ()


def test_a_short_name_in_parentheses_between_an_organisation_and_its_verb_stands_aside():
    article = parse_article(
        "Title: T\n\nThe Coastal Health Organization (CHO) said it was “deeply worried about the outbreak” "
        "in the east.\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["the Coastal Health Organization"]


def _sources(paragraph: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: T\n\nThe vote was held on Monday.\n\n{paragraph}\n")
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(article)]


def test_an_organisation_named_with_a_plural_possessive_speaks_under_its_whole_name():
    said = _sources(
        "The Upland Growers’ Union said farmers were “part of the answer, not the problem” today."
    )
    assert said == [("the Upland Growers’ Union", "organisation")]


def test_a_spokesman_for_an_organisation_named_with_a_plural_possessive_is_labelled_with_it():
    said = _sources("A spokesman for the Upland Growers' Union said it was “a matter for the growers” alone.")
    assert said == [("a spokesman for the Upland Growers' Union", "unnamed")]


def test_hundreds_of_protesters_are_still_a_group():
    said = _sources("Hundreds of protesters said it was “a matter for the growers themselves” to decide.")
    assert said == [("hundreds of protesters", "unnamed")]


def test_officials_placed_in_a_city_speak_unnamed_not_the_city():
    article = parse_article("Title: T\n\nOfficials in Lisbon said the city would “never forget.”\n")
    [found] = quotes.extract_quotes(article)
    assert (found.speaker, found.kind) == ("officials in Lisbon", "unnamed")


def test_people_placed_in_a_city_after_a_quotation_are_labelled_with_the_place():
    article = parse_article("Title: T\n\n“The talks are going nowhere,” two diplomats in Beijing said.\n")
    [found] = quotes.extract_quotes(article)
    assert (found.speaker, found.kind) == ("two diplomats in Beijing", "unnamed")
