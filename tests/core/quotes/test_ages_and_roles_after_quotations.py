"""An age or a role after a quotation ("said the 30-year-old", "said the top seed") refers back to the person
the sentences before make clear: through a nationality, a she, a role after an opening phrase, past a sentence
about a body.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_age_after_the_quotation_means_whom_a_nationality_after_but_refers_to():
    text = (
        "Double Olympic champion Hicham El Guerrouj is set to race in France.\n\n"
        "But the Moroccan, who has not raced over cross country for 15 years, will not decide until "
        "March. “If I am to compete in it, it is only if I feel I can win,” said the 30-year-old, who "
        "is retiring in 2006.\n"
    )
    assert speakers_of(text) == ["Hicham El Guerrouj"]


def test_a_role_after_the_quotation_means_the_subject_not_a_rival_after_of_and_a_country():
    text = (
        "Britain's Jason Gardener shook off an upset stomach to win the 60m at the Leipzig meeting.\n\n"
        "Gardener clocked 6.56 seconds and finished well ahead of Germany's Marc Blume, who crossed the "
        "line in 6.67 secs. The world indoor champion said: “I got to the airport and my stomach was "
        "upset and I was vomiting.”\n"
    )
    assert speakers_of(text) == ["Jason Gardener"]


def test_an_age_after_the_quotation_means_whom_the_she_of_the_sentence_before_means():
    text = (
        "Justine Henin-Hardenne lost to Elena Dementieva in a comeback match in Belgium on Sunday.\n\n"
        "Henin-Hardenne slid down the rankings after a virus in April. But despite her problems, she "
        "still won five tournaments in 2004. “Physically, it's obvious that I hit rock bottom,” said "
        "the 22-year-old, who will make her comeback in Sydney.\n"
    )
    assert speakers_of(text) == ["Justine Henin-Hardenne"]


def test_an_age_after_the_quotation_means_whom_a_role_after_an_opening_phrase_refers_to():
    text = (
        "Pop star Britney Spears has attacked US tabloid magazines after they reported she was "
        "pregnant.\n\n"
        "In a letter on her website, the singer named three tabloids as the worst offenders. “Until you "
        "face what is going on in your life, I guess you'll remain a false tabloid,” the 23-year-old "
        "wrote.\n"
    )
    assert speakers_of(text) == ["Britney Spears"]


def test_a_seed_speaking_after_the_quotation_is_the_player_just_named():
    text = (
        "Roger Federer reached the last four with an easy win over Feliciano Lopez.\n\n"
        "Federer, who lost in the quarter-final in 2003, was happy with his form. “I think I played "
        "better than last week and I am happy I am playing so well,” said the top seed.\n"
    )
    assert speakers_of(text) == ["Roger Federer"]


def test_a_nationality_noun_after_an_age_is_no_persons_name():
    text = (
        "Thierry Henry has signed a new contract with Arsenal.\n\n"
        "“I am very happy here and I want to win more trophies with this club,” the 27-year-old "
        "Frenchman said.\n"
    )
    assert "Frenchman" not in speakers_of(text)


def test_an_age_looks_back_past_a_sentence_about_a_body_that_names_no_one():
    text = (
        "FIFA president Sepp Blatter hit out at the confederations for failing to elect women. The "
        "committee includes three women, but they are elected by the congress. “This was hard work,” "
        "the 78-year-old said at an event.\n"
    )
    assert speakers_of(text) == ["Sepp Blatter"]


def test_an_age_after_a_sentence_opened_by_a_nationality_means_whom_that_noun_means():
    text = (
        "Meanwhile, Tom Hale clinched the men's title on Sunday. The Norwegian, who missed out on "
        "Saturday, opened up a lead over Italian Dominik Paris. “This is the first globe of my career,” "
        "said the 29-year-old.\n"
    )
    assert speakers_of(text) == ["Tom Hale"]
