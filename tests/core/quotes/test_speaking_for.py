"""Whoever speaks for someone ("a spokeswoman for Tom Reyes said") is an unnamed source, never the
person spoken for: the words are not Reyes's own."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from tests.core.quotes.speakers import speakers_of

_QUOTE = "“We are reviewing every option with the hospital.”"


def test_a_spokeswoman_for_a_named_person_is_an_unnamed_source():
    assert speakers_of(f"A spokeswoman for Tom Reyes said: {_QUOTE}\n") == ["a spokeswoman for Tom Reyes"]


def test_a_spokeswoman_for_a_role_is_an_unnamed_source():
    text = f"A spokeswoman for the governor said: {_QUOTE}\n"
    assert speakers_of(text) == ["a spokeswoman for the governor"]


def test_an_aide_to_someone_after_the_quotation_is_an_unnamed_source():
    text = "“We are reviewing every option,” a senior campaign aide to Tom Reyes said.\n"
    assert speakers_of(text) == ["a senior campaign aide to Tom Reyes"]


def test_a_named_spokesperson_stays_the_speaker():
    text = f"A lawyer for Tom Reyes, Ann Cole, said: {_QUOTE}\n"
    assert speakers_of(text) == ["Ann Cole"]


def test_a_person_after_to_with_no_spokesperson_before_stays_the_speaker():
    text = f"The award went to Tom Reyes, who said: {_QUOTE}\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_an_abbreviated_title_before_the_person_spoken_for_is_kept_in_the_label():
    text = f"A spokeswoman for Gov. Tom Reyes said: {_QUOTE}\n"
    assert speakers_of(text) == ["a spokeswoman for Gov. Tom Reyes"]


def test_asking_for_the_person_spoken_for_points_to_their_spokeswoman():
    article = parse_article(
        f"Title: T\n\nGov. Tom Reyes toured the ward.\n\nA spokeswoman for Gov. Tom Reyes said: {_QUOTE}\n"
    )
    result = api.quote(article, "Reyes")
    assert result.speaker.name == "Tom Reyes" and not result.quotes
    assert "a spokeswoman for Gov. Tom Reyes" in result.message
    assert result.suggestions[0] == "a spokeswoman for Gov. Tom Reyes"


def test_lawyers_for_someone_with_no_determiner_speak_not_their_client():
    text = (
        "The mayor of Dunmore, Keld Arvo, has been under pressure for weeks over the harbor accounts.\n\n"
        "Lawyers for Arvo have said he “is cooperating fully with the inquiry into the accounts,” and "
        "is sorry for the delay.\n"
    )
    assert speakers_of(text) == ["lawyers for Arvo"]


def test_a_lawyer_for_someone_who_has_said_is_labelled_without_has():
    text = (
        "The mayor of Dunmore, Keld Arvo, has been under pressure for weeks over the harbor accounts.\n\n"
        "A lawyer for Arvo has said he “is cooperating fully with the inquiry into the accounts.”\n"
    )
    assert speakers_of(text) == ["a lawyer for Arvo"]
