"""Other forms of a word a question may use for what the article says another way: a place for
its people and back ("European" / "Europe", "Chinese" / "China"), a few common synonyms, and the
words WordNet derives from a word or it from ("succeed" / "successor", "rule" / "ruler").
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache, lru_cache
from importlib import resources

from bot.core.language.lexicon import IRREGULAR_PLACE_PEOPLE
from bot.core.language.stemming import stem

# How a people or adjective form ends, and how the place it comes from ends, after a shared base:
# Europe-an, Chin-ese / Chin-a, Syria-n, Russ-ian / Russ-ia, Israel-i, Leban-ese / Leban-on.
_PEOPLE_ENDINGS = ("ians", "eans", "ans", "ese", "ian", "ean", "an", "ns", "n", "is", "i")
_PLACE_ENDINGS = ("", "a", "e", "o", "y", "ia", "on")
_MIN_BASE = 4
# The places and peoples no ending joins ("poland" / "polish"): each word to the others of its group.
_IRREGULAR_PLACES = {word: group.split() for group in IRREGULAR_PLACE_PEOPLE for word in group.split()}

# Words a question and the sentence answering it often use for one another. Closed and general
# (no topic's vocabulary): each group is a set of words that can stand in for each other.
_GROUPS = (
    "founded establish established create created start started begin began begun",
    "start started begin began begun commence launch launched",
    "end ended finish finished conclude concluded",
    "use used utilise utilised utilize utilized employ employed",
    "famous renowned celebrated notable well-known best-known",
    "after following succeed succeeds succeeded",
    "before prior precede precedes preceded",
    "today modern current currently nowadays contemporary",
    "kill killed murder murdered slay slain",
    "die died death dead",
    "injure injured wound wounded hurt",
    "buy bought purchase purchased acquire acquired",
    "move moved transport transported carry carried relocate relocated",
    "live lived reside resided home resident inhabit",
    "nickname nicknamed dubbed",
    "job role position occupation",
    "rule ruled reign reigned govern governed",
    "fight fought battle clash",
    "attack attacked strike assault raid",
    "help helped aid assist assisted",
    "build built construct constructed erect erected",
    "make made produce produced manufacture manufactured",
    "show showed shown display displayed demonstrate demonstrated",
    "need needed require required",
    "receive received get got obtain obtained gain gained",
    "give gave given provide provided offer offered grant granted award awarded",
    "choose chose chosen select selected elect elected pick picked",
    "allow allowed permit permitted enable enabled",
    "ban banned prohibit prohibited forbid forbade bar barred",
    "increase increased rise rose grow grew raise raised boost",
    "decrease decreased fall fell drop dropped decline declined reduce reduced",
    "arrest arrested detain detained",
    "jail jailed prison imprison imprisoned",
    "trip visit journey tour",
    "car vehicle automobile",
    "child children kid kids youngster",
    "big large huge",
    "rich wealthy",
    "win won victory",
    "try tried attempt attempted",
    "town city",
    "train trains rail railway",
    "factory plant",
    "cost spend spent",
    "refund refunded repay repaid return returned",
    "promise promised pledge pledged vow vowed",
    "award medal prize trophy",
)
# Words a news report and a reader's question use for one another: a sports, business or British
# report's word and the plainer or American one. Looked for only when the article lacks the word asked
# (like WordNet's synonyms): beside it they ranked sentences using the other word above the one that
# answers ("movie" where the article writes "film" for the question's film too).
_NEWS_GROUPS = (
    "win won winning victory victories triumph triumphed",
    "beat beating overcome overcame thrash thrashed defeat defeated win victory",
    "lose losing loss losses",
    "captain skipper",
    "manager coach boss",
    "boss chief head chairman",
    "match game fixture",
    "company firm",
    "profit profits earnings",
    "shares stock stocks",
    "jump jumped climb climbed soar soared surge surged rise rose increase increased",
    "slump slumped slide slid plunge plunged tumble tumbled fall fell drop dropped cut",
    "deal agreement contract accord pact",
    "row dispute feud quarrel",
    "sack sacked dismiss dismissed axe axed fired",
    "scrap scrapped abolish abolished",
    "admit admitted concede conceded acknowledge acknowledged confess confessed",
    "criticise criticised criticize criticized criticism condemn condemned",
    "key crucial critical vital essential",
    "resident inhabitant",
    "benefit benefited gain gained",
    "woman women female",
    "man men male",
    "father dad",
    "mother mum mom",
    "goal target aim objective",
    "mistake error blunder",
    "share percent percentage proportion",
    "talk talks conversation discussion",
    "journalist reporter correspondent",
    "screen display",
    "role involvement",
    "television tv",
    "illness sickness disease",
    "play played playing star starred starring",
    "follow comply adhere obey",
    "money cash funds funding",
    "plan scheme proposal",
    # "Which countries are exempt?" of "all non-EU nationals, apart from citizens of Switzerland, ...".
    "exempt exempted exemption exemptions except excepted exception exceptions excluding apart besides",
    # "What were they accused of?" of "suspended for allegedly missing three drugs tests".
    "accused accuse accuses accusation accusations allegedly alleged allegation allegations",
    "leave quit resign resigned",
    # Verbs of speaking: news copy writes "X told host Y on Thursday" for "When did X speak?" and
    # "Who interviewed X?".
    "speak spoke spoken talk talked tell told interview interviewed",
    # The same thing in British and American English.
    "film movie",
    "football soccer",
    "lorry truck",
    "holiday vacation",
    "mobile cellphone",
    "shop store",
    "petrol gasoline",
    "lawyer attorney solicitor barrister",
    "rubbish garbage trash",
    "pavement sidewalk",
    "motorway highway freeway",
    "timetable schedule",
    # A road or air accident: "When did the crash happen?" of "A road accident ... on Thursday".
    "crash crashes accident accidents collision collisions",
)


# One way only, for a question word the article never uses: "Who was her husband?" is answered by
# "Holloway married James Park", but "Who is Roberts married to?" is not by "his wife" sentences.
_SHOWN_BY = {
    "husband": "married marry marriage wed wedding",
    "wife": "married marry marriage wed wedding",
    "spouse": "married marry marriage wed wedding husband wife",
}


def shown_by(word: str) -> frozenset[str]:
    """Words that show what `word` names where the article never writes it ("married" for "husband")."""
    return frozenset(_SHOWN_BY.get(word, "").split())


def _synonyms(groups: tuple[str, ...]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for group in groups:
        words = group.split()
        for word in words:
            found.setdefault(word, set()).update(w for w in words if stem(w) != stem(word))
    return {key: frozenset(value) for key, value in found.items()}


SYNONYMS = _synonyms(_GROUPS)
NEWS_SYNONYMS = _synonyms(_NEWS_GROUPS)


def synonyms(word: str) -> frozenset[str]:
    """Words that can stand in for `word` (folded, as written: "found" is no "founded")."""
    return SYNONYMS.get(word, frozenset())


def news_synonyms(word: str) -> frozenset[str]:
    """News copy's words for `word` (folded, as written or inflected: "admitted" is "conceded", "movie"
    a "film"), for a word the article lacks."""
    found = NEWS_SYNONYMS.get(word)
    if found is not None:
        return found
    return next((NEWS_SYNONYMS[lemma] for lemma in _detached(word) if lemma in NEWS_SYNONYMS), frozenset())


def place_forms(word: str, vocabulary: Container[str], irregular: bool = True) -> list[str]:
    """Terms of `vocabulary` that are the place of the people-word `word` ("european" -> "europe")
    or the people of the place `word` ("china" -> "chinese"); with `irregular`, also those no ending
    joins ("poland" -> "polish")."""
    if not word.isalpha():
        return []
    found = []
    for people in _PEOPLE_ENDINGS:
        base = word[: -len(people)]
        if word.endswith(people) and len(base) >= _MIN_BASE:
            found.extend(base + place for place in _PLACE_ENDINGS)
    for place in _PLACE_ENDINGS:
        base = word[: len(word) - len(place)]
        if word.endswith(place) and len(base) >= _MIN_BASE:
            found.extend(base + people for people in _PEOPLE_ENDINGS)
    if irregular:
        found.extend(_IRREGULAR_PLACES.get(word, ()))
    return sorted({t for t in found if t != word and t in vocabulary})


# WordNet's rules for the lemma of an inflected word ("rules" -> "rule", "evaluated" -> "evaluate").
DETACH = (
    *(("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man")),
    *(("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    *(("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
)
_MIN_STEM = 3


def _detached(word: str) -> list[str]:
    """The lemmas `word` may be an inflection of by WordNet's rules ("rules" -> "rule")."""
    return [
        word[: len(word) - len(end)] + base
        for end, base in DETACH
        if word.endswith(end) and len(word) - len(end) >= _MIN_STEM  # "used" is no "us"
    ]


