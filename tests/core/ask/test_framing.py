"""Questions about the article itself, not its story, are answered by what frames the story: the
dateline ("PORTLAND, Maine (AP) —") for where it was filed, by which agency and on what day, a wire
byline or time stamp when there is no dateline, and the headline; the source says which part it is."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

HEADLINE = "Pier reopens after repairs\n\n"
LEDE = "The town pier reopened on Friday after six months of repairs, the harbour board said."
REST = "\n\nRepairs cost $2 million and were paid for by the county, the board said.\n"


def article(opening: str = "", head: str = HEADLINE):
    return parse_article(head + opening + LEDE + REST)


def test_the_agency_asked_for_is_the_datelines():
    result = answer_question(article("PORTLAND, Maine (AP) — "), "What news agency reported this?")
    assert result.tier == 1
    assert result.answer == "PORTLAND, Maine (AP)"
    assert result.sources[0].part == "dateline"
    assert result.sources[0].paragraph == 1


def test_the_dateline_source_is_the_paragraph_it_opened_as_written():
    result = answer_question(article("LONDON (Reuters) - "), "Which agency filed this story?")
    assert result.sources[0].text == "LONDON (Reuters) - " + LEDE


def test_a_cnn_dateline_names_the_network():
    assert (
        answer_question(article("(CNN) -- "), "Which news organization published this article?").answer
        == "(CNN)"
    )


def test_without_a_dateline_a_wire_byline_names_the_agency():
    result = answer_question(
        article("By LINA MARSH, Associated Press\n\n"), "What news agency reported this?"
    )
    assert result.answer == "By LINA MARSH, Associated Press"
    assert result.sources[0].part == "byline"


def test_the_day_of_a_wire_dateline_dates_the_report():
    result = answer_question(article("FLINT, Mich., Oct. 4 (UPI) — "), "What was the date of the report?")
    assert result.answer == "FLINT, Mich., Oct. 4 (UPI)"


def test_without_a_dated_dateline_a_time_stamp_dates_the_article():
    stamp = "By . Lina Marsh . PUBLISHED: . 14:11 EST, 25 October 2013 . | . "
    result = answer_question(parse_article(stamp + LEDE + " " + REST.strip()), "When was this published?")
    assert result.answer is not None and "25 October 2013" in result.answer
    assert result.sources[0].part == "date line"


def test_where_this_happened_is_the_datelines_place():
    result = answer_question(article("WASHINGTON — "), "Where did this happen?")
    assert result.answer == "WASHINGTON"
    assert result.sources[0].part == "dateline"


def test_where_the_story_is_from_is_the_datelines_place():
    assert answer_question(article("Beirut (CNN) -- "), "Where is this story from?").answer == "Beirut (CNN)"


def test_a_dateline_naming_no_place_does_not_say_where():
    result = answer_question(article("(CNN) -- "), "Where did this happen?")
    assert result.answer != "(CNN)"


def test_the_headline_asked_for_is_the_title():
    result = answer_question(article(), "What is the headline?")
    assert result.answer == "Pier reopens after repairs"
    assert result.sources[0].part == "headline"


def test_a_byline_answering_who_wrote_it_is_labelled_byline():
    result = answer_question(article("By Lina Marsh\n\n"), "Who wrote this article?")
    assert result.sources[0].part == "byline"


def test_a_question_about_the_story_is_answered_from_the_story():
    result = answer_question(article("PORTLAND, Maine (AP) — "), "How much did the repairs cost?")
    assert result.answer is not None and "$2 million" in result.answer
    assert result.sources[0].part is None


def test_without_a_dateline_a_where_question_about_the_article_is_answered_as_before():
    result = answer_question(article(), "Where did this happen?")
    assert all(s.part is None for s in result.sources)


def test_a_paragraph_source_keeps_its_two_json_keys_and_a_dateline_adds_its_part():
    plain = answer_question(article(), "Who paid for the repairs?").to_dict()
    dated = answer_question(article("PORTLAND, Maine (AP) — "), "What news agency reported this?").to_dict()
    assert set(plain["sources"][0]) == {"paragraph", "text"}
    assert dated["sources"][0]["part"] == "dateline"


TRIAL = (
    "Jury hears opening statements in fraud trial\n\n"
    "{dateline}A former harbour master went on trial, accused of selling fishing permits "
    "that did not exist.\n\n"
    "Prosecutors told jurors that Ivo Brandt took $40,000 from six boat owners in 2021.\n\n"
    "Brandt's lawyer, Cleo Marr, said her client had been misled by the town's own records.\n"
)


def trial(dateline: str):
    return parse_article(TRIAL.format(dateline=dateline))


def test_where_the_lede_says_it_but_names_no_place_the_datelines_place_answers():
    result = answer_question(trial("PORTLAND, Maine (AP) — "), "Where did the harbour master go on trial?")
    assert result.tier == 1
    assert result.answer.startswith("PORTLAND, Maine (AP) — A former harbour master went on trial")
    assert result.sources[0].part == "dateline"


def test_when_the_lede_says_it_but_names_no_day_the_wire_datelines_day_answers():
    result = answer_question(
        trial("FLINT, Mich., Oct. 4 (UPI) — "), "When did the harbour master go on trial?"
    )
    assert result.tier == 1
    assert result.answer.startswith("FLINT, Mich., Oct. 4 (UPI) — A former harbour master")


def test_a_dateline_without_a_day_answers_no_when_question():
    result = answer_question(trial("PORTLAND, Maine (AP) — "), "When did the harbour master go on trial?")
    assert result.tier == 2


def test_a_where_question_the_lede_does_not_answer_is_not_given_the_dateline():
    result = answer_question(trial("PORTLAND, Maine (AP) — "), "Where did the boat owners buy their permits?")
    assert result.answer is None or not result.answer.startswith("PORTLAND")


def test_without_a_dateline_the_lede_stays_the_closest_passage():
    result = answer_question(trial(""), "Where did the harbour master go on trial?")
    assert result.tier == 2


FRONT_MATTER = "---\ntitle: Pier reopens after repairs\nauthor: Lina Marsh\ndate: 2026-03-14\n---\n\n"


def test_without_a_byline_the_front_matters_author_wrote_it():
    result = answer_question(parse_article(FRONT_MATTER + LEDE + REST), "Who wrote this article?")
    assert result.answer == "Lina Marsh"
    assert (result.sources[0].part, result.sources[0].text) == ("metadata", "author: Lina Marsh")


def test_the_byline_in_the_text_comes_before_the_front_matters_author():
    story = parse_article(FRONT_MATTER + "By Ivo Brandt\n\n" + LEDE + REST)
    assert answer_question(story, "Who wrote this article?").answer == "By Ivo Brandt"


def test_without_a_dateline_the_front_matters_date_dates_the_article():
    result = answer_question(parse_article(FRONT_MATTER + LEDE + REST), "When was this article published?")
    assert result.answer == "2026-03-14"
    assert result.sources[0].cited == "metadata"


def test_the_writers_line_after_a_bare_by_of_a_corpus_export_wrote_it():
    export = "By . Lina Marsh . PUBLISHED: . 14:11 EST, 25 October 2013 . | . " + LEDE + " " + REST.strip()
    result = answer_question(parse_article(export), "Who wrote this article?")
    assert result.answer == "Lina Marsh"
    assert result.sources[0].part == "byline"


def test_a_web_pages_updated_line_dates_the_article():
    head = HEADLINE + "By Lina Marsh, Herald\nUpdated 9:12 PM ET, Tue March 3, 2026\n\n"
    result = answer_question(parse_article(head + LEDE + REST), "When was this published?")
    assert result.answer == "Updated 9:12 PM ET, Tue March 3, 2026"
    assert result.sources[0].part == "date line"


def test_a_web_pages_by_line_over_its_date_names_the_writer():
    head = HEADLINE + "By Lina Marsh, Herald\nUpdated 9:12 PM ET, Tue March 3, 2026\n\n"
    assert answer_question(parse_article(head + LEDE + REST), "Who wrote this article?").answer == (
        "By Lina Marsh, Herald"
    )


def test_when_was_it_published_of_a_story_about_a_published_thing_reads_the_story():
    # "it" may be the study the story tells of as well as the article: the story says when that was.
    study = parse_article(
        "Salt lakes may hold oxygen\n\nFLINT, Mich., Oct. 4 (UPI) — Researchers say salty lakes on the "
        "moon could hold oxygen. The study was published in the journal Tides on September 12.\n\n"
        "The team plans a second study next year.\n"
    )
    result = answer_question(study, "When was it published?")
    assert "September 12" in (result.answer or result.passage.text)
    # "this" is the article: its dateline still dates it.
    assert answer_question(study, "When was this published?").answer == "FLINT, Mich., Oct. 4 (UPI)"


def test_when_was_it_published_of_a_story_telling_of_nothing_published_is_the_dateline():
    result = answer_question(article("FLINT, Mich., Oct. 4 (UPI) — "), "When was it published?")
    assert result.answer == "FLINT, Mich., Oct. 4 (UPI)"


def test_when_was_the_report_released_of_a_story_telling_of_a_report_released_reads_the_story():
    # "the report" may be the report the story tells of: the story says when that came out.
    study = parse_article(
        "Virus spreads like flu\n\nIn a report released in the Harbor Journal on Wednesday, scientists "
        "studying patients in Kelby said the virus may spread like influenza.\n\n"
        "The researchers used swab samples from eighteen volunteers.\n"
    )
    result = answer_question(study, "When was the report released?")
    assert "Wednesday" in (result.answer or result.passage.text)
    # "this article" is the article, which carries no date.
    assert answer_question(study, "When was this article published?").missing == ("a publication date",)


def test_when_was_the_story_published_of_a_story_telling_of_no_story_is_the_articles_date():
    result = answer_question(article("FLINT, Mich., Oct. 4 (UPI) — "), "When was the story published?")
    assert result.answer == "FLINT, Mich., Oct. 4 (UPI)"
