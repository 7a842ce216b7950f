"""A sentence telling a deed by its converse verb ("awarded", "sold", "hired") names the giver, the
seller or the employer: it answers "Who won/bought/joined ...?" only when it names the other party too."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.converses import names_only_the_converse
from bot.core.ask.engine import answer_question

TERMINAL = parse_article(
    "Airport expansion goes ahead\n\n"
    "Passengers like the airport. It handles 5,000 flights a week. This month, Dunmore Airport awarded a "
    "$234 million construction contract for the expansion of Terminal 1. The awards began in 1999.\n"
)


def test_the_givers_sentence_does_not_say_who_won():
    result = answer_question(TERMINAL, "Who won the contract to expand Terminal 1?")
    assert result.tier != 1
    assert result.passage is not None and "awarded" in result.passage.text


def test_a_converse_naming_the_other_party_still_answers():
    texts = ["Dunmore Airport awarded the contract to Harlow Construction on Tuesday."]
    assert not names_only_the_converse("Who won the contract?", texts)
    assert not names_only_the_converse("Who won the contract?", ["Harlow was awarded the contract."])
    assert not names_only_the_converse("Who bought the club?", ["Reyes sold the club to Ann Holt in 2010."])


def test_a_converse_naming_only_one_party_says_nothing_of_the_other():
    assert names_only_the_converse("Who bought the club?", ["Reyes sold the club in 2010."])
    assert names_only_the_converse("Who beat Rovers?", ["Rovers lost 3-1 at home."])
    assert names_only_the_converse("Who joined Acme?", ["Acme hired three engineers last year."])


def test_the_questions_own_verb_is_read_as_usual():
    assert not names_only_the_converse("Who won the contract?", ["Harlow won the contract Changi awarded."])
    assert not names_only_the_converse("Who said it?", ["Reyes sold the club in 2010."])


def test_paying_acquiring_and_appointing_have_their_converses():
    # "paid" / "received", "acquired" / "sold", "appointed" / "joined": each side names only its own party.
    assert names_only_the_converse("Who paid for the repairs?", ["The council received £2m for the repairs."])
    assert names_only_the_converse("Who sold the club?", ["Acme acquired the club in 2010."])
    assert names_only_the_converse("Who joined the board?", ["The bank appointed three directors last year."])
    assert names_only_the_converse("Who appointed the lawyer?", ["The lawyer joined the case last year."])


def test_a_new_converse_naming_the_other_party_still_answers():
    assert not names_only_the_converse(
        "Who received the money?", ["The council paid Harlow Construction £2m."]
    )
    assert not names_only_the_converse("Who joined the board?", ["The bank appointed Ann Reyes in May."])
