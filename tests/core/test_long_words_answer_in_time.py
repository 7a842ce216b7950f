"""One long token ("WORD-WORD-...", "WordWordWord...", a run of thousands of digits) or one sentence of
thousands of "said X" is read in time: patterns that read a word or a figure to its end from every
letter or digit of it, or look for an item from the start of the sentence for every verb, made a few
kilobytes of such text take seconds (20 KB of digits took a minute to ask "How many ...?" about)."""

from __future__ import annotations

import time

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.ask.spellings import CAPITALISED_RUN

# Each shape takes a few hundredths of a second to read; reading it quadratically took 2-20 s.
SECONDS = 1.0

WARM_UP = "The ferry sailed on Monday, said Ann Holt, the harbour master."


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """The first question imports the ask engine: that start-up is no part of what is timed."""
    article = parse_article(WARM_UP)
    api.speakers(article)
    api.ask(article, "Who sailed?")


def _cpu_seconds(command, *args) -> float:
    start = time.process_time()
    command(*args)
    return time.process_time() - start


@pytest.mark.parametrize(
    "text",
    [
        "-".join(["HARBOUR"] * 2500) + " closed.",  # 20 KB, one token in capitals
        "-".join(["Harbour"] * 2500) + " closed.",
        "Harbour" * 6000 + " closed.",  # 42 KB, one capitalised "word"
    ],
    ids=["capitals", "capitalised", "run-together"],
)
def test_an_article_of_one_long_word_is_read_in_time(text):
    article = parse_article(text)
    assert _cpu_seconds(api.speakers, article) < SECONDS
    assert _cpu_seconds(api.ask, article, "Who closed the harbour?") < SECONDS


@pytest.mark.parametrize(
    "text",
    ["12" * 2000 + " harbours closed.", ".".join(["12"] * 1500) + " harbours closed."],
    ids=["digits", "dotted"],
)
def test_an_article_of_one_long_figure_is_read_in_time(text):
    article = parse_article(text)
    assert _cpu_seconds(api.ask, article, "How many harbours closed?") < SECONDS


def test_a_sentence_of_thousands_of_said_is_read_in_time():
    article = parse_article("said Tom " * 4000 + "end.")  # 36 KB, one sentence
    assert _cpu_seconds(api.speakers, article) < SECONDS


def test_a_run_of_capitalised_words_never_ends_inside_a_long_word():
    """Words are read at most so long, but a run never takes a piece of a longer one as its word."""
    text = f"Officials of the Harbour Board met {'Quay' * 30} Holdings on Monday."
    runs = [match.group(0) for match in CAPITALISED_RUN.finditer(text)]
    assert runs[0] == "Officials of the Harbour Board"
    assert all(not text[match.end() : match.end() + 1].isalnum() for match in CAPITALISED_RUN.finditer(text))


def test_an_article_of_one_long_lower_case_word_is_read_in_time():
    """An acronym spelled out in lower case ("holt": "h... o... l... t...") is looked for word by word,
    never read from each letter of one long word to its end."""
    article = parse_article("harbour" * 9000 + " closed.")  # 63 KB, one lower-case "word"
    assert _cpu_seconds(api.ask, article, "What did Holt say?") < SECONDS


def test_an_article_of_one_long_hyphenated_code_is_read_in_time():
    """An age by a name ("Terry, 61,") is read a name at a time, never from each piece of "A1-A1-..." to
    its end."""
    article = parse_article("-".join(["A1"] * 20000) + " harbours closed.")  # 60 KB, one token
    assert _cpu_seconds(api.ask, article, "How many harbours closed?") < SECONDS


def test_a_sentence_of_thousands_of_the_asked_noun_is_read_in_time():
    """A "Which harbour ...?" question reads each run of mentions of the harbour once, from its first
    word, for what stands beside it: read from each of its words, one sentence of thousands took seconds."""
    article = parse_article("harbour " * 4000 + "closed.")  # 32 KB, one sentence
    assert _cpu_seconds(api.ask, article, "Which harbour closed?") < SECONDS
    assert _cpu_seconds(api.ask, article, "What kind of harbour closed?") < SECONDS


def test_what_an_acronym_is_is_asked_of_one_long_hyphenated_token_in_time():
    """What is said before a term ("the agency's watchdog, HA,") is read a word at a time, never from
    each piece of "Ha-Ha-..." to its end."""
    article = parse_article("-".join(["Ha"] * 8000) + " closed.")  # 24 KB, one token
    assert _cpu_seconds(api.ask, article, "What is HA?") < SECONDS


def test_who_is_asked_of_one_long_token_holding_the_name_thousands_of_times_in_time():
    """The phrases before a name ("harbour master, X", "Arsenal's X") are looked for once per match of
    their opening, never again from each place of the name that match comes too late for."""
    article = parse_article("-".join(["harbour"] * 3000) + " closed.")  # 24 KB, one token
    assert _cpu_seconds(api.ask, article, "Who is Harbour?") < SECONDS


def test_runs_of_capitalised_words_are_those_read_giving_characters_back():
    """The run's words and figures are read possessively (a long figure was tried 64 ways at each of its
    digits): the runs found are those of the same pattern free to give characters back."""
    import re

    from bot.core import constants

    most = constants.WORD_CHARS_READ
    word = rf"(?:[A-Z][\w’'-]{{0,{most - 1}}}(?![\w’'-])|\d{{1,{most}}})"
    giving_back = re.compile(rf"{word}(?:\s+(?:(?:of|and|for|the|on|de|&)\s+)*{word})+")
    texts = [
        "The Port of Tillbury and the Harbour Board met 2024 Delegates on Monday.",
        "1" * 70 + " Harbour Board",
        "Harbour " + "2" * 64 + " and " + "3" * 65 + " Quay",
        "Q" + "a" * 70 + " Harbour and Q" + "b" * 62 + " Board of the  Mole",
        "Anti-Defamation League’s O’Neill-Brown and 12 Ferries",
    ]
    for text in texts:
        assert [m.span() for m in CAPITALISED_RUN.finditer(text)] == [
            m.span() for m in giving_back.finditer(text)
        ]
