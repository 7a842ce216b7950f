"""`ask` on the command line: the three tiers in JSON and in words."""

import json

from bot.cli import main
from tests.conftest import TEST_ARTICLES

SUMMIT = TEST_ARTICLES / "ask_summit_talks.txt"
LIGHTHOUSE = TEST_ARTICLES / "ask_lighthouse_history.txt"
HARBOUR = TEST_ARTICLES / "ask_harbour_lead_in.txt"


def ask(capsys, question: str, *more: str) -> str:
    code = main(["ask", question, "--article", str(SUMMIT), *more])
    out = capsys.readouterr().out
    assert code == 0
    return out


def ask_json(capsys, question: str) -> dict:
    return json.loads(ask(capsys, question, "--json"))


def test_a_confident_answer_is_high_with_no_passage_and_nothing_missing(capsys):
    data = ask_json(capsys, "Where will the Group of 20 leaders meet?")
    assert "Lisbon" in data["answer"]
    assert data["confidence"] == "high"
    assert data["passage"] is None
    assert data["missing"] == []


def test_a_middling_answer_is_a_medium_passage_with_a_null_answer(capsys):
    data = ask_json(capsys, "What will the summit discuss?")
    assert data["answer"] is None
    assert data["confidence"] == "medium"
    assert data["passage"] == {"paragraph": 3, "text": data["passage"]["text"]}
    assert "summit" in data["passage"]["text"]


def test_an_absent_person_is_none_and_named_as_missing(capsys):
    data = ask_json(capsys, "What did Angela Merkel say about the summit?")
    assert data["answer"] is None
    assert data["confidence"] == "none"
    assert data["passage"] is None
    assert data["missing"] == ["Angela Merkel"]


def test_the_closest_passage_is_worded_with_its_paragraph(capsys):
    out = ask(capsys, "What will the summit discuss?")
    assert out.startswith("The article doesn't answer this directly. Closest passage (¶3):\n")
    assert "rail strike" in out


def test_what_is_missing_is_worded_by_name(capsys):
    assert ask(capsys, "What did Angela Merkel say about the summit?") == (
        "The article doesn't mention Angela Merkel.\n"
    )


def test_a_tier_one_answer_names_its_source(capsys):
    out = ask(capsys, "Where will the Group of 20 leaders meet?")
    assert "Lisbon" in out
    assert "(source: ¶1)" in out


def test_a_question_that_names_nothing_is_an_input_error_with_the_remedy(capsys):
    code = main(["ask", "Why?", "--article", str(SUMMIT)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert "add a name, a place or a subject" in captured.err


def test_a_question_about_the_whole_article_is_answered_with_its_key_sentence(capsys):
    data = ask_json(capsys, "What happened?")
    assert data["confidence"] == "high"
    assert data["answer"].startswith("Leaders of the Group of 20 will meet in Lisbon")
    assert data["sources"][0]["paragraph"] == 1


def test_a_passage_is_followed_by_the_next_closest_sentences_in_words(capsys):
    code = main(["ask", "How far out could sailors see the light?", "--article", str(LIGHTHOUSE)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Closest passage (¶3):" in out
    assert "Also close (¶4):\n    Sailors said the light now reached twenty miles" in out


def test_a_lead_in_passage_is_worded_with_both_its_paragraphs(capsys):
    code = main(["ask", "Who was not on board with the fuel dock?", "--article", str(HARBOUR)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Closest passage (¶3–4):\n    At least one councillor was not on board" in out
    assert '\n\n    "A fuel dock beside the swimming steps' in out
