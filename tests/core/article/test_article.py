"""The article model: paragraphs, captions, near-duplicates, titles and bad files."""

from pathlib import Path

import pytest

from bot.core import constants
from bot.core.article import load_article, parse_article
from bot.core.article.model import BODY, CAPTION
from bot.core.errors import ArticleError
from tests.conftest import own_article


def paragraph_starting(article, prefix):
    return next(p for p in article.paragraphs if p.text.startswith(prefix))


# --- the bundled article -------------------------------------------------------------


def test_bundled_article_numbers_paragraphs_from_one_in_file_order(bundled):
    assert [p.number for p in bundled.paragraphs] == list(range(1, len(bundled.paragraphs) + 1))
    assert bundled.paragraphs[0].text.startswith("US Secretary of State Antony Blinken arrived")


def test_bundled_photo_captions_are_kept_apart_from_body(bundled):
    captions = [p.text for p in bundled.paragraphs if p.kind == CAPTION]
    assert any("F-22 Raptor (above)" in c for c in captions)
    assert any(c.startswith("US Ambassador to China Nicholas Burns (left)") for c in captions)
    assert any(c.startswith("View of the motorcade") for c in captions)
    assert any(c.startswith("Blinken arrives at a Beijing hotel") for c in captions)


def test_bundled_body_paragraphs_are_not_captions(bundled):
    for prefix in ("Blinken plans to meet", "Austin said Friday", "Kurt Campbell, the top Asia"):
        assert paragraph_starting(bundled, prefix).kind == BODY


def test_bundled_reworded_lede_is_a_near_duplicate_of_the_first_paragraph(bundled):
    echo = paragraph_starting(bundled, "US Secretary of State Antony Blinken arrived in Beijing on Sunday")
    assert echo.duplicate_of == 1


def test_bundled_repeated_second_paragraph_is_a_duplicate(bundled):
    repeats = [p for p in bundled.paragraphs if p.text.startswith("Blinken was due to begin")]
    assert repeats[0].duplicate_of is None
    assert repeats[1].duplicate_of == repeats[0].number


def test_bundled_body_sentences_hold_no_caption_or_repeat(bundled):
    texts = [s.text for s in bundled.body_sentences]
    assert len(texts) == len(set(texts))
    assert not any("(left)" in t or "(above)" in t for t in texts)
    assert sum(t.startswith("Blinken was due to begin") for t in texts) == 1


def test_bundled_sentence_keeps_corp_and_quotation_together(bundled):
    texts = [s.text for s in bundled.sentences]
    assert any(t.startswith("Xi hinted") and t.endswith("“benefit both of our countries.”") for t in texts)
    quote = "“I believe that the foundation of China-US relations lies with the people,” Xi told Gates."
    assert quote in texts


def test_bundled_title_is_derived_from_the_lede(bundled):
    assert bundled.title.startswith("US Secretary of State Antony Blinken arrived in Beijing")
    assert len(bundled.title) <= 81


def test_sentence_offsets_point_into_their_paragraph(bundled):
    for sentence in bundled.sentences:
        paragraph = bundled.paragraph(sentence.paragraph)
        assert paragraph.text[sentence.start : sentence.end] == sentence.text


# --- articles of our own ---------------------------------------------------------------


def test_markdown_heading_becomes_the_title():
    article = own_article("foundation_harbour.md")
    assert article.title == "Storm closes Port Alder harbour as fishing fleet waits out gales"
    assert article.paragraphs[0].text.startswith("Port Alder's harbour was closed")


def test_front_matter_title_line_becomes_the_title():
    article = own_article("foundation_election.txt")
    assert article.title == "Mayor Lindqvist wins second term in Brackenfield"
    assert not any(p.text.startswith("Source:") for p in article.paragraphs)


def test_caption_with_position_marker_is_detected():
    article = own_article("foundation_harbour.md")
    assert paragraph_starting(article, "Port Alder harbour master Eileen Varga (left)").kind == CAPTION


def test_echoed_lede_without_full_stop_is_a_caption_and_a_duplicate():
    article = own_article("foundation_election.txt")
    echo = article.paragraphs[2]
    assert echo.kind == CAPTION
    assert echo.duplicate_of == 1


def test_titles_and_initials_do_not_split_sentences():
    article = own_article("foundation_harbour.md")
    assert any(s.text.startswith("Dr. Samuel K. Obi, a climate scientist") for s in article.sentences)


def test_short_sentence_is_never_a_near_duplicate():
    article = parse_article("He said no. The minister said no to the plan today. He said no.")
    assert all(s.duplicate_of is None for s in article.sentences)


def test_first_short_line_without_full_stop_is_the_title():
    article = parse_article("Floods hit Ravenna\nRiver levels rose overnight. Roads are closed.")
    assert article.title == "Floods hit Ravenna"
    assert len(article.paragraphs) == 1


