"""Writings that speak: "“…,” it reads", a transcript, a digest's bracketed outlet ("[WaPo.]"),
"the statement said" given to the organisation a sentence before says issued it, and "the opinion
states" given to the judge opening the sentence before.
"""

from __future__ import annotations

import re
from functools import cache

from bot.core.article import Paragraph
from bot.core.article.newsprint import SPEAKER_LABEL
from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes.function_words import WRITINGS
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.people import NONPERSON, PERSON, Registry
from bot.core.quotes.quoted.shared import WORD, Context, Raw, title_like
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.sources import (
    ORGANISATION,
    OUTLET_NOUNS,
    UNNAMED,
    Source,
    label,
    refers_back,
    source_before,
)


def transcript_turn(raw: Raw, context: Context) -> bool:
    """ "Transcript as follows:" ¶ "Tonight we arrived ...": the transcript's words; a speaker's
    label opening the quotation ("WALLACE: ...") is a dialogue of several voices, left alone."""
    labelled = SPEAKER_LABEL.match(raw.paragraph.text, raw.span.start) is not None
    return not labelled and _transcript_follows(context.lead_in)


def bracketed_outlet(raw: Raw) -> tuple[str, str] | None:
    """ "HOW CHINA'S DECLINE AFFECTS THE WORLD “China's economic slowdown ...” [WaPo.]": a digest
    item's quotation closing its paragraph with the outlet it is taken from in brackets is that
    outlet's words."""
    if _DIGEST_HEADING.match(raw.paragraph.text) is None:
        return None  # "“We will win.” [Applause.]": a transcript's note, no outlet
    words = WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    if len(words) < _DIGEST_QUOTE_WORDS or title_like(raw):
        return None  # "a trailer for season four of “Sherlock.” [Buzzfeed]": a title, no one's words
    found = _BRACKETED_OUTLET.fullmatch(raw.paragraph.text, raw.span.end)
    return (found.group(1).rstrip(". "), ORGANISATION) if found is not None else None


_DIGEST_QUOTE_WORDS = 3
# A digest item opens with its heading in capitals: "UN: PEACEKEEPERS PAYING ...", "ROLL TIDE".
_DIGEST_HEADING = re.compile(r"(?:[A-Z0-9][A-Z0-9’'-]*[:,]? ){2,}")
# The closing mark, then "[Reuters.]", "[CNN]", "[Mother Jones.]" ending the paragraph.
_BRACKETED_OUTLET = re.compile(r"[”\"’'.,]*\s*\[((?:[A-Z][\w&’'-]*\.? ?){1,3}?)\.?\]\s*")


def paper_headline(raw: Raw, left: list[attr.Item]) -> tuple[str, str] | None:
    """ "The daily Kestrel Post bore the front-page headline “…”", "Koru told the Daily Ledger on
    Thursday in an article with the headline: “…”": a quotation right after "headline" is the
    headline of the paper named last before it in the sentence, with no one named between; never
    the words of the one the sentence has speaking. Any other body ("Voters in Kansas City saw the
    headline", "the Harbor Party tweeted the headline") is left to the rules of saying."""
    at = len(left) - 1
    if at >= 0 and left[at].low in _HEADLINE_LEADS:
        at -= 1
    if at < 0 or left[at].kind != "word" or left[at].low not in _HEADLINES:
        return None
    for index in range(at - 1, -1, -1):
        item = left[index]
        if item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON:
            return None  # "Bank chief Tom Lee wrote an op-ed with the headline “…”": his, as found
        if not _may_name_paper(item):
            continue
        found = source_before(left, index)
        if found is not None and found.kind == ORGANISATION and _paper(left, found, raw.paragraph.text):
            return label(raw.paragraph.text[found.start : found.end]), ORGANISATION
    return None


