"""A verb of characterising in its plain form after "to" ("took to Twitter to call Ruiz “…”"): the
one it characterises says nothing, so the sentence's subject speaks the quotation.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "Senator Lydia Ormond spoke in Cardell on Friday. Governor Ben Stroud was there too.\n\n"


def test_took_to_social_media_to_call_someone_a_phrase_is_the_subjects():
    text = _OPENING + "Stroud took to social media to call Ormond “a total fraud” that evening.\n"
    assert speakers_of(text) == ["Ben Stroud"]


def test_used_an_advert_to_describe_someone_as_a_phrase_is_the_subjects():
    text = _OPENING + "Stroud has used television adverts to describe Ormond as “a career insider.”\n"
    assert speakers_of(text) == ["Ben Stroud"]


def test_a_plain_form_with_no_to_before_it_leaves_the_object_a_rival():
    text = _OPENING + "Supporters who call Ormond “the farmers’ friend” cheered as Stroud left.\n"
    assert speakers_of(text) == [None]


def test_a_rival_lambasted_over_her_phrase_says_nothing():
    text = _OPENING + "Stroud lambasted Ormond over her “long support of open borders.”\n"
    assert speakers_of(text) == ["Ben Stroud"]


def test_an_as_clause_after_a_comma_has_its_own_subject():
    text = _OPENING + "Ormond and Stroud traded jabs all week, as Stroud has pegged Ormond as a “radical.”\n"
    assert speakers_of(text) == ["Ben Stroud"]
