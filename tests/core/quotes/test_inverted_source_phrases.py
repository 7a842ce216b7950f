"""Wrong speakers found on PolNeAR's train split (issue 11, session 12 precision).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


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


def test_a_capitalised_compound_adjective_before_a_surname_is_no_part_of_a_name():
    text = (
        "British actor Clive Owen took best supporting actor on Saturday.\n\n"
        "Celebrating his win, the Oscar-nominated Owen told reporters: “The whole award season is new "
        "to me because I have not won anything before.”\n"
    )
    assert speakers_of(text) == ["Clive Owen"]


def test_he_said_in_a_new_paragraph_opened_by_other_men_is_not_the_man_quoted_before():
    text = (
        "“A lot of people had a favourite candidate,” said Dave Kern, a vice chairman of the party.\n\n"
        "Tom Reyes still has fences to mend, especially as he takes on state leaders. Brian Pike, the "
        "chairman of the county party, said Reyes hurt his cause by taking on the state’s GOP Sen. "
        "Kelly Ayotte, who is running for re-election. “I don’t think it’s cut well for him,” he said.\n"
    )
    assert speakers_of(text) == ["Dave Kern", None]  # Reyes or Pike: unclear, never Kern