def test_hard_wrapped_text_is_joined_into_paragraphs():
    text = (
        "The council met on Monday and agreed to\nrepair the old bridge before the winter\nstorms arrive.\n\n"
        "Work will start in May and the\nroad will be closed for six\nweeks, officials said.\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The council met on Monday and agreed to repair the old bridge before the winter storms arrive.",
        "Work will start in May and the road will be closed for six weeks, officials said.",
    ]


def test_a_long_line_cut_mid_sentence_in_one_line_per_paragraph_text_goes_on_in_the_next():
    text = (
        "Harbor council votes on the new bridge\n\n"
        "The council met on Monday.\n\n"
        "“Voters of other parties,” Holt added, “have been told to stay home rather than take part\n"
        "in the harbor vote.”\n\n"
        "The vote is in May.\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The council met on Monday.",
        "“Voters of other parties,” Holt added, “have been told to stay home rather than take part "
        "in the harbor vote.”",
        "The vote is in May.",
    ]


def test_windows_and_old_mac_line_endings_read_like_unix():
    unix = parse_article("First paragraph here.\nSecond paragraph here.")
    for newline in ("\r\n", "\r"):
        other = parse_article(f"First paragraph here.{newline}Second paragraph here.")
        assert [p.text for p in other.paragraphs] == [p.text for p in unix.paragraphs]


def test_utf8_bom_is_ignored(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe bridge reopened today. Traffic is light.".encode())
    assert load_article(path).paragraphs[0].text.startswith("The bridge")


def test_windows_1252_file_is_read(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The caf\xe9 reopened today. \x93It is good,\x94 she said.".encode("latin-1"))
    assert "café" in load_article(path).paragraphs[0].text


def test_control_characters_are_removed():
    article = parse_article("The vote\x07 was held on\x00 Monday. It passed.")
    assert article.paragraphs[0].text == "The vote was held on Monday. It passed."


def test_article_id_comes_from_the_file_name(tmp_path: Path):
    path = tmp_path / "My Article (Final).txt"
    path.write_text("Something happened today.")
    assert load_article(path).id == "my-article-final"


# --- bad files ------------------------------------------------------------------------


def test_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ArticleError, match="not found"):
        load_article(tmp_path / "nope.txt")


@pytest.mark.parametrize("content", ["", "   \n\n\t  \n"])
def test_empty_or_blank_file_is_a_clear_error(tmp_path: Path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content)
    with pytest.raises(ArticleError, match="empty"):
        load_article(path)


def test_binary_file_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_text("The council met again today. " * 350_000)  # about 10 MB
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)


def test_text_of_more_paragraphs_than_an_article_has_is_refused(monkeypatch):
    monkeypatch.setattr(constants, "MAX_ARTICLE_PARAGRAPHS", 5)
    with pytest.raises(ArticleError, match="6 paragraphs"):
        parse_article("One line.\n" * 6)


def test_text_of_as_many_paragraphs_as_the_cap_parses(monkeypatch):
    monkeypatch.setattr(constants, "MAX_ARTICLE_PARAGRAPHS", 5)
    assert len(parse_article("One line.\n" * 5).paragraphs) == 5


def test_a_line_per_paragraph_beyond_the_cap_is_refused():
    with pytest.raises(ArticleError, match="Split it"):
        parse_article("x.\n" * (constants.MAX_ARTICLE_PARAGRAPHS + 1))


def test_folder_instead_of_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ArticleError, match="not a file"):
        load_article(tmp_path)


def test_article_without_any_full_stop_still_parses():
    article = parse_article("no punctuation at all in this text\nand none here either")
    assert len(article.sentences) == 2


def test_one_line_corpus_article_is_body_with_marked_caption_sentences():
    article = own_article("foundation_oneline.txt")
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].kind == BODY
    captions = [s.text for s in article.sentences if s.is_caption and not s.is_byline]
    assert captions and all("(pictured)" in text for text in captions)
    assert any(s.text.startswith("The kayakers, all from the mainland") for s in article.body_sentences)


def test_derived_title_skips_the_by_line():
    article = own_article("foundation_oneline.txt")
    assert article.title.startswith("A lighthouse keeper on the island of Skarva")


