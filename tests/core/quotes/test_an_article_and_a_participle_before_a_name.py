"""An article and a participle opening the sentence before a name ("An energized Mayor Nadia Brell,
appearing at a rally, seized on the news, saying “…”") leave the name its subject (a participle after the
sentence's start, "told a stunned Brell", still opens an object)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Jobs\n\nThe town got some good news on Wednesday.\n\n"


def test_an_energized_mayor_is_the_subject_a_participle_goes_on_with():
    text = TITLE + (
        "An energized Mayor Nadia Brell, appearing at a rally outside the town hall, seized on the news,"
        " saying “this town has come too far to turn back.”\n"
    )
    assert speakers_of(text) == ["Nadia Brell"]
