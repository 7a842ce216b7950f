"""The catalog: bundled plus a server's own articles, added by link or file, never shared."""

from __future__ import annotations

import pytest

from bot.catalog import Catalog
from bot.catalog.catalog import DuplicateArticle
from bot.core.errors import ArticleError, ArticleNotFound
from bot.store import QuotaExceeded, Store
from bot.web.errors import NoArticleText, SiteTooSlow, UrlRefused
from tests.conftest import TEST_ARTICLES

SERVER, OTHER = 111, 222
FERRY_HTML = (TEST_ARTICLES / "web_ferry_strike.html").read_bytes()
VOTE_TEXT = (TEST_ARTICLES / "discord-library-vote.txt").read_bytes()


def vote_update(n: int) -> bytes:
    """The vote story with one more line: another article of the same title, not the same file again."""
    return VOTE_TEXT + f"\n\nUpdate {n}: the council met again.\n".encode()


async def test_a_link_becomes_an_article_the_server_can_ask_about(catalog, news_site):
    added = await catalog.add_url(SERVER, f"{news_site}/news/ferry-strike", added_by="7")
    article = await catalog.resolve(SERVER, str(added.id))
    assert article.title == "Ferry crews strike over night rotas"
    assert any("walked out at dawn" in p.text for p in article.paragraphs)


async def test_a_link_keeps_its_canonical_url_as_source_and_its_metadata(catalog, news_site):
    added = await catalog.add_url(SERVER, f"{news_site}/news/ferry-strike")
    assert added.source == "https://gazette.example/news/2026/03/14/ferry-crews-strike"
    assert added.metadata["author"] == "Maren Holt"


async def test_a_links_page_author_answers_who_wrote_it(catalog, news_site):
    added = await catalog.add_url(SERVER, f"{news_site}/news/ferry-strike")
    article = await catalog.resolve(SERVER, str(added.id))
    assert article.credits.author == "Maren Holt"
    catalog._cache.discard_id(added.id)  # read back from the store, as another process does
    assert (await catalog.resolve(SERVER, str(added.id))).credits.author == "Maren Holt"


@pytest.mark.parametrize(
    ("path", "error"),
    [("/to-private", UrlRefused), ("/signin", NoArticleText)],
)
async def test_a_failed_link_stores_nothing(catalog, store, news_site, path, error):
    with pytest.raises(error):
        await catalog.add_url(SERVER, f"{news_site}{path}")
    assert await store.count(SERVER) == 0


async def test_a_link_too_slow_to_answer_stores_nothing(library, store, news_site, impatient_policy):
    catalog = Catalog(library, store, quota=3, fetch_policy=impatient_policy, cache_size=2)
    with pytest.raises(SiteTooSlow):
        await catalog.add_url(SERVER, f"{news_site}/slow")
    assert await store.count(SERVER) == 0


