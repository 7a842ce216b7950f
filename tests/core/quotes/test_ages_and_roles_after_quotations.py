"""An age or a role after a quotation ("said the 30-year-old", "said the top seed") refers back to the person
the sentences before make clear: through a nationality, a she, a role after an opening phrase, past a sentence
about a body.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_age_after_the_quotation_means_whom_a_nationality_after_but_refers_to():
    text = (
        "Grandmaster Tomas Lindqvist has been invited to the Lisbon open.\n\n"
        "But the Swede, still nursing a broken wrist, wants to hear from his surgeon first. “My hand "
        "decides, not me,” said the 44-year-old.\n"
    )
    assert speakers_of(text) == ["Tomas Lindqvist"]


def test_a_role_after_the_quotation_means_the_subject_not_a_rival_after_of_and_a_country():
    text = (
        "Scotland's Callum Reddie shook off a heavy cold to win the 400m at the Ostrava meeting.\n\n"
        "Reddie clocked 46.12 seconds and finished well clear of Poland's Adam Wolny, who crossed the "
        "line in 46.80 secs. The European indoor champion said: “I woke up on the day of the race and "
        "could hardly breathe.”\n"
    )
    assert speakers_of(text) == ["Callum Reddie"]


def test_an_age_after_the_quotation_means_whom_the_she_of_the_sentence_before_means():
    text = (
        "Marta Oliveira-Santos lost to Petra Novakova in her first match back in Lisbon on Saturday.\n\n"
        "Oliveira-Santos fell down the rankings after a knee injury in May. But despite her setbacks, she "
        "still won four titles last year. “Mentally, it's clear that I was at my lowest point,” said "
        "the 24-year-old, who will return in Auckland.\n"
    )
    assert speakers_of(text) == ["Marta Oliveira-Santos"]


def test_an_age_after_the_quotation_means_whom_a_role_after_an_opening_phrase_refers_to():
    text = (
        "Soul star Kezia Marlow has attacked British gossip websites after they reported she had "
        "left her husband.\n\n"
        "In a post on her blog, the singer named four websites as the worst culprits. “Until you "
        "look at what is happening in your own house, I suppose you'll stay a sad gossip,” the 27-year-old "
        "wrote.\n"
    )
    assert speakers_of(text) == ["Kezia Marlow"]


def test_a_seed_speaking_after_the_quotation_is_the_player_just_named():
    text = (
        "Anton Brekke reached the semi-finals with a quick win over Luis Carrasco.\n\n"
        "Brekke, who lost in the first round in 2021, was pleased with his serve. “I think I moved "
        "better than in Rotterdam and I am glad I am hitting the ball so cleanly,” said the top seed.\n"
    )
    assert speakers_of(text) == ["Anton Brekke"]


def test_a_nationality_noun_after_an_age_is_no_persons_name():
    text = (
        "Bastien Laroche has signed a new contract with Harbury Town.\n\n"
        "“I am settled here and I want to lift more cups with this club,” the 26-year-old "
        "Frenchman said.\n"
    )
    assert "Frenchman" not in speakers_of(text)


def test_an_age_looks_back_past_a_sentence_about_a_body_that_names_no_one():
    text = (
        "ISBF president Otto Brenner hit out at the regional leagues for failing to appoint young referees. "
        "The board includes two under-30s, but they are chosen by the assembly. “This took a long time,” "
        "the 71-year-old said at a dinner.\n"
    )
    assert speakers_of(text) == ["Otto Brenner"]


def test_an_age_after_a_sentence_opened_by_a_nationality_means_whom_that_noun_means():
    text = (
        "Meanwhile, Jon Aasen won the sprint title on Saturday. The Norwegian, who crashed out on "
        "Friday, built a lead over Austrian Vinzenz Gruber. “This is the first trophy of my career,” "
        "said the 26-year-old.\n"
    )
    assert speakers_of(text) == ["Jon Aasen"]
