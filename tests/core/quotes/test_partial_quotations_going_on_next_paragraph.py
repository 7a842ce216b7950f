"""`“…,” she said. ¶ They also hold “the most important jobs in the whole county.” ¶ “…”`: a partial
quotation opening the paragraph after one that ends on a person's quotation, its own words a few, opened
by a pronoun for the thing talked about, naming no one and saying nothing, goes on in that speaker's
voice, and so does the bare quotation after it. Not a label of a word or three, nor a sentence naming
someone, nor after a paragraph that goes on past its quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = (
    "The council raised harbour fees on Monday.\n\n"
    "Economist Ana Reyes has argued that the town owes the harbour more. “The harbour has become the "
    "centre of trade, jobs and tourism for the whole coast,” she said.\n\n"
)
AFTER = "\n\n“But with great value comes great cost. The council must see that now is the time to pay.”"


def test_they_also_hold_goes_on_in_her_voice():
    text = BEFORE + "They also hold “the most important jobs in the whole county.”" + AFTER
    assert speakers_of(text) == ["Ana Reyes"] * 3


def test_it_also_holds_goes_on_in_her_voice():
    text = BEFORE + "It also holds “the most important jobs in the whole county.”" + AFTER
    assert speakers_of(text) == ["Ana Reyes"] * 3


def test_a_label_of_two_words_is_no_one_s():
    text = BEFORE + "They also hold “key jobs” that the council prizes."
    assert speakers_of(text).count("Ana Reyes") == 1


def test_a_sentence_naming_someone_is_not_hers():
    text = BEFORE + "Mayor Tom Holt also holds “the most important jobs in the whole county.”"
    assert speakers_of(text)[1] != "Ana Reyes"


def test_not_after_a_paragraph_going_on_past_its_quotation():
    before = BEFORE.replace("she said.", "she said. The council disagrees with her figures.")
    text = before + "They also hold “the most important jobs in the whole county.”"
    assert speakers_of(text)[1] is None


def test_a_quotation_split_by_however_goes_on_with_the_speaker_before():
    text = (
        "The ministry has begun preparing for a possible shutdown of the Varn Canal.\n\n"
        "That said, “the ministry remains hopeful that a shutdown will be averted,” Deputy Minister Oskar "
        "Brenn wrote in a memo released this week.\n\n"
        "“Careful planning,” however, “requires that we be ready for every outcome.”\n\n"
        "Canal boats would continue with their normal schedules.\n"
    )
    assert speakers_of(text) == ["Oskar Brenn", "Oskar Brenn"]
