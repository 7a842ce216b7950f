"""A sentence opening on a verb of saying with no speaker ("Asked which island was her favourite,")
leaves its clause to the subject after it: "..., she demurred: “…”" is hers."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_asked_opening_the_sentence_leaves_the_quotation_to_the_subject():
    said = speakers_of(
        "Ada Holt runs the ferry. Asked which island was her favourite, she demurred: "
        "“Whichever one I am on at the moment.”"
    )
    assert said == ["Ada Holt"]


def test_asked_with_a_reply_verb_still_gives_the_quotation_to_the_subject():
    said = speakers_of(
        "Ada Holt runs the ferry. Asked about the timetable, Holt replied: “It is a complete shambles.”"
    )
    assert said == ["Ada Holt"]


def test_the_question_right_after_asked_by_someone_is_the_askers_and_the_answer_the_subjects():
    said = speakers_of(
        "Asked in March by radio host Brian Lehr, “Are you considering a challenge to the president?” "
        "Sanders immediately responded: “Well, I’m not a Democrat. I am an independent.”"
    )
    assert said == ["Brian Lehr", "Sanders"]


def test_a_subject_after_asked_by_someone_keeps_the_quotation():
    said = speakers_of(
        "Ada Holt runs the ferry. Asked by a reporter about the timetable, Holt replied: “It is a shambles.”"
    )
    assert said == ["Ada Holt"]


PREVIOUS_SPEAKER = "Mayor Tom Brandt faces a recall vote. “It is a stunt,” Brandt said.\n\n"


def test_a_pronoun_in_the_question_is_not_the_colons_subject():
    said = speakers_of(
        PREVIOUS_SPEAKER + "Asked why he will skip the debate, Ed Danner had the same answer each time: "
        "“I have nothing to add.”"
    )
    assert said == ["Tom Brandt", "Ed Danner"]


def test_a_day_between_asked_and_the_question_still_opens_a_question():
    said = speakers_of(
        PREVIOUS_SPEAKER + "Asked on Monday why he will skip the debate, Ed Danner had the same answer: "
        "“I have nothing to add.”"
    )
    assert said == ["Tom Brandt", "Ed Danner"]
