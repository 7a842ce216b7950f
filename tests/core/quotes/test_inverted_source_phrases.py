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
