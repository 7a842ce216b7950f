"""The /summary engine: whole, distinct body sentences in article order, on any article."""

import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from bot.core import api, constants
from bot.core.article import parse_article
from bot.core.errors import QueryError
from bot.core.summary.engine import summarize
from tests.conftest import own_article

COUNTS = range(constants.SUMMARY_MIN_SENTENCES, constants.SUMMARY_MAX_SENTENCES + 1)
_TERMINAL = (".", "!", "?", "”", '"', "’", "'", "…")


def texts(summary) -> list[str]:
    return [s.text for s in summary.sentences]


def body_number(article, text: str) -> int:
    """The number of the article sentence a summary line was taken from."""
    return next(s.number for s in article.sentences if text.rstrip(".") in s.text)


def assert_never_alone(article, piece: str, after: str) -> None:
    """In summaries of 1 to 5 sentences, the line opening `piece` comes only with the one opening `after`."""
    for count in range(1, 6):
        lines = texts(summarize(article, count))
        if any(line.startswith(piece) for line in lines):
            assert any(line.startswith(after) for line in lines)


# --- the bundled article --------------------------------------------------------------


@pytest.mark.parametrize("count", COUNTS)
def test_bundled_summary_has_the_requested_number_of_sentences(bundled, count):
    assert len(summarize(bundled, count).sentences) == count


@pytest.mark.parametrize("count", COUNTS)
def test_bundled_summary_is_in_article_order(bundled, count):
    numbers = [body_number(bundled, text) for text in texts(summarize(bundled, count))]
    assert numbers == sorted(numbers)


@pytest.mark.parametrize("count", COUNTS)
def test_bundled_summary_contains_no_caption(bundled, count):
    for line in summarize(bundled, count).sentences:
        assert not bundled.paragraph(line.paragraph).is_caption
        assert not bundled.sentences[body_number(bundled, line.text) - 1].is_caption


@pytest.mark.parametrize("count", COUNTS)
def test_bundled_summary_has_no_near_duplicates(bundled, count):
    lines = texts(summarize(bundled, count))
    for i, first in enumerate(lines):
        for second in lines[i + 1 :]:
            assert fuzz.token_set_ratio(first, second) < constants.NEAR_DUPLICATE_SCORE


@pytest.mark.parametrize("count", COUNTS)
def test_bundled_summary_sentences_are_whole(bundled, count):
    for text in texts(summarize(bundled, count)):
        assert len(text.split()) >= constants.SUMMARY_MIN_WORDS
        assert text[0].isupper() or text[0] in "“\"'‘"
        assert text.endswith(_TERMINAL)


@pytest.mark.parametrize("count", COUNTS)
def test_bundled_summary_paragraph_numbers_point_at_the_sentence(bundled, count):
    for line in summarize(bundled, count).sentences:
        assert line.text in bundled.paragraph(line.paragraph).text


def test_three_sentence_summary_says_who_arrived_where(bundled):
    first = texts(summarize(bundled, 3))[0]
    assert "Blinken" in first and "arrived" in first and "Beijing" in first


def test_three_sentence_summary_says_why_the_visit_matters(bundled):
    assert "tensions" in " ".join(texts(summarize(bundled, 3)))


def test_three_sentence_summary_says_what_the_visit_follows(bundled):
    assert re.search(r"postponed|cancel", " ".join(texts(summarize(bundled, 3))))
    assert "balloon" in " ".join(texts(summarize(bundled, 3)))


def test_summary_json_contract(bundled):
    data = api.summary(bundled, 2).to_dict()
    assert data["article"] == bundled.id
    assert [set(s) for s in data["sentences"]] == [{"text", "paragraph"}] * 2


@pytest.mark.parametrize("count", [0, 11, -1])
def test_sentence_counts_outside_one_to_ten_are_refused(bundled, count):
    with pytest.raises(QueryError):
        api.summary(bundled, count)


# --- articles of our own ----------------------------------------------------------------


