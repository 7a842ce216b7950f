"""A verb of saying's form after a platform and a possessor ("the president's Twitter posts",
"Holt's Facebook post") is a noun: the posts are talked about, and their owner says nothing the
sentence quotes."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "The trial opened in Dunmore County on Monday.\n\n"
    "Governor Alric Dunmore praised prosecutor Wenna Kessler on Tuesday, brushing aside earlier "
    "criticism in which Kessler asserted the governor's {platform} posts on criminal cases were "
    "making it “impossible for me to do my job.”\n"
)


def test_the_posts_owner_is_not_the_speaker():
    assert speakers_of(ARTICLE.format(platform="Twitter")) == ["Wenna Kessler"]


def test_another_platform_reads_the_same():
    assert speakers_of(ARTICLE.format(platform="Facebook")) == ["Wenna Kessler"]
