"""A sentence holding the question's words with the roles the other way round answers nothing: "Who
did Duke Osmund swear loyalty to?" is not answered by "Venn agreed to swear loyalty to Duke Osmund", nor
"Who replaced the Venn family?" by "the Venn family replaced the Marlow family", nor "Who did Osmund
marry?" by "Venn married Osmund's sister", nor "Who did the Marlow boatmen persuade?" by "The Marlow
boatmen were persuaded ... by the Venn family"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.inverted import roles_inverted

GUILD = parse_article(
    "Title: The river guild\n\n"
    "The guild was founded in 1402 by boatmen of the lower river.\n\n"
    "Its first master, Aldric Venn, agreed to swear loyalty to Duke Osmund of Farrow in 1410.\n\n"
    "The boatmen had a lasting effect on Farrow trade for a century.\n\n"
    "In 1467 the Venn family replaced the Marlow family as the leading house of the guild.\n\n"
    "Aldric Venn married Osmund's sister Edith in 1412. The Marlow boatmen were persuaded to join the guild "
    "by the Venn family.\n\n"
    "The guild hall burned down in 1590 and was rebuilt in stone.\n\n"
    "Its records are kept in the town library.\n"
)


def test_the_one_sworn_to_is_not_the_one_who_swore():
    result = answer_question(GUILD, "Who did Duke Osmund swear loyalty to?")
    assert result.answer is None
    assert "swear loyalty to Duke Osmund" in result.passage.text


def test_who_swore_to_the_duke_is_answered():
    result = answer_question(GUILD, "Who agreed to swear loyalty to Duke Osmund?")
    assert result.answer is not None and "Aldric Venn" in result.answer


def test_the_one_replaced_is_not_the_one_replacing():
    result = answer_question(GUILD, "Who replaced the Venn family as the leading house?")
    assert result.answer is None
    assert "replaced the Marlow family" in result.passage.text


def test_who_replaced_the_other_family_is_answered():
    result = answer_question(GUILD, "Who replaced the Marlow family as the leading house?")
    assert result.answer is not None and "the Venn family replaced" in result.answer


def test_an_effect_on_the_question_subject_is_no_effect_of_it():
    assert roles_inverted(
        "Who did Farrow trade have an effect on?", ["The boatmen had an effect on Farrow trade."]
    )
    assert not roles_inverted(
        "Who did Farrow trade have an effect on?", ["Farrow trade had an effect on Marlow."]
    )


def test_a_passive_may_name_the_doer_last():
    assert not roles_inverted("Who sued Brenmoor?", ["Brenmoor was sued by Lockwell in May."])


def test_the_doer_asked_about_may_own_the_object_instead():
    result = answer_question(GUILD, "Who did Osmund marry?")
    assert result.answer is None
    assert "married Osmund's sister" in result.passage.text


def test_the_doer_named_in_the_sentence_is_answered():
    result = answer_question(GUILD, "Who did Aldric Venn marry?")
    assert result.answer is not None and "Edith" in result.answer


def test_the_doer_asked_about_may_be_the_one_the_deed_was_done_to():
    result = answer_question(GUILD, "Who did the Marlow boatmen persuade to join the guild?")
    assert result.answer is None
    assert "were persuaded to join the guild by the Venn family" in result.passage.text


def test_who_did_the_deed_to_them_is_answered():
    result = answer_question(GUILD, "Who persuaded the Marlow boatmen to join the guild?")
    assert result.answer is not None and "by the Venn family" in result.answer
