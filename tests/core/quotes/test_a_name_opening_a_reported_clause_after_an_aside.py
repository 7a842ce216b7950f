"""`A neighbor of the governor, in a complaint filed in March, said Delacroix “parked …”`: after a
subject and an aside in commas, a name right before the quotation opens the clause the verb reports;
the subject speaks. A name closing an inverted attribution (`…, said Dr. Ada Velt.`) still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Gov. Sam Delacroix faces a tough re-election fight.\n\n"


def test_the_subject_before_an_aside_speaks_not_the_name_after_the_verb():
    text = OPENING + (
        "A neighbor of the governor, in a written complaint filed in March, said Delacroix “parked his "
        "truck across my driveway for a week.”\n"
    )
    assert speakers_of(text) == ["a neighbor of the governor"]


def test_a_name_closing_an_inverted_attribution_still_speaks():
    text = OPENING + "“If he goes, the party may look lonely,” the panel heard, said Dr. Ada Velt.\n"
    assert speakers_of(text) == ["Ada Velt"]
