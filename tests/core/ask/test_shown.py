"""ask.shown: the chosen sentence as the answer, with the paragraph it comes from as its source."""

from __future__ import annotations

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.shown import candidate_answer, cited_sources
from bot.core.search.index import build_index
from tests.conftest import own_article


def test_the_answer_is_the_candidate_and_its_source_its_paragraph():
    article = own_article("ask_lifeboat_quotes.txt")
    question = "Who fired the flares?"
    best = rank_candidates(article, question)[0]
    result = candidate_answer(article, build_index(article), question, best)
    assert result.answer == best.text
    assert result.sources == cited_sources(article, [best])


# A sentence longer than an answer may be, whose window around the question's words ends in a name.
_LONG = parse_article(
    "Title: The harbour board\n\nThe board met in spring.\n\n"
    "After a long winter of storms that flooded the lower quays and closed the fish market for weeks on end, "
    "the harbour board chose to rebuild the sea wall with stone from the " + " ".join(["very"] * 12) + " old "
    "northern quarry under the former city surveyor Marianne Okonkwo, who had built the old pier at the "
    "mouth of the river before the war, at a meeting held in the old customs house beside the water.\n\n"
    "The work starts in May.\n"
)


def test_a_long_sentence_cut_to_the_answer_length_keeps_a_name_whole():
    result = answer_question(_LONG, "Who did the harbour board choose to rebuild the sea wall?")
    assert "Marianne Okonkwo" in result.answer
    assert len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS


# A sentence longer than an answer may be, with asides in parentheses and the answer at its end.
_ASIDES = parse_article(
    "Title: The ferry fleet\n\nThe fleet was renewed in spring.\n\n"
    "On the northern crossing, (first tried on the old Tern), diesel ferries with twin rudders (although the "
    "Tern herself kept a single rudder and an open deck for cattle) carried most of the island's freight "
    "through the long winter months, being far cheaper to run (and needing much less repair in the yard) "
    "than the paddle steamers.\n\n"
    "The steamers were sold in May.\n"
)


def _shown(article, question: str) -> str:
    best = rank_candidates(article, question)[0]
    return candidate_answer(article, build_index(article), question, best).answer


def test_a_long_sentence_drops_asides_before_the_words_after_the_question_s():
    shown = _shown(_ASIDES, "What boats cost more to run than the diesel ferries with twin rudders?")
    assert shown.endswith("than the paddle steamers.")
    assert shown.startswith("On the northern crossing,")  # the whole sentence, less an aside
    assert len(shown) <= constants.ASK_MAX_ANSWER_CHARS


def test_an_aside_holding_a_question_word_the_sentence_lacks_is_kept():
    shown = _shown(_ASIDES, "Which ferry kept an open deck for cattle on the northern crossing?")
    assert "an open deck for cattle" in shown


# A sentence longer than an answer may be, its last words naming what is asked.
_TAIL = parse_article(
    "Title: The harbour trust\n\nThe trust was founded in spring.\n\n"
    "Set up by the town council after the great storm of the winter when the old quays were first rebuilt, "
    "the harbour trust has spent a good part of its modest income on repairs, on wages and on new boats "
    "for the pilots and their crews and on a new roof for the old customs house, and it often gave small "
    "sums to local groups such as the Larkspur Rowing Club and the Tern Society.\n\nThe trust meets in May.\n"
)


def test_a_cut_answer_ends_with_its_sentence_rather_than_on_a_dangling_and():
    shown = _shown(_TAIL, "Which local groups did the harbour trust give sums to?")
    assert shown.endswith("such as the Larkspur Rowing Club and the Tern Society.")
    assert len(shown) <= constants.ASK_MAX_ANSWER_CHARS


# A long sentence whose one aside holds the year a when-question asks for.
_DATED_ASIDE = parse_article(
    "Title: The lighthouse keepers\n\nThe lighthouse stands on the northern point.\n\n"
    "The keepers of the old lighthouse moved to the new stone cottages below the cliff (1904), after many "
    "years in the cramped rooms of the tower itself, where the wind off the sea had kept them awake through "
    "every winter and the damp had spoiled their stores of flour, salt and lamp oil, as the board's own "
    "inspectors had reported to the town council more than once.\n\nThe cottages are now a museum.\n"
)


def test_an_aside_holding_the_kind_of_thing_asked_for_is_kept():
    shown = _shown(_DATED_ASIDE, "When did the keepers move to the new stone cottages?")
    assert "(1904)" in shown
    assert len(shown) <= constants.ASK_MAX_ANSWER_CHARS


# A one-line text whose long sentence puts what is asked in its last words, after the question's words.
_LATE = parse_article(
    '(CNN)The council approved the plan on Monday. Called "Harbour Line," the tram scheme - which has been '
    "in planning at the city engineer's office for most of the last decade - will replace the old and "
    "much-criticised bus routes along the quays, which carried more than two million people last year and "
    "forever changed how residents travel between the ferry terminal, the market and the new stadium. "
    "Work begins in May.",
    "tram-scheme",
)


def test_a_long_sentence_cut_to_the_answer_length_keeps_its_last_words():
    result = answer_question(_LATE, "What did the bus routes change?")
    assert result.answer.endswith("the new stadium.")
    assert len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS
