"""The library: one file or a folder of articles, chosen by id, file name or fuzzy title."""

from pathlib import Path

import pytest

from bot.core.article import Library
from bot.core.errors import ArticleError, ArticleNotFound
from tests.conftest import BUNDLED, TEST_ARTICLES


def test_single_file_is_the_default_article():
    library = Library.from_path(BUNDLED)
    assert len(library) == 1
    assert library.get().id == "blinken-beijing-visit"


def test_folder_holds_every_txt_and_md_article():
    library = Library.from_path(TEST_ARTICLES)
    assert {"foundation-harbour", "foundation-election"} <= set(library.ids)


def test_folder_with_several_articles_needs_a_choice():
    library = Library.from_path(TEST_ARTICLES)
    with pytest.raises(ArticleNotFound, match="choose one"):
        library.get()


def test_article_is_found_by_id_file_name_or_fuzzy_reference():
    library = Library.from_path(TEST_ARTICLES)
    assert library.get("foundation-harbour").id == "foundation-harbour"
    assert library.get("foundation_election.txt").id == "foundation-election"
    assert library.get("harbour").id == "foundation-harbour"


def test_unknown_article_reference_lists_what_is_loaded():
    library = Library.from_path(TEST_ARTICLES)
    with pytest.raises(ArticleNotFound, match="ask-border-camp"):
        library.get("quantum chromodynamics lecture")


def test_articles_are_parsed_on_first_use(tmp_path: Path):
    (tmp_path / "a.txt").write_text("The first article is here.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    library = Library.from_path(tmp_path)
    assert library.get("a").id == "a"
    with pytest.raises(ArticleError, match="binary"):
        library.get("b")


def test_readme_and_other_files_in_a_folder_are_ignored(tmp_path: Path):
    (tmp_path / "story.md").write_text("A story worth telling.")
    (tmp_path / "README.md").write_text("How to use this folder.")
    (tmp_path / "notes.json").write_text("{}")
    assert Library.from_path(tmp_path).ids == ["story"]


def test_missing_path_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ArticleError, match="not found"):
        Library.from_path(tmp_path / "missing")


def test_folder_without_articles_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ArticleError, match=r"No \.txt or \.md"):
        Library.from_path(tmp_path)


def test_known_titles_parse_nothing_and_name_every_article(tmp_path: Path):
    (tmp_path / "good-story.txt").write_text("Title: A Good Story\n\nSomething happened today.")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    library = Library.from_path(tmp_path)
    assert library.known_titles() == {"broken": "broken", "good-story": "good story"}
    library.get("good-story")
    assert library.known_titles()["good-story"] == "A Good Story"


@pytest.mark.parametrize("ref", [str(BUNDLED), "../seeds/blinken-beijing-visit.txt", "/etc/hostname"])
def test_a_reference_is_never_read_as_a_path(ref):
    library = Library.from_path(TEST_ARTICLES)  # the bundled article is not in it
    with pytest.raises(ArticleNotFound):
        library.get(ref)
