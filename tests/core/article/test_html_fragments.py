"""A fragment of a web page pasted into a .txt file: its tags never reach a reply, a script goes with its
body, a block tag ends a paragraph; a tag written as a word about markup stays."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

FRAGMENT = (
    "<p>Harbour master <b>Ellen Voss</b> said the quay would reopen on Monday.</p>\n"
    "<p>The council &amp; mayor agreed.</p><script>alert('x')</script>\n"
    "<p>“We will be ready,” Voss said.</p>\n"
)


def _texts(article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def test_a_fragments_tags_never_reach_the_text():
    texts = _texts(parse_article(FRAGMENT))
    assert texts[0] == "Harbour master Ellen Voss said the quay would reopen on Monday."
    assert not any("<" in text or ">" in text for text in texts)


def test_a_script_goes_with_its_body():
    assert not any("alert" in text for text in _texts(parse_article(FRAGMENT)))


def test_block_tags_end_paragraphs():
    article = parse_article("<p>The quay reopened on Monday.</p><p>The ferry sailed on Tuesday.</p>")
    assert _texts(article) == ["The quay reopened on Monday.", "The ferry sailed on Tuesday."]


def test_the_fragments_quotation_keeps_its_speaker():
    quotes = api.quote(parse_article(FRAGMENT), "Voss").quotes
    assert [quote.text for quote in quotes] == ["We will be ready"]


def test_one_tag_written_about_markup_stays():
    text = "The editor said the <b> tag makes words bold, and the council agreed on Monday."
    assert _texts(parse_article(text)) == [text]


def test_an_escaped_tag_is_a_word_not_a_tag():
    text = "The page opened with &lt;p&gt; and &lt;b&gt; before the story, the editor said on Monday."
    assert _texts(parse_article(text)) == [text.replace("&lt;", "<").replace("&gt;", ">")]
