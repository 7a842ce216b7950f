"""A paragraph of quoted words alone after a paragraph whose last sentence reports an organisation's
speech ("In a statement on Friday, the Quillon Harbor Authority said the plan would not be delayed.
¶ “…”") goes on in that organisation's voice, as it would in a person's; not when a person speaks in
that sentence too."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The council met late on Thursday to discuss the new harbor plan.\n\n"
QUOTE = "\n\n“The harbor plan is the best chance this city has had in a generation, and we will not wait.”\n"


def test_a_bare_quotation_after_an_organisations_report_is_its():
    text = LEAD + "In a statement on Friday, the Quillon Harbor Authority said the plan would not be delayed."
    assert speakers_of(text + QUOTE) == ["the Quillon Harbor Authority"]


def test_a_person_reporting_in_that_sentence_leaves_it_to_the_person_rules():
    text = LEAD + "Mayor Ada Holt told reporters she wants to know when the Quillon Harbor Authority called."
    assert speakers_of(text + QUOTE) != ["the Quillon Harbor Authority"]
