"""Someone the article gives only a spokesperson's role is never what a different definite role
("the doctor", "the engineer") refers back to: the one who speaks for a body is not the expert."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Officials in the Delmore health district said they learned of the plan late.\n\n"
    "“We found out from the radio,” said Lena Ortiz, a spokeswoman for the district.\n\n"
    "Paul Brandt, president of the Delmore Medical Society, said he understood the council. "
    "“The town was never really closed, in my view,” said the doctor.\n"
)


def test_the_doctor_is_not_the_spokeswoman_quoted_before():
    assert speakers_of(ARTICLE)[1] != "Lena Ortiz"


def test_the_spokeswoman_keeps_her_own_words():
    assert speakers_of(ARTICLE)[0] == "Lena Ortiz"


def test_a_spokeswoman_is_still_the_spokeswoman_referred_back_to():
    article = (
        "“We found out from the radio,” said Lena Ortiz, a spokeswoman for the district.\n\n"
        "“We will need more time,” the spokeswoman said.\n"
    )
    assert speakers_of(article) == ["Lena Ortiz", "Lena Ortiz"]
