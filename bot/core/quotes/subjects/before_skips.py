"""What the walk back to a subject steps over: dash asides, place phrases, "went on to",
"speaking to Fox News", adverbs in -ly, an article no preposition governs.
"""

from __future__ import annotations

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import ADVERBIAL_PREPOSITIONS, ARTICLES, COPULAS
from bot.core.quotes.items import Item
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention
from bot.core.quotes.roles import is_age
from bot.core.quotes.subjects.shared import DASHES, PARENTHESIS_ITEMS


def opening_dash(items: list[Item], closing: int) -> int | None:
    """The dash opening the aside that the dash at `closing` ends, with no quotation between."""
    if items[closing].kind != "punct" or items[closing].low not in DASHES:
        return None
    for back in range(closing - 1, max(-1, closing - PARENTHESIS_ITEMS), -1):
        if items[back].kind == "quote":
            return None
        if items[back].kind == "punct" and items[back].low in DASHES:
            return back if back < closing - 1 else None
    return None


def named_role_aside(items: list[Item], opening: int) -> Mention | None:
    """The person a dash-set aside names right after a role noun ("A former Republican presidential
    candidate -- John Holt, who lost in 2008 --"): the role's name, and so the verb's subject."""
    role = items[opening - 1] if opening >= 1 else None
    if role is None or role.kind != "word" or not _role_noun(role.low):
        return None
    at = opening + 1
    while at < len(items) and at - opening <= _LABEL_WORDS and _label_word(items[at]):
        at += 1  # "One of the senators — Democrat Nora Pell of Estry — said"
        if at < len(items) and items[at].low == ".":
            at += 1  # "Sen. Nora Pell": the title's stop
    named = items[at] if at < len(items) else None
    if named is None or named.kind != "mention" or named.possessive or named.mention is None:
        return None
    return named.mention if named.mention.kind in (PERSON, AMBIGUOUS) else None


def _role_noun(low: str) -> bool:
    """A role head, or its plural after "one of the" ("senators")."""
    return lx.is_role_head(low) or (low.endswith("s") and lx.is_role_head(low[:-1]))


def _label_word(item: Item) -> bool:
    """A party label or title before a name in an aside ("Democrat", "Republican", "Sen.")."""
    low = item.low.rstrip(".")
    return item.kind == "word" and item.cap and (low in lx.PARTY_LABELS or lx.is_title(low))


_LABEL_WORDS = 3  # "Republican Sen. Nora Pell": two words and a stop


def opens_subject(items: list[Item], index: int) -> bool:
    """An article that no preposition governs ("the statement said", not "said in a statement")."""
    item = items[index]
    if item.kind != "word" or item.low not in ARTICLES:
        return False
    return index == 0 or items[index - 1].low not in ADVERBIAL_PREPOSITIONS


GO_ON = frozenset("went goes go going".split())
_CONTINUE = frozenset("continued continues started starts began begins".split())  # "started to ask"


# "She was due to say", "Holt is expected to tell MPs": a speech announced before it is given
# (the copy of a speech handed out in advance) is still the speaker's words.
_ANNOUNCED = frozenset("due expected set scheduled going poised".split())
_ANNOUNCING_COPULAS = COPULAS | {"be"}
# "was quick to add", "was careful to say": how readily the speaker said it.
_PROMPT = frozenset("quick quicker careful eager keen swift".split())
# "he planned to say", "she intends to tell": a speech the speaker means to give.
_PLANNING = frozenset("planned plans intended intends intend plan hoped hopes".split())
# "he liked to say", "she loves to tell crowds": words the speaker said often.
_HABIT = frozenset("liked likes loved loves".split())
_INTENT_OR_HABIT = _PLANNING | _HABIT


def _adverb_after_copula(items: list[Item], at: int) -> bool:
    """ "is also", "was again": a plain adverb right after a copula, before "expected to say"."""
    return items[at].low in lx.PLAIN_ADVERBS and items[at - 1].low in _ANNOUNCING_COPULAS


