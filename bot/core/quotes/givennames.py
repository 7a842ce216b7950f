"""The gender a given name tells ("Hillary" is a woman's, "Donald" a man's), from the US census
first-name lists that the `names` package ships and, for names they lack ("Connor", "Nate"), a
world list cut from nomquamgender's data (worldnames.txt); None for rare, shared or unknown names.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

from bot.core import constants
from bot.core.language import lexicon as lx

log = logging.getLogger(__name__)


def given_name_gender(word: str) -> str | None:
    """ "m", "f" or None (not listed, or given to both often enough to tell nothing)."""
    return _genders().get(word.casefold())


def is_given_name(word: str) -> bool:
    """ "Tina Houchins had a question": a common given name (either list) opens a person's name;
    not one that is also a place ("Charlotte", "Houston"), which opens names of papers and teams."""
    low = word.casefold()
    if "-" in low:  # "Edward-Isaac", "Anne-Marie": every part a given name
        return all(_one_given_name(part) for part in low.split("-"))
    return _one_given_name(low)


def is_census_given_name(word: str) -> bool:
    """A given name the US census lists hold commonly ("Marta"), not one only the world list or
    the hand lists hold ("Umar", "Mir"): firmer evidence that a name starts there."""
    return word.casefold() in census_given_names()


def _one_given_name(low: str) -> bool:
    return low in _common() and low not in lx.PLACES and low not in _PLACE_NAMES


# US states and cities that the census lists as given names: "Charlotte Observer", "Houston Texans".
_PLACE_NAMES = frozenset(
    "virginia carolina charlotte houston dallas austin florence phoenix denver orlando savannah "
    "augusta raleigh cleveland helena georgia indiana dakota montana nevada".split()
)


@lru_cache(maxsize=1)
def census_given_names() -> frozenset[str]:
    """The names either census list holds at GIVEN_NAME_MIN_SHARE or more, folded."""
    lists = (census_shares("dist.female.first"), census_shares("dist.male.first"))
    return frozenset(
        n for found in lists for n, share in found.items() if share >= constants.GIVEN_NAME_MIN_SHARE
    )


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    listed = census_given_names() | _world_list().keys()
    return listed | _FAMILIAR_UNLISTED | _WORLD_GIVEN_NAMES.keys()


# Familiar given names the census lists lack, and no common word ("Chip Lake, a Republican
# consultant"); not "Skip", "Trip" or "Duke", words as often.
_FAMILIAR_UNLISTED = frozenset("chip buzz butch biff bucky".split())


def _world_given_names() -> dict[str, str]:
    """Name -> "m" or "f": men's and women's names of Russia, Ukraine, Eastern and Western Europe,
    the Arab world, Iran, Turkey, Israel, South Asia, Japan and Africa; none given to both."""
    men = """
    vladimir sergei sergey oleg dmitri dmitry igor mikhail alexei alexey yevgeny evgeny nikolai nikolay
    viktor volodymyr petro vitaly vitali vyacheslav yuri yury gennady anatoly valery arkady grigory
    andrei andriy ruslan rustam ramzan kirill pavel vasily aleksandr oleksandr oleksiy mykola taras
    zbigniew jaroslaw mateusz andrzej tadeusz wojciech radoslaw miroslav milos zoran slobodan
    aleksandar dragan goran wolfgang heiko sigmar olaf jens horst juergen jurgen gerhard helmut
    joschka friedrich gunther guenther dieter klaus ulrich winfried lothar francois laurent olivier
    thierry herve benoit edouard matteo silvio paolo enrico luigi muhammad mahmoud abdullah abdel
    hamid ashraf javad ebrahim hosni bashar recep tayyip mevlut khalid khaled walid nabil hamad tamim
    salman mustafa mustapha ayman osama yasser saeb saad rafik nouri haider ibrahim faisal fahd
    moqtada qassem hossein mohsen yair ehud avigdor naftali gideon yitzhak shimon reuven yuval gilad
    narendra rahul manmohan amit arvind rajnath pranab ajit imran nawaz shehbaz pervez shinzo
    yoshihide fumio junichiro yukio naoto binali ahmet thabo uhuru yoweri arseniy jair luiz abiy rishi
    keir sajid kwasi
    """
    women = """
    yulia tzipi ayelet segolene frauke annegret sahra ilhan rashida ayanna nirmala smriti
    giorgia federica kamala tulsi jacinda priti
    """
    found = dict.fromkeys(men.split(), "m")
    found.update(dict.fromkeys(women.split(), "f"))
    return found


# Given names common in world news that the US census lists of 1990 lack ("Sergei Lavrov",
# "Ehud Barak", "Frauke Petry"); none is also an English word or a place.
_WORLD_GIVEN_NAMES = _world_given_names()


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    female, male = census_shares("dist.female.first"), census_shares("dist.male.first")
    found = {}
    for name in female.keys() | male.keys():
        women, men = female.get(name, 0.0), male.get(name, 0.0)
        # "James" is on both lists; a name tells a gender only when one list holds it far more.
        if name in lx.UNISEX_SHORT_NAMES or _rare_here_shared_elsewhere(name, max(women, men)):
            continue
        if women > constants.GIVEN_NAME_GENDER_RATIO * men:
            found[name] = "f"
        elif men > constants.GIVEN_NAME_GENDER_RATIO * women:
            found[name] = "m"
    # The census decides the names it holds at all ("Tess" is rare there but a woman's).
    world = {
        name: gender
        for name, gender in _world_list().items()
        if gender != "-" and name not in female and name not in male
    }
    return world | found | _WORLD_GIVEN_NAMES


def _rare_here_shared_elsewhere(name: str, share: float) -> bool:
    """ "Loris": a name the census holds too rarely to count as common, which the world list gives
    to both men and women (an Italian man's name), tells no gender."""
    return share < constants.GIVEN_NAME_MIN_SHARE and _world_list().get(name) == "-"


@lru_cache(maxsize=1)
def _world_list() -> dict[str, str]:
    """Name -> "m", "f" or "-" (both), from worldnames.txt ("conor m" per line)."""
    try:
        text = (resources.files(__package__) / "worldnames.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        log.warning("world given-name list unavailable: only the census lists are read")
        return {}
    found = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#"):
            found[parts[0]] = parts[1]
    return found


@lru_cache(maxsize=2)
def census_shares(file: str) -> dict[str, float]:
    """Name -> percent of people, from a census list ("MARY 2.629 2.629 1" per line).

    Cached: both the common names and the genders are made from the two lists, read once each."""
    try:
        text = (resources.files("names") / file).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        log.warning("given-name list %s unavailable: genders come from pronouns only", file)
        return {}
    found = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            try:
                found[parts[0].casefold()] = float(parts[1])
            except ValueError:
                continue
    return found


def formal_given_name(word: str) -> str:
    """The formal name a familiar form stands for ("Dick" -> "richard": "Richard Blumenthal" and,
    quoted, "Dick Blumenthal" are one senator; "Edie Windsor" and "Edith Windsor" one woman), else the
    word folded. Only forms that stand for one name: not "Chris", "Pat" or "Sam", shared by a man's
    and a woman's."""
    low = word.casefold()
    return _FORMAL_GIVEN.get(low, low)


def familiar_givens(given: str, surname: str, aliases: list[str]) -> set[str]:
    """The familiar given names, folded, an article calls a person by beside their formal one: "edie"
    of Edith Windsor, named "Edie Windsor" too (`aliases`: the forms of the name it writes)."""
    formal = formal_given_name(given)
    found = set()
    for alias in aliases:
        words = alias.casefold().split()
        named = len(words) == 2 and words[1] == surname.casefold() and words[0] != given.casefold()
        if named and formal_given_name(words[0]) == formal:
            found.add(words[0])
    return found


_FORMAL_GIVEN = {
    familiar: formal
    for formal, familiars in (
        ("richard", "dick rick ricky"),
        ("robert", "bob bobby rob"),
        ("william", "bill billy will"),
        ("james", "jim jimmy"),
        ("michael", "mike"),
        ("thomas", "tom tommy"),
        ("joseph", "joe"),
        ("charles", "chuck"),
        ("david", "dave"),
        ("daniel", "dan danny"),
        ("anthony", "tony"),
        ("andrew", "andy"),
        ("matthew", "matt"),
        ("nicholas", "nick"),
        ("benjamin", "ben"),
        ("gregory", "greg"),
        ("jeffrey", "jeff"),
        ("ronald", "ron"),
        ("donald", "don"),
        ("lawrence", "larry"),
        ("kenneth", "ken"),
        ("stephen", "steve"),
        ("timothy", "tim"),
        ("edward", "ed eddie"),
        ("gerald", "jerry"),
        ("mitchell", "mitch"),
        ("elizabeth", "liz"),
        ("katherine", "kathy"),
        ("jennifer", "jenny"),
        ("margaret", "peggy"),
        ("deborah", "debbie"),
        ("edith", "edie"),
        ("susan", "susie"),
        ("patricia", "patty trish"),
        ("rebecca", "becky"),
        ("judith", "judy"),
        ("cynthia", "cindy"),
        ("victoria", "vicky"),
        ("catherine", "cathy"),
        ("barbara", "barb"),
        ("frederick", "fred freddie"),
        ("charles", "charlie"),
        ("henry", "hank"),
        ("joshua", "josh"),
        ("douglas", "doug"),
        ("philip", "phil"),
        ("vincent", "vince"),
        ("eugene", "gene"),
        ("leonard", "lenny"),
    )
    for familiar in familiars.split()
}
