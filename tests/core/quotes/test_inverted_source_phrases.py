"""How far an inverted source's label runs ("said a former U.S. law enforcement official who ..."), and words
that look like a source but are none.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _sources(text: str) -> dict[str, str]:
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text))
    return {s.name: s.kind for s in listed.speakers if s.kind != "person"}


def test_an_inverted_source_keeps_the_capitalised_words_before_a_place_or_body_in_it():
    text = "“We cannot pay for night runs this year,” said a White House official on Tuesday.\n"
    assert _sources(text) == {"a White House official": "unnamed"}


def test_an_inverted_source_runs_on_over_plain_words_after_a_place_to_its_noun():
    text = "“It was handled too lightly,” said a former U.S. law enforcement official who saw the file.\n"
    assert _sources(text) == {"a former U.S. law enforcement official": "unnamed"}


def test_one_party_member_is_an_unnamed_source_not_an_organisation():
    text = (
        "“The ferry vote will be close,” said a Harbor County Democrat.\n\n"
        "“Nobody has the numbers yet,” said one Republican.\n"
    )
    assert _sources(text) == {"a Harbor County Democrat": "unnamed", "one Republican": "unnamed"}


def test_a_participle_after_a_determiner_and_an_adverb_describes_a_noun_and_names_no_speaker():
    text = (
        "Following a hastily called, late-night meeting, the Harbor Council issued a statement "
        "calling the ferry plan “a clear breach of the port's own rules.”\n"
    )
    assert _sources(text) == {"the Harbor Council": "organisation"}


def test_an_inverted_said_after_a_tail_is_the_quotations_attribution():
    text = (
        "“Many would call that an embarrassment for Reed” if she did not win by more, said David "
        "Wasserman, an elections analyst at the Cook Political Report.\n"
    )
    assert speakers_of(text) == ["David Wasserman"]


def test_said_a_name_then_a_role_then_a_name_is_the_second_persons():
    text = "Vera Holt toured Toledo on Monday.\n\n“We are confident,” said Holt spokeswoman Tessa Lyle.\n"
    assert speakers_of(text) == ["Tessa Lyle"]


def test_a_noun_phrase_opening_the_clause_after_said_is_not_an_inverted_speaker():
    text = (
        "Gwen Holt, the mayor, who called the plan “a disaster for every family here,” said "
        "Monday the council would vote again.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_long_title_before_an_inverted_speaker_is_skipped():
    text = "“It does not mean he was honest,” said United Steelworkers Political Director Tim Waters.\n"
    assert speakers_of(text) == ["Tim Waters"]


def test_a_person_modifying_the_title_of_an_inverted_speaker_is_not_the_speaker():
    text = "Ted Cruz spoke in Iowa.\n\n“Politicians are practical people,” said the senior Cruz adviser.\n"
    assert speakers_of(text) == ["the senior Cruz adviser"]


def test_an_inverted_said_after_a_quotation_in_a_subordinate_clause_still_attributes_it():
    text = (
        "When Gwen Holt said at a rally that she would not run, she “spoke for every teacher in "
        "this city,” said Ray Dorn, a union member.\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_an_inverted_speaker_is_not_the_subject_of_what_another_said():
    text = (
        "Hillary Clinton held a rally in Ohio.\n\n"
        "The Clinton approach is made possible by money, said Katie Harbath, a Facebook director. "
        "Others are “having to be leaner and deal with a smaller staff,” she said.\n"
    )
    assert speakers_of(text) != ["Hillary Clinton"]


def test_an_inverted_his_title_before_a_name_is_the_named_persons():
    text = (
        "Bernie Sanders lost in Arizona.\n\n"
        "“We will chip away at the lead,” added his campaign manager Jeff Weaver, speaking to CNN.\n"
    )
    assert speakers_of(text) == ["Jeff Weaver"]


def test_a_person_after_of_in_an_inverted_title_is_not_the_speaker():
    text = (
        "Carl Dennison left the race.\n\n"
        "“It simply was not his year,” said Harlow College political scientist Patrick "
        "Moran of Dennison, who ended his campaign.\n"
    )
    assert speakers_of(text) == ["Patrick Moran"]


def test_a_name_before_when_closes_the_title_run_after_an_inverted_said():
    text = (
        "Gwen Reed spoke in Harbor City.\n\n"
        "“Anyone who refuses to follow the law puts us at risk,” said Reed constituent Dan Pike "
        "when asked about the plan.\n"
    )
    assert speakers_of(text) == ["Dan Pike"]


def test_two_titles_joined_by_and_before_an_inverted_speaker_are_skipped():
    text = (
        "“He is reprising that role,” said former Ohio Gov. and Democratic National Committee "
        "Chairman Ed Rook.\n"
    )
    assert speakers_of(text) == ["Ed Rook"]


def test_the_possessor_before_an_inverted_speaker_is_not_the_speaker():
    text = "Gwen Holt, the mayor, spoke.\n\n“We expect a vote soon,” said Holt’s chief of staff, Ray Dorn.\n"
    assert speakers_of(text) == ["Ray Dorn"]


def test_the_possessor_of_a_plural_apostrophe_before_an_inverted_speaker_is_not_the_speaker():
    text = "Ivo Rivers won two counties.\n\n“We came close,” said Rivers’ chief organizer, Petra Quill.\n"
    assert speakers_of(text) == ["Petra Quill"]


def test_a_plural_apostrophe_owner_before_a_role_and_name_with_no_comma():
    text = "Ivo Rivers won two counties.\n\n“We came close,” said Rivers’ senior strategist Petra Quill.\n"
    assert speakers_of(text) == ["Petra Quill"]


def test_a_plural_apostrophe_owner_before_a_role_and_name_with_a_place_after():
    text = (
        "Ivo Rivers won two counties.\n\n“We came close,” said Rivers’ senior strategist Petra Quill at "
        "the rally in Dover.\n"
    )
    assert speakers_of(text) == ["Petra Quill"]
