"""A court's opinion speaks for the judge who wrote it: "Strand also rejected the governor's other
arguments. “…,” the opinion states." is Judge Strand's, the judge opening the sentence just before;
after a sentence a court or a lawyer opens, the words stay the opinion's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Ruling\n\nA state judge on Monday rejected Governor Paul Renner’s request to move a records case.\n\n"
    "“The governor’s fears are, at best, speculative,” Circuit Judge Helena Strand wrote.\n\n"
    "Renner’s lawyer, Caleb Mott, said the governor would appeal.\n\n"
)
QUOTE = "“The governor offers no real proof that state courts could fail him,” the opinion states.\n"


def test_the_opinion_after_the_judge_opens_the_sentence_before_is_the_judges():
    text = LEAD + "Strand also rejected other arguments made by Renner’s lawyers. " + QUOTE
    assert speakers_of(text)[-1] == "Helena Strand"


def test_the_opinion_opening_its_paragraph_after_the_judge_is_the_judges():
    text = LEAD + "Strand also rejected other arguments made by Renner’s lawyers.\n\n" + QUOTE
    assert speakers_of(text)[-1] == "Helena Strand"


def test_the_opinion_after_a_lawyer_opens_the_sentence_before_stays_the_opinions():
    text = LEAD + "Mott also filed other arguments in the case. " + QUOTE
    assert speakers_of(text)[-1] == "the opinion"


def test_the_opinion_after_a_court_reversing_the_judge_stays_the_opinions():
    text = LEAD + "The appeals court later reversed Strand. " + QUOTE
    assert speakers_of(text)[-1] == "the opinion"