def _paper(items: list[attr.Item], found: Source, text: str) -> bool:
    """Whether the organisation `found` is a paper: one called so beside its name ("the daily Vatan-e
    Emrouz", "the Hamshahri daily") or in it ("the Daily Beast"), or named as papers are ("the
    Guardian", "the Kestrel Post")."""
    words = text[found.start : found.end].casefold().split()
    if words[-1] in _PAPER_NAME_WORDS or any(word in OUTLET_NOUNS for word in words):
        return True
    first = next(at for at, item in enumerate(items) if item.end > found.start)
    last = max(at for at, item in enumerate(items) if item.start < found.end)
    beside = [items[at] for at in (first - 1, last + 1) if 0 <= at < len(items)]
    return any(item.kind == "word" and item.low in OUTLET_NOUNS for item in beside)


def _may_name_paper(item: attr.Item) -> bool:
    """A mention of no person, or a capitalised word the registry took for no one ("the hard-line
    daily Vatan-e Emrouz"): a word that may end a paper's name."""
    if item.kind == "mention":
        return item.mention is not None
    return item.kind == "word" and item.cap


_HEADLINES = frozenset(("headline", "headlines"))
# The last words of papers' names ("The Kestrel Post", "the Daily Ledger").
_PAPER_NAME_WORDS = frozenset(
    "times post news press journal herald tribune telegraph guardian mail gazette ledger courier "
    "chronicle observer examiner inquirer star sun record register standard bulletin dispatch "
    "independent express mirror globe".split()
)
# Marks between "headline" and its words: "with the headline: “…”", "under the headline, “…”".
_HEADLINE_LEADS = frozenset((":", ","))


_IT_VERBS = frozenset("read reads said says stated states added adds continued continues".split())
# Words opening a tail after "it said" that tells where or how ("it said in urging a hearing").
_IT_TAIL_OPENERS = frozenset("in on at after before while when".split())
# Verbs only a writing takes: "“…,” it added" after "the company said in a statement" is the company's.
_WRITING_VERBS = frozenset("read reads stated states".split())


def writing_it(
    raw: Raw, left: list[attr.Item], right: list[attr.Item], context: Context, resolver: Resolver
) -> tuple[str, str] | None:
    """ "The email, released on Friday, was sent at 7 p.m. ¶ “…,” it reads.", "At the bottom it
    reads, “…”": a writing's words, when the sentences before (this paragraph's, else the paragraph
    before's) name one writing, or the writing just quoted goes on ("“…,” it said.")."""
    words = [i for i in right if i.kind != "punct"]
    verb = _it_verb_before(left) if not words else None
    if verb is None:
        if len(words) < 2 or words[0].low != "it" or words[1].low not in _IT_VERBS:
            return None
        if len(words) > 2 and words[2].low not in _IT_TAIL_OPENERS:
            return None  # "“…,” it said the plan would ...": a clause of its own, not a tail
        verb = words[1].low
    if verb in _WRITING_VERBS:
        nouns = _writings_before(raw, context)
        if len(nouns) == 1:
            return f"the {nouns.pop()}", UNNAMED
    last = resolver.last_source
    if last is not None and resolver.close(last[1], raw.paragraph.number):
        words = last[0][0].split()
        if len(words) == 2 and words[0] == "the" and words[1] in WRITINGS:
            return last[0]
        if "statement" in _writings_before(raw, context) and _quoted_in_writings_paragraph(
            raw, context, last[1]
        ):
            # "“…,” three senators said in a joint statement. ¶ “…,” it said": the statement's, so
            # its issuers'.
            return last[0]
    return None


def _it_verb_before(left: list[attr.Item]) -> str | None:
    """The verb of "it reads," / "It continued:" ending the words before a quotation, "it" opening
    its sentence or an opening phrase ("At the bottom it reads, “…”"); never "what it calls"."""
    words = [i for i in left if i.kind in ("word", "mention")]
    if len(words) < 2 or words[-2].low != "it" or words[-1].low not in _IT_VERBS:
        return None
    at = left.index(words[-2])
    opening = at == 0 or (left[at - 1].kind == "punct" and left[at - 1].low == ",")
    # "At the bottom it reads": a short place phrase, with no comma, before "it".
    placed = 0 < at <= _PLACE_PHRASE_ITEMS and left[0].low in _PLACE_PREPOSITIONS
    if not (opening or placed) or any(i.kind in ("mention", "quote") for i in left[:at]):
        return None
    return words[-1].low


