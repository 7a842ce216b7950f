"""Quotations whose speaker the article names but the bot missed or left without one (session 17).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.quotes import marks as qm
from tests.core.quotes.speakers import speakers_of


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in qm.find_spans(text)]


def test_a_quotation_nested_in_the_same_curly_marks_stays_inside_the_outer_one():
    text = "Dana Holt tweeted: “Fans behind the mayor wearing “Vote For Holt” shirts tonight… ouch.”"
    assert _texts(text) == ["Fans behind the mayor wearing “Vote For Holt” shirts tonight… ouch."]


def test_a_quotation_nested_in_the_same_straight_marks_stays_inside_the_outer_one():
    text = 'Holt wrote, "Reports say the driver shouted "Stop now!" as he sped off." The post spread.'
    assert _texts(text) == ['Reports say the driver shouted "Stop now!" as he sped off.']


def test_a_quotation_with_a_same_style_nested_one_gets_its_speaker():
    text = (
        "The harbor board met on Monday.\n\n"
        "Ray Dorn, a councillor, wrote on Friday: “If you want voters to trust you, you have to show "
        "it even when “your side” is to blame. Otherwise, nothing else you say counts.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_an_intensive_pronoun_between_a_subject_and_its_verb_of_saying_leaves_the_subject_the_speaker():
    text = (
        "The race for the council tightened on Tuesday.\n\n"
        "Ray Dorn could win most of the seats. Dana Holt herself acknowledged in a radio forum "
        'Monday night "it will be very hard for us to win" if she keeps losing ground.\n'
    )
    assert speakers_of(text) == ["Dana Holt"]


def test_pointed_out_is_a_verb_of_saying():
    text = (
        "The tax row went on.\n\n"
        "“Still, the mayor has so far declined to release any tax returns,” Dana Holt pointed out "
        "on Monday after the vote in the hall.\n"
    )
    assert speakers_of(text) == ["Dana Holt"]


def test_an_outlet_that_points_out_words_is_their_source():
    text = (
        "The tax row went on.\n\n"
        "But as The Harbor Post pointed out, “Still, the mayor has so far declined to release any "
        "tax returns. They are more detailed than the forms.”\n"
    )
    assert speakers_of(text) == ["the Harbor Post"]


def test_a_name_and_its_apposition_saying_after_a_paragraphs_opening_quotation_is_its_teller():
    text = (
        "The mayor toured the county last week.\n\n"
        '"How do we win the county?" Will Estes, the chairman of the county party, said of the talk '
        "he had last week with Dana Holt at a rally.\n"
    )
    assert speakers_of(text) == ["Will Estes"]


def test_a_name_and_its_apposition_reporting_what_was_said_is_not_the_quotations_teller():
    text = (
        "The vote went on.\n\n"
        'Holt spoke first. "Nobody can stop us now." Ray Dorn, a rival on the council, said the plan '
        "was wrong and would fail with Holt in charge.\n"
    )
    assert speakers_of(text) == [None]


def test_a_title_before_the_name_after_a_possessed_role_does_not_hide_the_teller():
    text = (
        "The rally opened on Friday.\n\n"
        "\"It's about time that we had a woman running this town,\" said Holt's introducer, "
        "actress Dana Pruitt.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_named_tellers_clause_between_two_pieces_of_a_quotation_attributes_the_first_however_long():
    text = (
        "The flood came up at the hearing.\n\n"
        "“If there had been no help” by the county, the state and other partners, Holt said at a "
        "Harbor News town hall on Monday, “we would be looking at something much worse now.”\n"
    )
    assert speakers_of(text) == ["Holt", "Holt"]


def test_a_title_opened_inside_a_quotation_and_never_closed_leaves_the_quotation_whole():
    text = (
        "Holt continues, “In fact, the argument is so weak that Dorn published a column titled "
        "“‘Sorry, Not Me.’ He wrote, ‘I would vote for Holt.’”"
    )
    assert _texts(text) == [
        "In fact, the argument is so weak that Dorn published a column titled “‘Sorry, Not Me.’ "
        "He wrote, ‘I would vote for Holt.’"
    ]


def test_the_one_person_named_after_a_role_and_set_apart_speaks_the_quotation_their_clause_introduces():
    text = (
        "The paper changed hands on Monday.\n\n"
        "The editor I was talking to, Tim Greer, interrupted me in mid-sentence to announce, "
        "“And there goes the franchise.”\n"
    )
    assert speakers_of(text) == ["Tim Greer"]
