"""A name after a role that opens with an article and a capitalised word ("but an Iranian
negotiator, Abbas Araqchi, told journalists") is its clause's subject, so a later he or she may
mean that person, not someone named before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_an_article_and_a_capitalised_role_is_a_subject():
    text = (
        "Foreign Minister Mohammad Zarif said the talks were hard. There had been word that Iran might "
        "export the fuel, but an Iranian negotiator, Abbas Araqchi, told journalists on Sunday that Iran "
        "had not agreed. “Export is not in our programme,” he said.\n"
    )
    assert speakers_of(text) == ["Abbas Araqchi"]