def test_utf16_file_with_a_byte_order_mark_is_read(tmp_path: Path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("The bridge reopened today. Traffic is light.".encode("utf-16"))
    assert load_article(path).paragraphs[0].text.startswith("The bridge reopened")


def test_derived_title_has_no_trailing_space_before_a_spaced_full_stop():
    article = parse_article("Driver jailed for crash .\nHe was sentenced on Monday to four years in prison .")
    assert not article.title.endswith(" ")


def test_short_quotation_sharing_words_with_a_longer_one_is_not_a_duplicate():
    article = parse_article(
        "Mr Downes said: 'I couldn't believe what I was hearing on the train that night.' "
        "He said: 'I couldn't believe it.'"
    )
    assert all(s.duplicate_of is None for s in article.sentences)


def test_a_sentence_stating_other_figures_is_not_a_near_duplicate():
    article = parse_article(
        "Title: Harbour rules\n\n"
        "Proportional tolls have been accepted as one of the harbour's general rules "
        "by the board since 1950.\n\n"
        "Fixed mooring fees have been accepted as one of the harbour's general rules "
        "by the board since 1960.\n"
    )
    assert all(s.duplicate_of is None for s in article.sentences)


def test_a_reworded_lede_leaving_a_figure_out_is_still_a_near_duplicate():
    article = parse_article(
        "A ferry carrying 120 passengers ran aground off Gull Point on Sunday night, the coastguard said.\n\n"
        "A ferry carrying passengers ran aground off Gull Point on Sunday night, the coastguard said.\n"
    )
    assert article.sentences[1].duplicate_of == article.sentences[0].number


def test_a_sentence_longer_than_any_lede_is_never_a_near_duplicate():
    long_sentence = " ".join(f"word{n}" for n in range(constants.NEAR_DUPLICATE_MAX_CHARS // 5))
    article = parse_article(f"{long_sentence} end.\n{long_sentence} again.\n")
    assert all(s.duplicate_of is None for s in article.sentences)


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("data.json", '{"title": "Harbour", "quotes": ["“We will reopen,” Mary Smith said."]}', "JSON"),
        ("data.txt", '[{"text": "“We will reopen,” Mary Smith said."}]', "JSON"),
        ("table.csv", 'name,quote\nMary Smith,"“We will reopen,” she said."\n', "CSV"),
        ("page.html", "<html><body><p>“We will reopen,” Mary Smith said.</p></body></html>", "web page"),
        ("page.txt", "<!DOCTYPE html>\n<html><p>“We will reopen,” Mary Smith said.</p></html>", "web page"),
    ],
)
def test_a_data_file_or_web_page_is_refused_as_an_article(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=kind):
        load_article(path)


def test_an_article_opening_with_a_bracket_is_still_an_article(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("[Updated] The harbour council met on Monday to reopen the ferry pier.\n")
    assert load_article(path).paragraphs


def test_a_repeated_paragraph_points_to_the_paragraph_it_repeats_not_to_a_sentence_number():
    # Paragraph 1 has two sentences, so the repeated lede's original sentence is number 2 but its
    # paragraph is number 2 only by chance in one-sentence articles: here it is paragraph 2.
    article = parse_article(
        "Storm hits coast\n\n"
        "By Ann Lee. Weather desk.\n\n"
        "A storm flooded 300 homes along the Varna coast on Monday, officials said.\n\n"
        "A storm flooded 300 homes along the Varna coast on Monday, officials said.\n"
    )
    assert article.paragraphs[2].duplicate_of == 2


LIVE = (
    "Storm Hollis live: towns evacuated\n\n"
    "Key points\n"
    "- Red weather warning until 21:00\n"
    "- Ferries between Holyhead and Dublin cancelled\n\n"
    "18:42\n"
    "Western Grid says 52,000 homes are without power.\n\n"
    "18:15\n"
    "The Met Office has extended the red warning to 23:00.\n"
)


def test_a_plain_text_list_is_one_paragraph_for_each_item_without_its_bullet():
    texts = [p.text for p in parse_article(LIVE).paragraphs]
    assert texts[1:3] == [
        "Red weather warning until 21:00.",
        "Ferries between Holyhead and Dublin cancelled.",
    ]


def test_a_lone_dashed_line_is_no_list():
    article = parse_article("Title: T\n\n“We will rebuild,” the mayor said.\n\n- Reuters.\n")
    assert article.paragraphs[-1].text == "- Reuters."


def test_short_lines_that_end_no_sentence_are_no_hard_wrap():
    # A web page's by-line over its date, a photo's label over its caption, a share menu: lines
    # of their own, not one paragraph wrapped at a width.
    text = (
        "By Lina Marsh, Herald\nUpdated 9:12 PM ET, Tue March 3, 2026\n\n"
        "The council voted on Monday to repair the old bridge.\n\n"
        "Photos: the old bridge\nThe bridge was built in 1902.\n\n"
        "Share this:\nFacebook\nEmail\n"
    )
    assert [p.text for p in parse_article(text).paragraphs][:3] == [
        "By Lina Marsh, Herald",
        "Updated 9:12 PM ET, Tue March 3, 2026",
        "The council voted on Monday to repair the old bridge.",
    ]
