"""Which person a he/she of a verb of saying means when several people are in play (issue 11, session 6).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_quoted_before_the_pronoun_does_not_hide_the_one_person_named_just_before():
    text = (
        "Police arrested Ada Holt on Tuesday after a raid ordered by Sheriff Tom Reyes.\n\n"
        "“Tom Reyes has no case,” she said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_pronoun_before_the_one_woman_named_just_before_keeps_she_unclear():
    text = (
        "Rita Moss and Ann Reed spoke to students on Monday about the race.\n\n"
        "She appeared to suggest that Tom Reyes could do more harm to the city than its mayor, Ivy Lund.\n\n"
        "“Some people feel Reyes will win,” she said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_name_before_its_verb_after_a_noun_is_the_subject_a_pronoun_means():
    text = (
        "Mayor Ivy Lund won the debate on Tuesday, her aides said.\n\n"
        "This is not the kind of race Ada Holt hoped to be running. She admits she did not expect it.\n\n"
        "“You deal with the conditions you are given,” she said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_the_subject_of_a_clause_after_the_sentences_subject_is_no_antecedent():
    text = (
        "Dan Pike spoke to voters in Salem on Monday.\n\n"
        "Pike said the calm race helped Ada Holt, who need not prove her strength the way Sam Ortiz "
        "did years ago.\n\n"
        "“She has nothing to prove,” he said.\n"
    )
    assert speakers_of(text) == ["Dan Pike"]


def test_a_person_named_after_a_paragraphs_opening_he_does_not_take_the_later_he():
    text = (
        "“I did not come here to flatter you,” Tom Reyes told the crowd in Salem.\n\n"
        "He lambasted the harbor deal signed by Mayor Sam Ortiz, who he noted was “out of ideas.” "
        "He pledged to “rebuild the docks” within a year.\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Tom Reyes", "Tom Reyes"]


def test_a_name_after_after_with_no_verb_is_an_object_not_a_rival_subject():
    text = (
        "Speaking at a town hall in Salem, Tom Reyes went after Dan Pike, mocking his record on the "
        "docks.\n\n"
        "He says, “You would not hire this man to do anything.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_name_after_after_before_its_verb_is_still_a_subject():
    text = (
        "Dan Pike spoke in Salem on Monday.\n\n"
        "The mood changed after Tom Reyes joined the race in May.\n\n"
        "“I will win this,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_person_whose_relative_clause_says_something_is_the_speaker_a_pronoun_means():
    text = (
        "Ivy Lund's harbor plan was backed on Friday by Sen. Ada Holt of Oregon, the ranking Democrat on "
        "the panel, who said the plan was sound.\n\n"
        "“It has always made sense to me,” she said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_capitalised_word_opening_a_sentence_before_its_verb_is_the_he_not_the_person_before():
    # Session 16: the lone word is now a person (a he speaks in the next sentence), so he is Vargo;
    # before, he was left unclear, never Tom Reyes.
    text = (
        "Tom Reyes went with the favourite, picking Harbor City to win the final.\n\n"
        "Vargo openly admitted that his pick was about the primary in Salem. “With an eye to Salem,” he "
        "said.\n"
    )
    assert speakers_of(text) == ["Vargo"]


def test_a_common_noun_opening_a_sentence_leaves_he_clear():
    text = (
        "Tom Reyes spoke to donors in Salem on Monday.\n\n"
        "Fundraising was slow for a month, as donors waited to see how the race played out, he said. "
        "“It has picked up since,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_definite_role_speaking_before_he_keeps_the_last_speaker_out():
    text = (
        "“I never liked the plan,” Dan Pike said.\n\n"
        "Tom Reyes and Sam Ortiz met voters in Salem on Monday.\n\n"
        "When reporters called, the campaign manager said he needed to speak to the mayor first. "
        "“Let me call you back,” he told them.\n"
    )
    assert speakers_of(text) == ["Dan Pike", None]


def test_a_female_marker_past_the_head_of_a_mans_role_does_not_make_him_a_woman():
    text = (
        "Dale Vinter wants a lively convention.\n\n"
        "Hundreds of people are already spending here, said Ray Gill, the host committee chief.\n\n"
        "Vinter, the longtime owner of the Miss Harbor pageant, said in an interview that past "
        "conventions were dull. “It is very important to put some showbiz into a convention,” he said.\n"
    )
    assert speakers_of(text)[-1] == "Dale Vinter"


def test_a_person_named_before_the_colon_opening_the_quotation_is_the_pronouns():
    text = (
        "Friends say Ms. Tam never liked public life. Leaving the stage could be a relief, as it was "
        "for Mrs. Grady: “After eight years of watching for the next crisis, I could at last "
        "breathe,” she said of leaving the mansion.\n"
    )
    assert speakers_of(text) == ["Grady"]


def test_a_colon_in_the_sentence_before_leaves_a_new_sentences_pronoun_alone():
    text = (
        "Mitch Dorn said he would go only so far to please those who want fights with Ada Holt: "
        "“There will be no shutdown.” He also noted that “voters chose divided government.”\n"
    )
    assert speakers_of(text) == ["Mitch Dorn", "Mitch Dorn"]