async def test_an_uploaded_text_file_is_stored_with_its_title(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    assert (added.title, added.source) == ("Town council votes to keep the old library open", "vote.txt")


async def test_an_uploaded_html_file_is_extracted(catalog):
    added = await catalog.add_file(SERVER, "ferry.html", FERRY_HTML)
    assert "Related stories" not in added.text and added.metadata["author"] == "Maren Holt"


@pytest.mark.parametrize(
    ("name", "data", "reply"),
    [
        ("photo.png", b"\x89PNG", "only .txt, .md or .html"),
        ("empty.txt", b"   \n", "empty"),
        ("binary.txt", b"\x00\x01\x02" * 100, "binary"),
        ("big.txt", b"word " * 700_000, "too large"),
        ("signin.html", (TEST_ARTICLES / "web_no_article.html").read_bytes(), "no article text"),
        ("list.html", b"<p>Berth %d</p>" * 40_000, "list.html has 40,000 HTML elements"),
    ],
)
async def test_an_unusable_file_is_refused_and_nothing_stored(catalog, store, name, data, reply):
    with pytest.raises(ArticleError, match=reply):
        await catalog.add_file(SERVER, name, data)
    assert await store.count(SERVER) == 0


async def test_the_quota_refuses_one_article_too_many(catalog):
    for n in range(3):
        await catalog.add_file(SERVER, "vote.txt", vote_update(n))
    with pytest.raises(QuotaExceeded):
        await catalog.add_file(SERVER, "vote.txt", vote_update(3))


async def test_the_same_file_again_is_refused_as_already_there(catalog, store):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    with pytest.raises(DuplicateArticle, match=f"already has that article: #{added.id} "):
        await catalog.add_file(SERVER, "vote-copy.txt", VOTE_TEXT)
    assert await store.count(SERVER) == 1


async def test_entries_are_the_bundled_articles_then_the_servers_own(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    entries = await catalog.entries(SERVER)
    assert [e.ref for e in entries] == ["blinken-beijing-visit", "discord-harbour-reopening", str(added.id)]


async def test_another_server_sees_only_the_bundled_articles(catalog):
    await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    assert [e.server for e in await catalog.entries(OTHER)] == [None, None]


async def test_another_server_cannot_resolve_a_stored_id(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    with pytest.raises(ArticleNotFound):
        await catalog.resolve(OTHER, str(added.id))


async def test_another_server_cannot_reach_it_by_title_either(catalog):
    await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    with pytest.raises(ArticleNotFound):
        await catalog.resolve(OTHER, "town council votes to keep the old library open")


async def test_a_stored_article_is_found_by_its_title(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    assert (await catalog.resolve(SERVER, "library open")).id == str(added.id)


async def test_bundled_articles_resolve_for_every_server(catalog):
    assert (await catalog.resolve(OTHER, "blinken-beijing-visit")).id == "blinken-beijing-visit"


async def test_use_makes_an_article_the_servers_default(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    await catalog.use(SERVER, str(added.id))
    assert (await catalog.resolve(SERVER)).id == str(added.id)


async def test_one_servers_default_is_not_anothers(catalog):
    await catalog.use(SERVER, "discord-harbour-reopening")
    with pytest.raises(ArticleNotFound, match="choose one"):
        await catalog.resolve(OTHER)


async def test_remove_deletes_a_stored_article(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    await catalog.resolve(SERVER, str(added.id))  # cached
    await catalog.remove(SERVER, str(added.id))
    with pytest.raises(ArticleNotFound):
        await catalog.resolve(SERVER, str(added.id))


async def test_a_bundled_article_cannot_be_removed(catalog):
    with pytest.raises(ArticleNotFound, match="bundled with the bot"):
        await catalog.remove(SERVER, "blinken-beijing-visit")


async def test_an_article_added_by_another_process_is_seen_on_next_use(catalog, library, tmp_path):
    other_store = await Store.open(catalog.store._engine.url.render_as_string(hide_password=False))
    try:
        other = Catalog(library, other_store)
        assert len(await catalog.entries(SERVER)) == 2
        added = await other.add_file(SERVER, "vote.txt", VOTE_TEXT)
        assert (await catalog.resolve(SERVER, str(added.id))).title.startswith("Town council")
    finally:
        await other_store.close()


async def test_an_article_removed_by_another_process_is_gone_on_next_use(catalog, library):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    await catalog.resolve(SERVER, str(added.id))  # now cached here
    other_store = await Store.open(catalog.store._engine.url.render_as_string(hide_password=False))
    try:
        await Catalog(library, other_store).remove(SERVER, str(added.id))
    finally:
        await other_store.close()
    with pytest.raises(ArticleNotFound):
        await catalog.resolve(SERVER, str(added.id))


async def test_the_parsed_article_cache_stays_within_its_bound(catalog):
    for n in range(3):
        added = await catalog.add_file(SERVER, f"vote{n}.txt", vote_update(n))
        await catalog.resolve(SERVER, str(added.id))
    assert len(catalog._cache) == 2


async def test_choices_rank_the_servers_articles_with_the_bundled(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    choices = await catalog.choices(SERVER, "library", limit=5)
    assert choices[0].ref == str(added.id)


async def test_choices_never_offer_another_servers_articles(catalog):
    await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    assert all(choice.server is None for choice in await catalog.choices(OTHER, "library", limit=25))


async def test_the_same_page_twice_is_refused_with_its_id(catalog, store, news_site):
    first = await catalog.add_url(SERVER, f"{news_site}/news/ferry-strike")
    with pytest.raises(DuplicateArticle, match=f"already has that page: #{first.id} Ferry crews"):
        await catalog.add_url(SERVER, f"{news_site}/short/ferry")
    assert await store.count(SERVER) == 1


async def test_another_server_may_add_the_same_page(catalog, news_site):
    await catalog.add_url(SERVER, f"{news_site}/news/ferry-strike")
    assert (await catalog.add_url(OTHER, f"{news_site}/news/ferry-strike")).server_id == OTHER


async def test_an_added_article_is_ready_without_parsing_it_again(catalog):
    added = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    cached = catalog._cache.get((added.id, added.added_at))
    assert cached is await catalog.resolve(SERVER, str(added.id))
    assert (cached.id, cached.title) == (str(added.id), added.title)


@pytest.mark.parametrize("typed", ["cafe", "CAFÉ", "sao paulo"])
async def test_choices_match_a_title_whatever_its_case_and_accents(catalog, typed):
    rival = "Title: Dallaglio eyeing Lions tour place\n\nHe hopes to tour New Zealand.\n"
    await catalog.add_file(SERVER, "rugby.txt", rival.encode())
    text = "Title: Café owners in São Paulo row over terrace\n\nThe café opened in March.\n"
    added = await catalog.add_file(SERVER, "terrace.txt", text.encode())
    choices = await catalog.choices(SERVER, typed, limit=5)
    assert choices[0].ref == str(added.id)
