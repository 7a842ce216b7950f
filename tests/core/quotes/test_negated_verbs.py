"""A negation between a subject and its verb ("she had not yet called for ...", "he hadn’t said")
leaves the verb the subject's: the quotation after it in the same clause is the subject's, but the
negated verb reports nothing said, so it makes no paraphrase."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_quotation_after_a_negated_verb_in_a_participle_clause_is_the_subjects():
    text = (
        "Dana Fell, a river campaigner and lawyer, endorsed the plan Saturday, saying she had not yet "
        "called for the mayor’s resignation because she believed “we must put all our energy into "
        "helping the people of Marsh End.”\n"
    )
    assert speakers_of(text) == ["Dana Fell"]


def test_a_negated_contraction_leaves_the_verb_the_subjects():
    text = (
        "Tom Reyes spoke at the pier on Monday. He hadn’t yet called for a vote, because he believed "
        "“the town deserves a longer debate.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_negated_verb_of_saying_makes_no_paraphrase():
    article = parse_article(
        "Title: T\n\nMayor Ann Holt has voiced concern over the case. She has not called for the "
        "chief to resign.\n"
    )
    assert quotes.extract_paraphrases(article) == ()
