"""Which capitalised words make a speaker's name: titles and ranks before it, particles, an adverb or a
compound adjective opening it, a middle name, a surname a family shares.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of


def test_a_police_rank_written_short_is_a_title_not_part_of_the_name():
    text = (
        "The cyclist was found by a dog walker. Det Insp Mark Hollis said officers had spoken to several "
        "drivers. 'We are keeping an open mind about what happened on that road,' Insp Hollis said.\n"
    )
    assert speakers_of(text) == ["Mark Hollis"]


def test_an_unlisted_given_name_before_a_capitalised_particle_stays_in_the_name():
    text = (
        "Triple world champion Karim El Mansouri is set to run in Portugal. “I am a few weeks "
        "behind but I am getting there,” said El Mansouri.\n"
    )
    assert speakers_of(text) == ["Karim El Mansouri"]


def test_a_title_before_a_given_name_that_is_also_a_particle_is_no_part_of_the_name():
    text = "“We will not back down on this,” said Senate Minority Whip Al Franken.\n"
    assert speakers_of(text) == ["Al Franken"]


def test_a_title_that_is_also_a_surname_after_a_given_name_is_that_surname_when_written_alone():
    text = (
        "The council met on Monday. In a statement released by Harbor Times Editor-in-Chief "
        "Dana Baron, the paper set out its plans.\n\n"
        "“The town is a place unlike any we have seen before,” said Baron. “It deserves to be "
        "explored in depth.”\n"
    )
    assert speakers_of(text) == ["Dana Baron", "Dana Baron"]


def test_an_adverb_in_ly_opening_a_sentence_is_no_given_name():
    text = (
        "Christoph Blocher led the party for decades. Interestingly Blocher noted that the party “must be "
        "careful not to launch a popular initiative.”\n"
    )
    assert speakers_of(text) == ["Christoph Blocher"]


def test_a_surname_shared_in_a_family_far_from_every_full_name_is_unclear():
    text = (
        "Rep. Alan Holt blasted out a new robocall as his campaign began falling apart.\n\n"
        "Holt, however, was not dropping out of the race.\n\n"
        "“He was unfaithful to me,” Lolita Holt wrote Thursday in an email.\n\n"
        "The campaign lost three staff members this week.\n\n"
        "Two consultants also left the campaign.\n\n"
        "Rep. Lois Frankel recalled a meeting last year.\n\n"
        "“She’s going to have my name,” Holt said, according to Frankel.\n"
    )
    assert speakers_of(text) == ["Lolita Holt", None]


def test_a_capitalised_compound_adjective_before_a_surname_is_no_part_of_a_name():
    text = (
        "Irish novelist Declan Reid has sold the film rights to his first book.\n\n"
        "After the sale, the Booker-shortlisted Reid said: “I wrote it at night in a bus depot, so "
        "this feels strange.”\n"
    )
    assert speakers_of(text) == ["Declan Reid"]


def test_a_body_word_that_is_also_a_name_alone_before_a_surname_is_a_given_name():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "Marsh protected the delegates at the last convention, in what Bay Buchanan, treasurer for "
        'the insurgent campaign, called "hand-to-hand combat."\n'
    )
    assert speakers_of(text) == ["Bay Buchanan"]


def test_a_body_in_an_abbreviated_title_is_no_subject_of_the_sentence():
    text = (
        "Radio host Tom Reyes said it was wrong to compare the two.\n\n"
        "Retired Army Col. Sam Pike started Reyes's rant when he brought up the old ferry strike and "
        'later said, "It\'s not just the council raising fares."\n'
    )
    assert speakers_of(text) == ["Sam Pike"]


def test_a_given_name_opening_a_sentence_stays_though_the_text_writes_it_in_lower_case():
    text = (
        "Ada Holt signed the transit bill on Monday.\n\n"
        "Bill Holt got in on the game at a rally in Brooklyn. “She has done more for this city than "
        "anyone,” he said.\n"
    )
    assert speakers_of(text) == ["Bill Holt"]


def test_a_full_name_the_story_then_calls_by_its_last_word_is_a_person_whatever_the_given_name():
    text = (
        "In 2007, Ada Holt held a 24-point lead over Quillon Tanaka among harbor voters.\n\n"
        "Tanaka himself seemed to recognize the moment. “Years from now, you'll look back on this "
        "night,” he said in his victory speech.\n"
    )
    assert speakers_of(text) == ["Quillon Tanaka"]


def test_a_capitalised_pair_modifying_a_noun_is_no_person():
    text = (
        "Harbor voters joined a committed Stop Tanaka movement on Monday.\n\n"
        "Tanaka was not worried. “We have work to do,” he said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_place_word_between_a_given_name_and_a_surname_is_a_middle_name():
    text = (
        "In an interview at her hotel, Deborah Jordan Reynolds, the host's co-presenter, spoke about "
        "the show.\n\n"
        "“People have likened us to a comedy double act,” she says.\n"
    )
    assert speakers_of(text) == ["Deborah Jordan Reynolds"]


def test_mister_spelled_out_is_an_honorific_not_part_of_a_second_persons_name():
    text = (
        "I once heard the late Walter Hobbs of Mister Hobbs' Playhouse give a talk in 1998.\n\n"
        'In it, he described a spelling bee. It is a lesson, Hobbs said, that "what counts in the '
        'end is how kindly we lose."\n'
    )
    assert speakers_of(text) == ["Walter Hobbs"]


def test_a_title_keeps_its_lower_case_name_particles():
    text = (
        "A group of comedians is performing a popular play called “Los Hijos de Trump” in the "
        "capital's Aldama Theater.\n"
    )
    assert quotes.extract_quotes(parse_article("Title: T\n\n" + text)) == ()


def test_a_surname_that_is_a_role_word_still_names_its_person():
    text = (
        "Paul Bishop, a former party chairman, ran for governor in 2004.\n\n"
        "Bishop, a doctor by training, mocked the plan on Tuesday, tweeting, “Notice the cost.”\n"
    )
    assert speakers_of(text) == ["Paul Bishop"]


def test_a_role_word_surname_opening_a_sentence_as_an_adjective_is_no_mention():
    text = (
        "Ann King chairs the port board.\n\n"
        "Rita Vance, the harbour master, spoke on Monday. King tides flooded the docks.\n\n"
        "“It will be a long summer,” she said.\n"
    )
    assert speakers_of(text) == ["Rita Vance"]


def test_a_place_in_a_title_before_the_name_is_not_the_speaker():
    text = "“She is going to be more aggressive,” said former South Carolina Gov. Jim Hodges, a backer.\n"
    assert speakers_of(text) == ["Jim Hodges"]


def test_a_capitalised_word_before_a_given_name_is_no_part_of_the_name():
    text = (
        "Kasich won no states. Even Lindsey Graham said: “I think John Kasich would be the best "
        "nominee, but he has no path.”\n"
    )
    assert speakers_of(text) == ["Lindsey Graham"]


def test_a_given_name_ending_in_ed_is_kept_in_the_name():
    text = "“The economy cannot run yet,” said Mohamed El-Erian, an economic adviser.\n"
    assert speakers_of(text) == ["Mohamed El-Erian"]


def test_a_given_name_before_a_middle_initial_is_no_occupation():
    text = "Rep. Sander M. Levin, a superdelegate, said: “It was a narrow victory for us.”\n"
    assert speakers_of(text) == ["Sander M. Levin"]


def test_a_sentence_opening_word_written_lower_case_elsewhere_is_no_given_name():
    text = (
        "Bernie Sanders lost California on Tuesday. Sanders spoke late.\n\n"
        "Will Sanders quit the race? His aides will not say.\n\n"
        "“We will take our fight to Philadelphia in July,” Sanders said.\n"
    )
    assert speakers_of(text) == ["Bernie Sanders"]


def test_like_opening_a_sentence_is_no_part_of_a_name():
    text = (
        "Sen. Bob Corker wrote the bill.\n\nLike Corker, Ben Cardin backed it.\n\n"
        "“We will not touch the deal,” Corker said.\n"
    )
    assert speakers_of(text) == ["Bob Corker"]


def test_a_body_word_between_a_given_name_and_a_surname_is_a_middle_name():
    text = "“It is really jarring,” said Kathleen Hall Jamieson, a professor of communication.\n"
    assert speakers_of(text) == ["Kathleen Hall Jamieson"]


def test_a_title_glued_to_a_body_word_before_a_full_name_leaves_the_name():
    text = (
        "Senators spoke on Thursday.\n\n"
        "“I cannot say what it will take to get a deal,” said Senate Minority Whip Rick Dalton (D-Ore.) "
        "in an interview.\n"
    )
    assert speakers_of(text) == ["Rick Dalton"]


def test_a_given_name_before_a_double_surname_written_alone_elsewhere_stays_in_the_name():
    text = (
        "“That has got to scare a teacher,” union President Lina Ortega Saavedra said.\n\n"
        "Ortega Saavedra said the vote would be close.\n"
    )
    assert speakers_of(text) == ["Lina Ortega Saavedra"]


def test_an_advocate_title_before_a_name_is_no_part_of_it():
    text = "“This is a question of fairness,” said City Public Advocate Trish Pellam.\n"
    assert speakers_of(text) == ["Trish Pellam"]


def test_another_before_a_surname_is_no_given_name():
    text = (
        "“Take the lead,” former planning director Ilse-Marie Pellam wrote to the mayor.\n\n"
        "Another Pellam email shows early frustration with the council.\n\n"
        "“The council is setting the agenda,” Pellam wrote in a June email.\n"
    )
    assert speakers_of(text) == ["Ilse-Marie Pellam", "Ilse-Marie Pellam"]


def test_a_nationality_that_is_a_given_name_before_a_surname_makes_a_second_person():
    text = (
        "“We joke about our worries,” said German Salas, one of the singers in the show.\n\n"
        "“This is a song about money,” said Freddy Salas, German's cousin and fellow singer.\n"
    )
    assert speakers_of(text) == ["German Salas", "Freddy Salas"]


def _people(text: str) -> dict[str, str | None]:
    article = parse_article("Title: T\n\n" + text)
    return {p.name: p.gender for p in quotes._analyse(article).registry.persons}


def test_a_place_word_before_a_full_name_is_not_part_of_it():
    text = (
        "Judges crowned former Miss Universe Alicia Ramos in 1996. Miss Universe Alicia Ramos said "
        "she was proud. Alicia Ramos, a singer, later moved to Florida. Miss Universe is a pageant.\n"
    )
    assert [name for name in _people(text) if "Ramos" in name] == ["Alicia Ramos"]


TABLOID = "quotes_soap_hedge.txt"


BLOG = "quotes_ferry_blog.txt"


def _quotes_of(name: str, query: str) -> list[str]:
    return [q.text for q in quotes.find_quotes(own_article(name), query).quotes]


def test_name_with_lower_case_particles_is_one_person():
    person = quotes.find_person(own_article(BLOG), "van der Linde")
    assert person is not None and person.name == "Joost van der Linde"
    assert "van der Linde" in person.aliases


def test_full_name_with_particles_finds_the_quotes():
    assert _quotes_of(BLOG, "Joost van der Linde") == _quotes_of(BLOG, "Linde") != []


def test_name_after_a_shouted_tabloid_lead_is_a_person():
    person = quotes.find_person(own_article(TABLOID), "Cassie Marlowe")
    assert person is not None and person.name == "Cassie Marlowe"


GLIDER = "quotes_glider_inquest.txt"


def test_the_fullest_name_form_wins_over_a_lone_given_name():
    person = quotes.find_person(own_article(GLIDER), "Mikolaj")
    assert person is not None and person.name == "Mikolaj Zawada"
    assert "software developer" in person.roles
