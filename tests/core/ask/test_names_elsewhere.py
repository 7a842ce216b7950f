"""A name the question asks about that its sentence lacks, named further off in the paragraph: SQuAD 2.0
writes unanswerable questions by putting another place or body in a sentence's question."""

from __future__ import annotations

from bot.core import api
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.confidence import FEATURES
from tests.conftest import own_article


def test_a_sentence_about_another_place_named_in_its_paragraph_is_no_answer():
    # "Kelby joined the league in 1962" says nothing of when Tarn, named two sentences on, joined.
    article = own_article("ask_rowing_league.txt")
    assert api.ask(article, "When did Tarn join the Coastal Rowing League?").answer is None


def test_the_place_the_sentence_is_about_still_answers():
    article = own_article("ask_rowing_league.txt")
    reply = api.ask(article, "When did Kelby join the Coastal Rowing League?")
    assert reply.answer is not None and "1962" in reply.answer


def test_a_speakers_we_may_be_the_place_asked_about():
    article = own_article("ask_fishing_port.txt")
    reply = api.ask(article, "How long has Brenmoor fished these waters?")
    assert reply.answer is not None and "three hundred years" in reply.answer


def test_an_owner_named_earlier_in_the_paragraph_is_no_other_place():
    # "Brenmoor's fleet" asks about the fleet, which the sentence calls "Its fleet".
    article = own_article("ask_fishing_port.txt")
    reply = api.ask(article, "What is Brenmoor's fleet now?")
    assert reply.answer is not None and "largest on the coast" in reply.answer


def test_the_articles_subject_named_in_many_paragraphs_is_no_name_elsewhere():
    # Brenmoor is named in three of the article's paragraphs: "The fleet" is its fleet.
    article = own_article("ask_fishing_port_subject.txt")
    best = rank_candidates(article, "What is the fleet of Brenmoor now?")[0]
    assert "The fleet is now the largest" in best.text
    assert best.evidence.values[FEATURES.index("name_elsewhere")] == 0.0


def test_a_name_asked_as_part_of_a_longer_one_is_no_name_elsewhere():
    # "the Council Chamber", which the sentence writes "the Chamber".
    article = own_article("ask_late_sitting.txt")
    best = rank_candidates(article, "What was seen in the Council Chamber during the final speech?")[0]
    assert "stray cat" in best.text
    assert best.evidence.values[FEATURES.index("name_elsewhere")] == 0.0
