"""Things a question takes for granted with no determiner before them: a bare plural in a yes/no
question ("Did the police use dogs?", "Were pensions increased?"), the object of a named subject's
verb ("Did Marsh mention immigration?", "Did Theo and Nadia have children?") and what "How many"
counts ("How many employees does it have?"). Each is only a thing to look for: it is missing when
the article has it in no form (the engine's `_missing_things` decides, as for "Was a knife used?").
"""

from __future__ import annotations

from bot.core.language.lexicon import ADVERBS, DEMONYMS, ORG_WORDS, PLACES, US_PLACES
from bot.core.language.stemming import IRREGULAR
from bot.core.language.text import STOPWORDS
from bot.core.search.commonwords import is_common

# The forms of "do" that open a question ("Did ...?", "What does ...?").
DO_FORMS = frozenset("did does do".split())
_PRONOUNS = frozenset("he she they it we you i".split())
# Names joined into one subject: "Did Theo and Nadia have children?".
_NAME_JOINERS = frozenset("and &".split())
# Plurals English forms without an -s; "people" is left out: like "anyone", it names no one in particular.
_IRREGULAR_PLURALS = frozenset("children men women mice feet teeth geese".split())
# Plurals that measure or count rather than name a thing: "Has it happened many times?".
_SPANS = frozenset("times years months weeks days hours minutes seconds decades centuries lots ways".split())
# Endings of words in -s that are no plural: "less", "bonus", "basis", "nervous".
_NOT_PLURAL_ENDS = ("ss", "us", "is", "ous")
# Plurals that stand for things already said, no thing of their own: "were others convicted with her".
PRONOUN_PLURALS = frozenset("others ones".split())
# Words after a verb that start no object: "Did he give up smoking?" looks for smoking.
_PARTICLES = frozenset("down up out off away back over".split())
# Endings of English adjectives (superlative, comparative and derived ones); the first few end only them.
ONLY_ADJECTIVE_ENDINGS = tuple("able ible ous ful less ish est".split())
ADJECTIVE_ENDINGS = (*ONLY_ADJECTIVE_ENDINGS, *"er ive al ic ant ent ary y".split())
# Of those, the endings no verb's base form has ("carry", "water" may be verbs): a word before a
# plural so ended describes it ("medical bills"); any other may be the verb ("use keyboards").
_DESCRIBING_ENDINGS = (*ONLY_ADJECTIVE_ENDINGS, *"ive al ic ant ent ary".split())
_BEFORE_VERB = frozenset("still ever really actually never already also just even once".split())
_OBJECT_WORDS = 3  # the longest object read: "Did Keane mention trade tariffs?"
_MIN_PLURAL_LETTERS = 4


def is_plural(word: str) -> bool:
    """True for a lower-case word that reads as a plural noun: an irregular one ("children"), or one
    in -s whose singular is a common English word ("dogs", "royalties", "churches")."""
    if word in _IRREGULAR_PLURALS:
        return True
    if (
        len(word) < _MIN_PLURAL_LETTERS
        or not word.isalpha()
        or not word.islower()
        or not word.endswith("s")
        or word.endswith(_NOT_PLURAL_ENDS)
        or word in STOPWORDS
        or word in ADVERBS
        or word in _SPANS
    ):
        return False
    singulars = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])
    return any(is_common(s) for s in singulars if len(s) > 1)


def bare_plurals(typed: list[str]) -> list[str]:
    """The plural nouns of a yes/no question past its first word, each alone, its tokens as typed:
    "Were olives mentioned in the ruling?" takes olives for granted, "Is feta sold in supermarkets?"
    supermarkets. A plural before another noun describes it ("the farmers union"; "soldiers'
    salaries" are the salaries'): the noun after it is the thing."""
    tokens = [_word(t) for t in typed]
    return [
        _with_modifier(tokens[position - 1], word)
        for position, word in enumerate(tokens[1:], 1)
        if is_plural(word)
        and word not in PRONOUN_PLURALS
        and not _possessive(typed[position])
        and not _describes_next(tokens[position + 1 : position + 2])
    ]


