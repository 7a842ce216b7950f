"""Words after a colon that a clause says someone quoted ("by March he was quoting Idris Varro, the
late leader of the militia:", "ended her speech with a line from Idris Varro:") are the one quoted's,
not the one who quotes them; citing a writing keeps the speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

QUOTE = "“We are fighting for truth and you are fighting for gain.”"


@pytest.mark.parametrize(
    "lead",
    [
        "By March he was quoting Idris Varro, the late leader of the Red Hill militia:",
        "By March he was posting a quote from Idris Varro:",
        "She ended her speech with a line from Gov. Idris Varro:",
        "She ended her speech citing Idris Varro in Orvian:",
    ],
)
def test_the_one_quoted_speaks(lead):
    text = f"Jonah Pell and Mayor Ann Holt spoke on Monday.\n\n{lead} {QUOTE}\n"
    assert speakers_of(text) == ["Idris Varro"]


def test_citing_a_writing_leaves_the_speaker():
    text = f"Mayor Ann Holt spoke on Monday.\n\nMayor Ann Holt ended her speech citing a report: {QUOTE}\n"
    assert speakers_of(text) == ["Ann Holt"]
