"""The offline CLI: every subcommand in text and JSON, on the bundled and our own articles."""

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import BUNDLED, ROOT, TEST_ARTICLES

ARTICLES = [
    BUNDLED,
    TEST_ARTICLES / "foundation_harbour.md",
    TEST_ARTICLES / "foundation_election.txt",
]
COMMANDS = {
    "summary": ["summary", "--sentences", "2"],
    "quote": ["quote", "Varga"],
    "speakers": ["speakers"],
    "lookup": ["lookup", "harbour"],
    "ask": ["ask", "When", "will", "the", "council", "meet?"],
    "about": ["about"],
}


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *argv: str) -> dict:
    code, out, err = run_cli(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def paragraph_numbers(article: Path) -> range:
    data = json.loads(
        subprocess.check_output([sys.executable, "-m", "bot", "about", "--json", "--article", article])
    )
    return range(1, data["paragraphs"] + 1)


# --- every subcommand answers, in text and JSON ------------------------------------------


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_answers_in_text(capsys, article, command):
    code, out, err = run_cli(capsys, *COMMANDS[command], "--article", article)
    assert code == 0, err
    assert out.strip()
    assert "Traceback" not in out + err


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_summary_json_shape(capsys, article):
    data = run_json(capsys, "summary", "--sentences", "2", "--article", article)
    assert set(data) == {"article", "sentences"}
    assert 1 <= len(data["sentences"]) <= 2
    for sentence in data["sentences"]:
        assert set(sentence) == {"text", "paragraph"}
        assert isinstance(sentence["text"], str) and isinstance(sentence["paragraph"], int)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_quote_json_shape(capsys, article):
    data = run_json(capsys, "quote", "Blinken", "--article", article)
    assert set(data) == {"query", "speaker", "quotes", "suggestions"}
    assert data["query"] == "Blinken"
    assert data["speaker"] is None or set(data["speaker"]) == {"name", "aliases"}
    for quote in data["quotes"]:
        assert set(quote) == (
            {"text", "paragraph", "sentence", "partial"} | ({"context"} if quote["partial"] else set())
        )
    assert all(isinstance(s, str) for s in data["suggestions"])


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_speakers_json_shape(capsys, article):
    data = run_json(capsys, "speakers", "--article", article)
    assert set(data) == {"speakers", "unattributed", "unattributed_quotes"}
    assert len(data["unattributed_quotes"]) == data["unattributed"]
    for speaker in data["speakers"]:
        assert set(speaker) == {"name", "aliases", "quotes", "kind"}
        assert speaker["quotes"] >= 1 and speaker["kind"] in ("person", "organisation", "unnamed")
    people = [s["quotes"] for s in data["speakers"] if s["kind"] == "person"]
    assert people == sorted(people, reverse=True)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_lookup_json_shape(capsys, article):
    data = run_json(capsys, "lookup", "Sunday", "--article", article)
    assert set(data) == {"query", "results", "total", "corrected", "ignored"}
    for result in data["results"]:
        assert set(result) == {"paragraph", "text", "score"}
        assert isinstance(result["score"], int | float)


def test_lookup_json_results_point_at_real_paragraphs(capsys):
    data = run_json(capsys, "lookup", "balloon", "--article", BUNDLED)
    valid = paragraph_numbers(BUNDLED)
    assert data["results"]
    assert all(r["paragraph"] in valid and "balloon" in r["text"] for r in data["results"])


def test_lookup_of_an_absent_word_is_an_empty_list(capsys):
    data = run_json(capsys, "lookup", "zyxwvut", "--article", BUNDLED)
    assert data["results"] == []


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_ask_json_shape(capsys, article):
    data = run_json(capsys, "ask", "Who", "won", "the", "vote?", "--article", article)
    assert set(data) == {"question", "answer", "confidence", "passage", "missing", "sources", "also"}
    assert data["question"] == "Who won the vote?"
    assert data["answer"] is None or isinstance(data["answer"], str)
    assert data["confidence"] in ("high", "medium", "none")
    assert data["passage"] is None or set(data["passage"]) == {"paragraph", "text"}
    assert all(isinstance(term, str) for term in data["missing"])
    for source in data["sources"] + data["also"]:
        assert set(source) == {"paragraph", "text"}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_about_json_shape(capsys, article):
    data = run_json(capsys, "about", "--article", article)
    assert set(data) == {"article", "title", "paragraphs", "sentences", "speakers"}
    assert data["title"] and data["paragraphs"] >= 1 and data["sentences"] >= data["paragraphs"] - 10


def test_about_names_the_front_matter_title(capsys):
    data = run_json(capsys, "about", "--article", TEST_ARTICLES / "foundation_election.txt")
    assert data["article"] == "foundation-election"
    assert data["title"] == "Mayor Lindqvist wins second term in Brackenfield"


def test_text_output_shows_paragraph_numbers(capsys):
    code, out, _ = run_cli(capsys, "summary", "--article", BUNDLED)
    assert code == 0
    assert out.startswith("[¶1] ")


def test_text_output_is_wrapped(capsys):
    _, out, _ = run_cli(capsys, "summary", "--sentences", "5", "--article", BUNDLED)
    assert max(len(line) for line in out.splitlines()) <= 100


def test_article_can_be_chosen_by_id_within_a_folder(capsys, monkeypatch):
    monkeypatch.setenv("ARTICLE_PATH", str(TEST_ARTICLES))
    data = run_json(capsys, "about", "--article", "foundation-harbour")
    assert data["article"] == "foundation-harbour"


# --- bad input: one clear line, the right exit code, never a traceback ----------------------


def run_failing(capsys, *argv: str, code: int = 2) -> tuple[str, dict]:
    result, out, err = run_cli(capsys, *argv, "--json")
    assert result == code
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "Traceback" not in out + err
    return err, json.loads(out)


def test_missing_article_file(capsys, tmp_path):
    _, data = run_failing(capsys, "summary", "--article", tmp_path / "missing.txt")
    assert "not found" in data["error"]


def test_empty_article_file(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n")
    _, data = run_failing(capsys, "summary", "--article", path)
    assert "empty" in data["error"]


def test_binary_article_file(capsys, tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 10)
    _, data = run_failing(capsys, "about", "--article", path)
    assert "binary" in data["error"]


def test_ten_megabyte_article_file(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("The council met again today and agreed nothing. " * 210_000)
    _, data = run_failing(capsys, "summary", "--article", path)
    assert "too large" in data["error"]


def test_million_line_article_file_is_refused_with_exit_2(capsys, tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("x.\n" * 1_000_000)  # 3 MB, under the size guard
    _, data = run_failing(capsys, "lookup", "x", "--article", path)
    assert "1,000,000 paragraphs" in data["error"]


def test_article_with_no_quotations_has_no_speakers(capsys, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The bridge reopened on Monday after repairs. Traffic was light all day.")
    assert run_json(capsys, "speakers", "--article", path) == {
        "speakers": [],
        "unattributed": 0,
        "unattributed_quotes": [],
    }
    assert run_json(capsys, "quote", "Smith", "--article", path)["quotes"] == []


def test_quotations_with_no_clear_speaker_are_not_called_no_quotations(capsys, tmp_path):
    path = tmp_path / "unclear.txt"
    path.write_text('Title: T\n\n"We will not move," came the reply.\n\n"Not now, not ever."\n')
    _, out, _ = run_cli(capsys, "speakers", "--article", path)
    assert "does not make clear who said them" in out
    assert "No one is quoted" not in out


def test_speakers_lists_the_quotations_with_no_clear_speaker(capsys, tmp_path):
    path = tmp_path / "unclear.txt"
    path.write_text(
        "Title: T\n\nCouncillor Ann Lee and Councillor Bo Reyes met Mayor Ada Park.\n\n"
        '"We will stay," said Mayor Park.\n\n"Not now, not ever," the councillor said.\n'
    )
    _, out, _ = run_cli(capsys, "speakers", "--article", path)
    assert out.splitlines()[1:] == ["  1  (no clear speaker):", "[¶3] “Not now, not ever”"]
    data = run_json(capsys, "speakers", "--article", path)
    assert [(q["text"], q["paragraph"]) for q in data["unattributed_quotes"]] == [("Not now, not ever", 3)]


def test_unbalanced_quotation_marks_do_not_break_quotes(capsys, tmp_path):
    path = tmp_path / "unbalanced.txt"
    path.write_text("“We will win, said Mayor Ada Park. Nobody agreed.\n“Never,” said Bo Lund.")
    data = run_json(capsys, "quote", "Park", "--article", path)
    assert isinstance(data["quotes"], list)


def test_windows_line_endings_give_the_same_answers(capsys, tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BUNDLED.read_bytes().replace(b"\n", b"\r\n"))
    assert (
        run_json(capsys, "summary", "--article", path)["sentences"]
        == (run_json(capsys, "summary", "--article", BUNDLED)["sentences"])
    )


@pytest.mark.parametrize("query", ["", "   ", "\x00\x07", "a" * 10_000])
def test_unusable_queries_get_a_clear_message(capsys, query):
    _, data = run_failing(capsys, "lookup", query, "--article", BUNDLED)
    assert data["error"]


def test_summary_sentence_count_out_of_range(capsys):
    _, data = run_failing(capsys, "summary", "--sentences", "11", "--article", BUNDLED)
    assert "1 to 10" in data["error"]


def test_options_may_come_before_the_command(capsys):
    before = run_cli(capsys, "--article", TEST_ARTICLES / "foundation_harbour.md", "--json", "speakers")
    after = run_cli(capsys, "speakers", "--article", TEST_ARTICLES / "foundation_harbour.md", "--json")
    assert before == after
    assert before[0] == 0 and json.loads(before[1])["speakers"]


def test_unknown_option_is_a_usage_error(capsys):
    _, data = run_failing(capsys, "lookup", "balloon", "--colour", "red")
    assert "unrecognized arguments" in data["error"]


def test_unknown_article_id_lists_the_loaded_ones(capsys, monkeypatch):
    monkeypatch.setenv("ARTICLE_PATH", str(TEST_ARTICLES))
    _, data = run_failing(capsys, "about", "--article", "no-such-story-anywhere")
    assert "ask-border-camp" in data["error"]  # the first few loaded ids, in order


# --- the bot itself, without a token ------------------------------------------------------


def test_bot_without_token_explains_and_exits_2(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "DISCORD_TOKEN": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr
    assert "python -m bot summary" in result.stderr
    assert "Traceback" not in result.stderr


def test_module_entry_point_runs_a_subcommand():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "summary", "--sentences", "1", "--article", str(BUNDLED)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("[¶1]")


# --- the console -------------------------------------------------------------------------


@pytest.fixture
def console(capsys, monkeypatch) -> Callable[..., str]:
    """What the console prints for the lines typed, on the bundled article unless one is given."""

    def typed(lines: str, article: Path = BUNDLED) -> str:
        monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
        assert main(["console", "--article", str(article)]) == 0
        return capsys.readouterr().out

    return typed


def test_console_refuses_a_limit_of_zero_instead_of_using_the_default(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("/lookup balloon limit:0\n/quit\n"))
    main(["console", "--article", str(BUNDLED)])
    out, err = capsys.readouterr()
    assert "Ask for 1 to 25 results." in out + err and "balloon" not in out


def test_console_takes_slash_commands_like_discord(console):
    out = console("/summary 1\n/lookup balloon 1\n/quit\n")
    assert "[¶1]" in out
    assert "**balloon**" in out


def test_console_help_lists_the_commands(console):
    out = console("/help\n")
    for command in ("/summary", "/quote", "/speakers", "/lookup", "/ask", "/about", "/quit"):
        assert command in out


def test_console_reports_errors_and_keeps_going(console):
    out = console("/quote\n/bogus\n/about\n")
    assert "error: The speaker name is empty" in out
    assert "Unknown command /bogus" in out
    assert "paragraphs" in out


def test_console_switches_between_articles(console):
    out = console("/article\n/article foundation harbour\n/about\n", TEST_ARTICLES)
    assert "foundation-election" in out
    assert "Now answering about: Storm closes Port Alder harbour" in out


def test_ambiguous_speaker_nobody_quoted_says_so_at_once(capsys):
    code, out, _ = run_cli(capsys, "quote", "Burns", "--article", BUNDLED)
    assert code == 0
    assert "Nicholas Burns" in out and "William Burns" in out
    assert "but neither is quoted directly" in " ".join(out.split()) and "Which one" not in out


def test_ambiguous_speaker_with_several_quoted_asks_for_the_full_name(capsys):
    _, out, _ = run_cli(capsys, "quote", "President", "--article", BUNDLED)
    assert "Which one? Type the full name." in " ".join(out.split())


def test_not_found_lists_everyone_quoted_with_counts_most_quoted_first(capsys):
    _, out, _ = run_cli(capsys, "quote", "Obama", "--article", BUNDLED)
    assert "Quoted in this article: Xi Jinping (3), Antony Blinken (2), Qin Gang (2)" in " ".join(out.split())


def test_reported_speech_is_shown_apart_from_quotes(capsys):
    _, out, _ = run_cli(capsys, "quote", "Blinken", "--article", BUNDLED)
    quotes, _, reported = out.partition("Reported, not quoted directly:")
    assert "stressed the importance" in reported
    assert "stressed the importance" not in quotes


def test_folder_slash_id_picks_one_article_of_a_folder(capsys):
    data = run_json(capsys, "about", "--article", TEST_ARTICLES / "foundation-election")
    assert data["article"] == "foundation-election"


def test_named_but_unquoted_person_gets_no_empty_quote_header(capsys):
    _, out, _ = run_cli(capsys, "quote", "Gates", "--article", BUNDLED)
    assert "0 quote" not in out
    assert "never quoted" in out


def test_counts_are_pluralised_properly(capsys):
    _, out, _ = run_cli(capsys, "about", "--article", TEST_ARTICLES / "foundation_oneline.txt")
    assert "1 paragraph, " in out and "1 paragraphs" not in out


def test_output_cut_short_by_the_reader_ends_quietly():
    command = f"{sys.executable} -m bot about --json --article {BUNDLED} | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.stderr == ""


def test_console_lookup_keeps_a_year_as_part_of_the_query(console):
    out = console("/lookup Biden 2023\n")
    assert "Ask for 1 to" not in out


def test_console_treats_text_without_a_slash_as_a_question(console):
    out = console("who did Blinken meet?\n")
    assert "Unknown command" not in out
    assert "Qin Gang" in out


def test_console_suggests_the_command_meant(console):
    out = console("/sumary\n")
    assert "did you mean /summary?" in out


def test_console_summary_takes_n_sentences_in_words(console):
    out = console("/summary 2 sentences\n")
    assert out.count("[¶") == 2


def test_console_lookup_keeps_a_number_ending_a_phrase(console):
    out = console("/lookup Group of 20\n")
    assert "“Group of 20”" in out or "**" in out
    assert "Ask for 1 to" not in out


def test_console_reports_words_a_command_does_not_take(console):
    out = console("/speakers Xi\n")
    assert "/speakers takes no words: ignored “Xi”" in out
    assert "Xi Jinping" in out


def test_console_messages_use_curly_quote_marks(console):
    out = console("/lookup zeppelin\n")
    assert "matches “zeppelin”." in out


# --- lookup: totals, pages, corrections, references -------------------------------------------

FERRY = TEST_ARTICLES / "search_ferry_fares.txt"


def test_lookup_says_how_many_paragraphs_match(capsys):
    _, out, _ = run_cli(capsys, "lookup", "China", "--article", BUNDLED)
    assert out.startswith("“China”: 1–5 of 18")


def test_lookup_page_two_continues_the_list(capsys):
    _, out, _ = run_cli(capsys, "lookup", "ferry", "--page", "2", "--article", FERRY)
    assert out.startswith("“ferry”: 6–10 of 11")


def test_lookup_names_the_correction(capsys):
    _, out, _ = run_cli(capsys, "lookup", "Singapur", "--article", FERRY)
    assert "Showing results for **Singapore**." in out


def test_lookup_json_has_total_corrected_and_ignored(capsys):
    data = run_json(capsys, "lookup", "Singapur", "2023", "--article", FERRY)
    assert (data["total"], data["corrected"], data["ignored"]) == (1, "Singapore", ["2023"])


def test_lookup_of_a_paragraph_reference_shows_it(capsys):
    _, out, _ = run_cli(capsys, "lookup", "¶8", "--article", FERRY)
    assert "[¶8, caption]" in out


def test_console_opens_a_cited_paragraph(console):
    out = console("/lookup para 7\n", FERRY)
    assert "Harald Halmberg" in out


def test_console_offers_the_next_page_and_shows_it(console):
    out = console("/lookup ferry\n/more\n", FERRY)
    assert "/more" in out
    assert "“ferry”: 6–10 of 11" in out


def test_quote_of_an_organisation_says_it_is_one(capsys):
    _, out, _ = run_cli(capsys, "quote", "China", "--article", BUNDLED)
    assert out.startswith("China [organisation]: 1 quote")


def test_a_partial_quote_is_shown_inside_the_writers_sentence(capsys, tmp_path):
    article = tmp_path / "sale.txt"
    article.write_text(
        "Title: Bakery sold\n\n"
        'Founder Ida Marsh said the sale was "the right moment" for the family business.\n',
        encoding="utf-8",
    )
    _, out, _ = run_cli(capsys, "quote", "Marsh", "--article", article)
    assert 'said the sale was "the right moment" for the family business.' in " ".join(out.split())


def test_a_quotation_broken_by_its_attribution_is_shown_as_one(capsys, tmp_path):
    article = tmp_path / "pier.txt"
    article.write_text(
        "Title: Pier\n\nMayor Ada Holt opened the harbour on Monday.\n\n"
        "“After that, we rebuilt the pier,” she said. “Now the boats can come back.”\n",
        encoding="utf-8",
    )
    _, out, _ = run_cli(capsys, "quote", "Holt", "--article", article)
    line = "[¶2] “After that, we rebuilt the pier,” she said. “Now the boats can come back.”"
    assert line in " ".join(out.split())


def test_two_partial_quotes_of_one_sentence_show_it_once(capsys, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Title: Talks\n\n"
        'Minister Lev Arno urged them to respect "the borders we agreed on" '
        'and to "stop the raids on our villages" at once.\n',
        encoding="utf-8",
    )
    _, out, _ = run_cli(capsys, "quote", "Arno", "--article", article)
    assert out.count("urged them to respect") == 1


def test_console_more_after_a_lookup_showing_everything_says_there_is_no_more(console):
    out = console("/lookup Halmberg\n/more\n", FERRY)
    assert "No more results." in out and "run /lookup first" not in out


def test_a_page_past_the_last_one_says_so_not_that_nothing_matches(capsys):
    _, out, _ = run_cli(capsys, "lookup", "ferry", "--page", "99", "--article", FERRY)
    assert out.startswith("“ferry”: 11 matches, all on earlier pages")


def test_quote_counts_the_passages_a_broken_quotation_is_shown_in(capsys, tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text("Pier reopens\n\nAda Holt spoke.\n\n“It took two years,” Holt said, “and it cost more.”")
    _, out, _ = run_cli(capsys, "quote", "Holt", "--article", path)
    assert "2 quotes in 1 passage" in out.splitlines()[0]
