"""Markdown articles read as plain text: no markup, no headings as paragraphs, lists as body."""

from bot.core.article import parse_article
from bot.core.article.model import BODY

BLOG = """---
title: "Why the city said yes to trams"
---

# Why the city said yes to trams

After a **long** debate, the council of [Eastmoor](https://example.org) voted 6-3 for *three* tram lines.

## The vote

> "This is about clean air," said Mayor Ines Duarte.

- Line 1 (harbour loop): 2026
- Line 2 (university): 2027

Work starts in `March`.
"""


def paragraphs(text: str = BLOG) -> list[str]:
    return [p.text for p in parse_article(text, source="blog.md").paragraphs]


def test_front_matter_title_is_not_repeated_as_a_paragraph():
    article = parse_article(BLOG, source="blog.md")
    assert article.title == "Why the city said yes to trams"
    assert not any("said yes to trams" in text for text in paragraphs())


def test_emphasis_links_and_code_are_plain_text():
    assert paragraphs()[0] == "After a long debate, the council of Eastmoor voted 6-3 for three tram lines."
    assert paragraphs()[-1] == "Work starts in March."


def test_headings_are_not_paragraphs():
    assert "The vote" not in paragraphs()


def test_block_quote_marker_is_removed():
    assert paragraphs()[1] == '"This is about clean air," said Mayor Ines Duarte.'


def test_list_items_are_body_text_not_captions():
    article = parse_article(BLOG, source="blog.md")
    items = [p for p in article.paragraphs if p.text.startswith("Line ")]
    assert [p.text for p in items] == ["Line 1 (harbour loop): 2026.", "Line 2 (university): 2027."]
    assert all(p.kind == BODY for p in items)


def test_plain_text_articles_keep_their_asterisks():
    text = "The word f*** was bleeped. Fans chanted *loudly* outside."
    assert parse_article(text, source="story.txt").paragraphs[0].text == text


BUDGET = """# Council budget

The council approved its budget on Tuesday by 31 votes to 12.

| Service | 2025 | 2026 |
|---|--:|--:|
| Libraries | £5.6m | **£4.8m** |
| Roads | £11.0m | £12.5m |

Opposition leader Gareth Lowe called the library cuts "a false economy".
"""


def test_a_table_is_one_paragraph_with_a_sentence_for_each_row_naming_its_columns():
    assert paragraphs(BUDGET)[1] == "Libraries — 2025 £5.6m, 2026 £4.8m. Roads — 2025 £11.0m, 2026 £12.5m."


def test_a_table_is_body_text_not_a_caption():
    article = parse_article(BUDGET, source="budget.md")
    assert article.paragraphs[1].kind == BODY


SENTENCE_BEHIND_A_MARK = """Title: Harbour council sets its rates

The council met on Monday to set next year's rates.

# Not a heading: the treasurer, Ngozi Okonkwo-Adeyemi, said the figures were “audited twice.”

## Rates rise by 4% for most homes.

# Members then voted on the harbour dues, the ferry fares and the cost of mooring a boat overnight.

# Mayor says budget is “fair.”
"""


def test_a_sentence_behind_a_heading_mark_stays_a_paragraph_of_the_story():
    texts = paragraphs(SENTENCE_BEHIND_A_MARK)
    said = "Not a heading: the treasurer, Ngozi Okonkwo-Adeyemi, said the figures were “audited twice.”"
    assert said in texts
    assert texts[-1].startswith("Members then voted on the harbour dues")


def test_a_short_heading_ending_in_a_stop_is_still_a_heading():
    texts = paragraphs(SENTENCE_BEHIND_A_MARK)
    assert not any(text.startswith(("Rates rise", "Mayor says")) for text in texts)


def test_a_quotation_behind_a_heading_mark_is_quoted():
    from bot.core import api

    article = parse_article(SENTENCE_BEHIND_A_MARK, source="rates.txt")
    result = api.quote(article, "Okonkwo")
    assert [q.text for q in result.quotes] == ["audited twice."]
