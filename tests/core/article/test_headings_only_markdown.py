"""A Markdown file of headings alone has no paragraph to answer from, and says so: it is no empty file."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.errors import ArticleError


def test_a_markdown_file_of_headings_alone_says_it_has_only_headings():
    with pytest.raises(ArticleError, match=r"harbour\.md has only headings or markup: no paragraph"):
        parse_article("# Harbour news\n\n## The quay\n\n### Repairs\n", source="harbour.md")


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\ufeff"])
def test_a_blank_file_is_still_empty(text):
    with pytest.raises(ArticleError, match=r"harbour\.md is empty"):
        parse_article(text, source="harbour.md")
