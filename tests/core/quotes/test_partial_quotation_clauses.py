"""Which clause of a sentence a partial quotation belongs to, and so whose subject speaks it.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_long_opening_phrase_naming_another_leaves_the_subject_after_it_the_partials_speaker():
    text = (
        "The harbor audit was published on Monday. Trey Gower and Dana Holt argued over it.\n\n"
        "Moreover, as part of the exchange with Holt at the hearing, Gower referenced an audit "
        "that “less than one percent of council emails” were kept.\n"
    )
    assert speakers_of(text) == ["Trey Gower"]


def test_a_clause_joined_by_while_gives_its_partial_quotation_to_its_own_subject():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "Mayor Tom Jindal on Monday signed an order to block the plan, while Mike Hucks, the "
        "former mayor, proposed the town “wake up and smell the coffee” and said it should wait.\n"
    )
    assert speakers_of(text) == ["Mike Hucks"]


def test_a_quotation_in_a_clause_with_its_own_subject_is_not_the_sentence_person_s():
    text = (
        "Ada Holt has often asked for her letters to be released, even the ones the "
        "department now calls “highly sensitive.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_plural_noun_of_saying_after_a_determiner_is_no_clause_of_its_own():
    text = "Ada Holt dismissed the latest claims as “a smear campaign by her rivals.”\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_a_teller_reporting_a_body_s_words_keeps_them():
    text = (
        "Ada Holt met the board on Monday. She said the board now says the plan is "
        "“too costly for the town.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_person_opening_a_paragraph_before_a_partial_quotation_told_by_another_is_not_its_speaker():
    text = (
        "Mayor Gwen Holt signed the harbor plan on Monday.\n\n"
        'Holt "felt a moral obligation to do something about" the harbor, Tom Reyes said.\n'
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_note_opening_with_a_name_and_a_partial_quotation_is_no_label():
    text = (
        "Mayor Gwen Holt released her emails on Monday. Here are the most notable.\n\n"
        'Praising Holt "turning the council around," apparently on the harbor.\n'
    )
    assert speakers_of(text) == [None]


def test_a_verb_of_an_opening_subordinate_clause_does_not_take_the_main_clauses_and_said():
    text = (
        "The race tightened on Monday.\n\n"
        "Last month, when I asked Gwen Holt if she would ever endorse Tom Reyes, she looked straight "
        'into my camera, furrowed her brow and said, "I am going to endorse YOU!"\n'
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_words_after_the_quotation_keep_it_from_the_teller_before():
    text = (
        "The meeting's chair, Tom Reyes, called for a show of hands, announcing after it that the motion "
        "was denied.\n\n"
        "“Count them again,” came cries from the floor, as the hall jeered.\n"
    )
    assert speakers_of(text) == [None]


def test_a_persons_clause_ending_in_as_before_a_quotation_is_their_characterisation():
    text = (
        "Harold Reed, the minority leader, spoke on Monday.\n\n"
        "In recent weeks, Reed has gone after Dunmore as a “leech who will bleed the country dry.”\n"
    )
    assert speakers_of(text) == ["Harold Reed"]


def test_a_passive_clause_ending_in_as_is_not_its_subjects_characterisation():
    text = (
        "Harold Reed, the minority leader, spoke on Monday.\n\n"
        "Reed was cast by critics as “a leech who will bleed the country dry.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_quotation_in_a_clause_opened_by_while_is_that_clauses_speakers():
    text = "While Gwen Holt called the plan “a gift to developers,” Ray Dorn said it would create jobs.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_verb_of_saying_in_an_opening_when_clause_does_not_take_the_main_clauses_quotation():
    text = (
        "Gwen Holt and Ray Dorn debated on Monday.\n\n"
        "When Holt suggested that the port would sue the city for reneging on the deal, Dorn fired "
        "back forcefully: “If they sue us in a court here, they are going to lose.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_quotation_held_by_the_main_clause_after_as_x_puts_it_stays_xs():
    text = (
        "Gwen Holt and Ray Dorn debated on Monday.\n\n"
        "As the Gazette’s Lena Moss puts it, Holt is trying to make the council “an offer they "
        "cannot afford to refuse.”\n"
    )
    assert speakers_of(text) == ["Lena Moss"]


def test_a_clause_opened_by_after_behind_an_opening_phrase_does_not_give_its_subject():
    text = (
        "Dan Axton admires Gwen Holt.\n\n"
        "In March 2014, after Holt broke her wrist, Axton emailed her, telling her, “you are the "
        "heart of this team and we will wait for you!”\n"
    )
    assert speakers_of(text) == ["Dan Axton"]


def test_a_group_in_an_opening_subordinate_clause_does_not_speak_the_main_clauses_quotation():
    text = (
        "Tessa Lyle spoke first at the rally.\n\n"
        "As the crowd began to chant, Lyle walked back on stage and joked, “Some of you are being "
        "ridiculous,” drawing loud jeers.\n"
    )
    assert speakers_of(text) == ["Tessa Lyle"]