def test_two_sentence_article_returns_both_sentences_for_any_count():
    article = own_article("summary_two_sentences.txt")
    for count in (2, 3, 10):
        assert len(summarize(article, count).sentences) == 2


def test_one_sentence_summary_of_a_short_article_is_its_lede():
    article = own_article("summary_two_sentences.txt")
    assert texts(summarize(article, 1))[0].startswith("The ferry between Portmere")


def test_article_made_only_of_quotes_is_summarised_from_its_quotes():
    article = own_article("summary_only_quotes.txt")
    lines = texts(summarize(article, 3))
    assert len(lines) == 3
    assert all(line.startswith("“") for line in lines)


def test_article_with_no_full_stops_gives_a_clipped_opening():
    article = own_article("summary_no_full_stops.txt")
    (line,) = texts(summarize(article, 3))
    assert line.startswith("the storm reached the coast")
    assert line.endswith("…")
    assert len(line.split()) <= constants.SUMMARY_MAX_SENTENCE_WORDS


def test_wire_story_by_line_and_time_stamps_are_never_picked():
    lines = texts(summarize(own_article("summary_wire_story.txt"), 10))
    joined = " ".join(lines)
    assert "PUBLISHED" not in joined and "EST" not in joined and "Kim Lowry" not in joined
    assert "Scroll down" not in joined


def test_wire_story_labelled_and_pictured_captions_are_never_picked():
    joined = " ".join(texts(summarize(own_article("summary_wire_story.txt"), 10)))
    assert "(pictured)" not in joined
    assert "Saved:" not in joined and "Happy day:" not in joined


def test_wire_story_repeated_lede_appears_once():
    lines = texts(summarize(own_article("summary_wire_story.txt"), 10))
    assert sum("saved from closure" in line for line in lines) == 1


def test_wire_story_summary_leads_with_its_lede():
    assert texts(summarize(own_article("summary_wire_story.txt"), 1))[0].startswith(
        "A village school in Cumbria has been saved"
    )


def test_sentence_pointing_back_is_never_picked_without_its_antecedent():
    article = own_article("summary_lede_pronoun.txt")
    for count in range(1, 7):
        lines = texts(summarize(article, count))
        for i, line in enumerate(lines):
            if line.startswith(("She ", "But ")):
                previous = body_number(article, line) - 1
                assert i > 0 and body_number(article, lines[i - 1]) == previous


def test_a_lede_dated_this_weekend_opens_the_summary():
    article = parse_article(
        "This weekend marked the opening of the new town library, the first in forty years. "
        "Of course, the building had been open to readers for several weeks before the ceremony. "
        "And the library was full: queues ran around the square on the opening day. "
        "The library cost four million pounds and was paid for by the county council. "
        "It holds sixty thousand books, a café and a room for the town's archive."
    )
    assert texts(summarize(article, 2))[0].startswith("This weekend marked the opening")


def test_agency_dateline_is_removed_from_the_summary():
    article = parse_article(
        "(CNN) -- Flooding closed the main rail line between the two cities on Tuesday, officials said. "
        "Engineers expect the line to reopen by the weekend."
    )
    assert texts(summarize(article, 1)) == [
        "Flooding closed the main rail line between the two cities on Tuesday, officials said."
    ]


def test_fifty_thousand_word_article_gives_three_ordinary_sentences():
    rng = random.Random(5)
    subjects = ["The council", "A spokesman", "The minister", "Local residents", "The company", "Police"]
    verbs = ["said", "warned", "confirmed", "denied", "announced", "reported"]
    objects = ["the budget", "the new bridge", "a delay", "the strike", "the flood defences", "the election"]
    sentences = [
        f"{rng.choice(subjects)} {rng.choice(verbs)} on day {n} that {rng.choice(objects)} "
        f"would affect {rng.randint(2, 9000)} people in {rng.choice(['Leeds', 'Hull', 'York', 'Bath'])}."
        for n in range(3300)
    ]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    article = parse_article("\n".join(paragraphs))
    assert article.word_count >= 50_000
    lines = texts(summarize(article, 3))
    assert len(lines) == 3
    assert all(len(line.split()) <= constants.SUMMARY_MAX_SENTENCE_WORDS for line in lines)


