"""What an article file's front matter or a web page's metadata says of the article, kept off its
text: its writer ("author: Lina Marsh"), its day ("date: 2016-10-04") and its publisher ("sitename:
Reuters"), which answer "Who wrote this?" where no byline does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# The field names each credit goes by, first found first: front matter's and a page extractor's.
_AUTHOR_FIELDS = ("author", "byline")
_DATE_FIELDS = ("date", "published")
_PUBLISHER_FIELDS = ("sitename", "publisher")


@dataclass(frozen=True, slots=True)
class Credits:
    """The article's writer, day and publisher as its metadata gives them; None where it does not."""

    author: str | None = None
    date: str | None = None
    publisher: str | None = None

    @classmethod
    def of(cls, fields: Mapping[str, str]) -> Credits:
        """The credits among `fields` (names in any case: "Author", "date", "sitename")."""
        folded = {name.casefold(): str(value).strip() for name, value in fields.items() if value}
        return cls(*(_first(folded, names) for names in (_AUTHOR_FIELDS, _DATE_FIELDS, _PUBLISHER_FIELDS)))

    def over(self, other: Credits) -> Credits:
        """These credits, and `other`'s where these have none."""
        return Credits(
            self.author or other.author, self.date or other.date, self.publisher or other.publisher
        )


def _first(fields: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    return next((fields[name] for name in names if fields.get(name)), None)
