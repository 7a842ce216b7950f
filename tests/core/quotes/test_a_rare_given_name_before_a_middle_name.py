"""A given name the list lacks, before a common one used as a middle name ("a letter written by
Coretta Scott King"), is the person's first name: dropped, it left "Scott King" and a "Mrs. King"
apart, and "King wrote" anyone's guess. A title's or a body's last word there is not one."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _people(text: str) -> list[str]:
    return [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + text))]


def test_a_rare_given_name_after_a_plain_word_opens_the_name():
    text = "Holm read a letter written by Zorita Ann Vesk in 1986.\n\nVesk said the vote was “a disgrace.”\n"
    assert _people(text) == ["Zorita Ann Vesk"]


def test_a_rare_given_name_after_an_abbreviated_title_opens_the_name():
    text = "“We have no tools left,” said civil defense Col. Zorita Ann Vesk.\n"
    assert speakers_of(text) == ["Zorita Ann Vesk"]


def test_the_widow_and_mrs_with_her_surname_are_one_person():
    text = (
        "Holm read a letter written by Zorita Ann Vesk in 1986.\n\n"
        "“Mr. Varga has used his office to chill the vote,” Vesk wrote in her letter back then, which "
        "Holm read on the floor Tuesday night.\n\n"
        "“Mrs. Vesk’s words ring true today,” Holm said.\n"
    )
    assert speakers_of(text)[0] == "Zorita Ann Vesk"


def test_a_titles_plural_before_a_full_name_is_no_given_name():
    text = "More came out against the bill. They included Representatives Dale Ponder of Kent.\n"
    assert "Dale Ponder" in _people(text)


def test_a_title_after_a_possessive_is_no_given_name():
    text = "Norland’s Ayatollah Ali Vahdat warned that “revenge will come” for the killing.\n"
    assert speakers_of(text) == ["Ali Vahdat"]


def test_a_rare_given_name_after_a_comma_opens_the_name():
    text = (
        "The senator’s campaign spokeswoman, Zorinda Joy Pell, announced that she would not back him.\n\n"
        "“I don’t endorse him,” Pell wrote.\n"
    )
    assert speakers_of(text) == ["Zorinda Joy Pell"]


def test_a_rare_given_name_opening_a_sentence_before_a_role_opens_the_name():
    text = "Tavish Reed Malloy, a law professor at Dunmore College, said it was “important to read it.”\n"
    assert speakers_of(text) == ["Tavish Reed Malloy"]


def test_a_capitalised_word_opening_a_sentence_without_a_role_is_no_given_name():
    text = "Plaintiff Dale Ponder, who lives in Kent, said the ruling was “a great day for us.”\n"
    assert speakers_of(text) == ["Dale Ponder"]


def test_a_word_opening_a_quotation_is_no_given_name():
    text = "Holm ran an ad: “Soy Dale Ponder, candidato al Senado.”\n\n“We will win,” Ponder said.\n"
    assert "Soy Dale Ponder" not in speakers_of(text)


def test_a_plain_noun_opening_a_sentence_before_an_age_is_no_given_name():
    text = "Evacuee Marta Quell, 71, slept in her car.\n\n“We had nowhere else to go,” Quell said.\n"
    assert speakers_of(text) == ["Marta Quell"]