def carrying_on(items: list[Item], index: int) -> int | None:
    """The index before "went on to", "continued to", "started to" or "was due to" ending at `index`."""
    if items[index].low != "to" or index < 1:
        return None
    if items[index - 1].low in _CONTINUE:
        return index - 2
    if index >= 2 and items[index - 1].low == "on" and items[index - 2].low in GO_ON:
        return index - 3
    if index >= 2 and items[index - 1].low in _ANNOUNCED and items[index - 2].low in _ANNOUNCING_COPULAS:
        return index - 3
    if index >= 3 and items[index - 1].low in _ANNOUNCED and _adverb_after_copula(items, index - 2):
        return index - 4  # "Mr. Mallory is also expected to say that"
    if index >= 2 and items[index - 1].low in _PROMPT and items[index - 2].low in COPULAS:
        return index - 3  # "Pfeiffer was quick to add that", "she was careful to say"
    if items[index - 1].low in _INTENT_OR_HABIT or items[index - 1].low in COPULAS:
        return index - 2  # "he is to say", "she planned to say", "he liked to say"
    named = _past_party_label(items, index - 1)
    if _prompted_person(items, named):
        return named  # "The snub prompted her rival Ada Brenn to declare": Brenn declared it
    return _purpose_phrase(items, index)


def _prompted_person(items: list[Item], at: int) -> bool:
    """Whether a person named at `at` is the object of a verb that brought them to speak ("prompted
    Ada Brenn", "led her rival Ada Brenn"), a few role words between."""
    item = items[at]
    if item.kind != "mention" or item.mention is None or item.mention.kind != PERSON or item.possessive:
        return False
    for back in range(at - 1, max(-1, at - 1 - _PROMPTED_ITEMS), -1):
        word = items[back]
        if word.kind == "word" and word.low in _PROMPTING:
            return True
        if word.kind != "word" and word.low != ".":
            return False
    return False


def _past_party_label(items: list[Item], at: int) -> int:
    """Back from a ")" at `at` over a party label in parentheses ("McConnell (R-Ky.)"); else `at`."""
    if items[at].low != ")":
        return at
    for back in range(at - 1, max(-1, at - _LABEL_ITEMS), -1):
        if items[back].low == "(":
            return back - 1
    return at


_PROMPTING = frozenset("prompted prompting led leading spurred pushed drove moved inspired".split())
# "prompted now-Senate Majority Leader": words (a title's among them) between the verb and the name
_PROMPTED_ITEMS = 6
_LABEL_ITEMS = 8  # "(R-Ky.)", "(D-N.Y.)"


def _purpose_phrase(items: list[Item], index: int) -> int | None:
    """The index before "took to social media to", "went on Fox News to", "used the speech to" ending
    at `index`: where the speaker went or what they used, in order to say it."""
    for back in range(index - 1, max(0, index - 1 - _PURPOSE_ITEMS), -1):
        item = items[back]
        if item.kind == "word" and item.low in _STOPPING_OR_RISING and back > 0:
            return back - 1  # "Pruett emerged to say", "Holt stood up to say"
        if item.kind == "word" and item.low in _GOING_OR_USING:
            return back - 1 if back > 0 and back < index - 1 else None
        if item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON:
            return None  # "took Reyes aside to say": whom, not where
        if item.kind not in ("word", "mention") or item.low in lx.SPEECH_VERBS:
            return None
    return None


# "took to social media to say", "went on television to say", "used the speech to say"
_GOING_OR_USING = frozenset("took went used appeared turned came headed returned".split())
# "emerged to say", "rose to say", "paused to add": a movement that needs nothing after it (unlike
# "took to", "used to") before the verb of saying.
_STOPPING_OR_RISING = frozenset("emerged rose stood paused stopped stepped".split())
_PURPOSE_ITEMS = 6


# "speaking to", "talking with", "writing in", "testifying before": a participle and the one addressed
# (or the paper written in) between a subject and its verb of saying.
_ADDRESSING = frozenset("speaking talking writing testifying appearing".split())
_ADDRESSED_BY = frozenset("to with in for on before".split())
_ADDRESSING_ITEMS = 8


def addressing_participle(items: list[Item], index: int) -> int | None:
    """The index before "speaking to Harbor News (on Monday)" ending at `index`, when a word or name
    stands before the participle as its subject; the outlet or listener never speaks."""
    for back in range(index - 1, max(0, index - _ADDRESSING_ITEMS) - 1, -1):
        item = items[back]
        if item.kind not in ("word", "mention"):
            return None
        if item.low in _ADDRESSING and items[back + 1].low in _ADDRESSED_BY:
            subject = items[back - 1] if back else None
            named = subject is not None and subject.kind in ("word", "mention")
            return back - 1 if named and not subject.possessive else None
    return None


