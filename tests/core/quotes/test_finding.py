"""Finding quotations on unseen news (issue 11, third pass): nesting of mixed marks, pull-quotes.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_a_curly_quotation_inside_a_straight_one_stays_part_of_it():
    text = '"Every account is safe, as the “independent review” found," Mayor Lena Ortiz said.\n'
    assert _found(text) == [("Lena Ortiz", "Every account is safe, as the “independent review” found")]


def test_a_straight_quotation_inside_a_curly_one_stays_part_of_it():
    text = '“The review, which he called "a whitewash" on Monday, changes nothing,” Lena Ortiz said.\n'
    said = 'The review, which he called "a whitewash" on Monday, changes nothing'
    assert _found(text) == [("Lena Ortiz", said)]


PIER = (
    "The city council voted on Tuesday to close the old ferry pier.\n\n"
    "“The sea decides, not us,” said Tom Reyes, a ferry captain.\n\n"
    "“We cannot keep patching a pier that the sea is taking back piece by piece.”\n\n"
    "The pier, built in 1931, carries about 4,000 passengers a day in summer.\n\n"
    "“We cannot keep patching a pier that the sea is taking back piece by piece,” said Councillor "
    "Gwen Holt, who chairs the works committee{tail}.\n"
)


def test_a_pull_quote_repeated_by_the_body_keeps_the_body_copy_and_its_speaker():
    found = _found(PIER.format(tail=""))
    said = "We cannot keep patching a pier that the sea is taking back piece by piece"
    assert found[1:] == [("Gwen Holt", said)]


def test_a_pull_quote_too_unlike_its_body_copy_to_be_a_repeat_is_not_listed_apart():
    tail = " and has sat on the council since 2004, told reporters after a long meeting"
    speakers = [speaker for speaker, text in _found(PIER.format(tail=tail)) if text.startswith("We cannot")]
    assert speakers == ["Gwen Holt"]


def test_a_pull_quote_set_without_marks_keeps_the_body_copy_and_its_speaker():
    said = "I worry about some spectacular implosion at some point in the near future"
    text = (
        "Experts watching the agency say further cuts will spill over to the taxpayer.\n\n"
        f"{said}.\n\n"
        f"“{said},” said Rob Kerrigan of the National Association of Tax Agents.\n"
    )
    assert _found(text) == [("Rob Kerrigan", said)]


def test_a_pull_quote_cut_down_from_the_body_quotation_keeps_the_body_copy():
    text = (
        "Professor Amira Castellanos doubts the new visa test can work.\n\n"
        "Who is supposed to decide whether a traveller has the ‘right’ beliefs?\n\n"
        "“The queues would double overnight,” she said. “Who at a consulate or an airport is supposed to "
        "decide whether a traveller has the ‘right’ beliefs?”\n"
    )
    found = _found(text)
    assert [speaker for speaker, _ in found] == ["Amira Castellanos", "Amira Castellanos"]
    assert found[1][1].startswith("Who at a consulate")


def test_a_short_line_sharing_words_with_a_quotation_is_no_pull_quote():
    text = (
        "Professor Amira Castellanos doubts the new visa test can work.\n\n"
        "Who decides?\n\n"
        "“Who at a consulate decides?” she said.\n"
    )
    assert [speaker for speaker, _ in _found(text)] == ["Amira Castellanos"]


def test_a_whole_quotation_repeating_a_writers_partial_one_is_kept():
    text = (
        "Transport minister Karl Osten finally admitted on Monday that “the Elm Street bridge is unsafe,” "
        "reversing months of denials.\n\n"
        "The bridge has been closed to lorries since March.\n\n"
        "“The Elm Street bridge is unsafe. No question,” Osten said at a press conference.\n"
    )
    assert [text for _, text in _found(text)] == [
        "the Elm Street bridge is unsafe",
        "The Elm Street bridge is unsafe. No question",
    ]
