"""`ask`: the sentence that answers a question, with sources, or an honest "the article doesn't say"."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.core import api, constants
from bot.core.article import parse_article
from bot.core.ask import engine as answer
from bot.core.ask.engine import answer_question, rank_candidates
from bot.core.ask.question import (
    COUNT,
    HOW_MANY,
    MONEY,
    ORIGIN,
    WHEN,
    WHERE,
    WHO,
    WHY,
    answer_type_score,
    classify,
)
from bot.core.errors import QueryError
from bot.core.quotes import engine as quotes
from tests.conftest import own_article


def said(result: answer.Answer) -> str:
    """What the reply shows: the tier-1 answer, or the tier-2 passage."""
    return result.answer or (result.passage.text if result.passage else "")


@pytest.fixture(scope="module")
def tram():
    return own_article("search_tram_line.txt")


BUNDLED_QUESTIONS = [
    ("When did Blinken arrive in Beijing?", "early Sunday"),
    ("Where did Blinken arrive?", "arrived in Beijing"),
    ("Who did Blinken plan to meet on Sunday?", "Qin Gang"),
    ("When might Blinken meet Xi Jinping?", "possibly President Xi Jinping on Monday"),
    ("Why was the trip postponed?", "spy balloon"),
    ("What was shot down?", "balloon"),
    ("How many new embassies does China plan to open?", "at least five new embassies"),
    ("How many days of talks was Blinken due to begin?", "two days of talks"),
    ("Who is the Chinese foreign minister?", "Foreign Minister Qin Gang"),
    ("What did Xi say about relations?", "foundation of China-US relations"),
    ("Who met with Bill Gates?", "Xi hinted"),  # the story sentence, not the photo caption
    ("When did Xi meet Bill Gates?", "On Friday"),
    ("Who is the top Asia expert on the National Security Council?", "Kurt Campbell"),
    ("Where is the security symposium?", "Singapore"),
    ("Who turned down a request from Lloyd Austin?", "defense minister"),
    ("What did China dismiss as wacky and unprofessional?", "a report by a US security firm"),
    ("Who visited China in May?", "William Burns"),
    ("What does AUKUS stand for?", "Australia, the UK and the US"),
    ("How old is the nuclear partnership?", "18-month-old"),
    ("Who held their first joint talks on Friday?", "national security advisers"),
    ("Where will the Group of 20 leaders meet in September?", "New Delhi"),
    ("Where is the Asia-Pacific economic cooperation summit?", "San Francisco"),
    ("When did Biden and Xi agree to the trip?", "last year"),
    ("Who is the US ambassador to China?", "Nicholas Burns"),
    ("Who is Daniel Kritenbrink?", "top US diplomat for East Asia"),
    ("Who is Antony Blinken?", "Antony Blinken is the US Secretary of State."),
    ("Who is Jake Sullivan?", "national security adviser"),
]

TRAM_QUESTIONS = [
    ("When did the city council vote on the tram line?", "on Tuesday"),
    ("How much will the tram line cost?", "€480 million"),
    ("How long is the Blue Line?", "14-kilometre"),
    ("How many stops will the line have?", "22 stops"),
    ("How many passengers a day is the line expected to carry?", "60,000 passengers"),
    ("When will the tram line open?", "September 2028"),
    ("Why was the project postponed?", "refused to share the cost"),
    ("Who is José Martínez?", "transport director"),
    ("Who leads the opponents?", "shopkeepers’ association"),
    ("What did Ingrid Paulsen call the timetable?", "wildly optimistic"),
    ("Who is building the trains?", "Nordbahn"),
    ("Where is Nordbahn based?", "Malmö"),
    ("How often will trams run at peak times?", "every six minutes"),
    ("When will construction begin?", "in March"),
    ("How big is the European Union grant?", "€120 million"),
    ("Why is the final design cheaper?", "reuse an abandoned freight railway"),
    ("Who tested the old railway bridge?", "Engineers from the university"),
    ("Since when has the Green party campaigned for the tram?", "since 2015"),
    ("Who is the mayor?", "Zoë Lindqvist"),
    ("Who is Ingrid Paulsen?", "chairwoman"),
]

OFF_TOPIC = [
    "What is the capital of France?",
    "Who won the World Cup?",
    "How much does a Tesla cost?",
    "What did Macron say about Ukraine?",
    "When will Blinken visit Moscow?",
    "What is quantum computing?",
    "Who is Elon Musk?",
    "What is the best pizza in Naples?",
]

TRAM_OFF_TOPIC = [
    "Who won the World Cup?",
    "What is the capital of Peru?",
    "How much does a ticket for the metro cost?",
    "When will the airport extension open?",
    "What did Mayor Lindqvist say about the football stadium?",
]


@pytest.mark.parametrize(("question", "expected"), BUNDLED_QUESTIONS)
def test_answers_factual_questions_about_the_bundled_article(bundled, question, expected):
    result = answer_question(bundled, question)
    assert result.tier in (1, 2), f"tier 3 (missing {result.missing})"
    # Tier 1 says it; tier 2 shows the passage that says it, when the model is less sure.
    assert expected.casefold() in said(result).casefold()


@pytest.mark.parametrize(("question", "expected"), TRAM_QUESTIONS)
def test_answers_the_same_kinds_of_question_about_another_article(tram, question, expected):
    result = answer_question(tram, question)
    assert result.tier in (1, 2), f"tier 3 (missing {result.missing})"
    assert expected.casefold() in said(result).casefold()


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_declines_off_topic_questions(bundled, question):
    assert answer_question(bundled, question).answer is None


@pytest.mark.parametrize("question", TRAM_OFF_TOPIC)
def test_declines_off_topic_questions_about_another_article(tram, question):
    assert answer_question(tram, question).answer is None


def test_an_unsure_answer_offers_the_closest_paragraphs_as_leads(bundled):
    result = answer_question(bundled, "When will Blinken travel to Washington again?")
    assert result.answer is None
    assert result.tier == 2
    assert 1 <= len(result.sources) <= constants.ASK_LEADS
    assert "Blinken" in result.sources[0].text


def test_a_question_about_nothing_in_the_article_has_no_leads(bundled):
    assert answer_question(bundled, "What is the capital of France?").sources == ()


def test_an_answer_names_its_source_paragraph(bundled):
    result = answer_question(bundled, "Where is the security symposium?")
    assert result.sources[0].paragraph == 23
    assert result.answer in result.sources[0].text


def test_confidence_is_higher_for_an_answer_than_for_a_decline(bundled):
    sure = answer_question(bundled, "Where is the security symposium?").confidence
    unsure = answer_question(bundled, "When will Blinken travel to Washington again?").confidence
    assert 0 <= unsure < constants.ASK_HIGH_CONFIDENCE <= sure <= 1


def test_a_changed_detail_lowers_confidence(tram):
    # The article says the trains come from Malmö; a question that swaps a name is a trap.
    true = rank_candidates(tram, "Where is Nordbahn based?")[0].confidence
    swapped = rank_candidates(tram, "Where is Siemens based?")[0].confidence
    assert swapped < true


def test_answers_are_at_most_300_characters():
    long_sentence = (
        "The committee met on Monday and " + "discussed the budget at length, " * 20 + "then left."
    )
    article = parse_article(f"{long_sentence}\nThe chairman resigned on Tuesday.\n")
    result = answer_question(article, "When did the committee meet?")
    assert result.answer is not None
    assert len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS
    assert "Monday" in result.answer


def test_ranked_candidates_are_best_first_with_confidences(bundled):
    ranked = rank_candidates(bundled, "Who visited China in May?")
    assert ranked and "William Burns" in ranked[0].text
    assert all(0 <= c.confidence <= 1 for c in ranked)


def test_json_contract(bundled):
    data = answer_question(bundled, "Where is the security symposium?").to_dict()
    assert set(data) == {"question", "answer", "confidence", "passage", "missing", "sources", "also"}
    assert set(data["sources"][0]) == {"paragraph", "text"}


def test_declined_json_has_a_null_answer(bundled):
    assert answer_question(bundled, "Who won the World Cup?").to_dict()["answer"] is None


# --- people and quotations -------------------------------------------------------------


def test_who_is_uses_the_speaker_registry_role_when_it_knows_the_person(bundled, monkeypatch):
    person = quotes.Speaker("Daniel Kritenbrink", ("Kritenbrink",), "the top US diplomat for East Asia", 1)
    monkeypatch.setattr(quotes, "find_person", lambda article, name: person)
    result = answer_question(bundled, "Who is Kritenbrink?")
    assert result.answer == "Daniel Kritenbrink is the top US diplomat for East Asia."
    assert result.kind == "person"
    assert result.sources[0].paragraph == 36


@pytest.mark.parametrize("question", ["Who is the mayor?", "Who was Robert's son?", "Who is he?"])
def test_who_is_asks_the_registry_only_about_names(tram, monkeypatch, question):
    asked = []
    monkeypatch.setattr(quotes, "find_person", lambda article, name: asked.append(name))
    answer_question(tram, question)
    assert asked == []


def test_who_is_falls_back_to_the_sentence_without_a_registry(bundled, monkeypatch):
    monkeypatch.setattr(quotes, "find_person", lambda article, name: None)
    result = answer_question(bundled, "Who is Kurt Campbell?")
    assert result.kind == "sentence"
    assert "top Asia expert" in result.answer


def test_what_someone_said_uses_the_quote_engine(bundled, monkeypatch):
    speaker = quotes.Speaker("Xi Jinping", ("Xi",), "China's president", 2)
    said = (
        quotes.Quote(
            "benefit both of our countries.",
            14,
            "Xi hinted that we can “benefit both of our countries.”",
            "Xi",
        ),
        quotes.Quote(
            "the foundation of China-US relations", 15, "“The foundation of China-US relations”", "Xi"
        ),
    )
    monkeypatch.setattr(quotes, "find_quotes", lambda article, q: quotes.QuoteResult(q, speaker, said))
    result = answer_question(bundled, "What did Xi say about relations?")
    assert result.kind == "quote"
    assert result.sources[0].paragraph == 15


def test_what_someone_said_falls_back_when_the_quote_engine_knows_no_one(bundled, monkeypatch):
    monkeypatch.setattr(quotes, "find_quotes", lambda article, q: quotes.QuoteResult(q, None, ()))
    result = answer_question(bundled, "What did Austin say about the meeting?")
    assert result.kind == "sentence"
    assert "at some point" in result.answer


# --- question types ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who is the mayor?", WHO),
        ("When did the vote happen?", WHEN),
        ("In what year was it founded?", WHEN),
        ("Where is Nordbahn based?", WHERE),
        ("In which country is Malmö?", WHERE),
        ("How many stops are there?", COUNT),
        ("How much will it cost?", MONEY),
        ("How much sugar is in it?", HOW_MANY),
        ("Why was it postponed?", WHY),
    ],
)
def test_question_types(question, kind):
    assert classify(question).kind == kind


def test_the_answer_kind_the_question_wants_wins_a_tie():
    article = parse_article(
        "The museum reopened in the harbour district.\nThe museum reopened on 3 May 2021.\n"
    )
    assert "2021" in said(answer_question(article, "When did the museum reopen?"))
    assert "harbour" in said(answer_question(article, "Where did the museum reopen?"))


# --- robustness ---------------------------------------------------------------------------


def test_api_ask_validates_and_answers(bundled):
    assert api.ask(bundled, "  Where is the security symposium?  ").answer


def test_a_question_of_only_stopwords_is_refused_with_a_remedy(bundled):
    with pytest.raises(QueryError, match="add a name, a place or a subject"):
        api.ask(bundled, "What is it?")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=80))
@example("2𑃰")  # str.isdigit() holds for other scripts' digits, which no number word table has
def test_any_question_never_raises(question):
    article = parse_article("Officials met in Vienna on Friday.\nThe F-22 shot down a balloon in February.\n")
    result = answer.answer_question(article, question)
    assert result.answer is None or len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS


# --- long paragraphs, speakers, captions ------------------------------------------------


@pytest.fixture(scope="module")
def one_line():
    return own_article("search_one_line.txt")


def test_a_long_paragraph_source_is_the_answer_sentence_window(one_line):
    result = answer_question(one_line, "Who raised the alarm?")
    assert "Marta Olsen" in result.answer
    source = result.sources[0]
    assert source.paragraph == 1
    assert len(source.text) <= constants.ASK_MAX_ANSWER_CHARS
    assert result.answer in source.text


def test_what_x_said_falls_back_to_x_own_words_never_another_speaker(one_line):
    result = answer_question(one_line, "What did Vik say about the storm?")
    # None of Vik's words says "storm": they are the closest passage, not the answer.
    assert "Nobody should be at sea" in result.passage.text
    assert "Nobody should be at sea" in result.sources[0].text
    assert "many storms" not in result.sources[0].text


CAPTIONED = (
    "Rovers snatch late win at Millfield\n"
    "Rovers beat Millfield 2-1 on Saturday to climb to third in the league.\n"
    "Ana Ruiz celebrates the winning goal with the fans (pictured) late on. "
    "‘I will never forget this night,’ she said.\n"
    "Ana Ruiz scored the winner in the 89th minute with a header from a corner.\n"
    "Millfield had led through an early penalty.\n"
)


def test_a_photo_caption_is_never_joined_to_its_neighbour():
    article = parse_article(CAPTIONED, "captioned")
    for candidate in rank_candidates(article, "Who scored the winning goal late on?"):
        captions = [s.is_caption for s in candidate.sentences]
        assert not (any(captions) and len(captions) > 1)


def test_story_text_answers_before_a_photo_caption():
    article = parse_article(CAPTIONED, "captioned")
    result = answer_question(article, "Who scored the winner?")
    assert result.answer.startswith("Ana Ruiz scored the winner")


def test_a_month_is_not_a_place():
    from bot.core.ask.question import answer_type_score

    assert answer_type_score(WHERE, "The crash took place in October 2013.", {"crash"}) == 0.0
    assert answer_type_score(WHERE, "The crash took place in Norway.", {"crash"}) == 1.0


def test_the_category_of_a_which_question_is_not_a_claim_to_match(tram):
    # "In what year" asks for a year; the sentence need not say "year".
    result = answer_question(tram, "In what year will the tram line open?")
    assert "2028" in said(result)


# --- "how old", "where": the answer must hold what is asked ------------------------------


def test_how_old_answers_with_the_age_beside_the_asked_name(one_line):
    result = answer_question(one_line, "How old is Marta Olsen?")
    assert "Marta Olsen, 58" in result.answer


def test_how_old_never_answers_with_someone_elses_age(one_line):
    # Her father's age is in the article; Paul Vik's is not.
    result = answer_question(one_line, "How old is Paul Vik?")
    assert result.answer is None


def test_how_old_declines_when_the_article_gives_no_age(tram):
    assert answer_question(tram, "How old is Lindqvist?").answer is None


def test_a_where_answer_needs_a_place(one_line):
    result = answer_question(one_line, "Where were the passengers brought ashore?")
    assert "Brennvik" in result.answer


def test_a_phrase_with_a_place_noun_is_a_place_and_other_phrases_are_not():
    from bot.core.ask.question import answer_type_score

    assert answer_type_score(WHERE, "They met at a small hotel by the sea.", set()) > 0.5
    assert answer_type_score(WHERE, "He died in a head-on crash.", set()) == 0.0


@pytest.mark.parametrize("question", ["Duarte?", "ines duarte", "Ines Duarte"])
def test_a_question_that_is_only_a_name_is_asked_as_who_is(question):
    article = parse_article(
        "Tram line opens\n\nMayor Ines Duarte opened the new tram line on Monday.\n\n"
        "“It is a great day for the city,” Duarte said.\n"
    )
    result = answer_question(article, question)
    assert result.kind == "person"
    assert result.answer == "Ines Duarte is the Mayor."


def test_a_place_name_written_in_lower_case_is_no_place():
    # "new" (of New York) and "us" (the US) are places only when written as names.
    assert answer_type_score(WHERE, "The firm introduced new checks on finances.", set()) < 1.0
    assert answer_type_score(WHERE, "She told us about the plan.", set()) < 1.0
    assert answer_type_score(WHERE, "She moved to New York.", set()) == 1.0


def test_where_prefers_the_sentence_that_places_the_thing_asked_about():
    article = parse_article(
        "Care home theft\n\nA manager stole from residents at Oakfield House in Dunmere.\n\n"
        "Oakfield House, which is run by Greenleaf Care, said it had introduced new checks.\n"
    )
    assert "in Dunmere" in answer_question(article, "Where is Oakfield House?").answer


@pytest.mark.parametrize(
    "question", ["Where is Boateng from?", "where does she come from", "What nationality is she?"]
)
def test_where_someone_is_from_is_a_question_of_origin(question):
    assert classify(question).kind == ORIGIN


def test_a_people_word_says_where_someone_is_from():
    sentence = "Ghanaian singer Ama Boateng won the prize on Friday."
    assert answer_type_score(ORIGIN, sentence, {"boateng"}) == 1.0
    assert answer_type_score(WHERE, sentence, {"boateng"}) < 1.0


def test_where_someone_is_from_is_answered_by_their_people_not_where_they_were():
    article = parse_article(
        "Prize for singer\n\nGhanaian singer Ama Boateng won the Harbour Prize on Friday.\n\n"
        "Boateng thanked her fans at a party in London after the ceremony.\n"
    )
    assert "Ghanaian" in answer_question(article, "Where is Boateng from?").answer


def test_one_as_a_pronoun_or_in_at_one_time_is_no_count():
    for text in (
        "The firm, which at one time ran the server, deleted an archive of emails.",
        "Reyes made a new request, this one about the deleted emails.",
        "No one knew why the emails were deleted.",
    ):
        assert answer_type_score(COUNT, text, {"emails", "deleted"}) == 0.0, text
    assert answer_type_score(COUNT, "The firm deleted one archive of emails.", {"emails"}) == 1.0
