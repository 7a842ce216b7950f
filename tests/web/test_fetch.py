"""The fetcher and link reader against a local news site: articles, and every refusal's reply."""

from __future__ import annotations

import pytest
from aiohttp.abc import AbstractResolver

from bot.core.errors import ArticleError
from bot.web.errors import FetchError, NoArticleText, NotAnArticlePage, PageTooLarge, SiteTooSlow, UrlRefused
from bot.web.fetch import FetchPolicy, fetch_page
from bot.web.pages import read_link


class StubResolver(AbstractResolver):
    """Answers names from a table, as a DNS server the attacker controls would."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers

    async def resolve(self, host, port=0, family=0):
        return [
            {"hostname": host, "host": address, "port": port, "family": family, "proto": 0, "flags": 0}
            for address in self.answers[host]
        ]

    async def close(self):
        pass


async def test_the_article_text_is_read_without_navigation_ads_or_comments(news_site, test_policy):
    article = await read_link(f"{news_site}/news/ferry-strike", test_policy)
    assert "walked out at dawn" in article.text
    for clutter in ("Subscribe", "ADVERTISEMENT", "Sponsored", "Related stories", "Typical.", "All rights"):
        assert clutter not in article.text


async def test_the_pages_metadata_is_kept(news_site, test_policy):
    article = await read_link(f"{news_site}/news/ferry-strike", test_policy)
    assert (article.title, article.author, article.date, article.url) == (
        "Ferry crews strike over night rotas",
        "Maren Holt",
        "2026-03-14",
        "https://gazette.example/news/2026/03/14/ferry-crews-strike",
    )


async def test_paragraphs_come_out_separated_by_blank_lines(news_site, test_policy):
    article = await read_link(f"{news_site}/news/ferry-strike", test_policy)
    assert "Friday.\n\nThe operator" in article.text


async def test_a_windows_1252_page_reads_as_the_text_it_is(news_site, test_policy):
    article = await read_link(f"{news_site}/news/library-vote", test_policy)
    assert "€180,000" in article.text and "library’s reading group" in article.text


@pytest.mark.parametrize("case", ["utf8-as-latin1", "cp1252-as-utf8"])
async def test_a_page_whose_header_names_the_wrong_charset_reads_as_the_text_it_is(
    news_site, test_policy, case
):
    article = await read_link(f"{news_site}/mislabelled/{case}", test_policy)
    assert article.text.startswith("The café’s “night menu” stays, the owner said.")


async def test_a_web_page_served_as_plain_text_is_read_as_a_web_page(news_site, test_policy):
    article = await read_link(f"{news_site}/page-as-text", test_policy)
    assert "walked out at dawn" in article.text and "<" not in article.text
    assert article.title == "Ferry crews strike over night rotas"


async def test_json_served_as_plain_text_is_no_article(news_site, test_policy):
    with pytest.raises(NotAnArticlePage, match=r"^That link is JSON data, not an article's text"):
        await read_link(f"{news_site}/json-as-text", test_policy)


async def test_binary_bytes_said_to_be_text_are_refused_as_the_page_not_by_its_address(
    news_site, test_policy
):
    with pytest.raises(ArticleError, match=r"^That page looks like a binary file, not a text article\."):
        await read_link(f"{news_site}/binary-text", test_policy)


async def test_a_plain_text_page_is_read_as_it_is(news_site, test_policy):
    article = await read_link(f"{news_site}/plain", test_policy)
    assert article.text.startswith("Town council votes to keep the old library open\n\n")


async def test_a_redirect_within_the_limit_is_followed(news_site, test_policy):
    page = await fetch_page(f"{news_site}/short/ferry", test_policy)
    assert page.url.endswith("/news/ferry-strike")


async def test_the_default_policy_refuses_the_local_server(news_site):
    with pytest.raises(UrlRefused, match="private or local network"):
        await fetch_page(f"{news_site}/news/ferry-strike")


async def test_a_name_for_the_local_server_is_refused_too(news_site):
    port = news_site.rsplit(":", 1)[1]
    with pytest.raises(UrlRefused, match="private or local network"):
        await fetch_page(f"http://localhost:{port}/news/ferry-strike")


@pytest.mark.parametrize(
    ("path", "error", "reply"),
    [
        pytest.param(
            "/to-private", UrlRefused, r"I won.t open 10\.20\.30\.40", id="redirect to a private address"
        ),
        pytest.param(
            "/to-metadata", UrlRefused, r"169\.254\.169\.254", id="redirect to the cloud metadata address"
        ),
        pytest.param("/to-file", UrlRefused, "Only http:// and https://", id="redirect to a file url"),
        pytest.param("/loop/0", FetchError, "redirects more than 5 times", id="more than five redirects"),
        pytest.param("/huge", PageTooLarge, "larger than 5 MB", id="a huge body, while reading it"),
        pytest.param("/report.pdf", NotAnArticlePage, "application/pdf, not a web page", id="a pdf"),
        pytest.param("/nowhere", FetchError, "404", id="a missing page: the site's answer"),
        pytest.param("/cut-short", FetchError, "broke off while sending", id="a body cut short"),
        pytest.param(
            "/huge-header",
            FetchError,
            r"^127\.0\.0\.1 answered, but not in HTTP I can read",
            id="a bad answer",
        ),
        pytest.param("/garbled", FetchError, "or sent it garbled", id="a body that is not the gzip it says"),
    ],
)
async def test_a_page_of_the_site_not_to_be_read_is_refused_with_its_reason(
    news_site, test_policy, path, error, reply
):
    with pytest.raises(error, match=reply):
        await fetch_page(f"{news_site}{path}", test_policy)


async def test_a_slow_site_gets_the_time_out_reply(news_site, impatient_policy):
    with pytest.raises(SiteTooSlow, match=r"took too long to answer \(over 0\.3 s\)"):
        await fetch_page(f"{news_site}/slow", impatient_policy)


async def test_a_page_without_article_text_says_so(news_site, test_policy):
    with pytest.raises(NoArticleText, match="no article text I can read"):
        await read_link(f"{news_site}/signin", test_policy)


async def test_a_name_resolving_to_a_private_address_is_refused():
    resolver = StubResolver({"intranet.example": ["192.168.1.5"]})
    with pytest.raises(UrlRefused, match=r"I won.t open intranet\.example"):
        await fetch_page("http://intranet.example/", resolver=resolver)


async def test_a_name_with_one_private_answer_among_public_ones_is_refused():
    resolver = StubResolver({"mixed.example": ["93.184.216.34", "127.0.0.1"]})
    with pytest.raises(UrlRefused, match=r"mixed\.example"):
        await fetch_page("http://mixed.example/", resolver=resolver)


@pytest.mark.parametrize(
    ("url", "reply"),
    [
        ("ftp://news.example/story", "Only http:// and https://"),
        ("javascript:alert(1)", "Only http:// and https://"),
        ("https://user:secret@news.example/story", "user name or password"),
        ("http://127.0.0.1/", "private or local network"),
        ("http://[::1]/", "private or local network"),
        ("http://[::ffff:10.0.0.1]/", "private or local network"),
        ("http://0.0.0.0/", "private or local network"),
        ("http://224.0.0.1/", "private or local network"),
        ("http://100.64.0.1/", "private or local network"),
        ("http:///nohost", "no site name"),
    ],
)
async def test_links_refused_before_any_connection(url, reply):
    with pytest.raises(UrlRefused, match=reply):
        await fetch_page(url)


async def test_the_test_only_setting_does_not_open_other_private_addresses():
    policy = FetchPolicy(allowed_addresses=frozenset({"127.0.0.1"}))
    with pytest.raises(UrlRefused):
        await fetch_page("http://127.0.0.2/", policy)
