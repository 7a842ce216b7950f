"""An adverb opening a sentence ("Perhaps Kristof is hoping …") and a modal in a title-case headline
("New Bipartisan Bill Would Keep Brecker from Firing …") are no part of a person's name; a modal
opening a question leaves the name after it whole ("Could Melania Varga humanize …?")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _people(text: str) -> list[str]:
    return [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + text))]


def test_an_opening_perhaps_is_no_given_name():
    text = (
        "Former governor Ada Kristof has defended the ruling. Perhaps Kristof is hoping for a post.\n\n"
        "“I told them I was available if they ever need me,” Kristof said.\n"
    )
    assert speakers_of(text) == ["Ada Kristof"]


def test_a_headlines_modal_and_verb_are_no_part_of_the_name_after_them():
    text = (
        "President Brecker hit back at a rally.\n\n"
        "“The data story is a total invention,” Brecker insisted.\n\n"
        "New Bipartisan Bill Would Keep Brecker from Firing Data Investigator\n"
    )
    assert speakers_of(text) == ["Brecker"]


def test_a_modal_opening_a_question_leaves_the_name_after_it_whole():
    text = (
        "Could Melania Varga humanize her husband? She tried.\n\n"
        "She said her husband “never had a hidden agenda.”\n"
    )
    assert _people(text) == ["Melania Varga"]


def test_an_auxiliary_opening_a_linked_question_is_no_given_name():
    text = (
        "Governor Tull spoke at the dinner on Thursday.\n\n"
        "More:Budget probe: Did Tull office and contractor collude?\n\n"
        "“I invited the auditor to ride with me, but he declined,” Tull said.\n"
    )
    assert speakers_of(text) == ["Tull"]
