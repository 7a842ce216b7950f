"""A person's blog post is their writing ("“…,” Vayne's blog post said"), as their report is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Jobs\n\nThe governor's office released a blog post by Hector Vayne, who chairs the council.\n\n"


def test_a_possessed_blog_post_speaks_for_its_writer():
    text = TITLE + "“The state economy has grown for ten straight quarters,” Vayne's blog post said.\n"
    assert speakers_of(text) == ["Hector Vayne"]


def test_a_possessed_blog_speaks_for_its_writer():
    text = TITLE + "“The state economy has grown for ten straight quarters,” Vayne's blog said.\n"
    assert speakers_of(text) == ["Hector Vayne"]