@cache
def _wordnet() -> dict[str, tuple[str, ...]]:
    """word -> (derived words, synonyms), or an irregular form -> ("=", lemmas): related.txt."""
    text = resources.files(__package__).joinpath("related.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: (row[1][1:], "=") if row[1].startswith("=") else (row[1], row[2]) for row in rows}


def _related(word: str, column: int) -> frozenset[str]:
    """Column `column` of the table for each lemma `word` may be an inflection of."""
    table = _wordnet()
    entry = table.get(word, ("", ""))
    lemmas = entry[0].split() if entry[1] == "=" else [word]
    lemmas += _detached(word)
    found: set[str] = set()
    for lemma in lemmas:
        listed = table.get(lemma, ("", "="))
        if listed[1] != "=":
            found.update(listed[column].split())
    found.discard(word)
    return frozenset(found)


@cache
def _word_list(name: str) -> frozenset[str]:
    """A word list shipped beside this module, one word a line, "#" opening a comment line:
    names.txt (common English words WordNet knows only as names: "vermont", "putin") and
    unlisted.txt (common English words WordNet knows in no case or form: "obama", "youtube") and
    newsnames.txt (common words news copy capitalises: "trump", "graham")."""
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_unlisted_word(word: str) -> bool:
    """True for a common word no dictionary lists, mostly a name of our time ("obama", "youtube")."""
    return word in _word_list("unlisted.txt")


def is_name_word(word: str) -> bool:
    """True for a common English word that WordNet knows only capitalised, as a name or a people
    ("vermont", "putin", "belarusians"): typed in lower case, it still names someone or somewhere."""
    return word in _word_list("names.txt")


def is_news_name(word: str) -> bool:
    """True for a common English word news copy writes as a name ("trump", "graham", "ford"):
    newsnames.txt, built from a news corpus by eval/ask_news_names.py."""
    return word in _word_list("newsnames.txt")


@lru_cache(maxsize=4096)
def derived(word: str) -> frozenset[str]:
    """The words WordNet derives from `word` (folded, any inflection) or it from: "succeeded" gives
    "successor" and "succession", "ruled" gives "ruler". Common English words only."""
    return _related(word, 0)


@lru_cache(maxsize=4096)
def similar(word: str) -> frozenset[str]:
    """WordNet's synonyms of `word` (folded, any inflection) in its most common senses: "theory"
    gives "hypothesis", "colonists" gives "settler". Common English words only."""
    return _related(word, 1)