def ly_adverb(low: str) -> bool:
    """ "Gingrich cynically dismissed": an adverb in -ly between a subject and its verb."""
    return len(low) > constants.LY_ADVERB_MIN_CHARS and low.endswith("ly") and low not in lx.SOURCE_NOUNS


# Adverbs a joined verb may follow ("but now said", "and personally objected"), which no noun is.
_CLAUSE_ADVERBS = lx.ADVERBS | frozenset("now just even never still instead rather".split())


def clause_adverb(low: str) -> bool:
    """ "X used to support Y, but now said", "the ones State now says are": an adverb before a verb."""
    return low in _CLAUSE_ADVERBS or ly_adverb(low)


def plain_adverb(low: str) -> bool:
    """ "Marcus Hale recently invoked", "Holt flatly said": a plain adverb or one in -ly."""
    return low in lx.PLAIN_ADVERBS or ly_adverb(low)


# Prepositions opening a place phrase ("X, 47, from Telford said", "a salesman from Elmira, Oregon,").
PLACE_PHRASE_PREPOSITIONS = frozenset("from of in near".split())
_PLACE_WORDS = 3


def place_phrase_at(items: list[Item], index: int) -> int | None:
    """ "X, 47, from Telford said": index of the comma before a place phrase ending at `index`."""
    for back in range(index, max(-1, index - _PLACE_WORDS), -1):
        item = items[back]
        if item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON:
            return None
        if item.kind not in ("word", "mention"):
            return None
        if back >= 2 and items[back - 1].low in PLACE_PHRASE_PREPOSITIONS and items[back - 2].low == ",":
            return back - 2
        if back >= 2 and items[back - 1].low == "from" and is_age(items[back - 2].low):
            return back - 2  # "the 41-year-old from Eastbrook said": the age, whoever it means
    return None


# "Sanders during a Sunday rally thanked", "Holt in an interview on Sunday said": a phrase of time or
# occasion between a named subject and its verb, with no comma around it.
_OCCASION_PREPOSITIONS = frozenset("during at in on after before".split())
_OCCASION_ITEMS = 8


def occasion_phrase(items: list[Item], index: int) -> int | None:
    """The index of the person opening a clause right before an unpunctuated phrase of time or
    occasion ending at `index` ("during a Sunday rally", "in an interview on Sunday"); None when the
    words before the phrase are no such subject ("a letter sent to Reyes in March said")."""
    for back in range(index, max(0, index - _OCCASION_ITEMS) - 1, -1):
        item = items[back]
        if item.kind == "mention" and (item.mention is None or item.mention.kind != NONPERSON):
            return None  # a person inside the phrase: not a phrase of time or occasion
        if item.kind not in ("word", "mention"):
            return None
        if item.kind == "word" and not item.cap and item.low in _OCCASION_PREPOSITIONS and back >= 1:
            subject = items[back - 1]
            mention = subject.mention
            if subject.kind != "mention" or mention is None or subject.possessive:
                return None
            opens = mention.subject_like or _that_clause(items, back - 1)
            named = mention.kind in (PERSON, AMBIGUOUS) and opens
            return back - 1 if named and back < index else None
    return None


def _that_clause(items: list[Item], name: int) -> bool:
    """ "... such a presence that Sanders during a Sunday rally thanked": "that" opens the name's
    clause; not after a verb of saying ("She noted that Sanders in the past has called ...": the
    words are reported by her)."""
    if name < 1 or items[name - 1].low != "that":
        return False
    verb = items[name - 2] if name >= 2 else None
    return verb is None or (verb.low not in lx.SPEECH_VERBS and verb.low not in lx.PARAPHRASE_VERBS)


# Adverbs of time or manner between a noun phrase's head and its verb ("the statement then said",
# "the senator later told"): never part of the phrase naming the speaker.
_PHRASE_TAIL_ADVERBS = lx.PLAIN_ADVERBS | {"now"}


def head_before_adverbs(items: list[Item], article: int, end: int) -> int:
    """The head of the noun phrase an article at `article` opens, before any adverbs ending at `end`
    ("the statement then said": "statement")."""
    head = end
    while head > article + 1 and items[head].kind == "word" and tail_adverb(items[head]):
        head -= 1
    return head


def tail_adverb(item: Item) -> bool:
    """An adverb of time or manner that may end a noun phrase before its verb ("then", "quickly")."""
    return item.low in _PHRASE_TAIL_ADVERBS or (ly_adverb(item.low) and not item.cap)
