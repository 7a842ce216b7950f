"""ask.objects: "Which airline did Germany ban?" is answered by the name after the verb the subject does
("Germany has banned Skyvora Air ..."), when the article calls something an airline somewhere."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.objects import named_object
from bot.core.search.index import build_index

BAN = parse_article(
    "Germany bans Skyvora Air\n\n"
    "Germany has banned Skyvora Air from its airspace, citing the carrier's ties to a militia in Koria.\n\n"
    "The airline had flown four times a week between Koria and Frankfurt, officials said.\n\n"
    "Skyvora Air denied any links to the militia and said it would appeal.\n"
)
DESCRIBED = parse_article(
    "Dunmark acts on flights\n\n"
    "Dunmark on Tuesday banned Korian airline Velta Air from landing at its airports.\n\n"
    "Ministers said the airline had carried weapons.\n"
)
SIGNING = parse_article(
    "Lomax moves on\n\n"
    "Ada Lomax joined Brenton Labs last week after six years in Portlow.\n\n"
    "She will lead its research on batteries.\n"
)


def test_the_name_the_subject_bans_answers_which_airline():
    result = answer_question(BAN, "Which airline did Germany ban?")
    assert result.answer is not None
    assert "Skyvora Air" in result.answer


def test_describing_words_and_a_day_may_stand_around_the_verb():
    result = answer_question(DESCRIBED, "Which airline did Dunmark ban?")
    assert result.answer is not None
    assert "Velta Air" in result.answer


def _named_object(article, question):
    return named_object(build_index(article), question, rank_candidates(article, question))


def test_the_candidate_naming_the_object_is_made_confident():
    picked = _named_object(BAN, "Which airline did Germany ban?")
    assert picked is not None
    assert picked.text.startswith("Germany has banned Skyvora Air")


def test_a_name_of_a_kind_the_article_never_names_is_not_taken():
    assert _named_object(SIGNING, "Which team did Lomax join?") is None
    assert _named_object(SIGNING, "Which company did Lomax join?") is None


def test_a_pronoun_subject_is_not_read():
    assert _named_object(BAN, "Which airline did it ban?") is None


def test_a_question_ending_on_no_verb_is_not_read():
    assert _named_object(BAN, "Which airline did Germany ban flights from?") is None
