"""tokenize builds most texts' tokens at once (no Python step per token); they are the tokens the
general loop reads, every field, on every shape the token pattern treats apart."""

import pytest

from bot.core.language import tokens

TEXTS = [
    "",
    "   ",
    "Harbour master Ellen Voss said the ferry’s engines failed.  ",
    "Ms. Voss's crew and the U.S. coast guard met J. K. Tolland at 9:30, 3.5 km out.",
    "one D.C.-based lobbyist and the U.S.-Mexico-Canada pact, a U.S.- and E.U.-led plan",
    "spokeswoman Marta deVries and Tom diNapoli met the McCains, not the deli or iPhone crowd",
    "al-Rashid and bin-Tamal spoke; Ó hAodha and Mac an tSaoi did not.",
    "“We rebuilt,” she said -- (twice) ... and?! ",
    "Costs rose 12% to $4,500 & fees #3 * 2 = 6 <b> a/b @voss ~ `x` ^ | + \\",
    "snake_case __init__ _lead trailing_ _",
    "ſt İstanbul Kelvin K ² ٣ ﬁle STRASSE ǅemal",
    "tab\tand\nnew line\u00a0no-break \u2003em space\u3000end",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_at_once_are_the_loops(text):
    assert tokens._tokens_at_once(text) == tokens._tokens_one_by_one(text)
    assert tokens.tokenize(text) == tokens._tokens_one_by_one(text)


def test_a_long_run_of_marks_is_read_by_the_loop():
    text = "Voss said so!!!!!!!!! and left ......."
    assert tokens._tokens_at_once(text) is None
    marks = [t.text for t in tokens.tokenize(text) if not t.is_word]
    assert marks == ["!", "!", "!", "!", "!", "!", ".", ".", ".", ".", ".", "."]


def test_six_marks_are_six_tokens():
    assert [t.start for t in tokens.tokenize("a?!?!?! b")] == [0, 1, 2, 3, 4, 5, 6, 8]


def test_an_abbreviation_keeps_what_a_hyphen_joins_to_it():
    assert [t.text for t in tokens.tokenize("one D.C.-based lobbyist")] == ["one", "D.C.-based", "lobbyist"]


def test_a_particle_glued_to_a_capitalised_surname_makes_a_name_word():
    capitals = [t.cap for t in tokens.tokenize("Marta deVries and the deli")]
    assert capitals == [True, True, False, False, False]