def test_article_with_only_captions_is_summarised_from_them():
    article = parse_article(
        "Blinken (left) greets Burns in Beijing on Sunday\nThe motorcade leaves the airport"
    )
    assert summarize(article, 3).sentences


# Pieces of real news debris mixed with arbitrary characters, to reach the screening rules.
NEWS_PIECES = st.sampled_from(
    [
        *"abcXYZ .,!?'\"“”‘’()-—:\n\t09éß北京",
        "By .",
        " . ",
        "(CNN) --",
        "He said",
        "(pictured)",
        "PUBLISHED: .",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(min_size=1, max_size=400), st.lists(NEWS_PIECES, max_size=200).map("".join)),
    st.integers(1, 10),
)
def test_any_text_gives_a_summary_without_raising(text, count):
    try:
        article = parse_article(text)
    except Exception as error:  # the parser may refuse text with no words, with its own error
        assert type(error).__name__ == "ArticleError"
        return
    summary = summarize(article, count)
    assert len(summary.sentences) <= count
    assert all(s.text.strip() for s in summary.sentences)


def test_sentence_inside_a_quotation_is_never_picked_without_its_opening():
    article = parse_article(
        "The singer criticised the cosmetics company in a long interview on Sunday night. "
        "She told the presenter: 'They sell whitening cream to millions of customers in Africa. "
        "People really want to buy those whitening creams from the cosmetics company. "
        "I don't care what the company says about its whitening creams.' "
        "The company said it would not comment on the interview."
    )
    assert_never_alone(article, "People really want", after="She told the presenter")


def test_a_sentence_inside_a_quotation_whose_next_paragraph_opens_a_mark_is_never_picked_alone():
    # Joined paragraphs: a quotation's paragraph ends unclosed and the next opens a mark again.
    article = parse_article(
        "Harbour captain Ines Talbot has no plans to coach when her sailing career is over.\n\n"
        '"I am not interested in coaching but I would like to run sailing schools," the captain told '
        'Radio Lenmouth. "I have wanted to do that since I first sailed in the harbour. I am going to '
        'open schools in Lenmouth and in Kestrelford. "My other passion is the lifeboat charity."\n\n'
        "Talbot won the coastal regatta for the third time on Saturday."
    )
    assert_never_alone(article, "I am going to open", after='"I have wanted')


def test_repeated_calls_on_one_article_give_the_same_summaries(bundled):
    first = [summarize(bundled, count) for count in COUNTS]
    assert [summarize(bundled, count) for count in reversed(COUNTS)] == first[::-1]


