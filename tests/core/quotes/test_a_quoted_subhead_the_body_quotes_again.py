"""A quoted subhead of a few words over a section ("“Really steep declines”") that the body quotes
again under another speaker is no quotation of the speaker before it; and the body's copy, in a
sentence whose verb has a plain noun for subject ("regions are now reporting “…” in tax revenues,
says Ida Brannock at the Norvale Budget Institute"), is the closing teller's. An outlet closing a
sentence of others' findings is no speaker of them, and a speaker's own answer given twice stays."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "School money\n\nRegions are seeing their tax money dry up.\n\n"
    "“We are looking at real damage,” warns Greta Holm, the head of SchoolFair.\n\n"
)
REPORTED = (
    "For April, regions are now reporting “really steep declines” in tax revenues, says Ida Brannock "
    "at the Norvale Budget Institute.\n"
)


def test_the_closing_teller_speaks_words_a_plain_nouns_verb_brings():
    assert speakers_of(LEAD + REPORTED) == ["Greta Holm", "Ida Brannock"]


def test_the_subhead_repeating_the_words_is_no_quotation():
    assert speakers_of(LEAD + "“Really steep declines”\n\n" + REPORTED) == ["Greta Holm", "Ida Brannock"]


def test_an_outlet_reporting_others_findings_does_not_speak_them():
    text = LEAD + (
        "Researchers studied traffic stops in Kessel City. But they found that “drivers were 2.7 times "
        "more likely to be stopped,” radio station KVRN reported.\n"
    )
    assert speakers_of(text) == ["Greta Holm", None]


def test_a_speakers_answer_given_twice_stays():
    text = (
        "“Have you ever tried a case?” Kennedy asked.\n\n“I have not,” Petersen said.\n\n"
        "“Civil?”\n\n“I have not.”\n"
    )
    assert speakers_of(text)[-1] == "Petersen"
