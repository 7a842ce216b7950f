"""A quotation standing as whole sentences after a writer's sentence of the same paragraph about one
person ("Alon Brisk is the mayor of Sandvik, a town near the border. “I believe ...”") is that
person's; after a he or she taking up the speaker just quoted, the speaker's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Border towns\n\n"
    "Senator Ada Pell and Governor Tom Varga toured the state on Monday.\n\n"
    "The tour can leave rural voters feeling ignored.\n\n"
)


def test_a_quotation_after_a_sentence_about_one_named_person_is_theirs():
    text = LEAD + (
        "Alon Brisk is the mayor of Sandvik, a town a mile from the fence. “I believe our senator is "
        "the best we can get right now. She kept us safe.”\n"
    )
    assert speakers_of(text) == ["Alon Brisk"]


def test_a_she_taking_up_the_speaker_just_quoted_hands_on_her_voice():
    text = LEAD + (
        "“It is easy here to feel passed over,” said Dana Rook, 35, who attended Pell’s Dorset event. "
        "She is considering voting for either Pell, Varga or Ostrow. “It’s really important for "
        "candidates to visit, so people can feel close.”\n"
    )
    assert speakers_of(text) == ["Dana Rook", "Dana Rook"]


def test_a_sentence_naming_two_people_leaves_the_quotation_unclear():
    text = LEAD + (
        "Pell took Varga on with the same message she has been delivering at rallies. “When he says "
        "the roads are fine, that is code for doing nothing.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_name_after_a_caption_label_is_no_subject():
    text = LEAD + (
        "The crew reported the skid hit a log. Experienced: Alon Brisk at the controls last year. "
        "“The tip of the left skid nosed into the sand.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_common_given_name_after_a_caption_label_is_no_subject_either():
    text = LEAD + (
        "The crew reported the skid hit a log. Experienced: Owen Brisk at the controls last year. "
        "“The tip of the left skid nosed into the sand.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_subject_after_a_place_and_date_label_with_its_verb_introduces_the_quotation():
    text = LEAD + (
        "• Harlow, July 2006: Owen Brisk, 74, of Finksby, heard the last sermon at the stadium. "
        "“His perseverance was phenomenal.”\n"
    )
    assert speakers_of(text) == ["Owen Brisk"]