_PLACE_PREPOSITIONS = frozenset("at in on near".split())
_PLACE_PHRASE_ITEMS = 4


def _writings_before(raw: Raw, context: Context) -> set[str]:
    """The writing nouns ("email", "affidavit") of the sentences before the quotation's in its
    paragraph, else of the paragraph before: what a writing's "it" may stand for."""
    if raw.first > 0:
        sentences = raw.paragraph.sentences[max(0, raw.first - _WRITING_SENTENCES) : raw.first]
        where = context
    elif context.before is not None:
        paragraph, where = context.before
        sentences = paragraph.sentences
    else:
        return set()
    found = set()
    for sentence in sentences:
        items = where.items(sentence.start, sentence.end)
        found.update(i.low for i in items if i.kind == "word" and i.low in WRITINGS)
    return found


_WRITING_SENTENCES = 2


def _quoted_in_writings_paragraph(raw: Raw, context: Context, paragraph: int) -> bool:
    """Whether the source last quoted was quoted in the paragraph `_writings_before` reads: this one
    when the quotation does not open it, else the paragraph before."""
    if raw.first > 0:
        return paragraph == raw.paragraph.number
    return context.before is not None and context.before[0].number == paragraph


TRANSCRIPT = ("transcript", UNNAMED)


def _transcript_follows(items: list[attr.Item] | None) -> bool:
    """ "Transcript as follows:", "Partial transcript as follows:": a line introducing quoted text."""
    words = [i.low for i in items or () if i.kind == "word"]
    return 2 <= len(words) <= 4 and "transcript" in words[:2] and words[-2:] == ["as", "follows"]


def issued_by(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry | None = None) -> None:
    """ "In a statement, the company said ... “…,” the statement said.": a writing's words are its
    issuer's, the organisation that a sentence just before says issued one or told an outlet ("The
    agency told the Courier that ..."; then `refer_back` names it: "the company" is the one company
    of the article); or the person a sentence just before opens with, sending it ("Ada Holt emailed
    supporters on Monday ... The email goes on to say: “…”", "Holt sent a letter to the board"). A
    quotation going on with the writing's words, its label inherited ("“…,” the statement said. ¶
    “…”"), goes on with its issuer."""
    order = {paragraph.number: index for index, paragraph in enumerate(body)}
    before: tuple[Raw, tuple[str, str] | None] | None = None  # the quotation just before, as labelled
    for raws in raws_of.values():
        for raw in raws:
            labelled = raw.source
            if before is not None and _goes_on_with_issued(raw, *before):
                raw.speaker, raw.source = before[0].speaker, before[0].source
            else:
                _give_to_issuer(raw, raws_of, body, order, registry)
            before = raw, labelled


def _goes_on_with_issued(raw: Raw, donor: Raw, labelled: tuple[str, str] | None) -> bool:
    """ "“…,” the statement said. ¶ “…”": the quotation inherited the label of the one just before,
    which `issued_by` has given to the writing's issuer since."""
    return not raw.own and raw.source is not None and raw.source == labelled and donor.source != labelled


def _give_to_issuer(
    raw: Raw,
    raws_of: dict[int, list[Raw]],
    body: list[Paragraph],
    order: dict[int, int],
    registry: Registry | None,
) -> None:
    """Give a quotation labelled with an issued writing ("the statement") to its issuer or sender."""
    writing = _writing_labelled(raw, _ISSUED_WRITINGS)
    if writing is None:
        return
    issuer = _issuer(_sentences_before(raw, body, order), writing)
    if issuer is not None:
        raw.source = (issuer, ORGANISATION)
    elif registry is not None:
        sender = _person_sending(raw, body, order, writing, registry)
        sender = sender if sender is not None else _quoted_in_the_writing(raw, raws_of, body, order)
        if sender is not None:
            raw.speaker, raw.source = sender, None


def _writing_labelled(raw: Raw, writings: frozenset[str]) -> str | None:
    """The writing a quotation is labelled with ("statement" for "the statement"), when it is one of
    `writings`."""
    words = raw.source[0].split() if raw.source is not None else []
    if len(words) != 2 or words[0] != "the" or words[1] not in writings:
        return None
    return words[1]


