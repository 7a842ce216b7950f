"""ask.introductions reads the phrases around a name asked about ("X, the ...", "adviser, X",
"Arsenal's X") with patterns compiled once (ask.asked_names): it must find what one pattern with the
name written in finds, as it did when it compiled five such patterns for each name asked."""

from __future__ import annotations

import re

from bot.core.article import parse_article
from bot.core.ask import introductions
from bot.core.ask.asked_names import AskedName
from bot.core.ask.candidates import rank_candidates


def _written_in(name: str) -> str:
    """The name as a pattern, as introductions wrote it into each phrase."""
    words = r"\s+(?:[A-Z]\.\s+)?".join(re.escape(part) for part in name.split())
    return "(?i:" + words + r")(?:\s+(?:Jr\.?|Sr\.?|II|III|IV)\b)?"


def _patterns(name: str) -> dict[str, re.Pattern[str]]:
    name = _written_in(name)
    return {
        "named": re.compile(rf"\b{name}\b"),
        "apposed": re.compile(rf"\b{name}" + introductions._APPOSITION.pattern),
        "role_comma": re.compile(introductions._ROLE_COMMA.pattern + rf"(?:[A-Z][\w’'-]*\s+)?{name}(?!\w)"),
        "role_before": re.compile(rf"\b([a-z][\w-]+)\s+(?:[A-Z][a-z]{{1,3}}\.\s+){{0,2}}{name}\b"),
        "owned": re.compile(rf"\b[A-Z][\w-]+(?:’s|'s|')\s+{name}\b"),
    }


READINGS = {
    "role_comma": introductions._after_comma,
    "role_before": introductions._after_word,
    "owned": introductions._after_owner,
}
NAMES = ("Xi", "Xi Jinping", "Vann Newkirk", "George W.", "Jinping", "al-Nouri", "Sun")
TEXTS = (
    "President Xi Jinping, the Chinese leader, met xi jinping's aides; XI said so.",
    "Vann R. Newkirk II, the writer, and Vann Newkirk Jr. met Vann  Newkirk III; VANN r. NEWKIRK Jr.x left.",
    "George W. W. Bush, the former president, met George W., a farmer, and George W. Jr. Smith.",
    "The co-chair Xi spoke; security adviser, Xi; the correspondent in New York, Sun Xi, said.",
    "official in Al-qaeda, Xi; talks from the State Department, Jack Xi, and spokesman,  Xi Jr,",
    "according to valuation experts Sen. Lt. Xi, nominee Gen. Sun II and nominee Sun's friend",
    "Arsenal's Xi, PBS' Sun Jr. and Anglo-French's Xi-Lin met China’s xi.",
    "Xi Xi Xi, the twins; Xis and IIXi and Xi_ and al-Nouri, a mayor, al-nouri — the rest.",
    "Sun has been quickly named as chief; Sun will be appointed as head; Sun, is a ſun.",
    "The nominee Sun. Sun said; her spokesman for the State Department, Jack Xi, did not; aide, Xi Xi did.",
)


def test_the_readings_around_a_name_match_the_name_written_into_each_phrase():
    for name in NAMES:
        asked = AskedName(name)
        for text, patterns in ((text, _patterns(name)) for text in TEXTS):
            named = [m.span() for m in patterns["named"].finditer(text)]
            assert list(introductions._named(text, asked, None)) == named, (name, text)
            assert introductions._apposed(text, asked) == bool(patterns["apposed"].search(text)), (name, text)
            for reading, found in READINGS.items():
                expected = [(m.start(), m.end()) for m in patterns[reading].finditer(text)]
                assert [(head.start(), end) for head, end in found(text, asked)] == expected, (
                    reading,
                    name,
                    text,
                )


def test_a_name_ends_each_way_its_pattern_tries_in_that_order():
    # With the middle initial first, then each suffix before none.
    text = "Vann R. Newkirk Jr. spoke"
    assert list(AskedName("Vann Newkirk").ends(text, 0)) == [18, 15]
    assert list(AskedName("Xi").ends("xi said", 0)) == [2]
    assert list(AskedName("Xi").ends("Hu said", 0)) == []


def test_the_given_names_before_a_name_asked_by_its_last_part_are_read_with_it():
    given = introductions._given_names("Reid", "Morag Reid")
    text = "Councillor Morag Reid and Reid met Morag  Reid."
    assert list(introductions._named(text, AskedName("Reid"), given)) == [
        m.span() for m in re.finditer(r"\b(?:Morag\s+)?(?i:Reid)(?:\s+(?:Jr\.?|Sr\.?|II|III|IV)\b)?\b", text)
    ]


def test_asking_who_someone_is_compiles_no_pattern_of_the_phrases_around_the_name(monkeypatch):
    article = parse_article(
        "Harbour board names chief\n\n"
        "The harbour board has appointed Zorvath Quellingsby, a former pilot, as its chief.\n\n"
        "Board chairman Ilse Varga said Quellingsby would start in May.\n",
        "harbour-chief",
    )
    question = "Who is Zorvath Quellingsby?"
    ranked = rank_candidates(article, question)
    compiled: list[str] = []
    compile_ = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiled.append(p) or compile_(p, flags))
    introductions.introduction(question, ranked, floor=0.0)
    assert compiled == ["(?i:Zorvath)", "(?i:Quellingsby)"]
