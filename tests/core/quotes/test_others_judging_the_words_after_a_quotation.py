"""A sentence after a quotation in which others label its words ("“…?” Critics called the remarks
reckless.") is no attribution; "“A disaster,” Rita Vance called it." still is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Statue row\n\nMayor Nils Hart spoke angrily at a press event about the statue.\n\n"


def test_critics_calling_the_remarks_reckless_do_not_speak_them():
    text = LEAD + "“Is it the founders' statue next? And the bridge?” Critics called the remarks reckless.\n"
    assert speakers_of(text) != ["critics"]


def test_a_named_critic_judging_it_does_not_speak_it():
    text = LEAD + "“Is it the founders' statue next? And the bridge after?” Rita Vance called it reckless.\n"
    assert speakers_of(text) != ["Rita Vance"]


def test_a_label_someone_calls_it_is_still_theirs():
    text = LEAD + "“A total disaster for the town,” Rita Vance called it.\n"
    assert speakers_of(text) == ["Rita Vance"]
