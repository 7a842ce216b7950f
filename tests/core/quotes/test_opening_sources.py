"""A body or a writing opening a sentence speaks the partial quotation in it through any verb ("The
ad targets a “…”", "One such document, obtained by ..., includes a clause ... “…”"), as a person
opening a sentence does; a capitalised word opening a sentence, a definite role or a person named
after the verb is no such source."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_a_writing_opening_the_sentence_speaks_its_partial_quotation():
    body = "The ad targets a “corrupt political system that keeps a rigged economy in place.”"
    assert _quotes(body) == [("the ad", "corrupt political system that keeps a rigged economy in place.")]


def test_an_organisation_opening_the_sentence_speaks_its_partial_quotation():
    body = "The agency declined to detail the inquiry's “specific focus, scope or targets.”"
    assert _quotes(body) == [("the agency", "specific focus, scope or targets.")]


def test_a_writing_set_apart_by_an_apposition_keeps_its_whole_label():
    body = (
        "One such document, obtained by the Harbor Post, includes a clause that requires staff "
        "to promise “never to speak of it.”"
    )
    assert _quotes(body) == [("one such document", "never to speak of it.")]


def test_a_kind_opened_by_such_is_no_source():
    body = "Such forces will “mark our commitment to this fight.”"
    assert _quotes(body) == [(None, "mark our commitment to this fight.")]


def test_a_possessed_writing_with_then_before_its_verb_speaks():
    body = "The campaign’s statement then extends “an apology to every voter.”"
    assert _quotes(body) == [("the campaign’s statement", "an apology to every voter.")]


def test_a_capitalised_word_opening_the_sentence_is_no_source():
    body = "Fundraising has been “stagnant for about a month” since the vote."
    assert _quotes(body) == [(None, "stagnant for about a month")]


def test_a_person_named_after_the_verb_keeps_the_quotation_from_the_body():
    body = "The board saw Holt as the “grandfather of the harbour” in those years."
    assert _quotes(body) == [(None, "grandfather of the harbour")]


def test_a_quotation_listed_after_others_is_no_words_of_the_sentence_subject():
    body = "Officials searched their records for terms such as “ambassador,” “attack” and “talking points.”"
    assert ("officials", "talking points.") not in _quotes(body)


def test_a_possessor_of_the_subject_does_not_speak_for_it():
    body = "The state department's planned budget would rise to $23bn to fight the “war on terror” abroad."
    assert [speaker for speaker, _ in _quotes(body)] == [None]
