"""British and American spellings of one word ("organised" / "organized", "colour" / "color",
"centre" / "center", "travelled" / "traveled", "defence" / "defense"): a question typed in one
spelling asks about what an article written in the other says. The question's word is respelled
the article's way before anything is looked up, so that it is neither missing ("Labor" in a
British story about Labour) nor only a loose match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.stemming import stem
from bot.core.search.index import ArticleIndex

# Word endings each spelling writes its own way: (what comes before, British, American, what follows).
# A base of at least three letters: "size", "four", "filled" have no other spelling.
_ENDINGS = (
    # organise / organize, analyse / analyze, organisation / organization
    (r"[a-z]{3,}[iy]", "s", "z", r"e|ed|es|ing|ation|ations|er|ers"),
    # colour / color, favourite / favorite, labourer / laborer, neighbourhood / neighborhood
    (r"[a-z]{3,}", "our", "or", r"|s|ed|ing|ite|ites|able|ably|ful|less|er|ers|hood|hoods|al"),
    # centre / center, theatres / theaters, meagre / meager; centred / centered
    (r"[a-z]{3,}[tbg]", "re", "er", r"|s"),
    (r"[a-z]{3,}[tbg]", "red", "ered", r""),
    # travelled / traveled, cancelling / canceling, counsellor / counselor: a vowel before the l
    (r"[a-z]{2,}[aeiou]", "ll", "l", r"ed|ing|er|ers|or|ors"),
)
# Spellings no ending rule gives: (British, American), any inflection the stem finds.
_WORDS = (
    *(("defence", "defense"), ("offence", "offense"), ("pretence", "pretense"), ("licence", "license")),
    *(("defences", "defenses"), ("offences", "offenses"), ("licences", "licenses")),
    *(("programme", "program"), ("programmes", "programs"), ("catalogue", "catalog"), ("dialogue", "dialog")),
    *(("analogue", "analog"), ("grey", "gray"), ("aluminium", "aluminum"), ("mould", "mold")),
    *(("plough", "plow"), ("ageing", "aging"), ("judgement", "judgment"), ("sceptic", "skeptic")),
    *(("sceptical", "skeptical"), ("scepticism", "skepticism"), ("tyre", "tire"), ("tyres", "tires")),
    *(("pyjamas", "pajamas"), ("moustache", "mustache"), ("jewellery", "jewelry"), ("maths", "math")),
    *(("fulfil", "fulfill"), ("enrol", "enroll"), ("instalment", "installment"), ("skilful", "skillful")),
    *(("wilful", "willful"), ("practise", "practice"), ("practised", "practiced"), ("manoeuvre", "maneuver")),
    *(("learnt", "learned"), ("spelt", "spelled"), ("dreamt", "dreamed"), ("burnt", "burned")),
    *(("paediatric", "pediatric"), ("anaesthetic", "anesthetic"), ("haemorrhage", "hemorrhage")),
    *(("foetus", "fetus"), ("oestrogen", "estrogen"), ("leukaemia", "leukemia"), ("diarrhoea", "diarrhea")),
    *(("encyclopaedia", "encyclopedia"), ("orthopaedic", "orthopedic"), ("amongst", "among")),
)
_OTHER_WORD = {**dict(_WORDS), **{american: british for british, american in _WORDS}}
# Each ending rule both ways, compiled once: (the typed spelling's pattern, the other spelling).
_RESPELLINGS = tuple(
    (re.compile(rf"({before}){typed}({after})"), other)
    for before, british, american, after in _ENDINGS
    for typed, other in ((british, american), (american, british))
)
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def other_spellings(word: str) -> tuple[str, ...]:
    """The other spellings of `word` (folded): "organised" -> ("organized",), "color" -> ("colour",)."""
    found = [_OTHER_WORD[word]] if word in _OTHER_WORD else []
    for pattern, other in _RESPELLINGS:
        match = pattern.fullmatch(word)
        if match:
            found.append(match.group(1) + other + match.group(2))
    return tuple(dict.fromkeys(found))


def with_article_spellings(index: ArticleIndex, question: str) -> str:
    """`question` with each word the article has in no form but writes in the other spelling
    respelled the article's way, its capital kept ("Who organized it?" -> "Who organised it?")."""
    return _WORD.sub(lambda match: _respelled(index, match.group()), question)


def _respelled(index: ArticleIndex, typed: str) -> str:
    word = typed.casefold()
    if len(word) < 4 or _has(index, word):
        return typed
    other = next((o for o in other_spellings(word) if _has(index, o)), None)
    if other is None:
        return typed
    return other.capitalize() if typed[:1].isupper() else other


def _has(index: ArticleIndex, word: str) -> bool:
    """True when the article writes `word` or another inflection of it."""
    return word in index.vocabulary.df or bool(index.vocabulary.by_stem.get(stem(word), ()))
