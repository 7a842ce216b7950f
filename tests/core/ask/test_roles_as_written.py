""" "Who is X?" answered with the role as the article writes it when that says more than the role the
speaker registry keeps: the words before the name ("Kestrel Skydiving Club business manager and chief
instructor Mara Vidal", "Harlow police Lt. Piet Moll"), or, for a one-word title, the apposition after
it ("Sgt. Tomas Brandt, public information officer for the Dunmore Police Department, said"). A verb or
another person before the name, or a place after it, is no part of the role."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CASE = parse_article(
    "Man found dead in car\n\n"
    "A man was found dead in his car on May 3, Sgt. Tomas Brandt, public information officer for the"
    " Dunmore Police Department, said Saturday. The case is being treated as a suicide, Brandt said.\n"
)
JUMP = parse_article(
    "Skydiver saved\n\n"
    'A skydiver who had a seizure was saved by his instructor. "He rolled onto his back," Kestrel'
    " Skydiving Club business manager and chief instructor Mara Vidal told a radio station. The"
    " instructor grabbed him at 4,000 feet, Vidal said.\n"
)
FOUND = parse_article(
    "Woman found safe\n\n"
    "A woman reported kidnapped has been found safe. Harlow police Lt. Piet Moll said the case was being"
    " treated as a kidnap for ransom. The woman is in good condition, Moll said.\n"
)


def test_an_apposition_says_more_than_an_abbreviated_title():
    reply = answer_question(CASE, "Who is Tomas Brandt?").answer
    assert reply == "Tomas Brandt is the public information officer for the Dunmore Police Department."


def test_the_whole_role_before_the_name_is_kept():
    reply = answer_question(JUMP, "Who is Mara Vidal?").answer
    assert reply == "Mara Vidal is the Kestrel Skydiving Club business manager and chief instructor."


def test_an_owner_before_an_abbreviated_title_is_kept_with_the_title_spelled_out():
    assert answer_question(FOUND, "Who is Piet Moll?").answer == "Piet Moll is the Harlow police lieutenant."


def test_a_place_after_the_name_is_no_role():
    place = parse_article(
        "Bridge closed\n\n"
        "The bridge was closed on Monday after a lorry hit it, Sgt. Ada Frey, of Dunmore, said Saturday."
        " It will reopen next week, Frey said.\n"
    )
    assert "is the of Dunmore" not in answer_question(place, "Who is Ada Frey?").answer


def test_a_participle_phrase_after_the_name_is_no_role():
    pier = parse_article(
        "Pier reopens\n\n"
        "The old pier at Carrow Bay has reopened after repairs.\n\n"
        "Lena Marsh, standing beside the railings on Friday, said the work had cost £2m.\n\n"
        '"It is safe again," the councillor, Marsh, said.\n'
    )
    assert "standing" not in answer_question(pier, "Who is Lena Marsh?").answer


def test_a_day_before_the_role_is_no_part_of_it():
    scam = parse_article(
        "Fire warning issued\n\n"
        "Residents of Brackley have been warned about fires in dry fields.\n\n"
        "On Tuesday Brackley Fire Chief Otto Renn said crews had been called out 30 times.\n\n"
        '"Do not light barbecues near crops," Chief Renn said.\n'
    )
    reply = answer_question(scam, "Who is Otto Renn?").answer
    assert reply == "Otto Renn is the Brackley Fire Chief."


def test_a_time_word_opening_the_sentence_is_no_owner_of_the_role():
    plan = parse_article(
        "Ferry plan revived\n\n"
        "Yesterday Brackley mayor Otto Renn revived plans for a ferry across the estuary.\n\n"
        '"We have waited long enough," Renn said.\n'
    )
    assert answer_question(plan, "Who is Otto Renn?").answer == "Otto Renn is the Brackley mayor."


def test_a_role_noun_before_a_title_is_kept_with_it():
    # "study co-author Professor Ann Holt": the title alone ("the Professor") says less; the title
    # goes before the name, as English writes it, not after the role ("the study co-author Professor").
    wells = parse_article(
        "Island wells\n\n"
        'Old wells were dug near farms. "The wells were the heart of every village," said study co-author'
        " Professor Ann Holt of Harbor University. She added that more work was needed.\n"
    )
    assert answer_question(wells, "Who is Ann Holt?").answer == "Professor Ann Holt is the study co-author."


def test_a_verb_before_a_title_is_no_part_of_the_role():
    visit = parse_article(
        "Talks in Lisbon\n\n"
        'The envoy met President Ana Lobo in Lisbon on Monday. "We talked about trade," Lobo said.\n'
    )
    assert "met" not in answer_question(visit, "Who is Ana Lobo?").answer


def test_an_office_title_after_a_role_word_stays_in_the_role():
    # Only a title of address ("Professor", "Dr") moves before the name; an office's title is the role.
    vote = parse_article(
        "Vote in Dorford\n\n"
        '"We go on," said caretaker Prime Minister Ray Coe. Harbor University President Ed Lang agreed.\n'
    )
    assert answer_question(vote, "Who is Ray Coe?").answer.startswith("Ray Coe is the ")
    assert answer_question(vote, "Who is Ed Lang?").answer == "Ed Lang is the Harbor University President."


def test_a_role_set_before_the_name_by_a_comma_is_kept_whole():
    fired = parse_article(
        "Clerk fired\n\n"
        "The city's top court clerk, Mary Ann Twitty, was fired this week over the emails, Small said.\n"
    )
    reply = answer_question(fired, "What was Mary Ann Twitty's job?").answer
    assert reply == "Mary Ann Twitty is the city's top court clerk."
