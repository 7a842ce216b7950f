"""An interview's answers are the interviewee's words: "Q:" / "A:" turns, or, under a headline saying
it is a Q&A or an interview, question paragraphs each followed by its answer. The interviewee is the
one person named before the first question; an article that names more, or asks one question in
passing, is no interview."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import find_quotes, list_people

LABELLED = parse_article(
    "Mayor on the tram line\n\n"
    "Mayor Dana Okafor spoke to the Herald about the city's tram plan.\n\n"
    "Q: When will the first trams run?\n\n"
    "A: We expect the first passengers in 2027, if the tunnel work stays on schedule.\n\n"
    "Q: Will fares go up?\n\n"
    "A: No. Fares stay the same for the first two years.\n"
)

UNLABELLED = parse_article(
    "Q&A: Director Lena Markovic on her new film\n\n"
    "Lena Markovic's third feature opens on Friday. She spoke to us about her cast.\n\n"
    "Why did you cast non-professional actors?\n\n"
    "Real fishermen move differently on a boat. Two of the crew are my cousins.\n\n"
    "How long did the shoot take?\n\n"
    "Fifty-two days, most of them at sea.\n"
)


def test_the_answers_of_a_labelled_interview_are_the_interviewees_words():
    result = find_quotes(LABELLED, "Okafor")
    assert [q.text for q in result.quotes] == [
        "We expect the first passengers in 2027, if the tunnel work stays on schedule.",
        "No. Fares stay the same for the first two years.",
    ]


def test_the_interviewers_questions_are_nobodys_quotes():
    result = find_quotes(LABELLED, "Okafor")
    assert not any("?" in q.text for q in result.quotes)


def test_the_answers_after_question_paragraphs_under_a_q_and_a_headline_are_the_interviewees():
    result = find_quotes(UNLABELLED, "Markovic")
    assert [q.paragraph for q in result.quotes] == [3, 5]


def test_the_interviewee_is_listed_as_quoted():
    people = {p.name: p.quotes for p in list_people(UNLABELLED)}
    assert people["Lena Markovic"] == 2


def test_question_paragraphs_without_an_interview_headline_are_no_interview():
    story = parse_article(
        "Director opens film\n\n"
        "Lena Markovic's third feature opens on Friday.\n\n"
        "Why did she cast non-professional actors?\n\n"
        "Real fishermen move differently on a boat, her producer wrote.\n\n"
        "How long did the shoot take?\n\n"
        "Fifty-two days, most of them at sea.\n"
    )
    assert find_quotes(story, "Markovic").quotes == ()


def test_an_interview_introducing_two_people_gives_the_answers_to_neither():
    story = parse_article(
        "Two mayors on the tram line\n\n"
        "Mayor Dana Okafor and her deputy Ravi Sen spoke to the Herald.\n\n"
        "Q: When will the first trams run?\n\n"
        "A: In 2027.\n\n"
        "Q: Will fares go up?\n\n"
        "A: No.\n"
    )
    assert find_quotes(story, "Okafor").quotes == ()


QUOTED_ANSWERS = parse_article(
    "Five questions for the new schools chief\n\n"
    "Dr. Keisha Barlow took over as superintendent on July 1. She spoke with the Ledger about her plans.\n\n"
    "Q: What is the first thing you want to change?\n\n"
    "A: “Reading. Too many third-graders can't read at grade level.”\n\n"
    "Q: Will you restore the arts budget?\n\n"
    "A: “I'd like to. But I won't promise what I can't pay for.”\n\n"
    "Board chairman Luis Ortega said she was hired “because she gets results.”\n"
)


def test_answers_set_in_quote_marks_are_the_interviewees_words():
    result = find_quotes(QUOTED_ANSWERS, "Barlow")
    assert [q.text for q in result.quotes] == [
        "Reading. Too many third-graders can't read at grade level.",
        "I'd like to. But I won't promise what I can't pay for.",
    ]


def test_a_quotation_after_the_interview_keeps_its_own_speaker():
    result = find_quotes(QUOTED_ANSWERS, "Ortega")
    assert [q.text for q in result.quotes] == ["because she gets results."]