def _quoted_in_the_writing(
    raw: Raw, raws_of: dict[int, list[Raw]], body: list[Paragraph], order: dict[int, int]
) -> int | None:
    """ "“…,” Tessa Lindqvist, press secretary for the party, said in a statement. ¶ “…,” the
    statement continued.": the person the quotation just before was given to, in a sentence saying
    it was said in a statement."""
    index = order.get(raw.paragraph.number, 0)
    before = [r for r in raws_of.get(raw.paragraph.number, ()) if r.span.start < raw.span.start]
    if not before and index > 0:
        before = list(raws_of.get(body[index - 1].number, ()))
    if not before or before[-1].speaker is None:
        return None
    last = before[-1]
    sentence = last.paragraph.sentences[last.last].text
    return last.speaker if _SAID_IN_A_STATEMENT.search(sentence) else None


_SAID_IN_A_STATEMENT = re.compile(r"\bsaid\s+in\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}statement\b")


# Writings an organisation issues, whose words are its own ("the statement said").
_ISSUED_WRITINGS = frozenset(("statement", "release", "letter", "email", "memo"))
_ISSUED_REACH = 3  # sentences back: the one saying who issued it stands right before


def _sentences_before(raw: Raw, body: list[Paragraph], order: dict[int, int]) -> list[str]:
    """Up to _ISSUED_REACH sentences before the quotation's, nearest first, from this paragraph
    and the one before."""
    texts = [s.text for s in reversed(raw.paragraph.sentences[: raw.first])]
    index = order.get(raw.paragraph.number, 0)
    if index > 0:
        texts += [s.text for s in reversed(body[index - 1].sentences)]
    return texts[:_ISSUED_REACH]


def _issuer(sentences: list[str], writing: str) -> str | None:
    """The organisation that one of the sentences says issued such a writing: "In a statement,
    the company said ...", "the ministry said in a statement", "the bank released a statement"."""
    issued = re.compile(
        rf"\b(?:in|issued|released|sent|posted)\s+(?:a|an|its)\s+(?:\w+\s+)?{writing}\b", re.I
    )
    for text in sentences:
        named = _named_issuer(text, writing)
        if named is not None:
            return named
        if writing in _ANNOUNCED_WRITINGS and _ANNOUNCING.search(text):
            # "The Velo Network announced on Monday that ... ¶ “…,” the statement said."
            return _named_body(text) or _acronym_announcing(text)
        teller = _body_telling(text) if writing in _ANNOUNCED_WRITINGS else None
        if teller is not None:
            # "The Frontier Agency told the Courier that ... ¶ “…,” the statement said.": what it told
            return teller
        if not issued.search(text):
            continue
        for found in _ORGANISATION_SUBJECT.finditer(text):
            if refers_back(found.group(1).casefold()) is not None:
                return found.group(1).casefold()
        return _named_body(text)
    return None


def _named_issuer(text: str, writing: str) -> str | None:
    """The organisation a sentence names as the writing's issuer: "a statement released Sunday by
    Harbor Coast Command", "a letter from the Ferrin Port Authority", "In a statement released
    Sunday, the Coastal Command urged ..."; never a person ("a letter from Ada Holt")."""
    found = (
        re.search(rf"\b{writing}\s+{_ISSUED_BY}{_BODY_NAME}", text)
        or re.search(
            # "The Harbor Commission, in a statement, said ..."
            rf"{_BODY_NAME_OR_NOUN},\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}{writing}\b",
            text,
        )
        or re.match(
            rf"\s*In\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}{writing}\b[^,“”\"]{{0,60}},\s+{_BODY_NAME}\s+{_VERB}",
            text,
        )
    )
    if found is None:
        return None
    words = found.group("name").split()
    if words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's full stop, not an abbreviation's ("U.S.")
    while words[-1] in _NAME_JOINERS:
        words.pop()
    acronym = len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
    if not acronym and (len(words) < 2 or is_given_name(words[0].casefold())):
        return None
    if lx.is_role_head(words[-1].casefold()) or words[-1].casefold() in lx.TITLE_WORDS:
        return None
    if any(lx.is_title(word.casefold().rstrip(".")) for word in words):
        return None  # "a letter from Mr. Tsakalotos": a person's
    return " ".join(([found.group("the").strip().casefold()] if found.group("the") else []) + words)


