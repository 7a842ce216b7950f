"""Article text in replies: escaped before any Markdown of ours, so no link, mention, heading
or style can be forged by an article, whatever the text and wherever a match falls."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import api
from bot.core.article import parse_article
from bot.core.search.engine import MARK_END, MARK_START
from bot.discord import embeds, markdown

SPECIAL = "\\*_~|`[]<>#"
TEXT = st.text(alphabet=st.sampled_from(list(SPECIAL + "ab -()@:/.\n")), max_size=60)
EXAMPLES = settings(max_examples=200, deadline=None)
TRAP = "The [click here](https://evil.example) offer ended, said <@123> in # Notes."


def unescaped_specials(shown: str) -> list[str]:
    """Markdown characters in `shown` that no backslash escapes."""
    found, index = [], 0
    while index < len(shown):
        if shown[index] == "\\":
            index += 2
            continue
        if shown[index] in SPECIAL:
            found.append(shown[index])
        index += 1
    return found


def test_a_masked_link_in_a_lookup_hit_stays_plain_text():
    article = parse_article(TRAP + "\nAnother paragraph about the click.\n")
    reply = embeds.lookup_reply(api.lookup(article, "click"), article.title)
    description = reply.pages[0].description
    assert "\\[**click** here\\](https://evil.example)" in description


def test_a_mention_in_a_summary_is_escaped():
    article = parse_article("The council asked <@123> and the harbour master to meet the crews on Friday.\n")
    reply = embeds.summary_reply(api.summary(article), article.title)
    assert "\\<@123\\>" in reply.pages[0].description


def test_a_heading_at_a_line_start_is_escaped():
    assert markdown.escape("# Big\n- item") == "\\# Big\n\\- item"


@EXAMPLES
@given(TEXT)
def test_escaped_text_reads_back_as_written(text):
    assert re.sub(r"\\(.)", r"\1", markdown.escape(text), flags=re.DOTALL) == text


@EXAMPLES
@given(TEXT)
def test_no_markdown_character_is_left_unescaped(text):
    assert unescaped_specials(markdown.escape(text)) == []


@EXAMPLES
@given(TEXT, TEXT, TEXT)
def test_only_our_bold_is_unescaped_in_a_marked_hit(before, match, after):
    shown = markdown.bold_marks(f"{before}{MARK_START}{match}{MARK_END}{after}")
    assert set(unescaped_specials(shown.replace(markdown.BOLD, ""))) == set()


def test_a_web_address_is_left_as_written_and_the_text_around_it_escaped():
    shown = markdown.escape("*See* https://news.example/a_b/c*d#top). Or [x](https://evil.example/_e_)")
    assert shown == "\\*See\\* https://news.example/a_b/c*d#top). Or \\[x\\](https://evil.example/_e_)"


@EXAMPLES
@given(TEXT, TEXT)
def test_outside_a_web_address_no_markdown_character_is_left_unescaped(before, after):
    shown = markdown.escape(f"{before} https://news.example/a_b#c {after}")
    assert unescaped_specials(shown.replace("https://news.example/a_b#c", "")) == []
