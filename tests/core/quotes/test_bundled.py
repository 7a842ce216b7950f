"""The bundled Blinken article: every direct quotation under the right speaker, nothing else."""

from __future__ import annotations

import json

import pytest

from bot.core import api
from bot.core.quotes import engine as quotes

# Worked out by reading the article: (speaker, how the quotation starts, partial?).
EXPECTED = [
    ("Antony Blinken", "that the competition we have with China", True),
    ("Antony Blinken", "precisely so that we can ensure", True),
    ("Xi Jinping", "benefit both of our countries.", True),
    ("Xi Jinping", "I believe that the foundation of China-US relations", False),
    ("Xi Jinping", "In the current global situation", False),
    ("Joe Biden", "hopes that over the next few months", True),
    ("Lloyd Austin", "at some point, but we’re not there yet.", True),
    ("China", "wacky and unprofessional", True),  # an organisation or country speaks too
    ("Qin Gang", "China’s core concerns", True),
    ("Qin Gang", "stop interfering in China’s internal affairs", True),
    ("Daniel Kritenbrink", "We come to Beijing with a realistic", False),
    ("Kurt Campbell", "intense competition requires intense diplomacy", True),
]


def test_every_quotation_is_found_in_article_order(bundled):
    found = quotes.extract_quotes(bundled)
    assert [(q.speaker, q.partial) for q in found] == [(s, p) for s, _, p in EXPECTED]
    for quote, (_, start, _) in zip(found, EXPECTED, strict=True):
        assert quote.text.startswith(start)


def test_quotes_are_in_paragraph_order(bundled):
    paragraphs = [q.paragraph for q in quotes.extract_quotes(bundled)]
    assert paragraphs == sorted(paragraphs)


def test_a_country_dismissing_a_report_as_words_is_their_speaker(bundled):
    wacky = next(q for q in quotes.extract_quotes(bundled) if q.text == "wacky and unprofessional")
    assert (wacky.speaker, wacky.kind) == ("China", "organisation")


def test_quote_text_is_verbatim_without_marks(bundled):
    texts = [q.text for q in quotes.extract_quotes(bundled)]
    assert "at some point, but we’re not there yet." in texts
    assert all(not t.startswith(("“", '"')) and not t.endswith(("”", '"', ",")) for t in texts)


def test_each_quote_carries_its_whole_sentence(bundled):
    for quote in quotes.extract_quotes(bundled):
        assert quote.text in quote.sentence
        assert quote.sentence in bundled.paragraph(quote.paragraph).text


def test_speakers_are_most_quoted_first(bundled):
    listed = [(s.name, s.quotes) for s in api.speakers(bundled).speakers]
    assert listed[0] == ("Xi Jinping", 3)
    assert {name for name, _ in listed} == {s for s, _, _ in EXPECTED if s}
    counts = [n for _, n in listed]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize(
    "name",
    ["Bill Gates", "Wang Yi", "Nicholas Burns", "William Burns", "Yang Tao", "Jake Sullivan"],
)
def test_people_named_but_not_quoted_have_no_quotes(bundled, name):
    result = api.quote(bundled, name)
    assert result.speaker is not None and result.speaker.name == name
    assert result.quotes == ()
    assert "never quoted" in result.message
    assert result.suggestions and result.suggestions[0] in {s for s, _, _ in EXPECTED if s}


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Blinken", "Antony Blinken"),
        ("antony blinken", "Antony Blinken"),
        ("Blinkin", "Antony Blinken"),
        ("Secretary of State", "Antony Blinken"),
        ("Mr. Blinken", "Antony Blinken"),
        ("President Xi", "Xi Jinping"),
        ("XI", "Xi Jinping"),
        ("Chinese leader", "Xi Jinping"),
        ("Qin", "Qin Gang"),
        ("Foreign Minister Qin", "Qin Gang"),
        ("Defense Secretary", "Lloyd Austin"),
        ("Kritenbrinck", "Daniel Kritenbrink"),
        ("Campbell", "Kurt Campbell"),
        ("Biden", "Joe Biden"),
    ],
)
def test_every_alias_form_finds_the_speaker(bundled, query, name):
    result = api.quote(bundled, query)
    assert result.speaker is not None and result.speaker.name == name
    assert result.quotes and all(q.speaker == name for q in result.quotes)


def test_two_burnses_are_not_merged_and_neither_is_quoted(bundled):
    result = api.quote(bundled, "Burns")
    assert result.speaker is None and result.quotes == ()
    assert {c.name for c in result.candidates} == {"Nicholas Burns", "William Burns"}
    assert "but neither is quoted directly" in result.message


def test_a_title_two_people_hold_is_a_choice(bundled):
    result = api.quote(bundled, "President")
    assert {c.name for c in result.candidates} == {"Joe Biden", "Xi Jinping"}


def test_the_repeated_lede_adds_no_quote(bundled):
    texts = [q.text for q in quotes.extract_quotes(bundled)]
    assert len(texts) == len(set(texts))


def test_reported_speech_is_listed_apart_as_paraphrase(bundled):
    result = api.quote(bundled, "Blinken")
    assert any("stressed the importance" in p.text for p in result.paraphrases)
    assert all(p.paraphrase for p in result.paraphrases)
    assert not any("stressed" in q.text for q in result.quotes)


def test_json_contract_of_quote(bundled):
    data = json.loads(json.dumps(api.quote(bundled, "Xi").to_dict()))
    assert set(data) == {"query", "speaker", "quotes", "suggestions"}
    assert set(data["speaker"]) == {"name", "aliases"}
    assert "Xi" in data["speaker"]["aliases"]
    assert set(data["quotes"][0]) == {"text", "paragraph", "sentence", "partial", "context"}
    assert set(data["quotes"][1]) == {"text", "paragraph", "sentence", "partial"}


def test_json_of_a_partial_quote_holds_its_sentence_as_context(bundled):
    data = api.quote(bundled, "Qin Gang").to_dict()
    first = data["quotes"][0]
    assert first["partial"] is True
    assert first["text"] == "China’s core concerns" and first["text"] in first["context"]


def test_json_of_a_full_quote_has_no_context(bundled):
    data = api.quote(bundled, "Kritenbrink").to_dict()
    assert data["quotes"][0]["partial"] is False and "context" not in data["quotes"][0]


def test_json_contract_of_speakers(bundled):
    data = api.speakers(bundled).to_dict()
    assert set(data) == {"speakers", "unattributed", "unattributed_quotes"}
    assert set(data["speakers"][0]) == {"name", "aliases", "quotes", "kind"}


def test_speakers_lists_people_before_organisations(bundled):
    kinds = [s["kind"] for s in api.speakers(bundled).to_dict()["speakers"]]
    assert kinds == sorted(kinds, key=lambda kind: kind != "person")
    assert kinds[-1] == "organisation"


def test_the_bundled_article_leaves_no_quotation_unattributed(bundled):
    assert api.speakers(bundled).unattributed == 0


def test_find_person_gives_name_and_role_for_who_is(bundled):
    person = quotes.find_person(bundled, "Kritenbrink")
    assert person is not None and person.name == "Daniel Kritenbrink"
    assert person.role == "top US diplomat for East Asia and the Pacific"
    assert quotes.find_person(bundled, "Gates").role == "Microsoft Corp. co-founder"
    assert quotes.find_person(bundled, "Beijing") is None