def test_cli_json_summary_of_a_one_line_wire_story(capsys):
    from bot.cli import main
    from tests.conftest import TEST_ARTICLES

    assert (
        main(
            [
                "summary",
                "--sentences",
                "3",
                "--json",
                "--article",
                str(TEST_ARTICLES / "summary_wire_story.txt"),
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["article"] == "summary-wire-story"
    assert len(data["sentences"]) == 3
    assert all(s["paragraph"] == 1 and not s["text"].startswith("By") for s in data["sentences"])


def test_a_summary_of_an_endless_text_comes_from_its_first_sentences():
    lede = "The harbour council voted on Monday to reopen the old ferry pier next spring."
    filler = " ".join(f"Councillor {n} spoke about the cost of the harbour works today." for n in range(6000))
    article = parse_article(f"{lede} {filler}\n")
    first = {s.text for s in article.sentences[: constants.SUMMARY_MAX_CANDIDATES]}
    assert all(s.text in first for s in api.summary(article, 3).sentences)


def test_a_sentence_is_weighed_by_its_first_words_only(monkeypatch):
    from bot.core.summary import engine

    monkeypatch.setattr(constants, "SUMMARY_SENTENCE_WORDS_WEIGHED", 5)
    article = parse_article(
        "Weighing\nAlpha bravo charlie delta echo foxtrot golf hotel india juliet kilo.\n"
        "The council met on Monday and agreed a new budget for the harbour.\n",
        "weighing",
    )
    vectors = [c.vector for c in engine._pool(article, engine.DEFAULT_WEIGHTS)]
    long_one = next(v for v in vectors if "alpha" in v)
    assert "bravo" in long_one and "hotel" not in long_one


TRANSCRIPT = (
    "Title: Transcript: the harbour master on the storm\n\n"
    "Harbour master Ines Kolar spoke with radio host Ben Aldo on Monday about the storm damage.\n\n"
    "ALDO: How many boats were lost in the harbour?\n\n"
    "KOLAR: Fourteen boats sank and another thirty were damaged beyond repair.\n\n"
    "ALDO: Was the harbour warned in time?\n\n"
    "KOLAR: No. We sent the warning two days before the storm reached the coast.\n\n"
    "ALDO: When will the harbour reopen to fishing boats?\n\n"
    "KOLAR: The inner harbour opens on Friday, the outer one in about a month.\n"
)


def test_a_transcript_summary_keeps_who_is_speaking():
    sentences = [s.text for s in summarize(parse_article(TRANSCRIPT), 3).sentences]
    turns = [text for text in sentences if ":" in text[:8]]
    assert turns and all(text.split(":")[0] in ("ALDO", "KOLAR") for text in turns)


def test_a_transcript_summary_leaves_out_a_bare_no():
    sentences = [s.text for s in summarize(parse_article(TRANSCRIPT), 3).sentences]
    assert not any("No. We sent" in text for text in sentences)


def test_a_short_article_asked_for_more_sentences_keeps_its_short_lede():
    # Five words are too few to compete in a long article; in a two-sentence story the lede was dropped.
    article = parse_article(
        "Pier reopens\n\nThe pier reopened on Friday. Repairs cost $2 million, the board said.\n"
    )
    texts = [s.text for s in api.summary(article, 3).sentences]
    assert texts == ["The pier reopened on Friday.", "Repairs cost $2 million, the board said."]


def test_a_short_piece_of_a_quotation_does_not_fill_a_summary():
    article = parse_article(
        "Signs\n\nProtesters carried signs through the town centre on Saturday afternoon.\n\n"
        "“Vote them out!” read one.\n"
    )
    assert [s.text for s in api.summary(article, 3).sentences] == [
        "Protesters carried signs through the town centre on Saturday afternoon."
    ]


def test_the_opening_sentence_of_a_running_quotation_is_never_picked_without_its_speaker():
    # "“The talk is all speculation. I ignore it.”": the first sentence names no speaker.
    article = parse_article(
        "Lock-keeper Ruth Calder has rejected reports linking her to the post of harbour master.\n\n"
        "Calder is said to be among the favourites for the harbour master post, but says she is "
        'focused on the spring tides. "I honestly do not think about these reports," she told Radio '
        'Lenmouth. "The harbour master talk is rumour and newspaper chatter about the harbour post, '
        'no more than that. I pay it no attention and keep working on the lock." She added that the '
        "lock gates need repair before the spring tides."
    )
    assert_never_alone(article, '"The harbour master talk', after='"I honestly do not think')


def test_the_last_sentence_of_a_quotation_running_into_the_next_paragraph_is_never_picked_alone():
    # The quotation's paragraph ends unclosed and the next paragraph opens a mark: it goes on.
    article = parse_article(
        "Tennis champion Marta Sorel has ruled out winning the grass court title in the future.\n\n"
        "Sorel said she had given up on the grass court title after losing in the first round last "
        'year. "Basically, I would love to win a couple more titles on clay. I think I have a chance '
        "of winning the title on clay if I continue this way.\n\n"
        '"Should my coach stay on another season or two, I believe I can do it." Sorel won her first '
        "title in 2000 and lost two finals since."
    )
    assert_never_alone(article, "I think I have a chance", after='"Basically')
