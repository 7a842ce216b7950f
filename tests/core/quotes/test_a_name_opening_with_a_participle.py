"""A name whose first word reads as a participle ("Planned Parenthood", "Concerned Parents") keeps it
when nothing else in the article is named by its last word; "Injecting Holt" beside "Ada Holt" is
still Holt."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Clinics\n\nA fire damaged a clinic warehouse in Fenwick on Friday night.\n\n"


def test_planned_parenthood_keeps_its_first_word():
    text = TITLE + "“We will keep our doors open,” Planned Parenthood said in a statement.\n"
    assert speakers_of(text) == ["Planned Parenthood"]


def test_a_participle_before_someone_named_in_full_elsewhere_goes():
    text = TITLE + (
        "“We will rebuild,” said Mayor Ada Holt.\n\n"
        "Frustrated Holt said later: “We are tired of waiting for the county.”\n"
    )
    assert speakers_of(text) == ["Ada Holt", "Ada Holt"]
