"""broken_phrases reads whether the article writes a question's word pair together once per question,
for all its candidates: each candidate's count must stay what it is read alone."""

from bot.core.article import parse_article
from bot.core.ask import confidence
from bot.core.ask.candidates import content_words, rank_candidates
from bot.core.search.index import build_index

FERRY = parse_article(
    "Title: Harbour ferry\n\n"
    "The harbour ferry was sold to a Danish firm in March.\n\n"
    "The ferry crossed the harbour twice a day, and the old harbour office kept its timetable.\n\n"
    "A harbour fee paid for the new ferry landing, the council said.\n\n"
    "Ferry staff said the harbour had been quiet since the sale.\n"
)


def test_each_candidate_counts_the_phrases_it_breaks_as_read_alone():
    question = "Who bought the harbour ferry?"
    index = build_index(FERRY)
    words = content_words(index, question)
    top = rank_candidates(FERRY, question)
    alone = [confidence.broken_phrases(c, words, index) for c in top]
    shared: dict[int, bool] = {}
    assert [confidence.broken_phrases(c, words, index, shared) for c in top] == alone
    assert 1 in alone and 0 in alone  # a candidate breaking the phrase, and one keeping it
    assert shared == {1: True}  # "harbour ferry", the second pair of (bought, harbour, ferry)
