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
IRREGULAR = dict(
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
    stole:steal stolen:steal blew:blow blown:blow dug:dig froze:freeze frozen:freeze shook:shake
    shaken:shake swam:swim swum:swim spun:spin stung:sting swung:swing wove:weave woven:weave tore:tear
    torn:tear sank:sink sunk:sink shrank:shrink shrunk:shrink sprang:spring sprung:spring hung:hang
    underwent:undergo undergone:undergo withheld:withhold upheld:uphold overthrew:overthrow
    overthrown:overthrow oversaw:oversee overseen:oversee arose:arise arisen:arise beaten:beat
    bent:bend crept:creep knelt:kneel leapt:leap misled:mislead mistook:mistake understood:understand
    forbade:forbid forbidden:forbid foresaw:foresee foreseen:foresee forgiven:forgive got:get
    gotten:get shone:shine slid:slide slept:sleep swept:sweep wept:weep bled:bleed sped:speed
    ridden:ride risen:rise drank:drink sat:sit bitten:bite withdrawn:withdraw
    died:die dies:die dying:die tied:tie ties:tie tying:tie lied:lie lies:lie lying:lie
    children:child people:person mice:mouse feet:foot teeth:tooth geese:goose""".split()
)
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "ies", "es", "s")


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A shared key for the inflections of a folded word (not a dictionary form)."""
    if word in IRREGULAR:
        return stem(IRREGULAR[word])
    if len(word) <= 3 or word in _KEEP or not word.isalpha():
        return _y_to_i(word) if len(word) == 3 and word.isalpha() else word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "i"
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
        return _y_to_i(_undouble(_drop_e(base)))
    return _y_to_i(_drop_e(word))


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


# Derivational endings that name the act of a verb: invasion/invade, election/elect,
# agreement/agree, marriage/married, location/located. Each maps to what the verb's own
# inflections stem to; the figure is the shortest base kept ("nation", "damage" stay whole).
_DERIVATIONS = (
    ("ssion", "ss", 4),  # discussion -> discuss
    ("nsion", "nd", 4),  # expansion -> expand, suspension -> suspend
    ("sion", "d", 4),  # invasion -> invad(e), decision -> decid(e)
    ("ation", "at", 3),  # location -> locat(e), negotiation -> negotiat(e)
    ("tion", "t", 4),  # election -> elect, construction -> construct
    ("ment", "", 4),  # agreement -> agree, government -> govern
    ("age", "", 4),  # marriage -> marri (married), shortage -> short
)


@lru_cache(maxsize=65536)
def family(word: str) -> str:
    """A shared key for a word's family: its inflections and the noun of its act ("invasion")."""
    if len(word) <= 3 or word in _KEEP or not word.isalpha():
        return stem(word)
    derived = _derivation(word)
    return stem(word) if derived is None else derived


def _derivation(word: str) -> str | None:
    for suffix, replacement, shortest in _DERIVATIONS:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if len(base) < shortest or not _has_vowel(base):
                return None
            return _y_to_i(_drop_e(base + replacement))
    return None


def _y_to_i(word: str) -> str:
    # "marry", "married" and "marriage" meet at "marri"; "day" keeps its "y" after a vowel.
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "i"
    return word
