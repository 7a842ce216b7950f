"""The library: every article found under a file or folder, parsed on first use.

With one article it is the default; with several, commands name one by id or fuzzy title.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from bot.core import constants
from bot.core.article.files import article_id_for, load_article
from bot.core.article.model import Article
from bot.core.errors import ArticleError, ArticleNotChosen, ArticleNotFound, listed_ids, os_reason, shown
from bot.core.language.text import fold

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md")
# A fuzzy article reference must score this much (rapidfuzz WRatio) to be accepted.
ARTICLE_MATCH_SCORE = 75


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What autocomplete and listings need about an article, without parsing all of them."""

    id: str
    path: Path


class Library:
    """Articles by id; each file is read and parsed the first time it is asked for."""

    def __init__(self, paths: list[Path]) -> None:
        if not paths:
            raise ArticleError("No articles found. Put .txt or .md files in seeds/ or set ARTICLE_PATH.")
        self._infos: dict[str, ArticleInfo] = {}
        for path in paths:
            article_id = _unique_id(article_id_for(path), self._infos)
            self._infos[article_id] = ArticleInfo(article_id, path)
        self._loaded: dict[str, Article] = {}

    @classmethod
    def from_path(cls, path: str | Path) -> Library:
        """A library of one file, or of every article file under a folder."""
        path = user_path(path)
        try:
            exists, is_file, is_dir = path.exists(), path.is_file(), path.is_dir()
        except OSError as error:  # a name too long for the system, a loop of links...
            raise ArticleError(f"Cannot open {shown(path)}: {os_reason(error)}.") from None
        if not exists:
            raise ArticleError(missing_path(path))
        if not (is_file or is_dir):  # a named pipe (`<(command)`), a device (/dev/null), a socket
            raise ArticleError(
                f"{shown(path)} is not a file or a folder: "
                "save the article's text as a .txt file and give that."
            )
        if is_file:
            library = cls([path])
            library.get()  # one article: fail fast on a bad file, before any command runs
            return library
        files = sorted(_article_files(path))
        if not files:
            raise ArticleError(f"No .txt or .md articles in {shown(path)}.")
        return cls(files)

    def __len__(self) -> int:
        return len(self._infos)

    @property
    def ids(self) -> list[str]:
        return list(self._infos)

    def get(self, ref: str | None = None) -> Article:
        """The article named by `ref` (id, file name or fuzzy title); the only one if None."""
        if ref is None or not ref.strip():
            if len(self._infos) == 1:
                return self._load(next(iter(self._infos)))
            raise ArticleNotChosen(self.ids)
        return self._load(self._resolve(ref.strip()))

    def resolve_id(self, ref: str) -> str:
        """The id of the article `ref` names (id, file name or fuzzy title); parses nothing new."""
        return self._resolve(ref.strip())

    def known_titles(self) -> dict[str, str]:
        """Every article's title if it is parsed already, else its id read as words; parses nothing."""
        titles = {}
        for article_id in self._infos:
            loaded = self._loaded.get(article_id)
            titles[article_id] = loaded.title if loaded else article_id.replace("-", " ")
        return titles

    def _load(self, article_id: str) -> Article:
        article = self._loaded.get(article_id)
        if article is None:
            info = self._infos[article_id]
            article = load_article(info.path)
            article.id = info.id
            self._loaded[article_id] = article
        return article

    def _resolve(self, ref: str) -> str:
        if ref in self._infos:
            return ref
        wanted = fold(ref)
        for article_id, info in self._infos.items():
            if wanted in (article_id, fold(info.path.name), fold(info.path.stem)):
                return article_id
        best_id, best_score = None, 0.0
        for article_id in self._infos:
            score = self._match_score(wanted, article_id)
            if score > best_score:
                best_id, best_score = article_id, score
        if best_id is None or best_score < ARTICLE_MATCH_SCORE:
            raise ArticleNotFound(
                f"No article matches “{ref[: constants.MAX_QUERY_CHARS]}”. Loaded: {listed_ids(self.ids)}"
            )
        return best_id

    def _match_score(self, wanted: str, article_id: str) -> float:
        """How well `wanted` names an article: its id's words, or words of its title if parsed."""
        score = fuzz.WRatio(wanted, article_id.replace("-", " "))
        article = self._loaded.get(article_id)
        if article is not None:
            # token_set_ratio: a few words of a long title are a full match, not a diluted one.
            score = max(score, fuzz.token_set_ratio(wanted, fold(article.title)))
        return score


def missing_path(path: Path) -> str:
    return broken_link(path) or f"Article path not found: {shown(path)}. Check --article or ARTICLE_PATH."


_GIVE_THE_FILE = "Give the article file instead."


def broken_link(path: Path) -> str | None:
    """What is wrong with `path` when it is a symbolic link leading nowhere, else None: "not found"
    sent the user looking for a file that is there, as a link."""
    try:
        if not path.is_symlink():
            return None
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return f"{shown(path)} is a symbolic link that loops back to itself. {_GIVE_THE_FILE}"
        return f"{shown(path)} is a symbolic link to a missing file. {_GIVE_THE_FILE}"
    return None


def user_path(path: str | Path) -> Path:
    """`path` with a leading `~` or `~user` expanded; ArticleError when that user does not exist."""
    try:
        return Path(path).expanduser()
    except RuntimeError:  # pathlib's "Could not determine home directory"
        raise ArticleError(f"No such user's home folder in {shown(path)}. Check the ~ part.") from None


def _article_files(folder: Path) -> Iterator[Path]:
    """Article files under `folder`: walked with a stack, not recursion, down to a bounded depth
    (a folder 1,200 levels deep must not exhaust Python's stack), skipping unreadable folders."""
    stack = [(folder, 0)]
    seen = 0
    while stack:
        current, depth = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as error:
            log.warning("skipped folder %s: %s", shown(current), os_reason(error))
            continue
        seen += len(entries)
        if seen > constants.MAX_LIBRARY_ENTRIES:
            raise ArticleError(
                f"{shown(folder)} holds over {constants.MAX_LIBRARY_ENTRIES:,} files and folders, too many "
                "to read as a library: give the article's file, or a folder of articles."
            )
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    if depth < constants.MAX_LIBRARY_DEPTH:
                        stack.append((path, depth + 1))
                elif entry.is_file() and _is_article_name(entry.name):
                    yield path
            except OSError as error:
                log.warning("skipped %s: %s", shown(path), os_reason(error))


def _is_article_name(name: str) -> bool:
    return Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith((".", "README"))


def _unique_id(article_id: str, taken: dict[str, ArticleInfo]) -> str:
    candidate, n = article_id, 2
    while candidate in taken:
        candidate, n = f"{article_id}-{n}", n + 1
    return candidate