# "released Sunday by", "issued by", "from": what stands between a writing and its issuer's name.
_ISSUED_BY = r"(?:(?:released|issued|sent|posted|put\s+out)\s+(?:\w+\s+)?by|from)\s+"
# Capitalised words, with "of", "for" and "and" between them ("Ferrin Port Authority").
_NAME_RUN = r"[A-Z][\w.’'&-]*(?:\s+(?:of|for|and|[A-Z][\w.’'&-]*))*"
_BODY_NAME = rf"(?P<the>[Tt]he\s+)?(?P<name>{_NAME_RUN})"
# "the Benghazi committee": the capitalised words, then the body's noun in lower case.
_ORG_NOUN = "|".join(sorted(lx.ORG_NOUNS))
_BODY_NAME_OR_NOUN = rf"(?P<the>[Tt]he\s+)?(?P<name>{_NAME_RUN}(?:\s+(?:{_ORG_NOUN}))?)"
_NAME_JOINERS = frozenset(("of", "for", "and"))
# A past or present verb after the issuer ("the Coastal Command urged"), not a noun ("U.S. military").
_VERB = r"(?:[a-z]+ed|[a-z]+s|said|told|wrote|made|gave|took|put|sent|set)\b"


def _named_body(text: str) -> str | None:
    """ "..., the White House said in a statement.", "said the White House in a statement", "The
    Embassy of the Republic of Yemen in Washington said in a statement": the capitalised body after
    "the" that says or issues; never a role ("the President said", "The President of Vellmark")."""
    found = (
        _NAMED_BODY_SUBJECT.search(text)
        or _NAMED_BODY_AFTER_VERB.search(text)
        or _OPENING_BODY_OF_PLACE.match(text)
    )
    if found is None:
        return _opening_body(text)
    return _body_not_role(found.group(1))


def _body_not_role(name: str) -> str | None:
    """ "the Harbor Commission" for "The Harbor Commission"; None for a role ("The President", "The
    President of Vellmark")."""
    words = name.split()
    heads = (words[-1], words[1]) if "of" in words else (words[-1],)  # "The President of Vellmark"
    if any(lx.is_role_head(head.casefold()) or head.casefold() in lx.TITLE_WORDS for head in heads):
        return None
    return " ".join(["the", *words[1:]])


def _person_sending(
    raw: Raw, body: list[Paragraph], order: dict[int, int], writing: str, registry: Registry
) -> int | None:
    """The one person opening the nearest of the sentences before the quotation that tells of
    sending such a writing ("Ada Holt emailed supporters", "Gov. Tim Harlan sent out a letter", "Holt
    said in a statement"), if that sentence names no other person before its verb; else None."""
    sending = re.compile(
        rf"\b(?:{_SENDING_VERBS})\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){{0,2}}{writing}\b"
        + rf"|\b(?:said|says)\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{writing}\b"
        # "Romney, in a statement issued after the ruling, appeared to follow the advice."
        + rf"|,\s+in\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){{0,2}}{writing}\b"
        + (r"|\bemailed\b" if writing == "email" else ""),
        re.IGNORECASE,
    )
    index = order.get(raw.paragraph.number, 0)
    # "Frost put out a new statement: “…,” the statement read": the quotation's own sentence, up
    # to its opening mark, first.
    opening = raw.paragraph.sentences[raw.first].start
    places = [(raw.paragraph, opening, raw.span.start)] if raw.span.start > opening else []
    places += [(raw.paragraph, s.start, s.end) for s in reversed(raw.paragraph.sentences[: raw.first])]
    if index > 0:
        places += [(body[index - 1], s.start, s.end) for s in reversed(body[index - 1].sentences)]
    for paragraph, start, end in places[:_ISSUED_REACH]:
        opening = _writing_opening(paragraph.text[start:end], writing)
        if opening is not None:
            return _sender_after_opening(registry, paragraph.number, paragraph.text, start + opening)
        verb = sending.search(paragraph.text[start:end])
        if verb is None:
            continue
        mentions = [
            m for m in registry.mentions.get(paragraph.number, ()) if start <= m.start < start + verb.start()
        ]
        first = mentions[0] if mentions else None
        if first is None or first.kind != PERSON or first.possessive:
            return None
        if not _titles_only(paragraph.text[start : first.start]):
            return None  # "Gov. Tim Harlan released a statement", not "After Holt left, Reyes sent"
        said = verb.group(0)[:4].casefold() in _SAID
        if said and paragraph.text[first.end : start + verb.start()].strip():
            return None  # "Ella Roan spoke with the mayor, her office said in a statement": the office's
        if any(m.kind == PERSON and m.ids != first.ids and not m.possessive for m in mentions):
            return None
        return first.ids[0] if len(first.ids) == 1 else None
    return None


