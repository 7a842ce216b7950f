"""ask: the phrases that set the thing asked beside others ("Along with X, what ...?", "In addition to
X, ...", "Aside from X, ...", "What is another name for X?", "What happens to X?") say how the answer
stands to what they name, not what the answer's sentence says: they are no words it must hold."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.candidates import content_words
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index

_MILLS = parse_article(
    "Title: Tide mills\n\n"
    "A tide mill stores sea water in a pond at high tide and lets it out through a wheel at low tide.\n\n"
    "Tide mills crushed grain for bakers, bark for tanners, chalk for whiting and flint for potters.\n\n"
    "The mill pond, or rather the mill's reservoir, was closed by a gate the rising tide pushed open.\n\n"
    "When the sluice is opened, the stored water turns the wheel for up to six hours.\n\n"
    "Most tide mills stopped work when steam mills in the ports ground grain more cheaply.\n"
)


def _asked(question: str) -> list[str]:
    return [w.word for w in content_words(build_index(_MILLS), question)]


def test_along_with_is_no_word_to_match():
    assert _asked("Along with grain and bark, what did tide mills crush?") == [
        "grain",
        "bark",
        "tide",
        "mills",
        "crush",
    ]


def test_in_addition_to_is_no_word_to_match():
    assert "addition" not in _asked("In addition to grain, what did tide mills crush?")


def test_aside_from_is_no_word_to_match():
    assert "aside" not in _asked("Aside from grain, what did tide mills crush?")


def test_another_before_a_naming_word_is_no_word_to_match():
    assert "another" not in _asked("What is another term for the mill pond?")


def test_happens_is_no_word_to_match():
    assert _asked("What happens when the sluice is opened?") == ["sluice", "opened"]


def test_another_thing_of_the_story_is_still_asked():
    assert "another" in _asked("Which mill ground another load of grain?")


def test_a_list_beside_the_ones_named_answers_an_along_with_question():
    result = answer_question(_MILLS, "Along with grain and bark, what did tide mills crush?")
    assert result.tier == 1
    assert "flint for potters" in result.answer
