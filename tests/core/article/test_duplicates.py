"""Near-duplicate sentences: a sentence that repeats one said earlier points back to the earliest
of the sentences it repeats as closely, the same on every run."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.core.article import parse_article
from bot.core.article.duplicates import DuplicateDetector

FIRST = "Police closed the bridge after heavy floods overnight."
SECOND = "Firefighters rescued three families from flooded homes nearby."
REPEAT = (
    "Police closed the bridge after heavy floods overnight and firefighters rescued three families "
    "from flooded homes nearby."
)

_PROGRAM = f"""
from bot.core.article.duplicates import DuplicateDetector
detector = DuplicateDetector()
for number, text in enumerate({[FIRST, SECOND, REPEAT]!r}):
    found = detector.check(number, text)
print(found)
"""


def test_a_repeat_of_two_sentences_alike_points_to_the_earlier():
    detector = DuplicateDetector()
    assert detector.check(0, FIRST) is None
    assert detector.check(1, SECOND) is None
    assert detector.check(2, REPEAT) == 0


def test_which_sentence_a_repeat_points_to_does_not_depend_on_the_hash_seed():
    found = set()
    for seed in range(6):
        environment = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run(
            [sys.executable, "-c", _PROGRAM], capture_output=True, text=True, env=environment, check=True
        )
        found.add(run.stdout.strip())
    assert found == {"0"}


def test_the_bodys_copy_of_a_captions_words_is_no_repeat():
    article = parse_article(
        "Council budget stalls again\n\n"
        "“What I worry about is that we do a lazy job of managing the money,” said council member Ray "
        "Dorn. | Ledger Photo\n\n"
        "Dorn has pushed for a full budget every year.\n\n"
        "“What I worry about is that we do a lazy job of managing the money,” Dorn said.\n"
    )
    body_copy = article.paragraphs[2].sentences[0]
    assert body_copy.duplicate_of is None and not body_copy.is_caption


def test_a_lead_in_ending_on_a_colon_is_no_repeat_of_a_like_one_before():
    article = parse_article(
        "Title: Harbor\n\nBoats are stuck in the bay.\n\n"
        "From the quay, Helen Marrow reports for our Newscast unit:\n\n"
        "“It started with hundreds of fishermen pressed up against the gate.”\n\n"
        "From Tarnova, on the northern side of the bay, Helen Marrow reports for our Newscast unit:\n\n"
        "“Guards stop reporters from talking to the crews held at the quay.”\n"
    )
    lead_ins = [p for p in article.paragraphs if p.text.endswith(":")]
    assert [p.duplicate_of for p in lead_ins] == [None, None]
