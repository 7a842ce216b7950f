"""A "he"/"she" right after a sentence about an unnamed person ("One Rovers fan, who ..., was
walking home.") means that person, not someone named and quoted further back."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_NAMED = "Owen Harte, 52, from Castleford, said: “The whole ground went quiet.”\n\n"


def test_he_after_one_fan_is_that_fan():
    text = _NAMED + (
        "One Rovers fan, who asked not to be named, was walking back to the station after the game. "
        "He said: “Nobody expected that.”\n"
    )
    assert speakers_of(text)[-1] == "one Rovers fan"


def test_she_after_a_woman_in_the_paragraph_before_is_that_woman():
    text = _NAMED + "A woman queuing at the turnstile shook her head.\n\n“It was a disgrace,” she said.\n"
    assert speakers_of(text)[-1] == "a woman"


def test_an_unnamed_person_of_the_other_gender_is_no_antecedent():
    text = _NAMED + "A woman queuing at the turnstile shook her head. “It was a farce,” he said.\n"
    assert speakers_of(text)[-1] == "Owen Harte"


def test_a_sentence_naming_its_person_leaves_the_pronoun_to_that_person():
    text = _NAMED + "A steward, Gary Mowbray, was filming at the time. “It was a farce,” he said.\n"
    assert speakers_of(text)[-1] == "Gary Mowbray"


def test_an_indefinite_thing_is_no_antecedent():
    text = _NAMED + "A flare landed on the pitch. “It was a farce,” he said.\n"
    assert speakers_of(text)[-1] == "Owen Harte"


def test_the_writer_in_the_by_line_is_no_antecedent():
    text = (
        "By . Hannah Brill . Kenyan pop star Keya has hit out at Amara Obi for her new contract, accusing "
        "her of bowing to big companies. In an angry tweet directed at the film star, she wrote: 'They own "
        "her!!'.\n"
    )
    assert "Hannah Brill" not in speakers_of(text)


def test_she_opening_the_next_paragraph_goes_on_with_the_unnamed_source():
    text = (
        "Another recently departed staffer, granted anonymity because she feared reprisal, echoed "
        "that view. “I felt like I was there to fill a seat,” she said in an interview.\n\n"
        "She added: “We were all routinely silenced.”\n"
    )
    assert speakers_of(text) == ["another recently departed staffer"] * 2


def test_she_after_a_named_womans_quotation_stays_hers():
    text = (
        "Council member Ada Holt, who left the campaign in May, echoed that view. “I felt like I was "
        "there to fill a seat,” she said in an interview.\n\n"
        "She added: “We were all routinely silenced.”\n"
    )
    assert speakers_of(text) == ["Ada Holt", "Ada Holt"]
