"""Passes over all attributed quotations of an article: an aside's interruption, a speaker shared in
a sentence or carried back, "the company said", call and response, one label per source.
"""

from __future__ import annotations

import re

from bot.core.article import Paragraph
from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes import marks as qm
from bot.core.quotes.function_words import NAMELESS
from bot.core.quotes.people import PERSON, Registry
from bot.core.quotes.quoted.shared import Context, Raw
from bot.core.quotes.repeats import bare_quotation
from bot.core.quotes.sources import (
    ORGANISATION,
    UNNAMED,
    UNNAMED_SOURCE_NOUNS,
    WRITINGS,
    described_organisation,
    description_meant,
    lone_business_meant,
    office_meant,
    organisation_meant,
    organisation_names,
    outlet_meant,
    outlet_noun,
    refers_back,
    same_source_key,
)


def resumed_past_aside(raws: list[Raw], index: int) -> Raw | None:
    """ "He said, “Reyes will build the wall” - at which point the crowd chanted “Build the wall!” -
    “and restore law and order.”": a quotation right after the dash closing an aside that opened
    right after an earlier quotation resumes that one, whoever speaks inside the aside."""
    if index < 2:
        return None
    resumed, inside, first = raws[index], raws[index - 1], raws[index - 2]
    text = resumed.paragraph.text
    opening = text[first.span.end : inside.span.start]
    closing = text[inside.span.end : resumed.span.start]
    if not _ASIDE_OPENS.match(opening) or _SENTENCE_BREAK.search(opening):
        return None
    return first if _ASIDE_CLOSES.fullmatch(closing) else None


# The closing mark (and comma) of a quotation, its attribution if it has one ("Reyes said"), then a
# spaced dash opening an aside; a dash alone between two quotations' marks closes it.
_ASIDE_OPENS = re.compile(r"[”\"’',]*\s+(?:[^.?!“”\"\-–—]{1,40}\s)?[-–—]+\s")
_ASIDE_CLOSES = re.compile(r"[”\"’'.!?,]*\s*[-–—]+\s*[“\"‘']*")
_SENTENCE_BREAK = re.compile(r"[.?!]\s+[A-Z]")


def share_in_sentence(raws: list[Raw], context: Context) -> None:
    """ "Guns are “the ultimate crisis” and “stunt growth,” Howard Deane proclaimed.": the verb
    after a sentence's last quotation speaks its earlier ones too, when nothing between them
    names anyone or says anything (a writer's "and", "as donors waited to see how a")."""
    for index in range(len(raws) - 2, -1, -1):
        raw, after = raws[index], raws[index + 1]
        if raw.speaker is not None or raw.source is not None or not after.own or after.first != raw.last:
            continue
        if after.speaker is None and after.source is None:
            continue
        between = context.items(raw.span.end + 1, max(raw.span.end + 1, after.span.start - 1))
        if any(i.kind == "mention" and not _talked_of(between, at) for at, i in enumerate(between)):
            continue
        if any(attr.is_speech_verb(between, j) for j in range(len(between))):
            continue
        raw.speaker, raw.source = after.speaker, after.source


def _talked_of(items: list[attr.Item], at: int) -> bool:
    """ "“…” beyond Keller in the party who “…,” Hogan said", "“…” of the founder Orin Vass and the
    late President Hal Brun without “…,” Mr. Arvel said": a name after a preposition of topic,
    comparison or belonging (a few role words between), or joined by "and" to such a name, is what
    the words are about, never someone who speaks them."""
    back = at - 1
    while back >= 0 and at - back <= _ROLE_WORDS_BEFORE_NAME and _role_word(items[back]):
        back -= 1
    if back < 0 or items[back].kind != "word":
        return False
    if items[back].low in _TOPIC_PREPOSITIONS or items[back].low == "of":
        return True
    joined = items[back].low == "and" and back > 0 and items[back - 1].kind == "mention"
    return joined and _talked_of(items, back - 1)


def _role_word(item: attr.Item) -> bool:
    """A determiner, a lower-case word or a capitalised title word between a preposition and a name."""
    return item.kind == "word" and item.low not in _TOPIC_PREPOSITIONS and item.low not in ("of", "and")


_ROLE_WORDS_BEFORE_NAME = 4  # "of the late President", "about the former governor"


_TOPIC_PREPOSITIONS = frozenset("beyond about against than like unlike besides over toward towards".split())


