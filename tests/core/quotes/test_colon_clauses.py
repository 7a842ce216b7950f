"""A clause ending in a colon introduces the words of the one person it names right before a verb,
even past role words that keep the registry from counting the name as a subject ("In response,
Republican presidential nominee Ada Holt issued the following statement: ¶ “…”")."""

from __future__ import annotations

from bot.core.quotes import engine as quotes
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of

_STATEMENT = "\n\n“Our thoughts go out to every family the flood has touched. This has to stop.”"


def test_a_name_after_role_words_introduces_the_statement():
    said = speakers_of(
        "The ferry sank on Friday. In response, Republican presidential nominee Ada Holt issued the "
        "following statement:" + _STATEMENT
    )
    assert said == ["Ada Holt"]


def test_a_name_before_a_passive_does_not():
    said = speakers_of(
        "The ferry sank on Friday. In response, harbour board member Ada Holt was sent the following "
        "statement:" + _STATEMENT
    )
    assert said == [None]


def test_a_person_before_a_colon_introduces_the_quotation():
    text = (
        "The late surge does not surprise pollster Dana Pruitt: “Lesser-known candidates who win "
        "early contests see the biggest boost.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_more_from_a_person_before_a_colon_is_theirs():
    text = (
        "Dana Pruitt studies island polls.\n\n"
        "More from Pruitt: “The numbers moved late, and most polls ended too early to see it.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_two_people_before_a_colon_speak_under_the_first_named():
    text = (
        "Pollsters Dana Pruitt and Sam Cole wrote a memo.\n\n"
        "More from Pruitt and Cole: “The numbers moved late, and most polls ended too early.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_paragraph_naming_a_voice_and_ending_in_a_colon_introduces_the_next_quotation():
    text = "Maria Lopez, 34, a teacher from Phoenix:\n\n“I am voting for the first time this year.”\n"
    assert speakers_of(text) == ["Maria Lopez"]


def test_an_abbreviations_full_stop_does_not_cut_the_clause_before_a_colon():
    text = (
        "Gwen Holt ran for mayor.\n\n"
        "Senate Majority Leader Ray Dorn, R-Ky., delivered a blunt message to Holt: "
        "“It is time to quit attacking people and get on message.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


TABLOID = "quotes_soap_hedge.txt"


BLOG = "quotes_ferry_blog.txt"


def _speaker_of(name: str, start: str) -> str | None:
    return next(q.speaker for q in quotes.extract_quotes(own_article(name)) if q.text.startswith(start))


def test_x_was_blunt_colon_credits_x():
    assert _speaker_of(BLOG, "We are spending the harbour") == "Hal Pettigrew"


def test_but_admitted_colon_credits_the_subject_of_the_sentence():
    assert _speaker_of(TABLOID, "It has got a bit big") == "Colin Dredge"


def test_lone_surname_was_blunt_colon_credits_that_person():
    assert _speaker_of(TABLOID, "Either it comes down") == "Cassie Marlowe"


def test_the_spokesman_named_after_whom_he_speaks_for_issues_the_words():
    text = (
        "Lawsuit\n\n"
        "Actress Ada Renn sued producer Harvey Tarno on Monday.\n\n"
        "Tarno spokesman Colm Ardle issued a statement to the Ledger rejecting the lawsuit's claims:\n\n"
        "“The most basic review of the facts will reveal that Mr. Tarno never harmed Ms. Renn, and "
        "instead championed her work for years.”\n"
    )
    assert speakers_of(text) == ["Colm Ardle"]
