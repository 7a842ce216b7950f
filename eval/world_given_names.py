"""Builds bot/core/quotes/worldnames.txt, given names the 1990 US census lists lack (Connor, Nate,
Jeb, Kellyanne), cut from nomquamgender's name data (MIT) so the bot ships no numpy or pandas.

Run from the project root: `python eval/world_given_names.py PATH/TO/name_data.json` (the file
inside the nomquamgender 0.1.4 wheel: `pip download --no-deps nomquamgender==0.1.4`, unzip). Not a
test; the list is committed. A name is kept when enough sources list it often enough, it is no
common English word, place, name particle or name WordNet knows only as a famous one's (Nixon,
Vermont), and people bear it as a given name at least as often as the census finds it a surname
(Connor yes, Garcia no). An English-looking word (Nate, Tess) needs a clear gender and more sources.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.ask.forms import is_name_word, is_unlisted_word  # noqa: E402
from bot.core.language import lexicon as lx  # noqa: E402
from bot.core.quotes.givennames import census_given_names, census_shares  # noqa: E402
from bot.core.search.commonwords import is_common  # noqa: E402

OUT = ROOT / "bot" / "core" / "quotes" / "worldnames.txt"
_NAME = re.compile(r"^[a-z]{3,}$")  # "le", "jo": two letters are particles and initials as often
MIN_COUNT = 500  # people the sources counted with the name, worldwide
MIN_SOURCES = 10  # of nomquamgender's 36 sources; fewer lists hold keyboard noise ("dvd")
MIN_SOURCES_WORDLIKE = 20
CLEAR_GENDER = 0.1  # p(female) at most this, or at least 1 minus it (nomquamgender's default)
# Words that open a surname or a name's other part ("von", "Abu", "Mac"), and particles written
# as one capitalised word ("Bob Vander Plaats").
PARTICLES = lx.NAME_PARTICLES | lx.NAME_OPENERS | lx.IRISH_PARTICLES | {"vander", "vanden", "vande"}
# The census surname share (percent) is ~1e-6 of people counted; a name kept must be counted as a
# given name at least as often as that.
SURNAME_SCALE = 1e6
HEADER = """\
# Given names the 1990 US census lists lack, with the gender they tell (m, f, or - for both).
# Built by eval/world_given_names.py from nomquamgender 0.1.4's name_data.json; do not edit.
# nomquamgender: Copyright (c) 2022 Ian Van Buskirk, MIT licence:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions: The above copyright notice
# and this permission notice shall be included in all copies or substantial portions of the
# Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR
# ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE,
# ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def _gender(p_female: float) -> str:
    if p_female <= CLEAR_GENDER:
        return "m"
    if p_female >= 1 - CLEAR_GENDER:
        return "f"
    return "-"


class _Filter:
    """The lists a name is checked against, read once."""

    def __init__(self) -> None:
        self.census = census_given_names()
        self.surnames = census_shares("dist.all.last")

    def keeps(self, name: str, sources: int, count: int, p_female: float) -> bool:
        if not _NAME.match(name) or count < MIN_COUNT or sources < MIN_SOURCES:
            return False
        # A name WordNet knows only capitalised (Vermont, Nixon) is a famous one's or a place's.
        if name in self.census or is_name_word(name) or name in lx.PLACES:
            return False
        if name in PARTICLES or count < self.surnames.get(name, 0.0) * SURNAME_SCALE:
            return False
        if not is_common(name):
            return True
        if not is_unlisted_word(name):
            return False  # an English word ("job", "king"), though someone is so named
        return sources >= MIN_SOURCES_WORDLIKE and _gender(p_female) != "-"


def build(data: dict[str, list]) -> list[str]:
    """ "name gender" lines, sorted, for the names the filter keeps."""
    check = _Filter()
    kept = []
    for name, (sources, count, p_female, *_rest) in data.items():
        if check.keeps(name, sources, count, p_female):
            kept.append(f"{name} {_gender(p_female)}")
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name_data", type=Path, help="nomquamgender's name_data.json")
    args = parser.parse_args()
    data = json.loads(args.name_data.read_text(encoding="utf-8"))
    lines = build(data)
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
