"""Caps where a reader would stop: adversarial shapes get short, sensible answers.

The cost of these shapes is measured by bench/adversarial.py; here, what the answer says."""

from __future__ import annotations

from bot.core import api, constants
from bot.core.article import parse_article

NAMES = ["Alma", "Bruno", "Celia", "Dario", "Elena", "Fabio", "Greta", "Hugo", "Irene", "Jonas"]


def shared_surname_article() -> str:
    lines = [
        f"{name} Burns, a farmer, said “the harvest is late this year {n}.”" for n, name in enumerate(NAMES)
    ]
    return "\n".join(lines) + "\n"


def test_a_surname_many_people_share_names_a_few_of_them():
    result = api.quote(parse_article(shared_surname_article()), "Burns")
    named = sum(f"{name} Burns" in result.message for name in NAMES)
    assert len(result.candidates) <= constants.AMBIGUOUS_SPEAKERS_SHOWN
    assert named == constants.AMBIGUOUS_SPEAKERS_SHOWN


def test_the_message_says_how_many_more_share_the_surname():
    result = api.quote(parse_article(shared_surname_article()), "Burns")
    others = len(NAMES) - (1 if result.speaker else 0)  # one quoted namesake is answered, not listed
    assert f"one of {others - constants.AMBIGUOUS_SPEAKERS_SHOWN} others" in result.message


def test_a_full_name_still_finds_one_of_many_sharing_a_surname():
    result = api.quote(parse_article(shared_surname_article()), "Jonas Burns")
    assert result.speaker is not None and result.speaker.name == "Jonas Burns"


def read_cap_article() -> str:
    lede = "Mayor Ines Talbot opened the bridge on Monday. “It is a good day,” Talbot said."
    filler = "The river rose again in the spring and the ferry ran late for a week."
    late = "Engineer Ruben Osei said “the deck held up well in the storm.”"
    return "\n\n".join([lede, filler, late]) + "\n"


def test_quotations_past_the_read_cap_are_not_attributed(monkeypatch):
    article = parse_article(read_cap_article())
    monkeypatch.setattr(constants, "QUOTE_READ_CHARS", len(article.paragraphs[0].text) + 80)
    result = api.quote(article, "Osei")
    assert not result.quotes


def test_quotations_within_the_read_cap_keep_their_paragraph_numbers(monkeypatch):
    article = parse_article(read_cap_article())
    monkeypatch.setattr(constants, "QUOTE_READ_CHARS", len(article.paragraphs[0].text) + 80)
    result = api.quote(article, "Talbot")
    assert [(q.text, q.paragraph) for q in result.quotes] == [("It is a good day", 1)]


def test_a_paragraph_across_the_read_cap_keeps_its_whole_sentences(monkeypatch):
    article = parse_article(read_cap_article())
    first = article.paragraphs[0].sentences[0]
    monkeypatch.setattr(constants, "QUOTE_READ_CHARS", first.end + 5)
    assert api.speakers(article).speakers == ()
    assert api.quote(article, "Talbot").speaker.name == "Ines Talbot"


def test_quotations_past_the_paragraph_cap_are_not_attributed(monkeypatch):
    article = parse_article(read_cap_article())
    monkeypatch.setattr(constants, "QUOTE_READ_PARAGRAPHS", 2)
    assert [s.name for s in api.speakers(article).speakers] == ["Ines Talbot"]


def test_a_reply_past_the_read_caps_says_where_reading_stopped(monkeypatch):
    article = parse_article(read_cap_article())
    monkeypatch.setattr(constants, "QUOTE_READ_PARAGRAPHS", 2)
    assert api.quote(article, "Osei").read_to == 2
    assert api.speakers(article).to_dict()["read_to"] == 2


def test_a_reply_within_the_read_caps_has_no_read_to_key():
    article = parse_article(read_cap_article())
    assert "read_to" not in api.quote(article, "Osei").to_dict()
    assert "read_to" not in api.speakers(article).to_dict()
