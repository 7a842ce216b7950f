"""A person's pronoun right after an opening phrase ("Now 61, he ...") points back to someone named in
an earlier sentence: the summary picks such a sentence only right after the one it leans on."""

import pytest

from bot.core.article import parse_article
from bot.core.summary.engine import summarize
from bot.core.summary.filters import screen


@pytest.mark.parametrize(
    "text",
    [
        "Now 61, he plans to restore the old keeper's cottage on the island.",
        "A carpenter by trade, she rebuilt the jetty with her own hands in a single summer.",
        "After every storm, his crew checks the hull for cracks before the first crossing.",
    ],
)
def test_a_pronoun_after_an_opening_phrase_leans_back(text):
    assert screen(text).leans_back


@pytest.mark.parametrize(
    "text",
    [
        "When Captain Leary retired, he handed the wheel to his daughter.",
        "In the harbour, it is illegal to moor a boat overnight without a permit.",
        "Tomas Leary, 61, said he would restore the old keeper's cottage.",
    ],
)
def test_a_clause_naming_its_person_or_an_impersonal_it_does_not_lean_back(text):
    assert not screen(text).leans_back


def test_a_pronoun_after_an_opening_phrase_comes_only_with_the_sentence_naming_its_person():
    article = parse_article(
        "The ferry between Ostrow and Carrow made its last crossing on Monday after forty years of service. "
        "The ferry company said falling passenger numbers had made the crossing too costly to run. "
        "Its last captain, Tomas Leary, steered the final crossing through heavy fog. "
        "Now 61, he plans to restore the old keeper's cottage on Carrow "
        "after the last ferry crossing to the island. "
        "Islanders on Carrow will rely on a weekly supply boat from the mainland port of Ostrow. "
        "The council of Ostrow has promised a review of the island's transport links next spring."
    )
    for count in range(1, 6):
        lines = [s.text for s in summarize(article, count).sentences]
        if any(line.startswith("Now 61") for line in lines):
            assert any(line.startswith("Its last captain") for line in lines), lines


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Leary, his hands shaking, told the inquiry the radio had failed.",
        "Mrs Leary, her solicitor said, will sue the ferry company.",
        "The Carrow harbourmaster, he said, had closed the port twice.",
    ],
)
def test_an_opening_phrase_naming_the_subject_itself_does_not_lean_back(text):
    assert not screen(text).leans_back