_SENDING_VERBS = "issued|released|sent|sent out|put out|posted|wrote|tweeted"


def _writing_opening(text: str, writing: str) -> int | None:
    """Where the words after an opening phrase naming such a writing begin ("In a statement Monday,
    Apple said it had ..."); None when the sentence opens otherwise."""
    opened = _writing_opening_pattern(writing).match(text)
    return opened.end() if opened is not None else None


@cache
def _writing_opening_pattern(writing: str) -> re.Pattern[str]:
    """ "In a statement Monday, ", "In her letter to the board, ": the opening phrase for one writing."""
    return re.compile(
        rf"\s*In\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,3}}{re.escape(writing)}\b[^,“”\"]{{0,60}},\s+"
    )


def _sender_after_opening(registry: Registry, number: int, text: str, at: int) -> int | None:
    """ "In a statement Monday, Apple said it had ... ¶ “…,” the statement said.": the one person
    named right after the opening phrase, as the subject of "said", sent the writing; None for anyone
    else there ("In a statement, Holt's lawyer said")."""
    first = next((m for m in registry.mentions.get(number, ()) if m.start >= at), None)
    if first is None or first.start != at or first.kind != PERSON or first.possessive or len(first.ids) != 1:
        return None
    verb = text[first.end :].split(maxsplit=1)
    return first.ids[0] if verb and verb[0].casefold() in _SAID else None


_SAID = frozenset(("said", "says"))


def _titles_only(words: str) -> bool:
    """Whether the words before the sender's name are a title ("Arkansas Gov. ", "Parks director "),
    or none: capitalised words or role words; never an article ("The Cruz campaign sent" is the
    campaign's) nor a clause ("After Holt left, Reyes sent")."""
    for word in words.split():
        if word.casefold() in lx.NOT_NAMES:
            return False  # "The", "After"
        if not (word[:1].isupper() or lx.is_role_head(word) or word in lx.ROLE_MODIFIERS):
            return False
    return True


def opinions_of_judges(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry) -> None:
    """ "Strand also rejected the governor's other arguments. “…,” the opinion states.": a court's
    opinion is the words of the judge who wrote it, the judge the sentence just before opens with;
    with no judge there ("The appeals court reversed Judge Strand. “…,” the opinion states.") it
    stays the opinion's."""
    order = {paragraph.number: index for index, paragraph in enumerate(body)}
    for raws in raws_of.values():
        for raw in raws:
            if _writing_labelled(raw, _JUDGES_WRITINGS) is None:
                continue
            judge = _judge_opening_sentence_before(raw, body, order, registry)
            if judge is not None:
                raw.speaker, raw.source = judge, None


# What a judge writes and a court files as its own: "the opinion states".
_JUDGES_WRITINGS = frozenset(("opinion",))
# The last word of a judge's role ("Circuit Judge", "Associate Justice").
_JUDGES = frozenset(("judge", "justice"))