def _with_modifier(before: str, word: str) -> str:
    """The plural with the word describing it, looked for as one thing: "medical bills" is not missing
    from an article with "medical expenses", as "bills" alone would be; "low-cost carriers", "chinese
    characters", "sony pictures" (a word no word list knows). "use keyboards": a verb, the plural alone."""
    described = before.islower() and (
        ("-" in before and before.replace("-", "").isalpha())
        or (before.isalpha() and before.endswith(_DESCRIBING_ENDINGS))
        or before in DEMONYMS
        or (before.isalpha() and before not in STOPWORDS and not is_common(before))
    )
    return f"{before} {word}" if described else word


def _describes_next(after: list[str]) -> bool:
    """True when a plain word that is no participle follows: "farmers union" (not "pensions increased")."""
    return bool(after) and _plain(after[0]) and not _participle(after[0])


def verb_object(typed: list[str]) -> list[str]:
    """The object of the verb after a subject that is a pronoun or a run of capitalised names ("Did
    Marsh mention immigration?": "immigration"; "Did Keane mention trade tariffs?": "trade tariffs",
    missing when all its words are or the words before its last). No object is read after a body
    named by whose it is ("Did Tollmere council give money?": the council is the subject)."""
    if len(typed) < 3 or typed[0].casefold() not in DO_FORMS:
        return []
    tokens = [_word(t) for t in typed]
    verb = subject_end(typed)
    # "Does Tom Avery still eat fish?": an adverb before the verb.
    while verb is not None and verb < len(tokens) and tokens[verb] in _BEFORE_VERB:
        verb += 1
    if verb is None or verb >= len(tokens) or not _plain(tokens[verb]):
        return []
    rest = tokens[verb + 1 :]
    while rest and rest[0] in _PARTICLES:
        rest = rest[1:]
    run: list[str] = []
    for token in rest[:_OBJECT_WORDS]:
        if not _plain(token):
            break
        run.append(token)
    # The object runs to the question's end; an adverb ends none ("Did Marsh play well?").
    if not run or run[-1] in ADVERBS or run[-1].endswith("ly") or len(run) != len(rest):
        return []
    # "Did he cut soldiers' salaries?": the salaries, whoever's they are.
    if any(_possessive(t) for t in typed[len(typed) - len(run) : -1]):
        return [run[-1]]
    return [" ".join(run)]


def subject_end(tokens: list[str]) -> int | None:
    """The position after a do-question's subject, its tokens as typed, when it is a pronoun or a run
    of capitalised names, with "and" between them ("Did Theo and Nadia ..."); None for any other
    subject, or one whose name is someone's ("Did Ada Quill's husband comment?")."""
    if tokens[1].casefold() in _PRONOUNS:
        return 2
    end = 1
    while end < len(tokens) and (
        _capitalised(tokens[end])
        or (tokens[end] in _NAME_JOINERS and end + 1 < len(tokens) and _capitalised(tokens[end + 1]))
    ):
        end += 1
    if end == 1 or _possessive(tokens[end - 1]):
        return None
    # "Did Greek farmers protest?", "Did Tollmere council respond?": a people's or a place's word, or
    # a name before a plural or a body's word, says whose the subject is; the subject runs on.
    last, after = _word(tokens[end - 1]).casefold(), _word(tokens[end]) if end < len(tokens) else ""
    if last in DEMONYMS or last in PLACES or last in US_PLACES or after in ORG_WORDS or is_plural(after):
        return None
    return end


def counted(tokens: list[str]) -> list[str]:
    """What "How many ..." counts, in lower case, and its head word: "How many electoral votes did
    he win?" takes electoral votes for granted ("How many times ...": a span, nothing)."""
    if len(tokens) < 3 or [t.casefold() for t in tokens[:2]] != ["how", "many"]:
        return []
    run: list[str] = []
    for token in tokens[2 : 2 + _OBJECT_WORDS]:
        if not _plain(token):
            break
        run.append(token)
    if not run or not is_plural(run[-1]):
        return []
    return list(dict.fromkeys([" ".join(run), run[-1]]))


def _word(token: str) -> str:
    """A token without its possessive ending or edge marks: "soldiers'" -> "soldiers"."""
    word = token.strip(".-’'")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _possessive(token: str) -> bool:
    return token.rstrip(".-").endswith(("'s", "’s", "s'", "s’"))


def _participle(word: str) -> bool:
    """A word that may be a verb's past participle: "mentioned", "given", "paid"."""
    return word.endswith(("ed", "en")) or word in IRREGULAR


def _plain(token: str) -> bool:
    return token.isalpha() and token.islower() and token not in STOPWORDS


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and _word(token).replace("-", "").replace(".", "").isalpha()
