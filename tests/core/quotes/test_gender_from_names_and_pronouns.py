"""Which gender a name tells: a given name on one list or both, a woman's given name against
pronouns meaning her rival, and pronouns that tell nothing (an object, one inside a quotation, a stray one).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of


def _gender_of(text: str, name: str) -> str | None:
    people = build_registry(parse_article("Title: T\n\n" + text)).persons
    return next(p.gender for p in people if p.name == name)


def test_a_she_opening_the_talk_of_the_sentence_after_one_about_her_tells_her_gender():
    text = (
        "Solvaine Brac is a candidate in the mayoral election. While her party thrives on anger at the "
        "fares, she has been careful in her speeches.\n"
    )
    assert _gender_of(text, "Solvaine Brac") == "f"


def test_a_she_after_a_sentence_whose_talk_a_pronoun_opened_tells_nothing_of_the_name():
    text = (
        "Solvaine Brac, a councillor, spoke at the pier on Monday.\n\n"
        "After the storm, she issued a plan to rebuild the pier: Solvaine Brac later adopted a similar "
        "approach. She has called for a new ferry too.\n"
    )
    assert _gender_of(text, "Solvaine Brac") is None


def test_a_she_in_words_quoted_after_a_name_tells_nothing_of_the_name():
    text = (
        "Solvaine Brac, a councillor, spoke at the pier on Monday.\n\n"
        "“She will win if Solvaine Brac is still popular. And she will lose if the fares rise,” said "
        "Tom Reyes, a pollster.\n"
    )
    assert _gender_of(text, "Solvaine Brac") is None


def _people(text: str) -> dict[str, str | None]:
    article = parse_article("Title: T\n\n" + text)
    return {p.name: p.gender for p in quotes._analyse(article).registry.persons}


def test_an_object_pronoun_does_not_give_the_subject_its_gender():
    text = (
        "Dr. Sam Ortiz defended the pills on his show.\n\n"
        "Sen. Jo Dunne scolded him: “The evidence is against you,” she said.\n"
    )
    assert speakers_of(text) == ["Jo Dunne"]


def test_a_pronoun_inside_a_quotation_does_not_give_the_speaker_its_gender():
    text = (
        "Lee Hart, a surgeon, spoke first.\n\n"
        "Pat Quill said of the governor: “She has failed this state.”\n\n"
        "“We will see,” he said.\n"
    )
    assert speakers_of(text) == ["Pat Quill", "Pat Quill"]


def test_her_as_an_object_gives_no_gender():
    text = "Ulvard Brill, a senator, spoke. Ulvard Brill met the mayor and told her to leave.\n"
    assert _people(text)["Ulvard Brill"] is None


def test_a_stray_pronoun_does_not_undo_a_persons_clear_gender():
    sentences = " ".join(["Kim Dorsey said she would win."] * 4 + ["Kim Dorsey attacked his record."])
    assert _people("Kim Dorsey, a senator, spoke. " + sentences + "\n")["Kim Dorsey"] == "f"


def test_a_womans_given_name_outweighs_pronouns_meaning_her_rival():
    text = (
        "Hillary Dorn, the nominee, spoke in Ohio. Dorn says he never paid his taxes.\n\n"
        "She says the plan is “a rigged system.”\n"
    )
    assert speakers_of(text) == ["Hillary Dorn"]


def test_a_given_name_on_both_lists_tells_no_gender():
    from bot.core.quotes.givennames import given_name_gender

    assert (given_name_gender("Hillary"), given_name_gender("Donald"), given_name_gender("Jordan")) == (
        "f",
        "m",
        None,
    )


# Another person the article names, so that the sentences below name two people.
_HADDAD = "Qadri Haddad, the former ruler, fled the capital in May.\n\n"


def test_a_he_right_after_a_name_and_said_tells_his_gender_though_the_sentence_names_another():
    text = _HADDAD + "Tarn Voss said he doubts the region would be calmer had Haddad stayed in power.\n"
    assert _gender_of(text, "Tarn Voss") == "m"


def test_a_she_right_after_a_name_and_said_that_tells_her_gender_though_the_sentence_names_another():
    text = _HADDAD + "Tarn Voss said that she would never back Haddad for the post.\n"
    assert _gender_of(text, "Tarn Voss") == "f"


def test_a_she_after_a_name_its_apposition_and_said_tells_her_gender_though_the_sentence_names_another():
    text = (
        _HADDAD + "Lilou Marchetti, head of research at a consultancy in Recife, said she had not seen the "
        "plan Haddad described.\n"
    )
    assert _gender_of(text, "Lilou Marchetti") == "f"


def test_a_councilwoman_is_a_woman_whatever_pronoun_her_sentence_holds():
    text = (
        "Vote\n\n"
        "Councilman Arno Pike spoke first at the meeting.\n\n"
        "Even after the vote, it was not enough for Councilwoman Dara Velt, who accused him of lying.\n\n"
        "“The excuse is not enough,” she said in a statement.\n"
    )
    assert speakers_of(text) == ["Dara Velt"]