def _judge_opening_sentence_before(
    raw: Raw, body: list[Paragraph], order: dict[int, int], registry: Registry
) -> int | None:
    """The person opening the sentence just before the quotation's (this paragraph's, else the
    last of the paragraph before), after a title at most, when one of their roles is a judge's."""
    if raw.first > 0:
        paragraph, sentence = raw.paragraph, raw.paragraph.sentences[raw.first - 1]
    else:
        index = order.get(raw.paragraph.number, 0)
        if index == 0 or not body[index - 1].sentences:
            return None
        paragraph = body[index - 1]
        sentence = paragraph.sentences[-1]
    mentions = [
        m for m in registry.mentions.get(paragraph.number, ()) if sentence.start <= m.start < sentence.end
    ]
    first = mentions[0] if mentions else None
    if first is None or first.kind != PERSON or first.possessive or len(first.ids) != 1:
        return None
    if not _titles_only(paragraph.text[sentence.start : first.start]):
        return None  # "After Strand ruled, the court ...": a clause, not the sentence's subject
    judging = any(_judges_role(role) for role in registry.person(first.ids[0]).roles)
    return first.ids[0] if judging else None


def _judges_role(role: str) -> bool:
    """ "Circuit Judge", "US District Judge", "Associate Justice": a role a judge holds."""
    words = role.casefold().split()
    return bool(words) and words[-1] in _JUDGES


_NAMED_BODY_SUBJECT = re.compile(
    r"\b([Tt]he(?:\s+[A-Z][\w’'&-]*){1,4})\s+(?:said|says|added|stated|released|issued|sent|posted|announced)\b"
)
# A body announcing something, its words then quoted as "the statement" or "the release".
_ANNOUNCING = re.compile(r"\bannounced\b")
_ACRONYM_ANNOUNCING = re.compile(r"\s*([A-Z]{2,6})\s+announced\b")


def _acronym_announcing(text: str) -> str | None:
    """ "NBC announced on Monday that ...": a body known by its capitals opening the sentence."""
    found = _ACRONYM_ANNOUNCING.match(text)
    return found.group(1) if found is not None else None


_ANNOUNCED_WRITINGS = frozenset(("statement", "release"))


def _body_telling(text: str) -> str | None:
    """ "The Frontier Agency told the Courier that ...", "CBP told The Associated Press that ...": the
    body whose name, with "the" or in capitals, is the subject of "told"."""
    named = _NAMED_BODY_TELLING.search(text)
    if named is not None:
        return _body_not_role(named.group(1))
    acronym = _ACRONYM_TELLING.match(text)
    return acronym.group(1) if acronym is not None else None


_NAMED_BODY_TELLING = re.compile(r"\b([Tt]he(?:\s+[A-Z][\w’'&-]*){1,4})\s+told\b")
_ACRONYM_TELLING = re.compile(r"\s*([A-Z]{2,6})\s+told\b")


def _opening_body(text: str) -> str | None:
    """ "Greater Manchester Police condemned the leaks ... in a statement": capitalised words opening
    the sentence, the last a body's word and the first no given name, before a verb in -ed."""
    found = _OPENING_BODY.match(text)
    if found is None:
        return None
    words = found.group(1).split()
    if words[-1].casefold() not in lx.ORG_WORDS or is_given_name(words[0].casefold()):
        return None
    return found.group(1)


_OPENING_BODY = re.compile(r"\s*((?:[A-Z][\w’'&-]*\s+){1,4}[A-Z][\w’'&-]*)\s+[a-z]+ed\b")
_NAMED_BODY_AFTER_VERB = re.compile(r"\b(?:said|says|added|stated)\s+(the(?:\s+[A-Z][\w’'&-]*){1,4})\s+in\b")
# "The Embassy of the Republic of Yemen in Washington, D.C. said in a statement": a body's name with
# "of the" in it opening the sentence, a place after it.
_OPENING_BODY_OF_PLACE = re.compile(
    r"\s*(The\s+[A-Z][\w’'&-]*(?:\s+(?:of|of\s+the|for|and|[A-Z][\w’'&-]*))*\s+[A-Z][\w’'&-]*)"
    r"(?:\s+in\s+[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*)*,?)?\s+(?:said|says|stated)\s+in\s+(?:a|an|its)\b"
)
_ORGANISATION_SUBJECT = re.compile(
    r"\b([Tt]he\s+[a-z]+)\s+(?:said|says|added|stated|released|issued|sent|posted)\b"
)
