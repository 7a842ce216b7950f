"""A lede that opens with a clause about "he" or "she" before naming anyone ("Five days after he
sparked a firestorm with his remarks that “…,” Rudy Galliano is out with ...") means the person whose
full name opens the main clause; that person avows, and a longer role of a city ("the former New York
City mayor") refers back to them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = (
    "Five days after he sparked a firestorm with his remarks that the president “wasn't brought up the "
    "way you were,” Rudy Galliano is out with a new op-ed, in which he avows that he “didn't intend to "
    "question anyone's motives.”"
)


def test_a_pronoun_in_a_clause_before_the_first_name_is_the_main_clauses_subject():
    assert speakers_of(LEDE + "\n")[0] == "Rudy Galliano"


def test_a_pronoun_that_avows_is_the_subject_named_before():
    assert speakers_of(LEDE + "\n")[1] == "Rudy Galliano"


def test_a_role_with_four_modifiers_refers_back():
    text = LEDE + " Instead, the former New York City mayor asserts, he meant “the effect of his words.”\n"
    assert speakers_of(text)[2] == "Rudy Galliano"


def test_a_pronoun_in_an_opening_clause_after_someone_named_is_not_read_forward():
    text = (
        "Tom Reyes left the council in May.\n\n"
        "Days after he said the plan was “a disgrace to this city and to all of us,” Dana Pruitt "
        "defended it.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
