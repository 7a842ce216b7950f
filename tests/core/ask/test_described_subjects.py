"""An answer opening with a description of a person instead of a name or "he" ("The former Labour MP
for Dunmore died ...", "The 83-year-old served ...") is shown with the sentence before it, which names
whom it speaks of again, as news copy varies how it calls the person it just named."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.shown import describes_person

OBITUARY = parse_article(
    "Former transport minister dies\n\n"
    "Former transport minister Sir Alan Marlow has died at a hospice in Kent, his family said.\n\n"
    "The former Labour MP for Dunmore died after a long illness. The 83-year-old served at the "
    "transport department from 1966 to 1970.\n"
)


def test_a_who_answer_opening_with_a_description_carries_the_sentence_naming_the_person():
    result = answer_question(OBITUARY, "Who died after a long illness?")
    assert result.tier == 1
    assert "Sir Alan Marlow" in result.answer
    assert "long illness" in result.answer


def test_descriptions_of_a_person_are_told_from_other_openings():
    assert describes_person("The former Labour MP for Dunmore died after a long illness.")
    assert describes_person("The 83-year-old served at the transport department.")
    assert describes_person("The Argentine had stoked up the temperature.")
    assert not describes_person("The company said profits fell.")
    assert not describes_person("The Commission's President sets the agenda.")


def test_a_title_whose_holder_is_named_right_after_it_refers_back_to_no_one():
    assert not describes_person("The Lord Chief Justice, Lord Wendell, said the ruling was sound.")
    article = parse_article(
        "Judge dies\n\nRetired judge Sir Alan Marlow has died aged 90.\n\nHis nephew Tom Reed said he "
        "would be missed. The Lord Chief Justice, Lord Wendell, who is the most senior judge in England, "
        "said Sir Alan's work was substantial.\n"
    )
    result = answer_question(article, "Who is Lord Wendell?")
    assert result.answer.startswith("The Lord Chief Justice, Lord Wendell")