def carry_back(raws_of: dict[int, list[Raw]]) -> None:
    """A quotation running on to the next paragraph is one speaker's: share a speaker found late."""
    ordered = [raw for raws in raws_of.values() for raw in raws]
    for index in range(len(ordered) - 1, 0, -1):
        raw, before = ordered[index], ordered[index - 1]
        unknown = before.speaker is None and before.source is None
        if raw.continued and unknown and before.span.open_end:
            before.speaker, before.source = raw.speaker, raw.source


def refer_back(
    raws_of: dict[int, list[Raw]], body: list[Paragraph], bodies: frozenset[str] = frozenset()
) -> None:
    """ "The company said", "the bank said": the one organisation of that sort the article names
    ("Harbor Bank"), so that it is one speaker, not three; the plain label when it could be several.
    An unnamed source speaking for it ("a spokesman for the company") names it the same way."""
    sourced = [r for raws in raws_of.values() for r in raws if r.source is not None]
    plain = [r for r in sourced if refers_back(r.source[0])]
    serving = [r for r in sourced if _serves_a_noun(r)]
    if not plain and not serving:
        return
    nouns = {refers_back(r.source[0]) for r in plain} | {_serves_a_noun(r)[1] for r in serving}
    names = organisation_names((p.text for p in body), nouns)
    first_named = _first_named(names, body)
    labels = [r.source[0] for rs in raws_of.values() for r in rs if r.source is not None]

    def meant_by(noun: str, paragraph: Paragraph) -> str | None:
        # A business named after its kind stands for "the company" only when named before it; so
        # does any organisation ("the network" is no network the article names only further down).
        before = tuple(p.text for p in body if p.number <= paragraph.number)
        named_before = {
            head: {key: name for key, name in found.items() if first_named[name] <= paragraph.number}
            for head, found in names.items()
        }
        meant = organisation_meant(noun, named_before, before) or described_organisation(noun, labels)
        meant = meant or lone_business_meant(noun, bodies, before) or office_meant(noun, before)
        return meant or description_meant(noun, before)

    for raw in plain:
        meant = meant_by(refers_back(raw.source[0]), raw.paragraph)
        if meant is not None:
            raw.source = (meant, ORGANISATION)
    for raw in serving:
        link, noun = _serves_a_noun(raw)
        meant = meant_by(noun, raw.paragraph)
        if meant is not None and not meant.startswith("the "):
            raw.source = (link + meant, raw.source[1])  # "a spokesman for Brannock Lines"
    _quoted_just_before(raws_of)


def _first_named(names: dict[str, dict[frozenset, str]], body: list[Paragraph]) -> dict[str, int]:
    """The number of the first body paragraph naming each organisation name (a few names, read once)."""
    every = {name for found in names.values() for name in found.values()}
    return {name: next((p.number for p in body if name in p.text), 0) for name in every}


def _serves_a_noun(raw: Raw) -> tuple[str, str] | None:
    """ "a spokesman for the company": the unnamed source's words up to "the", and the plain noun
    for the organisation it speaks for, when the label ends so."""
    if raw.source[1] != UNNAMED:
        return None
    found = _SERVING_THE_NOUN.fullmatch(raw.source[0])
    if found is None or refers_back("the " + found[2]) is None:
        return None
    return found[1], found[2]


# "a spokesman for the company", "an aide to the minister", "an official at the bank".
_SERVING_THE_NOUN = re.compile(
    r"((?:an?|one|two|three|several) [\w -]+? (?:for|to|at|with|from) )the ([a-z]+)"
)


def _quoted_just_before(raws_of: dict[int, list[Raw]]) -> None:
    """ "The Harbor Foundation ... told Fox 35 that it is focused on “…”. ¶ “…,” the group said": a
    plain noun for an organisation that stands for none the article names by it ("the group", "the
    organization", "the agency") is the organisation quoted just before, in this paragraph or the one
    before; never a country or city (no "the company" for "China said")."""
    last: tuple[tuple[str, str], int] | None = None
    for raws in raws_of.values():
        for raw in raws:
            if raw.source is None:
                continue
            noun = _generic_noun(raw.source[0])
            if noun is not None and last is not None and raw.paragraph.number - last[1] <= 1:
                raw.source = last[0]
            elif raw.source[1] == ORGANISATION and noun is None and not _place(raw.source[0]):
                last = (raw.source, raw.paragraph.number)


def _generic_noun(name: str) -> str | None:
    first, _, noun = name.partition(" ")
    return noun if first.casefold() == "the" and noun in _GENERIC_ORG_NOUNS else None


