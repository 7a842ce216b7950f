"""A name whose first word reads as a participle ("Planned Parenthood", "Concerned Parents") keeps it
when nothing else in the article is named by its last word; "Injecting Holt" beside "Ada Holt" is
still Holt, and "Managing Editor" a role, no name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
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


def test_a_role_after_a_participle_is_no_persons_name():
    text = TITLE + (
        "Sam Jacobs, Time’s Assistant Managing Editor, explained to CBS why the fire was chosen.\n\n"
        "“We will keep covering the fire,” Jacobs said.\n"
    )
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text)).speakers
    assert [(s.name, s.role) for s in listed] == [("Sam Jacobs", "Time’s Assistant Managing Editor")]
