"""`ask` on the command line: an answer from the dateline, the byline or the headline says so."""

import json

from bot.cli import main
from tests.conftest import TEST_ARTICLES

WIRE = TEST_ARTICLES / "ask_wire_dateline.txt"


def ask(capsys, question: str, *more: str) -> str:
    code = main(["ask", question, "--article", str(WIRE), *more])
    out = capsys.readouterr().out
    assert code == 0
    return out


def test_an_answer_from_the_dateline_names_it_as_its_source(capsys):
    assert ask(capsys, "Where did this happen?") == "PORTLAND, Maine (AP)\n    (source: dateline, ¶2)\n"


def test_an_answer_from_the_byline_names_it_as_its_source(capsys):
    assert "(source: byline, ¶1)" in ask(capsys, "Who wrote this?")


def test_the_headline_answer_names_the_headline(capsys):
    out = ask(capsys, "What's the title of this article?")
    assert out == "Jury hears opening statements in fishing boat fraud trial\n    (source: headline)\n"


def test_json_gives_a_dateline_source_its_part(capsys):
    data = json.loads(ask(capsys, "What news agency reported this?", "--json"))
    assert data["answer"] == "PORTLAND, Maine (AP)"
    assert data["sources"] == [
        {
            "paragraph": 2,
            "text": "PORTLAND, Maine (AP) — A former harbour master went on trial Monday, accused of selling "
            "fishing permits that did not exist.",
            "part": "dateline",
        }
    ]