# Plain nouns for any organisation, whatever its name ends in.
_GENERIC_ORG_NOUNS = frozenset("organization organisation group agency company firm foundation body".split())


def _place(name: str) -> bool:
    words = name.casefold().removeprefix("the ")
    return words in lx.PLACES or words in lx.DEMONYMS


def named_at_label_end(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """ "Mississippi NAACP chapter President Derrick Johnson issued a statement", "said U.S. Marshals
    Service Director Stacia A. Hylton": a source label ending in the full name of one person the
    article names, after title words, is that person; not one spoken for or related to ("a spokesman
    for Ada Holt", "a friend of Ada Holt")."""
    full = {p.name: p.id for p in registry.persons if " " in p.name}
    if not full:
        return
    for raws in raws_of.values():
        for raw in raws:
            if raw.speaker is not None or raw.source is None:
                continue
            words = raw.source[0].split()
            for cut in range(1, len(words) - 1):
                if words[cut - 1].casefold() in _LINKING_WORDS:
                    break  # "a spokesman for Governor Ada Holt": the name is whom the source is linked to
                named = full.get(" ".join(words[cut:]))
                if named is not None:
                    raw.speaker, raw.source = named, None
                    break


# Words in a label that make a name after them someone else: whom the source speaks for or belongs to.
_LINKING_WORDS = frozenset("for of to from by with at and or".split())


def letters_of_writers(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry) -> None:
    """ "Powell's resignation letter to Bush was dated last Friday. “…,” the letter reads": a letter,
    e-mail or note the article has just said a named person wrote holds that person's words; the
    letter stays the speaker when it names no writer ("the letter reads" after "a letter was sent")."""
    before: dict[int, Paragraph] = {}
    for last, paragraph in zip([None, *body], body, strict=False):
        if last is not None:
            before[paragraph.number] = last
    for raws in raws_of.values():
        for raw in raws:
            if raw.speaker is not None or raw.source is None or raw.source[1] != UNNAMED:
                continue
            found = _PERSONAL_WRITING.fullmatch(raw.source[0])
            if found is None:
                continue
            places = [(raw.paragraph, raw.span.start)]
            if raw.paragraph.number in before:
                previous = before[raw.paragraph.number]
                places.append((previous, len(previous.text)))
            for paragraph, end in places:
                told, writer = _writer_of(paragraph, end, found[1], registry)
                if told:
                    if writer is not None:
                        raw.speaker, raw.source = writer, None
                    break  # the latest letter named: its writer, else the letter itself


# Writings in one person's voice: what "the letter reads" says is its writer's.
_PERSONAL_WRITING = re.compile(r"the (letter|e-?mail|note)", re.IGNORECASE)


def _writer_of(paragraph: Paragraph, end: int, noun: str, registry: Registry) -> tuple[bool, int | None]:
    """Whether paragraph.text[:end] names the writing other than as "the letter", and the person its
    latest such mention says wrote it: "Powell's resignation letter", "a letter from Ada Holt" (not "a
    letter to Bush")."""
    text = paragraph.text[:end]
    people = {m.end: m for m in registry.mentions.get(paragraph.number, ()) if m.kind == PERSON}
    for hit in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", text, re.IGNORECASE))):
        owner = _POSSESSED_BEFORE.search(text[: hit.start()])
        if owner is not None:
            name_end = owner.start() + len(owner[1])
            mention = people.get(name_end) or people.get(name_end + len("'s"))  # the mark inside or not
            return True, _one_person(mention)
        sender = _FROM_AFTER.match(text, hit.end())
        if sender is not None:
            starts = {m.start: m for m in people.values()}
            return True, _one_person(starts.get(sender.end()))
        if not _THE_BEFORE.search(text[: hit.start()]):
            return True, None  # "a letter was sent": a letter no one is said to have written
    return False, None


def _one_person(mention) -> int | None:
    return mention.ids[0] if mention is not None and len(mention.ids) == 1 else None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the letter": the one named before


# "Powell's resignation letter": a possessive and up to two words before the writing's noun.
_POSSESSED_BEFORE = re.compile(r"(\S+)['’]s\s+(?:[\w-]+\s+){0,2}$")
# "a letter from Ada Holt", "an e-mail sent by Holt": the name right after.
_FROM_AFTER = re.compile(r"\s+(?:(?:sent|written|signed)\s+)?(?:from|by)\s+")


def outlets_meant(raws_of: dict[int, list[Raw]], body: list[Paragraph]) -> None:
    """ "“…,” said the magazine": the one magazine the article names before it, as a reader reads it."""
    for raws in raws_of.values():
        for raw in raws:
            noun = outlet_noun(raw.source[0]) if raw.source is not None else None
            if noun is None:
                continue
            meant = outlet_meant(noun, tuple(p.text for p in body if p.number <= raw.paragraph.number))
            if meant is not None:
                raw.source = (meant, ORGANISATION)


def replies(raws_of: dict[int, list[Raw]], body: list[Paragraph]) -> None:
    """Call and response: ' “Nooooo!” the crowd cried. ¶ “Or do we ...?” Holt asked. ¶ “Nooooo!” ¶
    “Or do we ...?” ¶ “Yesssss!” '. A short exclamation standing alone as a paragraph is the reply of
    whoever was given the same words before; else, right after a question, it is not the asker's."""
    said: dict[str, tuple[int | None, tuple[str, str] | None]] = {}
    before: Raw | None = None
    for paragraph in body:
        for raw in raws_of[paragraph.number]:
            words = qm.inner_text(paragraph.text, raw.span).strip()
            shout = _shout(words) and _stands_alone(paragraph.text, raw.span)
            key = _folded_shout(words)
            if shout and key in said:
                raw.speaker, raw.source = said[key]
            elif shout and before is not None and _asked(before) and _same_voice(raw, before):
                raw.speaker, raw.source = None, None
            elif _shout(words) and (raw.speaker is not None or raw.source is not None):
                said.setdefault(key, (raw.speaker, raw.source))
            before = raw


def _shout(words: str) -> bool:
    """One or two words ending in an exclamation mark: "Nooooo!", "Yes we can!" is not."""
    return words.endswith("!") and len(words.split()) <= _SHOUT_WORDS


_SHOUT_WORDS = 2


def _folded_shout(words: str) -> str:
    """ "Nooooo!" and "Noooo!" alike: letters run together once, case and marks away."""
    return re.sub(r"(\w)\1+", r"\1", re.sub(r"\W", "", words.casefold()))


def _stands_alone(text: str, span: qm.QuoteSpan) -> bool:
    return not text[: span.start].strip(_MARKS_AND_SPACE) and not text[span.end :].strip(_MARKS_AND_SPACE)


_MARKS_AND_SPACE = " \n.!?“”\"'‘’"


def _asked(raw: Raw) -> bool:
    return qm.inner_text(raw.paragraph.text, raw.span).rstrip().endswith("?")


def _same_voice(raw: Raw, other: Raw) -> bool:
    return (raw.speaker, raw.source) == (other.speaker, other.source) and (
        raw.speaker is not None or raw.source is not None
    )


def one_label_each(raws_of: dict[int, list[Raw]]) -> None:
    """ "the FBI" and "FBI", "Holt's campaign" and "the Holt campaign": one source, under the
    first label met without a possessive (else the first met), not two. A label opened by "one"
    after another of the same words is someone else ("one senior official" after "the senior
    official"), and "the spokesman" is the latest unnamed source introduced with that noun ("a
    company spokesman"), however far back."""
    sources: list[list[Raw]] = []
    for raw in (raw for raws in raws_of.values() for raw in raws if raw.source is not None):
        found = _same_source(sources, raw.source)
        if found is None:
            sources.append([raw])
        else:
            found.append(raw)
    for group in _described_bodies_joined(_generic_writings_joined(sources)):
        plain = [r.source for r in group if not _possessive(r.source[0]) and not _generic_writing(r.source)]
        named = [source for source in plain if _body_name(source) == _bare_name(source)]
        chosen = named[0] if named else plain[0] if plain else group[0].source
        for raw in group:
            raw.source = chosen


def _generic_writings_joined(sources: list[list[Raw]]) -> list[list[Raw]]:
    """ "“…,” his report said" and "“…,” the Kok report said": a writing named by its kind alone
    ("the report", "his report") is the one writing of that kind the article names more fully, when
    it names one; with two ("the Kok report", "the IMF report") it stays apart."""
    specific: dict[str, list[list[Raw]]] = {}
    for group in sources:
        if not _generic_writing(group[0].source) and group[0].source[1] == UNNAMED:
            # "a footnote in the report" is a footnote, no report
            words = [w.casefold() for w in group[0].source[0].split()]
            cut = next((at for at, w in enumerate(words) if at and w in _WRITING_LINKS), len(words))
            specific.setdefault(words[cut - 1], []).append(group)
    kept = []
    for group in sources:
        fuller = specific.get(group[0].source[0].split()[-1].casefold(), [])
        if _generic_writing(group[0].source) and len(fuller) == 1:
            fuller[0].extend(group)
        else:
            kept.append(group)
    return kept


_WRITING_LINKS = _LINKING_WORDS | frozenset(("in", "into", "on", "about"))


def _described_bodies_joined(sources: list[list[Raw]]) -> list[list[Raw]]:
    """ "the nationalist Global Times tabloid noted" and "the Global Times wrote": an organisation
    described by lower-case words around its name is the organisation the article also quotes by that
    name alone, one source under the name, not two."""
    by_name = {}
    for group in sources:
        name = _bare_name(group[0].source)
        if name is not None:
            by_name.setdefault(name, group)
    kept = []
    for group in sources:
        name = _body_name(group[0].source)
        alone = by_name.get(name) if name is not None else None
        if alone is not None and alone is not group and name != _bare_name(group[0].source):
            alone.extend(group)
        else:
            kept.append(group)
    return kept


def _body_name(source: tuple[str, str]) -> str | None:
    """The capitalised name inside an organisation's label whose other words are lower case ("Global
    Times" of "the nationalist Global Times tabloid"); None for other labels or a place's name alone."""
    if source[1] != ORGANISATION:
        return None
    words = source[0].split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    capitalised = [at for at, w in enumerate(words) if w[:1].isupper()]
    if not capitalised or capitalised != list(range(capitalised[0], capitalised[-1] + 1)):
        return None
    if not all(w.islower() for at, w in enumerate(words) if at not in capitalised):
        return None
    name = " ".join(words[capitalised[0] : capitalised[-1] + 1])
    return None if name.casefold() in lx.PLACES else name


def _bare_name(source: tuple[str, str]) -> str | None:
    """An organisation's label that is its name alone, with or without "the"."""
    name = _body_name(source)
    words = source[0].split()
    alone = " ".join(words[1:] if words and words[0].casefold() == "the" else words)
    return name if name is not None and name == alone else None


def _generic_writing(source: tuple[str, str]) -> bool:
    """A writing named by a determiner and its kind alone: "the report", "his report", "its study"."""
    words = source[0].casefold().split()
    return len(words) == 2 and words[0] in _GENERIC_DETERMINERS and words[1] in WRITINGS


_GENERIC_DETERMINERS = frozenset("the his her its their".split())


def _same_source(sources: list[list[Raw]], source: tuple[str, str]) -> list[Raw] | None:
    """The group of labels met before that `source` is one more of, the latest first; None when it
    is a new source."""
    key = same_source_key(source[0])
    first = source[0].split()[0].casefold()
    keyed = [group for group in sources if any(same_source_key(r.source[0]) == key for r in group)]
    if first in _ANOTHER_ONE and keyed:
        same = [g for g in keyed if any(r.source[0].casefold() == source[0].casefold() for r in g)]
        return same[-1] if same else None  # "one senior official": not the senior official met before
    if keyed:
        return keyed[-1]
    return _introduced_before(sources, source) if first == "the" else None


# Determiners that introduce someone besides the source already met with the same words.
_ANOTHER_ONE = frozenset(("one",))


def _introduced_before(sources: list[list[Raw]], source: tuple[str, str]) -> list[Raw] | None:
    """ "the spokesman", "the senior official": the latest unnamed source met before whose head is
    the same person noun and whose label holds all its words ("a company spokesman", "a senior State
    Department official"), but for "unnamed" ("the unnamed company spokesman" is that spokesman)."""
    # "the unnamed State Dept. spokesman" after "a State Dept. spokesman": that the source has no name
    # is no word of what it is.
    words = [w.casefold() for w in source[0].split()[1:] if w.casefold() not in NAMELESS]
    if source[1] != UNNAMED or not words or words[-1] not in UNNAMED_SOURCE_NOUNS:
        return None
    for group in reversed(sources):
        label_words = _head_phrase(group[0].source[0])
        if group[0].source[1] == UNNAMED and label_words[-1] == words[-1] and set(words) <= set(label_words):
            return group
    return None


def _head_phrase(name: str) -> list[str]:
    """A label's words up to its head, before whom the source speaks for or where it works: "a
    spokeswoman" of "a spokeswoman for Harbor Bank"."""
    words = [w.casefold() for w in name.split()]
    cut = next((at for at, w in enumerate(words) if at and w in _LINKING_WORDS), len(words))
    return words[:cut]


def _possessive(name: str) -> bool:
    return "'s " in name or "’s " in name


def pulled_inheritor(raw: Raw) -> bool:
    """A paragraph of bare quoted words that took its speaker from the quotation before it: a
    pull-quote, if the body repeats its words under a speaker of their own."""
    inherited = raw.speaker is not None or raw.source is not None
    return inherited and not raw.own and not raw.continued and bare_quotation(raw.paragraph.text)


def runs_before_cue(raws_of: dict[int, list[Raw]]) -> None:
    """ "Ms Jones had decided to walk home. 'Not only for your own peace of mind.' 'It is very
    important we hear from you.' Inspector Rob Harlow said.": quotations that stand one after
    another, no word between them, are one speaker's, the one the last of them is given, not the
    subject of the sentence before (in tabloid copy often a photo caption). A question or an
    exclamation may be answered by someone else, so only a statement is carried; and one that
    goes on from the quotation before it ('“…,” said Negar Valayi. “It doesn't happen often.” “…,”
    said Roya Marzbahan') stays with that quotation's speaker or source."""
    for raws in raws_of.values():
        for index in range(len(raws) - 2, -1, -1):
            raw, after = raws[index], raws[index + 1]
            if after.speaker is None and after.source is None:
                continue
            # Words right after a sentence that quotes go on from it ("'Dear Lupita,' reads the
            # letter. '…'"), whoever the next quotation is given to.
            if raw.first and _OPENING_MARK.search(sentence_text_at(raw.paragraph, raw.first - 1)):
                continue
            if index and raws[index - 1].last + 1 == raw.first and raws[index - 1].speaker is not None:
                continue  # '“A. B,” said Fryer. “…”': the quotation before ends in the sentence before
            if raw.continued:
                continue  # the next paragraph of a quotation, its break lost: that quotation's
            text = raw.paragraph.text
            if any(c.isalnum() for c in text[raw.span.end : after.span.start]):
                continue
            words = text[raw.span.start : raw.span.end].rstrip()
            if words[-1:] != "." or not _opens_its_sentence(raw):
                continue
            raw.speaker, raw.source = after.speaker, after.source


def joined_to_cue(raws_of: dict[int, list[Raw]]) -> None:
    """ "Too often the systems it buys “cost far more than anyone promised.” And the hardest problems
    “will not be solved by tanks alone,” she said.": a partial quotation no rule gave anyone, in the
    sentence right before one that "And" or "But" joins to it and that gives its own quotation a
    speaker, is that speaker's: the writer runs one account across the two sentences."""
    for raws in raws_of.values():
        for index in range(len(raws) - 1):
            raw, after = raws[index], raws[index + 1]
            if raw.speaker is not None or raw.source is not None or raw.unclear or raw.continued:
                continue
            if (
                not after.own
                or (after.speaker is None and after.source is None)
                or after.first != raw.last + 1
            ):
                continue
            if index and raws[index - 1].last == raw.first:
                continue  # another quotation in its sentence: that one's rules stand
            joined = sentence_text_at(after.paragraph, after.first).split(maxsplit=1)[:1]
            words = raw.paragraph.text[raw.span.start : raw.span.end].split()
            if (
                joined
                and joined[0] in _JOINING
                and len(words) >= _JOINED_MIN_WORDS
                and not _opens_its_sentence(raw)
            ):
                raw.speaker, raw.source = after.speaker, after.source


_JOINING = frozenset(("And", "But"))
_JOINED_MIN_WORDS = 4  # as quotes-dev scores: not a writer's label of a word or three


# A quote mark opening a word: a quotation in the sentence, not an apostrophe ("Humphrys' mother").
_OPENING_MARK = re.compile("(?:^|[\\s:])['‘\"“]\\S")


def sentence_text_at(paragraph: Paragraph, index: int) -> str:
    sentence = paragraph.sentences[index]
    return paragraph.text[sentence.start : sentence.end]


def _opens_its_sentence(raw: Raw) -> bool:
    """Nothing but space and quote marks between its sentence's start and its opening mark."""
    start = raw.paragraph.sentences[raw.first].start if raw.paragraph.sentences else 0
    return not any(c.isalnum() for c in raw.paragraph.text[start : raw.span.start])
