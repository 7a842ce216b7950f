"""People a quotation's sentence names who are not its speaker (issue 11, ninth pass): an object, the
person a sentence-opening he or she cannot be, the readers of a writing.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_a_characterising_verb_past_a_comma_is_its_object_not_the_speaker():
    text = (
        "Ada Holt apologised to Tom Reyes on Friday.\n\n"
        "Her campaign’s managers, who, on a conference call Friday, criticized Reyes for leaking their "
        "files and for “twisting what had been agreed.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_characterising_verb_right_after_a_quotation_still_has_its_speaker_after_it():
    text = "Ada Holt spoke first.\n\n“This plan is a disgrace to every family here,” blasted Tom Reyes.\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_he_opening_the_sentence_is_not_the_person_the_sentence_names_after_it():
    text = (
        "Glen Marsh spoke in Iowa on Sunday.\n\n"
        "The radio host has filled his rally speeches for Tom Reyes with religious imagery. He has "
        "declared Reyes to be “a man who was raised for these times” by God.\n"
    )
    assert speakers_of(text) == [None]


def test_a_he_opening_the_sentence_still_means_the_person_named_before_it():
    text = (
        "“It could not be more clear,” Glen Marsh said in Iowa on Sunday.\n\n"
        "The radio host has filled his speeches with religious imagery. He has declared Tom Reyes "
        "“a man who was raised for these times” by God.\n"
    )
    assert speakers_of(text) == ["Glen Marsh", "Glen Marsh"]


def test_a_word_in_ing_after_had_is_no_verb_of_saying_of_the_name_before_it():
    text = (
        "Ada Holt is swinging hard at Tom Reyes in the debate.\n\n"
        "She is noting the “kind of problems” Reyes had answering questions about banks.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_role_is_not_a_person_its_own_sentence_names_as_an_object():
    text = (
        "Ada Holt does not recognise the man she used to know.\n\n"
        "In an interview with radio host Tom Reyes, the Democratic presidential candidate stated that "
        "the remarks do not “fit with what I thought I knew about him.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_an_unknown_name_opening_the_sentence_keeps_its_participle_from_the_object():
    text = (
        "Councillors rallied round Tom Reyes, despite a few rebels.\n\n"
        "Pruitt went after Reyes on Thursday over his refusal to publish his diary, calling it "
        "“indefensible” and claiming that the only reason must be “something very embarrassing indeed.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_persons_writing_to_readers_is_the_writers_not_the_readers():
    text = (
        "Ada Holt named eight candidates.\n\n"
        "Holt’s fundraising email to her supporters notes that Tom Reyes, a candidate for the county "
        "board, “is a harbour pilot who has kept the ferries running.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_writing_after_a_plural_possessive_is_the_writers():
    text = (
        "Gus Myers named eight candidates.\n\n"
        "Myers’ fundraising email notes that Tom Reyes, a candidate for the county board, “is a "
        "harbour pilot who has kept the ferries running.”\n"
    )
    assert speakers_of(text) == ["Gus Myers"]


def test_a_participle_right_after_a_quotation_has_its_clauses_subject_not_the_words_after_it():
    text = (
        "Ada Holt has delivered an impassioned defense of “the values of this harbour,” saying the city "
        "embodied the “bravery, heart and soul of the coast.”\n"
    )
    assert "the city" not in speakers_of(text)


def test_a_claim_whose_subject_stands_between_that_and_the_quotation_is_the_claimants():
    text = "Ada Holt met Tom Reyes in Salem.\n\nHolt responded to Reyes’s claim that she “lied to voters.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_he_opening_a_sentence_is_not_the_one_holder_of_a_role_it_names_after_it():
    text = (
        "Mayor Ada Holt spoke in Salem on Monday.\n\n"
        "Tom Reyes, the Ohio senator, later spoke in Lenmouth. He has often called the Ohio senator "
        "“a man who cannot be trusted.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_he_opening_a_sentence_is_not_whom_an_office_it_names_after_it_refers_back_to():
    text = (
        "Mayor Ada Holt spoke in Salem on Monday.\n\n"
        "Tom Reyes spoke in Lenmouth.\n\n"
        "He has often called the senator “a man who cannot be trusted.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_role_no_one_holds_that_is_no_office_leaves_the_he_its_antecedent():
    text = (
        "Sam Ortiz and Tom Reyes met in Salem on Monday.\n\n"
        "Reyes said he was proud of his record. He has called the billionaire "
        "“a fraud who cannot be trusted.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_the_one_a_named_persons_letter_is_written_to_does_not_speak_it():
    text = (
        "Tom Reyes runs the port authority. Ada Holt is the mayor.\n\n"
        "Reyes’s letter to Holt said the plan was “a disaster for every family in this city.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_writing_that_his_or_her_owns_gives_its_words_to_its_writer_not_its_addressee():
    text = (
        "Tom Reyes runs the port authority. Ada Holt is the mayor.\n\n"
        "His latest message to the mayor reads: “Go home, we are closing in on you.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_name_joined_by_and_to_an_object_is_an_object_too():
    text = (
        "Lou Marsh, the sheriff, spoke on Monday. Police arrested Victor Lund and Sam Ortiz on Tuesday.\n\n"
        "“We had no choice,” he said.\n"
    )
    assert speakers_of(text) == ["Lou Marsh"]


def test_a_co_host_after_a_programme_name_is_a_role_not_the_speaker():
    text = "“Imagine the buses running on time,” mused Harbor Radio co-host Stu Varnell.\n"
    assert speakers_of(text) == ["Stu Varnell"]


def test_a_name_after_like_opening_the_sentence_is_not_the_participles_subject():
    text = (
        "Bob Reed and Ana Menza wrote the bill.\n\n"
        "Like Reed, Menza also rejected the notion that the council could pull away from the bill, "
        "arguing that there is “flexibility for the mayor” in the plan.\n"
    )
    assert speakers_of(text) == ["Ana Menza"]
