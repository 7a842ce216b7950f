"""The person named around a quotation tells it, past what stands between the name and its verb: role words, a
set-apart role, a title, an apposition, a dash aside, an intensive pronoun, a focusing adverb, however long
the tail.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_role_of_two_fields_joined_by_and_before_the_name_after_the_quotation():
    text = (
        "A charity says reports of abuse at matches rose by a third. “The app has had a massive "
        "impact,” charity media and communications manager Dana Pruitt told reporters, noting that it "
        "accounted for most complaints.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_role_words_before_a_name_after_a_quotation_do_not_hide_the_teller_however_long_the_tail():
    text = (
        "The county counted its ballots again on Monday.\n\n"
        "Some officials said the problems were a miscalculation.\n\n"
        "“We made some terrible mistakes, and I apologize for that,” County Recorder Helen Voss said "
        "during a tense hearing in the town hall after the vote.\n"
    )
    assert speakers_of(text) == ["Helen Voss"]


def test_a_role_set_apart_before_the_name_after_a_quotation_leaves_the_name_its_teller():
    text = (
        "The storm closed the harbor on Monday.\n\n"
        "“Is the mayor going to finally close the beach? If she doesn’t, she should resign!” the "
        "leading opposition councillor, Dana Pruitt, tweeted Sunday after the first wave hit the "
        "harbor wall.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_business_named_after_its_kind_after_a_quotation_speaks_as_a_business_however_long_the_tail():
    text = (
        "Shares in the brewer rose on Thursday.\n\n"
        "“We do not expect the group to sell its pub estate any time soon,” brokerage Russell Whitby "
        "said in a note to clients, adding that any takeover fight would be costly.\n"
    )
    assert kinds_of(text) == {"Russell Whitby": "organisation"}


def test_two_hyphens_typed_together_set_an_aside_apart_between_a_name_and_its_verb():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        'Tom Hale -- then an adviser to the mayor -- said the plan "offered no changes to his slow, '
        'timid strategy."\n'
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_a_dash_set_aside_naming_a_role_gives_the_role_s_verb_to_the_person_named():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "A former council leader — Tom Hale, who lost the 2008 vote to the mayor — said the plan "
        "“offered no changes to his slow, timid strategy.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_a_description_going_on_to_name_its_person_after_an_inverted_verb_is_that_person():
    text = (
        "According to the officer in charge of the mountain post that winter, the book is wrong.\n\n"
        '"Nobody ever told us to pull back," said the post commander known as Rick, speaking '
        'in public for the first time. "Not once did I question my crew."\n'
    )
    assert speakers_of(text) == ["Rick", "Rick"]


def test_an_intensive_pronoun_between_a_subject_and_its_verb_of_saying_leaves_the_subject_the_speaker():
    text = (
        "The race for the council tightened on Tuesday.\n\n"
        "Ray Dorn could win most of the seats. Dana Holt herself acknowledged in a radio forum "
        'Monday night "the climb gets steeper for us" if she keeps losing ground.\n'
    )
    assert speakers_of(text) == ["Dana Holt"]


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


def test_the_one_person_named_after_a_role_and_set_apart_speaks_the_quotation_their_clause_introduces():
    text = (
        "The paper changed hands on Monday.\n\n"
        "The editor I was sitting with, Tim Greer, cut me off halfway through a question to declare, "
        "“So much for the sports pages.”\n"
    )
    assert speakers_of(text) == ["Tim Greer"]


def test_a_dash_led_line_naming_a_person_before_a_quotation_is_that_persons_words():
    text = (
        "Harbor Rovers lost 2-1 at home to Millbrook Town on Saturday.\n\n"
        "Rovers led at the break but conceded twice after the hour.\n\n"
        '- Rovers boss Tom Reyes "I am bitterly disappointed with the second half. '
        '"We allowed them to heap pressure on us, and in the end we cracked."\n'
        ' - Millbrook manager Gwen Holt "We deserved the win and the lads know it."\n'
    )
    assert speakers_of(text) == ["Tom Reyes", "Tom Reyes", "Gwen Holt"]


def test_a_short_focusing_adverb_stands_between_a_subject_and_its_verb():
    text = (
        "In the last weeks of the race, Councillor Tom Reyes never named the man expected to "
        "beat him. He would talk about the cost of parking but not name the mayor who raised it.\n\n"
        "At the last hustings, he only hinted at Sam Pike by stressing the need for a new bridge and "
        'adding, "I\'ve got a feeling about who should pay for it."\n'
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_subject_before_an_aside_in_dashes_tells_the_listener_after_it():
    text = (
        "Gwen Holt was on the Harbor Morning Show this week.\n\n"
        "On Friday, Holt — named by the Harbor Times as the likeliest pick — told Tom Reyes of "
        "Bay News, that “you weigh an offer like that with great care, naturally.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_person_before_an_unclosed_appositive_role_of_a_body_is_the_speaker():
    text = (
        "Anton Rusk, president and CEO of Harbor Restaurant Association stated, “It is not a "
        "political problem; it is a math problem.”\n"
    )
    assert speakers_of(text) == ["Anton Rusk"]


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_a_subject_separated_from_its_verb_by_a_clause_holding_a_quotation_speaks_both():
    text = (
        "Gwen Holt, the mayor, spoke on Friday.\n\n"
        "Ms. Holt, noting that “the budget is tight,” added: “We will cut nothing.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_often_between_a_source_and_its_verb_keeps_the_source():
    assert _quotes("“We live in a dangerous world,” my father often said.\n") == [("my father", "unnamed")]
