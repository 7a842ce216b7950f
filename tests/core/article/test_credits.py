"""An article file's front matter credits (author, date) are kept as the article's metadata, off its
text; a web page's metadata fills what the text's own do not give."""

from __future__ import annotations

from bot.core.article import Credits, parse_article

STORY = "The town pier reopened on Friday after six months of repairs.\n\nRepairs cost $2 million.\n"


def test_yaml_front_matter_keeps_the_author_and_the_date():
    article = parse_article("---\ntitle: Pier reopens\nauthor: Lina Marsh\ndate: 2026-03-14\n---\n\n" + STORY)
    assert article.credits == Credits(author="Lina Marsh", date="2026-03-14")
    assert article.paragraph(1).text.startswith("The town pier")


def test_title_style_lines_keep_a_byline_and_a_published_date():
    article = parse_article("Title: Pier reopens\nByline: Lina Marsh\nPublished: 14 March 2026\n\n" + STORY)
    assert (article.credits.author, article.credits.date) == ("Lina Marsh", "14 March 2026")


def test_a_page_sitename_is_the_publisher():
    assert Credits.of({"author": "Maren Holt", "sitename": "Gazette"}).publisher == "Gazette"


def test_the_articles_own_credits_come_before_the_pages():
    own = Credits(author="Lina Marsh")
    assert own.over(Credits(author="Maren Holt", date="2026-03-14")) == Credits("Lina Marsh", "2026-03-14")


def test_an_article_without_front_matter_has_no_credits():
    assert parse_article(STORY).credits == Credits()
