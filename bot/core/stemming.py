"""Light English inflection folding, so "postpone" finds "postponed" and "hack" finds "hackers".

Deliberately conservative (a few suffix rules, not Porter): over-stemming would merge
unrelated news words ("news"/"new", "states"/"state" is fine, "us"/"u" is not).
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouy")
# Words the suffix rules would damage: short function words and common -s/-ed nouns.
_KEEP = frozenset(
    "news us yes this his has was is its series species bus gas plus thus always perhaps "
    "during bed red need feed seed speed shed wed hundred kindred sled naked sacred "
    "anything nothing something everything thing king ring sing bring spring string wing "
    "morning evening ceiling ding during".split()
)
# Irregular past forms people type in questions ("Who met Gates?" for "meets with Gates").
_IRREGULAR = dict(
    pair.split(":")
    for pair in """met:meet told:tell said:say says:say took:take taken:take gave:give given:give
    went:go gone:go made:make held:hold left:leave sent:send began:begin begun:begin fought:fight
    brought:bring
    bought:buy thought:think found:find won:win ran:run came:come saw:see seen:see knew:know known:know
    wrote:write written:write spoke:speak spoken:speak chose:choose chosen:choose flew:fly flown:fly
    drove:drive driven:drive rose:rise fell:fall fallen:fall led:lead paid:pay sold:sell stood:stand
    built:build lost:lose kept:keep felt:feel meant:mean heard:hear struck:strike shot:shoot laid:lay
    lay:lie grew:grow grown:grow threw:throw thrown:throw sought:seek taught:teach caught:catch
    spent:spend lent:lend bore:bear born:bear broke:break broken:break ate:eat eaten:eat fled:flee
    hid:hide hidden:hide rode:ride sang:sing sung:sing swore:swear sworn:swear wore:wear worn:wear
    woke:wake forgot:forget forgotten:forget forgave:forgive drew:draw drawn:draw dealt:deal
    became:become overcame:overcome undertook:undertake withdrew:withdraw men:man women:woman
    children:child people:person mice:mouse feet:foot teeth:tooth""".split()
)
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "ies", "es", "s")


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A shared key for the inflections of a folded word (not a dictionary form)."""
    if word in _IRREGULAR:
        return stem(_IRREGULAR[word])
    if len(word) <= 3 or word in _KEEP or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if len(base) < 3 or not _has_vowel(base):
            continue
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return word
        if suffix == "es" and not base.endswith(("sh", "ch", "x", "z", "ss")):
            base = word[:-1]  # "submarines" -> "submarine", "boxes" keeps "box"
        if suffix in ("er", "ers") and len(base) < 4:
            continue  # "over", "offer", "after" stay whole
        return _undouble(_drop_e(base))
    return _drop_e(word)


def _undouble(base: str) -> str:
    # "stopped" -> "stopp" -> "stop"; "called" keeps its "ll" (drops to "cal" would hurt).
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz" and base[-1] not in _VOWELS:
        return base[:-1]
    return base


def _drop_e(word: str) -> str:
    # "postpone"/"postponed" and "submarine"/"submarines" meet at "postpon"/"submarin".
    if len(word) > 3 and word.endswith("e") and not word.endswith("ee"):
        return word[:-1]
    return word
