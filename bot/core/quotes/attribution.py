"""Who said each quotation: the subject of the verb of saying around it (resolver.py turns
that subject into a person).

Works on a sentence with its quotations collapsed and its names replaced by registry mentions,
so "X said", "said X", "X, the role, said", "according to X", participles, reported speech and
pronouns are small rules over one token stream. No confident speaker means None, not a guess.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import attrgetter, itemgetter

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.function_words import (
    AFFILIATION_CONNECTORS,
    AFFILIATION_WORDS,
    ARTICLES,
    BUSINESS_NOUNS,
    CHARACTERISING_VERBS,
    PREPOSITIONS,
    SPEAKING_FOR_HEADS,
    WRITINGS,
)
from bot.core.quotes.items import NOT_BEFORE_INVERTED_SUBJECT, Item, Subject
from bot.core.quotes.names import is_postnominal
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.references import role_reference
from bot.core.quotes.roles import aside_end
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    UNNAMED,
    UNNAMED_SOURCE_NOUNS,
    Source,
    opening_group,
    source_after,
    source_before,
)

_COORDINATORS = frozenset("and but or then".split())
# Nouns for one unnamed person speaking for others, whom a "who" clause may hang on.
_PEOPLE_SOURCE_NOUNS = lx.REPRESENTATIVES | frozenset("official source aide".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those whose such no".split())
# How far back, and through how many commas, a subject may sit before its parentheses.
_PARENTHESIS_ITEMS = 30
_MAX_PARENTHESES = 4
# Words allowed between a quotation and an inverted "said X".
_INVERTED_SKIP = 3


def items_between(
    tokens: list[Token], mentions: dict[int, Mention], quotes: list[tuple[int, int]], start: int, end: int
) -> list[Item]:
    """Items of text [start, end) of a paragraph; each quotation [a, b) becomes one "quote" item."""
    items: list[Item] = []
    append = items.append
    skip_until = -1
    first = bisect_left(tokens, start, key=_token_start)
    # Tokens and quotations are both in text order: the quotations starting by each token are
    # counted by a pointer that only moves forward, not by a bisection per token (the hot loop).
    found = bisect_right(quotes, tokens[first].start + 1, key=_first) if first < len(tokens) else 0
    count = len(quotes)
    for index in range(first, len(tokens)):
        token = tokens[index]
        offset = token.start
        if offset >= end:
            break
        if offset < skip_until:
            continue
        while found < count and quotes[found][0] <= offset + 1:
            found += 1
        inside = _covering(quotes, found, offset) if found else None
        if inside is not None:
            if not items or items[-1].kind != "quote":
                append(Item("quote", start=inside[0]))
            continue
        mention = mentions.get(offset)
        if token.low == "(" and items and (items[-1].kind == "mention" or items[-1].cap):
            # "McCaskill (D-Mo.) said", "The World Health Organization (WHO) said", "Ms Holt (Labour)
            # said", "The Department of Veterans Affairs (VA) said" (no mention: a name the registry
            # does not hold): the party label, short name or note between a name and its verb is left out.
            label_end = aside_end(tokens, index)
            if label_end > index:
                skip_until = tokens[_past_stray_comma(tokens, label_end) - 1].end
                continue
        if mention is None and _postnominal_of(items, token):
            continue  # "Brian Smith MP said", "said Jane Doe QC.": the letters stand aside
        if mention is not None:
            append(Item("mention", token.low, mention, offset, mention.end, True, mention.possessive))
            skip_until = mention.end
        elif token.is_word:
            append(Item("word", token.low, None, offset, token.end, token.cap, token.possessive))
        elif token.low == "-" and items and items[-1].low == "-" and items[-1].end == offset:
            # "John McCain -- who lost ... -- said": two hyphens typed together are one dash.
            items[-1] = Item("punct", "--", None, items[-1].start, token.end)
        else:
            append(Item("punct", token.low, None, offset, token.end))
    return items


def _past_stray_comma(tokens: list[Token], end: int) -> int:
    """ "Sen. Jack Reed (D-R.I.), said ...": a comma typed between a party label and the verb of
    saying right after it opens no aside; it is left out with the label."""
    # ("Durbin (D-Ill.), noting the size of ..., said": a participle opens an aside of its own.)
    if end + 1 >= len(tokens):
        return end
    verb = tokens[end + 1].low
    if tokens[end].text == "," and verb in lx.SPEECH_VERBS and not verb.endswith("ing"):
        return end + 1
    return end


def _postnominal_of(items: list[Item], token: Token) -> bool:
    """Postnominal letters right after the mention of a person ("Brian Smith MSP")."""
    last = items[-1] if items else None
    person = last is not None and last.kind == "mention" and last.mention.kind in (PERSON, AMBIGUOUS)
    return person and is_postnominal(token)


def quote_at(quotes: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The quotation whose marks or words cover `offset`, if any (quotations in text order)."""
    return _covering(quotes, bisect_right(quotes, offset + 1, key=_first), offset)


def _covering(quotes: list[tuple[int, int]], found: int, offset: int) -> tuple[int, int] | None:
    """Of the `found` quotations starting by `offset` + 1, the one covering `offset`.

    Quotations never overlap, so only the last two of them can cover it.
    """
    for quote in quotes[max(0, found - 2) : found]:
        if quote[0] - 1 <= offset < quote[1] + 1:
            return quote
    return None


def quote_starts_within(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quotation (in text order) opens inside [start, end)."""
    found = bisect_left(quotes, start, key=_first)
    return found < len(quotes) and quotes[found][0] < end


# Bisection keys in C: a Python function called ~20 times per bisection was a hot spot.
_first = itemgetter(0)
_token_start = attrgetter("start")


_PUT = frozenset(("put", "puts"))
_READ = frozenset(("read", "reads"))


def is_speech_verb(items: list[Item], index: int) -> bool:
    """A verb of saying used as a verb ("said"), not a noun ("the claims", "his remarks")."""
    item = items[index]
    if item.kind == "word" and item.low in _PUT and index + 1 < len(items) and items[index + 1].low == "it":
        return True  # "as a Homeland Security memo put it"
    if item.kind == "word" and item.low in _READ and index and items[index - 1].low in WRITINGS:
        return True  # "the letter reads", "the article read": a writing's words
    if item.kind == "word" and item.low in _READ and _writing_by(items, index - 1) is not None:
        return True  # "The statement from Dunmore read:"
    if item.kind == "word" and item.low in _READ and _inverted_before_writing(items, index):
        return True  # "“…,” read the email.": the writing after the verb speaks
    if (
        item.kind == "word"
        and item.low in _RETORTS
        and index + 1 < len(items)
        and items[index + 1].low == "back"
    ):
        return True  # "“…,” Bennett shot back with a laugh", "X fired back:"
    if item.kind == "word" and item.low in _OPENED and not _speech_follows(items, index + 1):
        return False  # "“After seven years,” he began, “I will retire.”": not "the meeting began vowing"
    if item.kind != "word" or item.low not in lx.SPEECH_VERBS:
        return False
    before = items[index - 1] if index else None
    if before is not None and before.possessive:
        return False  # "Trump's tweets", "the mayor's statement": a noun
    if _named_noun(items, index):
        return False
    if _modified_participle(items, index):
        return False
    if item.low in _AGREED and index + 1 < len(items) and items[index + 1].low in _AGREED_TO:
        return False  # "the government agreed to make a payment of “…”": a deal, not speech
    return before is None or (before.low not in _DETERMINERS and before.low not in _NOUN_PREPOSITIONS)


def _inverted_before_writing(items: list[Item], index: int) -> bool:
    """ "“…,” read the statement, which ...": "read" right after a quotation, then a determiner and a
    writing's noun (a word or two between: "read the campaign's statement") is inverted speech."""
    if index and items[index - 1].kind not in ("punct", "quote"):
        return False
    if index + 2 >= len(items) or items[index + 1].low not in _DETERMINERS:
        return False
    for at in range(index + 2, min(len(items), index + 3 + _WORDS_BEFORE_WRITING)):
        if items[at].kind != "word":
            return False
        if items[at].low in WRITINGS:
            return True
    return False


_WORDS_BEFORE_WRITING = 2


def _modified_participle(items: list[Item], index: int) -> bool:
    """ "a swiftly called meeting", "the newly announced plan": after a determiner and an adverb in
    -ly, a participle describes the noun after it; no one says anything."""
    if index < 2:
        return False
    adverb, determiner = items[index - 1], items[index - 2]
    return adverb.kind == "word" and adverb.low.endswith("ly") and determiner.low in _DETERMINERS


def _speech_follows(items: list[Item], index: int) -> bool:
    """Whether the quoted words go on right after, past a comma or colon ("began, “…”"): a quote
    or the end of the words between two quotations."""
    while index < len(items) and items[index].kind == "punct" and items[index].low in (",", ":"):
        index += 1
    return index >= len(items) or items[index].kind == "quote"


_AGREED = frozenset(("agreed", "agrees"))
# Verbs that open a speech only when the quoted words follow them at once ("he began, “…”").
_OPENED = frozenset(("began", "begins"))
_RETORTS = frozenset("shot shoots fired fires hit hits".split())  # before "back": a retort
_AGREED_TO = frozenset(("to", "on", "upon"))


# Plural nouns that are also verbs of saying: "the Harbor attacks", "the Holt claims".
_PLURAL_NOUNS = frozenset(
    "attacks claims remarks comments threats warnings calls promises pledges vows demands "
    "questions answers replies responses".split()
)
_AFTER_NOUN = frozenset("of on in against by at and".split())


def _named_noun(items: list[Item], index: int) -> bool:
    """ "After the Harbor attacks, Holt ...": a plural noun after "the" and a capitalised word, with a
    comma or a preposition after it, is no verb whose subject is "the Harbor"."""
    if items[index].low not in _PLURAL_NOUNS or index < 2 or items[index - 2].low != "the":
        return False
    named = items[index - 1]
    if not (named.kind == "mention" or (named.kind == "word" and named.cap)):
        return False
    after = items[index + 1] if index + 1 < len(items) else None
    return after is None or after.kind == "punct" or after.low in _AFTER_NOUN


_BY = frozenset(("from", "by"))
_FOUND = frozenset(("found", "finds"))
_FINDINGS = frozenset("report study survey audit review analysis investigation poll inquiry".split())
_FINDING_GAP = 4  # words between a writing and "found": "report released last year found"


def _finding_writing(items: list[Item], index: int) -> int | None:
    """Where the report, study or audit is whose "found" at `index` is a verb of saying: a few plain
    words back, no name or punctuation between ("a police report found" is not "police found")."""
    if items[index].kind != "word" or items[index].low not in _FOUND:
        return None
    for back in range(index - 1, max(-1, index - 2 - _FINDING_GAP), -1):
        item = items[back]
        if item.kind != "word":
            return None
        if item.low in _FINDINGS:
            return back if back == 0 or items[back - 1].low not in _NOUN_PREPOSITIONS else None
    return None


def _finding_body(items: list[Item], index: int) -> Source | None:
    """ "In 2014, Pew found that “…”": an organisation right before "found that" (a survey's or a
    study's finding) speaks what it found, as its report would."""
    if items[index].kind != "word" or items[index].low not in _FOUND or index < 1:
        return None
    if index + 1 >= len(items) or items[index + 1].low != "that":
        return None
    body = source_before(items, index - 1)
    return body if body is not None and body.kind == ORGANISATION else None


def _writing_by(items: list[Item], end: int) -> Mention | None:
    """The person of "a statement from X", "the letter by X" ending at `end`, if that is what ends there."""
    if end < 2 or items[end].kind != "mention":
        return None
    by = end - 1
    # "a court document filed by state attorney Dana Pruitt": role words after "by", a participle before.
    while by > end - 1 - _ROLE_WORDS_AFTER_BY and items[by].kind == "word" and _lower_role_word(items[by]):
        by -= 1
    if by < 1 or items[by].low not in _BY:
        return None
    writing = by - 1
    if writing >= 1 and items[writing].low in _WRITING_PARTICIPLES:
        writing -= 1
    named = items[end].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS) or items[writing].low not in WRITINGS:
        return None
    return named


_ROLE_WORDS_AFTER_BY = 3
_WRITING_PARTICIPLES = frozenset("filed signed issued released sent written posted published".split())


def _lower_role_word(item: Item) -> bool:
    return not item.cap and (lx.is_role_head(item.low) or item.low in lx.ROLE_MODIFIERS)


# After these a word of saying is a noun: "blamed hackers for attacks", "a series of tweets".
_NOUN_PREPOSITIONS = frozenset("for of on in with about after over against among".split())


def subject_before(items: list[Item], verb: int) -> Subject | None:
    """The subject of the verb at `verb`, looking left past adverbs and parentheticals."""
    antecedent = _relative_antecedent(items, verb)
    if antecedent is not None:
        return antecedent
    index = verb - 1
    back = index
    while back > 0 and items[back].kind == "word" and items[back].low in _COORDINATED_ADVERBS:
        back -= 1  # "X used to support Y, but now said ...": the adverb after "but"
    if back < index and items[back].low in _COORDINATORS:
        index = back
    if index >= 0 and items[index].low in _COORDINATORS:
        # "X said ... and promised ...": the earlier verb already has the subject; "X has been
        # impressed by Y but admitted:" has no earlier verb, and the clause's subject speaks.
        # ("When I asked Holt if ..., she smiled and said": a verb of the subordinate clause opening
        # the sentence is not the main clause's earlier verb.)
        main = _past_subordinate_clause(items[:index])
        if any(is_speech_verb(items, j) and not _plural_noun(items, j) for j in range(main, index)):
            return None
        return _clause_subject(items, index, sources=True)
    return _walk_back(items, index)


def _plural_noun(items: list[Item], at: int) -> bool:
    """ "against recent attacks from Reyes", "his latest claims": a word of saying in -s after an
    adjective or determiner is a plural noun, no verb an earlier subject says."""
    before = items[at - 1] if at else None
    return (
        items[at].low.endswith("s")
        and before is not None
        and before.kind == "word"
        and not before.cap
        and (before.low in _NOUN_DETERMINERS or before.low.endswith(_ADJECTIVE_ENDINGS))
    )


_NOUN_DETERMINERS = frozenset(
    "the his her their its our my your these those recent latest repeated new".split()
)
_ADJECTIVE_ENDINGS = ("ent", "ous", "ful", "ive", "al", "ic")


_COORDINATED_ADVERBS = lx.ADVERBS | frozenset("now just even never still".split())
_RELATIVE_REACH = 6  # "who has in the past described": words between "who" and its verb
_PARENTHESIS_MARKS = frozenset(",-–—")


def _relative_antecedent(items: list[Item], verb: int) -> Subject | None:
    """ "Sen. Marco Holt of Florida, who mused ...", "Glen Holt, who has in the past described ...",
    "Tom Reed - who previously said ...": the person a "who" clause opening a few words before the
    verb hangs on, past an affiliation."""
    writing = _writing_before_that(items, verb)
    if writing is not None:
        return Subject("other", source=writing)
    for back in range(verb - 1, max(-1, verb - 2 - _RELATIVE_REACH), -1):
        item = items[back]
        if item.kind != "word":
            return None
        if item.low != "who":
            continue
        unnamed = _unnamed_before_who(items, back)
        if unnamed is not None:
            return Subject("other", source=unnamed)
        if back >= 2 and items[back - 1].low not in _PARENTHESIS_MARKS:
            back = _appositive_head(items, back)  # "Ann Bell, the analyst who founded X tweeted"
        if back < 2 or items[back - 1].low not in _PARENTHESIS_MARKS:
            return None
        end = back - 2
        person = _person_before_affiliation(items, end)
        named = items[end if person is None else person]
        mention = named.mention
        if (
            named.kind != "mention"
            or named.possessive
            or mention is None
            or mention.kind not in (PERSON, AMBIGUOUS)
        ):
            return None
        return _subject_of(mention)
    return None


def _writing_before_that(items: list[Item], verb: int) -> Source | None:
    """ "replaced by a message that said, “…”", "a sign which read “…”": the writing a relative
    "that" or "which" right before the verb hangs on speaks, labelled with its phrase."""
    if verb < 2 or items[verb - 1].low not in _THAT_WHICH:
        return None
    noun = items[verb - 2]
    if noun.kind != "word" or noun.low not in WRITINGS:
        return None
    found = source_before(items, verb - 2)
    if found is None or found.kind == PERSON:
        return None
    # "Trump released a marketing video that said ...", "Sanders is releasing an ad that urges ...":
    # a person named before the writing issued it, and speaks through it.
    issued = any(i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS) for i in items[: verb - 2])
    return None if issued else found


_THAT_WHICH = frozenset(("that", "which"))


def _unnamed_before_who(items: list[Item], who: int) -> Source | None:
    """ "a White House official who spoke on condition of anonymity said": an unnamed person
    (a/an/one/another and a source's noun) opening its clause, then a "who" clause with no comma
    before it, is the verb's subject; never a role set beside a name ("Holt, an aide who ...")."""
    if who < 2 or items[who - 1].kind != "word":
        return None
    found = source_before(items, who - 1)
    if found is None or found.kind != UNNAMED:
        return None
    opener = next((j for j in range(who) if items[j].start >= found.start), None)
    if opener is None or items[opener].low not in INDEFINITE:
        return None
    if opener and items[opener - 1].kind != "punct":
        return None  # "... met an official who": the object of a verb, not the subject
    if opener >= 2 and items[opener - 1].low in _PARENTHESIS_MARKS and items[opener - 2].kind == "mention":
        return None  # "Ada Holt, an aide who ...": the person named speaks
    return found


def _appositive_head(items: list[Item], who: int) -> int:
    """Where the role noun phrase a "who" clause hangs on opens ("the polling analyst who"), so the
    comma before it is looked at; `who` when no such phrase of a few lower-case words stands there."""
    start = who
    while start > 0 and who - start < _APPOSITIVE_HEAD_WORDS and _lower_word(items[start - 1]):
        start -= 1
    if start == who or items[start].low not in _DETERMINERS:
        return who
    return start


_APPOSITIVE_HEAD_WORDS = 4  # "the veteran polling analyst who"


def _walk_back(items: list[Item], index: int) -> Subject | None:
    """The subject ending at or before `index`, past adverbs, parentheses and place phrases."""
    end = index
    while index >= 0:
        item = items[index]
        if index < end and _opens_subject(items, index):
            # "“…,” the statement said": the adverbial nouns ("in a statement") are its subject here.
            reference = role_reference(items, end, backwards=True)
            return reference or Subject("other", source=source_before(items, end))
        speaking_for = _speaking_for(items, index)
        if speaking_for is not None:
            return speaking_for
        writing = _addressed_writing(items, index)
        if writing is not None:
            return _writing_subject(items, writing)
        addressed = _addressing_participle(items, index)
        if addressed is not None:
            index = addressed  # "A source speaking to Fox News said": the source, not the outlet
            continue
        if item.kind == "mention" and _place_phrase_at(items, index) is None:
            described = _unclosed_appositive(items, index)
            if described is not None:
                return _subject_of(described)  # "Ann Bell, a lecturer at Bristol University said"
            person = _person_before_affiliation(items, index)
            if person is not None:
                index = person  # "Dana Pruitt at Harbor Analytics said": Pruitt, not the firm
            index = _first_of_pair(items, index)
            return _subject_of(items[index].mention, source_before(items, index))
        if item.kind == "punct" and item.low == ",":
            return _subject_before_comma(items, index)
        if item.kind == "word" and (
            item.low in lx.ADVERBS
            or item.low.isdigit()
            or item.low in _RELATIVES
            or (_ly_adverb(item.low) and not item.cap)  # "Us Weekly said": a name, no adverb
        ):
            index -= 1
            continue
        place = _place_phrase_at(items, index)
        if place is not None:
            index = place
            continue
        carried = _carrying_on(items, index)
        if carried is not None:
            index = carried  # "She went on to say", "Holt continued to say"
            continue
        opening = _opening_dash(items, index)
        if opening is not None:
            named = _named_role_aside(items, opening)
            if named is not None:
                return _subject_of(named)  # "A former candidate -- John Holt, who lost ... -- said"
            index = opening - 1  # "Holt — mentioned as the leading choice — told Reyes": past the aside
            continue
        if item.kind in ("punct", "quote"):
            return None
        person = _person_before_affiliation(items, index)
        if person is not None:
            person = _first_of_pair(items, person)
            return _subject_of(items[person].mention, source_before(items, person))
        writer = _possessed_writing(items, index)
        if writer is not None:
            return _subject_of(writer)  # "Holt’s fundraising email to her supporters notes"
        described = _unclosed_appositive(items, index)
        if described is not None:
            return _subject_of(described)
        return role_reference(items, index, backwards=True) or Subject(
            "other", source=source_before(items, index)
        )
    return None


def _unclosed_appositive(items: list[Item], index: int) -> Mention | None:
    """ "Brent Bozell, PTC president and conservative activist said:": a role after a name opening
    the sentence and a comma, its closing comma left out; the named person speaks, not the role.
    Also "Ann Bell, a lecturer at the University of Bristol said:" and "Ann Bell, of the Centre for
    Transport in Bristol said:": an apposition ending in the body or place the person is of."""
    last = items[index]
    ends_in_role = last.kind == "word" and lx.is_role_head(last.low)
    ends_in_body = (last.kind == "word" and last.cap) or (
        last.kind == "mention" and last.mention is not None and last.mention.kind == NONPERSON
    )
    # "Dana Pruitt, president of the networks division at the firm says": a body named by its noun.
    ends_in_body = ends_in_body or _body_noun_after_preposition(items, index)
    if not ends_in_role and not ends_in_body:
        return None
    after_verb = items[index + 2] if index + 2 < len(items) else None
    if after_verb is not None and after_verb.low == ",":
        return None  # "Clinton, a top aide said, “is very confident”": an aside within the quotation
    reach = _APPOSITIVE_ITEMS if ends_in_role else _AFFILIATION_ITEMS
    for comma in range(index - 1, max(0, index - reach) - 1, -1):
        item = items[comma]
        if item.kind == "punct" and item.low == ",":
            break
        nonperson = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
        if item.kind != "word" and not nonperson:
            return None
    else:
        return None
    named = items[comma - 1] if comma >= 1 else None
    if named is None or named.kind != "mention" or named.possessive or comma == index - 1:
        return None
    if not ends_in_role and not _affiliation(items[comma + 1 : index]):
        return None
    if named.mention is None or named.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    start = comma - 1
    while start > 0 and items[start - 1].kind == "word" and items[start - 1].low.rstrip(".") in lx.HONORIFICS:
        start -= 1  # "Dr Erel Avineri, of the Centre ... said"
    # "..., but Dana Pruitt, president of ... at the firm says": "but" opens a clause too.
    opens = start == 0 or items[start - 1].kind in ("punct", "quote") or items[start - 1].low == "but"
    return named.mention if opens else None


def _body_noun_after_preposition(items: list[Item], index: int) -> bool:
    """ "at the firm", "of the company": a lower-case noun for a body, after "the" and a preposition."""
    last = items[index]
    if index < 2 or last.kind != "word" or last.cap or last.low not in BUSINESS_NOUNS:
        return False
    return items[index - 1].low == "the" and items[index - 2].low in _AFFILIATION_LINKS


_AFFILIATION_LINKS = frozenset("at of for with in".split())


def _affiliation(stretch: list[Item]) -> bool:
    """ "of the Centre for Transport in", "a lecturer at": words saying what body someone is of."""
    opening = stretch[0].low if stretch and stretch[0].kind == "word" else ""
    roles = any(item.kind == "word" and lx.is_role_head(item.low) for item in stretch)
    return opening in AFFILIATION_WORDS or roles


def _opening_dash(items: list[Item], closing: int) -> int | None:
    """The dash opening the aside that the dash at `closing` ends, with no quotation between."""
    if items[closing].kind != "punct" or items[closing].low not in _DASHES:
        return None
    for back in range(closing - 1, max(-1, closing - _PARENTHESIS_ITEMS), -1):
        if items[back].kind == "quote":
            return None
        if items[back].kind == "punct" and items[back].low in _DASHES:
            return back if back < closing - 1 else None
    return None


def _named_role_aside(items: list[Item], opening: int) -> Mention | None:
    """The person a dash-set aside names right after a role noun ("A former Republican presidential
    candidate -- John Holt, who lost in 2008 --"): the role's name, and so the verb's subject."""
    role = items[opening - 1] if opening >= 1 else None
    named = items[opening + 1] if opening + 1 < len(items) else None
    if role is None or role.kind != "word" or not lx.is_role_head(role.low):
        return None
    if named is None or named.kind != "mention" or named.possessive or named.mention is None:
        return None
    return named.mention if named.mention.kind in (PERSON, AMBIGUOUS) else None


# A spaced hyphen is the dash of much British copy ("Illarionov - then an adviser - told").
_DASHES = frozenset(("—", "–", "--", "-"))


def _addressed_writing(items: list[Item], index: int) -> int | None:
    """ "His letter to the mayor said", "Reyes’s letter to Holt said": where the writing is whose
    addressee ends at `index`; the one written to never speaks."""
    if items[index].kind not in ("mention", "word"):
        return None
    for back in range(index - 1, max(0, index - _ADDRESSEE_ITEMS) - 1, -1):
        item = items[back]
        if item.kind == "word" and item.low in _ADDRESSED:
            before = back - 1
            found = before >= 0 and items[before].kind == "word" and items[before].low in WRITINGS
            return before if found else None
        if item.kind not in ("mention", "word") or item.low in _ADDRESSEE_STOPS:
            return None
    return None


_ADDRESSEE_ITEMS = 5  # "to the city's mayor", "to Gov. Ada Holt"
# Words that end a look back for "to" before the addressee: a verb's or a clause's, not a noun phrase's.
_ADDRESSEE_STOPS = frozenset("said says and but that who which".split())


def _writing_subject(items: list[Item], writing: int) -> Subject | None:
    """The writer of an addressed writing: its named owner ("Reyes’s letter"), none when a his or her
    owns it (whom it means is not clear here), else the writing itself ("a letter to the mayor")."""
    owner = _possessed_writing(items, writing)
    if owner is not None:
        return _subject_of(owner)
    first = writing
    while first > 0 and writing - first < _WRITING_MODIFIERS and _lower_word(items[first - 1]):
        first -= 1
    if first > 0 and items[first - 1].low in _PERSONAL_OWNERS:
        return None
    if items[first].low in _PERSONAL_OWNERS:
        return None
    return Subject("other", source=source_before(items, writing))


_PERSONAL_OWNERS = frozenset(("his", "her", "their", "my", "our"))


def _possessed_writing(items: list[Item], end: int) -> Mention | None:
    """The person whose writing the subject ending at `end` is ("Holt’s email", "Holt’s fundraising
    email to her supporters": the writer, not the readers the email is sent to)."""
    for at in range(end, max(-1, end - _POSSESSED_WRITING_ITEMS), -1):
        item = items[at]
        if item.kind != "word" or item.cap:
            return None
        if item.low not in WRITINGS:
            continue
        if at < end and items[at + 1].low not in _ADDRESSED:
            return None
        owner = at - 1
        while owner >= 0 and at - owner <= _WRITING_MODIFIERS and _lower_word(items[owner]):
            owner -= 1
        plural = owner >= 1 and items[owner].low in _APOSTROPHES  # "Sanders’ fundraising email"
        owner -= plural
        named = items[owner].mention if owner >= 0 and items[owner].kind == "mention" else None
        if named is not None and (items[owner].possessive or plural) and named.kind == PERSON:
            return named
        return None
    return None


_POSSESSED_WRITING_ITEMS = 6  # "email to his supporters": the writing a few words before the verb
_WRITING_MODIFIERS = 2  # "Holt’s fundraising email", "Holt’s latest campaign email"
_ADDRESSED = frozenset(("to", "for"))
_APOSTROPHES = frozenset(("’", "'"))


def _lower_word(item: Item) -> bool:
    return item.kind == "word" and not item.cap and item.low not in WRITINGS


def _first_of_pair(items: list[Item], index: int) -> int:
    """ "Dana Pruitt and House Speaker Ray Coe wrote": two people who speak together are given under
    the one named first, the lead as in a byline; `index` when the person there stands alone."""
    second = items[index].mention
    if second is None or second.kind != PERSON:
        return index
    back = index - 1
    while back >= 0 and index - back <= _PAIR_TITLE_ITEMS and _title_item(items[back]):
        back -= 1  # "House Speaker", "state Senate leader": the second person's title
    if back < 1 or items[back].low != "and":
        return index
    first = items[back - 1]
    named = first.mention
    if first.kind != "mention" or first.possessive or named is None or named.kind != PERSON:
        return index
    return back - 1 if named.ids != second.ids else index


_PAIR_TITLE_ITEMS = 3


def _title_item(item: Item) -> bool:
    return item.kind == "word" and (item.cap or lx.is_role_head(item.low))


def _speaking_for(items: list[Item], index: int) -> Subject | None:
    """ "A spokeswoman for Tom Reyes said", "an aide to the governor said": who speaks for someone
    is an unnamed source, not the one spoken for (who would be named, wrongly, as the speaker)."""
    at = index
    while at >= 0 and index - at < _SPOKEN_FOR_ITEMS and items[at].low not in _SPEAKING_FOR_LINKS:
        abbreviation = items[at].low == "." and at > 0 and items[at - 1].low in lx.HONORIFICS  # "Gov."
        if items[at].kind not in ("word", "mention") and not abbreviation:
            return None
        at -= 1
    if at < 1 or items[at].low not in _SPEAKING_FOR_LINKS or at == index:
        return None
    head = items[at - 1]
    if head.kind != "word" or head.low not in SPEAKING_FOR_HEADS:
        return None
    opener = at - 2
    near = at - 1 - _SPEAKING_FOR_MODIFIERS
    while opener >= max(0, near) and items[opener].low not in _SOURCE_OPENERS:
        if items[opener].kind != "word":
            return None
        opener -= 1
    if opener < 0 or items[opener].low not in _SOURCE_OPENERS:
        return None
    return Subject("other", source=Source(items[opener].start, items[index].end, UNNAMED))


_SPEAKING_FOR_LINKS = frozenset(("for", "to"))
_SOURCE_OPENERS = frozenset("a an one another the two several".split())
_SPOKEN_FOR_ITEMS = 4  # "for the Ohio governor": the one spoken for, a few words
_SPEAKING_FOR_MODIFIERS = 3  # "a senior campaign aide to"


def _opens_subject(items: list[Item], index: int) -> bool:
    """An article that no preposition governs ("the statement said", not "said in a statement")."""
    item = items[index]
    if item.kind != "word" or item.low not in ARTICLES:
        return False
    return index == 0 or items[index - 1].low not in _ADVERBIAL_PREPOSITIONS


_ADVERBIAL_PREPOSITIONS = frozenset("in on during at via through after before from".split())


def _person_before_affiliation(items: list[Item], index: int) -> int | None:
    """Index of the person before "of/at/from ORG" when the organisation ends at `index`."""
    last = items[index]
    organisation = last.mention is not None and last.mention.kind == NONPERSON
    # "X, who is chairman of Our Principles Pac said": a body the registry took for a person,
    # after a role's "of", is the affiliation, not the speaker.
    personal = last.mention is not None and last.mention.kind == PERSON and not last.possessive
    if not (organisation or personal or (last.kind == "word" and last.cap)):
        return None
    back = index - 1
    while back >= 1 and index - back <= constants.AFFILIATION_MAX_TOKENS:
        item = items[back]
        if personal and item.low in AFFILIATION_WORDS:
            role_of = item.low == "of" and items[back - 1].kind == "word"
            return _person_before_role(items, back - 1) if role_of else None
        if item.low in AFFILIATION_WORDS and items[back - 1].kind == "mention":
            before = items[back - 1].mention
            return back - 1 if before is not None and before.kind == PERSON else None
        role_of = item.low in AFFILIATION_WORDS and items[back - 1].kind == "word"
        if role_of and _person_before_role(items, back - 1) is not None:
            return _person_before_role(items, back - 1)
        named = item.kind == "mention" or (
            item.kind == "word" and (item.cap or item.low in AFFILIATION_CONNECTORS)
        )
        # "Stacy Baker of Columbia, South Carolina says": the comma between a city and its state.
        named = named or (item.low == "," and _capitalised(items[back - 1]) and _capitalised(items[back + 1]))
        if not named:
            return None
        back -= 1
    return None


def _person_before_role(items: list[Item], index: int) -> int | None:
    """ "Anton Rusk, president and CEO of Harbor Bank stated": the person before an appositive role
    ending at `index` that the writer left unclosed."""
    back = index
    while (
        back >= 0
        and items[back].kind == "word"
        and (lx.is_role_head(items[back].low) or items[back].low == "and")
    ):
        back -= 1
    if back == index:
        return None
    # "Katie Parr, who is (the) chairman of Our Harbor Fund said": the relative clause left unclosed.
    if back >= 1 and items[back].low in ARTICLES:
        back -= 1
    if back >= 2 and items[back].low in _COPULAS and items[back - 1].low == "who":
        back -= 2
    if back < 1 or items[back].low != "," or items[back - 1].kind != "mention":
        return None
    before = items[back - 1].mention
    return back - 1 if before is not None and before.kind == PERSON else None


_COPULAS = frozenset(("is", "was"))


def _capitalised(item: Item) -> bool:
    return item.kind == "mention" or (item.kind == "word" and item.cap)


_RELATIVES = frozenset(("who", "which"))
_GO_ON = frozenset("went goes go going".split())
_CONTINUE = frozenset("continued continues".split())


# "She was due to say", "Holt is expected to tell MPs": a speech announced before it is given
# (the copy of a speech handed out in advance) is still the speaker's words.
_ANNOUNCED = frozenset("due expected set scheduled going poised".split())
_ANNOUNCING_COPULAS = frozenset("is was are were be".split())


def _carrying_on(items: list[Item], index: int) -> int | None:
    """The index before "went on to", "continued to" or "was due to" ending at `index`, if they do."""
    if items[index].low != "to" or index < 1:
        return None
    if items[index - 1].low in _CONTINUE:
        return index - 2
    if index >= 2 and items[index - 1].low == "on" and items[index - 2].low in _GO_ON:
        return index - 3
    if index >= 2 and items[index - 1].low in _ANNOUNCED and items[index - 2].low in _ANNOUNCING_COPULAS:
        return index - 3
    return None


# "speaking to", "talking with", "writing in", "testifying before": a participle and the one addressed
# (or the paper written in) between a subject and its verb of saying.
_ADDRESSING = frozenset("speaking talking writing testifying appearing".split())
_ADDRESSED_BY = frozenset("to with in for on before".split())
_ADDRESSING_ITEMS = 8


def _addressing_participle(items: list[Item], index: int) -> int | None:
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


def _ly_adverb(low: str) -> bool:
    """ "Gingrich cynically dismissed": an adverb in -ly between a subject and its verb."""
    return len(low) > constants.LY_ADVERB_MIN_CHARS and low.endswith("ly") and low not in lx.SOURCE_NOUNS


_PLACE_PREPOSITIONS = frozenset("from of in near".split())
_PLACE_WORDS = 3


def _place_phrase_at(items: list[Item], index: int) -> int | None:
    """ "X, 47, from Telford said": index of the comma before a place phrase ending at `index`."""
    for back in range(index, max(-1, index - _PLACE_WORDS), -1):
        item = items[back]
        if item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON:
            return None
        if item.kind not in ("word", "mention"):
            return None
        if back >= 2 and items[back - 1].low in _PLACE_PREPOSITIONS and items[back - 2].low == ",":
            return back - 2
    return None


def _subject_before_comma(items: list[Item], index: int) -> Subject | None:
    """The subject before the parentheses that end with the comma at `index`."""
    before = _person_before(items, index)
    alone = index < 2 or items[_past_titles(items, index - 2)].low == ","
    # "drew criticism from Paul Ryde, who called it “…”": the relative's antecedent speaks.
    if before is not None and (alone or _relative_after(items, index)):
        # "The mayor of Port Alder, Ruth Banda, said": the name is the parenthesis.
        return _subject_of(items[_first_of_pair(items, index - 1)].mention)
    commas = [j for j in range(index - 1, max(-1, index - _PARENTHESIS_ITEMS), -1) if items[j].low == ","]
    if not commas:
        return None
    named_organisation = _organisation_in_apposition(items, commas[0], index)
    if named_organisation is not None:
        return named_organisation
    named = [(comma, _person_before(items, comma)) for comma in commas[:_MAX_PARENTHESES]]
    for comma, person in named:
        # "Mr Harte, who was on his way home with son Jack, 14, said": the relative clause's antecedent.
        if person is not None and _relative_after(items, comma):
            return _subject_of(person)
    for comma, person in named:
        # "Ray Coe, 47, of Stratford, east London, said": the name before a run of parentheses;
        # not one a preposition governs ("X, a professor who worked for Sen. Y, one of ..., called").
        if person is not None and not _governed(items, comma - 1):
            return _subject_of(items[_first_of_pair(items, comma - 1)].mention)
    appositive = any(person is not None for _, person in named)
    role = items[index - 1].kind == "word" and lx.is_role_head(items[index - 1].low)
    if _relative_after(items, index) and role and not appositive:
        # "In Port Alder, Holt endured a lecture from the mayor, who said ...": the role speaks, an
        # unnamed source (as an object it refers back to no subject the way "he" would); not
        # "McConnell, now the Senate majority leader, who said": his apposition.
        return Subject("other", source=source_before(items, index - 1))
    return _walk_back(items, commas[0] - 1)


def _past_titles(items: list[Item], at: int) -> int:
    """Back from `at` over the forms of address before a name in apposition ("the Most Reverend",
    "the Rt Hon", "Sir"), to the item before them; `at` when there are none."""
    back = at
    while back >= 0 and at - back < _ADDRESS_ITEMS and items[back].kind in ("word", "punct"):
        item = items[back]
        if not (item.low in _ADDRESS_WORDS or item.low in lx.TITLE_WORDS or item.low in lx.HONORIFICS):
            break
        back -= 1
    return back if back >= 0 else at


_ADDRESS_ITEMS = 4
_ADDRESS_WORDS = frozenset(("the", "most", "right", "rt", "hon", "very", "."))


def _person_before(items: list[Item], comma: int) -> Mention | None:
    """The person (or one of several of that name) named right before the comma at `comma`."""
    named = items[comma - 1].mention if comma >= 1 else None
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


def _relative_after(items: list[Item], comma: int) -> bool:
    return comma + 1 < len(items) and items[comma + 1].low in _RELATIVES


def _governed(items: list[Item], index: int) -> bool:
    """ "worked for Sen. Lamar Holt": a preposition before the name at `index`, past its title."""
    back = index - 1
    while back >= 0 and index - back <= _TITLE_ITEMS and (items[back].low == "." or items[back].cap):
        back -= 1
    return back >= 0 and items[back].kind == "word" and items[back].low in PREPOSITIONS


_TITLE_ITEMS = 4  # "for Sen.", "to Gov. Ray": title words and their full stops before a name


# Nouns for a business or body that a name in apposition may follow ("the utility that runs it, X,").
_COMPANY_NOUNS = (
    lx.ORG_NOUNS
    | lx.BUSINESS_WORDS
    | frozenset(
        "utility operator owner maker manufacturer carrier airline lender insurer retailer developer "
        "contractor supplier provider parent subsidiary chain charity publisher broadcaster".split()
    )
)
_NOUN_PHRASE_OPENERS = frozenset("the its their a an".split())
_MAX_APPOSITION_WORDS = 4
_COMPANY_NOUN_REACH = 4  # "the Dutch engineering firm": the noun within the phrase's first words


def _organisation_in_apposition(items: list[Item], opening: int, closing: int) -> Subject | None:
    """ "The company that operates the dam, Northwater Energy, said": the organisation named
    between the commas speaks, not a name in the description before it."""
    names = items[opening + 1 : closing]
    if not names or len(names) > _MAX_APPOSITION_WORDS or not all(_organisation_word(i) for i in names):
        return None
    described = opening
    while described > 0 and items[described - 1].kind in ("word", "mention"):
        described -= 1
    phrase = items[described:opening]
    if len(phrase) < 2 or phrase[0].low not in _NOUN_PHRASE_OPENERS:
        return None
    if not any(_company_noun(i) for i in phrase[1:_COMPANY_NOUN_REACH]):
        return None
    if any(i.kind == "word" and lx.is_role_head(i.low) for i in phrase):
        return None  # "the firm's founder, Zhou Wei,": a person the registry missed
    return Subject("other", source=Source(names[0].start, names[-1].end, ORGANISATION))


def _company_noun(item: Item) -> bool:
    return item.kind == "word" and item.low in _COMPANY_NOUNS and not item.possessive


def _organisation_word(item: Item) -> bool:
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind not in (PERSON, AMBIGUOUS)
    return item.kind == "word" and item.cap and item.low not in lx.PLACES


def subject_after(items: list[Item], verb: int) -> Subject | None:
    """The subject of an inverted "said X", past adverbs and a short role ("said Stoke manager X")."""
    titled = _person_after_title(items, verb + 1) or _person_after_joined_roles(items, verb + 1)
    if titled is not None:
        return _subject_of(titled)  # "said Army Capt. Christian Pardo", "said former South Carolina Gov. X"
    index = verb + 1
    while index < len(items) and index - verb <= _INVERTED_SKIP + 1:
        item = items[index]
        if item.kind == "mention" and item.possessive:
            # "said Holt's chief of staff, Ray Dorn": the possessor is not the speaker.
            named = _appositive_name(items, index + 1)
            return (
                _subject_of(named)
                if named is not None
                else Subject("other", source=source_after(items, index))
            )
        if item.kind == "mention":
            named = _named_after_role(items, index)
            if named is not None:
                return _subject_of(named)  # "said Holt spokeswoman Tessa Lyle": Lyle speaks, not Holt
            return _subject_of(item.mention, _source_over(items, verb + 1, index))
        if _honorific_at(items, index):
            index += 1  # "said Rep. Joseph Crowley", "said the Rev. Peter Wherry"
            continue
        owned = _owned_after_plural(items, index)
        if owned is not None:
            return _subject_of(owned)  # "said Sky Networks' Sophie Turner Laing": Laing, not the owner
        named = _appositive_name(items, index)
        if named is not None:
            return _subject_of(named)  # "said a spokeswoman for the bank, Lena Ortiz"
        if item.kind == "word" and item.low == "the":
            known = _known_as(items, index)
            if known is not None:
                return _subject_of(known)  # "said the base chief known as Bob": Bob, not the role
            return role_reference(items, index, backwards=False) or Subject(
                "other", source=source_after(items, index)
            )
        if item.kind == "word" and item.low not in NOT_BEFORE_INVERTED_SUBJECT:
            index += 1
            continue
        return Subject("other", source=source_after(items, verb + 1))
    return Subject("other", source=source_after(items, verb + 1)) if index < len(items) else None


def _known_as(items: list[Item], start: int) -> Mention | None:
    """The person a description opening at `start` goes on to name ("the base chief known as Bob",
    "the officer, named only as Dana,"): the description is that person's."""
    for at in range(start + 1, min(len(items) - 1, start + _KNOWN_AS_ITEMS)):
        item = items[at]
        if item.kind != "word" and item.low != ",":
            return None
        if item.kind == "word" and item.low in _NAMING_PARTICIPLES:
            following = [i for i in items[at + 1 : at + 4] if i.low not in ("only", "as", "simply")]
            named = following[0] if following else None
            if named is not None and named.kind == "mention" and named.mention is not None:
                return named.mention if named.mention.kind in (PERSON, AMBIGUOUS) else None
            return None
    return None


_NAMING_PARTICIPLES = frozenset("known named called identified".split())
_KNOWN_AS_ITEMS = 7  # "the former base chief, known only as"


def _owned_after_plural(items: list[Item], index: int) -> Mention | None:
    """The person named right after the apostrophe at `index` of a capitalised plural ("Sky
    Networks' Sophie Turner Laing"): whom the possessor employs; None otherwise."""
    item = items[index]
    if item.kind != "punct" or item.low not in ("'", "’") or index < 1 or index + 1 >= len(items):
        return None
    before = items[index - 1]
    if not (before.kind == "word" and before.cap and before.low.endswith("s") and before.end == item.start):
        return None
    named = items[index + 1].mention
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


def _person_after_joined_roles(items: list[Item], start: int) -> Mention | None:
    """ "said chairman and chief executive officer Bill Ford": lower-case roles joined by "and", then
    the person who holds them (a lone role before a name is read by the loop of subject_after)."""
    joined = False
    start = _past_employer(items, start)
    at = start
    while at < len(items) and at - start < _JOINED_ROLE_WORDS:
        item = items[at]
        if item.kind != "word" or item.cap:
            break
        if item.low in _ROLE_JOINERS and at > start:
            joined = True
        elif not (lx.is_role_head(item.low) or item.low in lx.ROLE_MODIFIERS):
            return None
        at += 1
    if not joined or at >= len(items) or items[at].kind != "mention" or items[at - 1].low in _ROLE_JOINERS:
        return None
    named = items[at].mention
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


_JOINED_ROLE_WORDS = 8


def _past_employer(items: list[Item], start: int) -> int:
    """Past the body a role after a verb belongs to ("said Nortel president and chief executive X",
    "quoted Qantas chief executive X"): a capitalised word or a body's mention before a lower-case
    role word; `start` when there is none."""
    if start + 1 >= len(items):
        return start
    item, following = items[start], items[start + 1]
    body = (item.kind == "word" and item.cap) or (
        item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
    )
    role = following.kind == "word" and not following.cap and lx.is_role_head(following.low)
    return start + 1 if body and role else start


def _person_after_roles(items: list[Item], start: int, end: int) -> Mention | None:
    """ "quoted Qantas chief executive Geoff Dixon as saying": the person after a body's roles,
    lower-case role words between them (before `end`)."""
    at = _past_employer(items, start)
    if at == start:
        return None
    while at < end and items[at].kind == "word" and not items[at].cap and lx.is_role_head(items[at].low):
        at += 1
    named = items[at].mention if at < end else None
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


_ROLE_JOINERS = frozenset(("and", "&"))


def _source_over(items: list[Item], first: int, index: int) -> Source | None:
    """The source phrase at the mention items[index]: from `first` when the phrase opening there runs
    over the mention ("said a White House official": not "House official"), else from the mention."""
    whole = source_after(items, first) if first < index else None
    if whole is not None and whole.start <= items[index].start < whole.end:
        return whole
    return source_after(items, index)


_TITLE_ITEMS = 11
_NOT_IN_TITLE = NOT_BEFORE_INVERTED_SUBJECT | frozenset("by from about against as and or but".split())
_ABBREVIATION_CHARS = 4
_TITLE_OWNERS = frozenset("his her their".split())
# Words after a name that end a title run there ("Dick Durbin in an interview", "Patrick Murray of").
# "said Reed voter Dan Pike when asked": a clause opener after a name ends the run there too.
_AFTER_A_NAME = _NOT_IN_TITLE | frozenset(
    "of when while after before because since until who whose whether".split()
)


def _person_after_title(items: list[Item], start: int) -> Mention | None:
    """The person named after a run of title words right after an inverted verb of saying, past the
    places, bodies and abbreviations in it ("Air Force 1st Lt. Tyler Livingston", "Blaze co-host Stu
    Burguiere", "United Steelworkers Political Director Tim Waters"); a place or body of the title is
    no speaker while a person closes the run."""
    for index in range(start, min(len(items), start + _TITLE_ITEMS)):
        item = items[index]
        if item.kind == "mention":
            named = item.mention
            following = items[index + 1] if index + 1 < len(items) else None
            modifier = item.possessive or (
                following is not None and following.kind == "word" and following.low not in _AFTER_A_NAME
            )
            if named is not None and named.kind in (PERSON, AMBIGUOUS) and not modifier:
                return named if index > start else None
            if named is None or named.kind not in (NONPERSON, PERSON, AMBIGUOUS):
                return None
            continue  # a place or body ("South Carolina"), or a person as modifier ("Obama adviser")
        if item.kind == "word" and item.low not in _NOT_IN_TITLE:
            continue
        if item.kind == "word" and (
            (index == start and item.low in _TITLE_OWNERS) or (index > start and item.low == "of")
        ):
            continue  # "added his campaign manager Jeff Weaver", "said CEO of Harbor Bank Ann Lee"
        joined = item.kind == "word" and item.low == "and" and index > start
        if joined and _title_abbreviation(items, index - 1):
            continue  # "said former Ohio Gov. and party Chairman Ed Rook": two titles joined
        if joined and _capitalised_word(items[index - 1]) and _capitalised_word(_item_at(items, index + 1)):
            continue  # "said Work and Pensions Secretary Alan Johnson": a ministry's name in the title
        before = items[index - 1] if index > start else None
        abbreviation = before is not None and before.kind == "word" and len(before.low) <= _ABBREVIATION_CHARS
        if item.kind == "punct" and item.low == "." and abbreviation:
            continue  # "Capt.", "Gov.", "N.C."
        return None
    return None


def _capitalised_word(item: Item | None) -> bool:
    return item is not None and item.kind == "word" and item.cap


def _item_at(items: list[Item], index: int) -> Item | None:
    return items[index] if index < len(items) else None


def _title_abbreviation(items: list[Item], index: int) -> bool:
    """The full stop of "Gov.", "Sen.", "Rep." at `index`."""
    before = items[index - 1] if index > 0 else None
    return (
        items[index].low == "."
        and before is not None
        and before.kind == "word"
        and len(before.low) <= _ABBREVIATION_CHARS
    )


def _named_after_role(items: list[Item], index: int) -> Mention | None:
    """The person named right after the mention at `index` and a few role words ending in a role
    noun ("Holt spokeswoman Tessa Lyle", "Clinton campaign chairman John Podesta")."""
    at = index + 1
    while at < len(items) and at - index <= _INVERTED_SKIP and items[at].kind == "word":
        at += 1
    if at == index + 1 or at >= len(items) or items[at].kind != "mention":
        return None
    named = items[at].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS) or not _role_words(items[index + 1 : at]):
        return None
    return named


_APPOSITIVE_ITEMS = 8
# "Dr Erel Avineri, of the Centre for Transport at the University of Bristol said": an affiliation
# names a body and where it is, longer than a role.
_AFFILIATION_ITEMS = 20


def _appositive_name(items: list[Item], start: int) -> Mention | None:
    """The person named right after the description starting at `start` and a comma."""
    for index in range(start, min(len(items) - 1, start + _APPOSITIVE_ITEMS)):
        item = items[index]
        if item.low == ",":
            named = items[index + 1].mention
            return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None
        if item.kind != "word":
            return None
    return None


def _honorific_at(items: list[Item], index: int) -> bool:
    """An abbreviated title before a name, its full stop, or "the" before it ("the Rev.")."""
    item = items[index]
    if item.kind == "word" and item.low in lx.HONORIFICS:
        return True
    if item.kind == "punct" and item.low == "." and index >= 1 and items[index - 1].low in lx.HONORIFICS:
        return True
    following = items[index + 1] if index + 1 < len(items) else None
    return item.low == "the" and following is not None and following.low in lx.HONORIFICS


def _subject_of(mention: Mention | None, source: Source | None = None) -> Subject:
    if mention is None or mention.kind == NONPERSON:
        return Subject("other", source=source)
    if mention.kind == PRONOUN:
        return Subject("pronoun", mention)
    return Subject("person", mention)


def events(items: list[Item]) -> list[tuple[int, Subject]]:
    """Each verb of saying in `items` with its subject; participles take their clause's subject."""
    found: list[tuple[int, Subject]] = []
    for index, item in enumerate(items):
        if item.kind == "word" and item.low == "according" and index + 2 < len(items):
            titled = _person_after_title(items, index + 2) if items[index + 1].low == "to" else None
            if items[index + 1].low == "to" and items[index + 2].kind == "mention":
                # "according to CNN": a body's mention is a source, labelled as written.
                found.append((index, _subject_of(items[index + 2].mention, source_after(items, index + 2))))
            elif titled is not None:
                # "according to Agriculture Secretary Tom Bradley": the person after the title.
                found.append((index, _subject_of(titled)))
            elif items[index + 1].low == "to" and _writing_after(items, index + 2) is not None:
                # "according to a statement from Dunmore": the person the writing is from.
                found.append((index, _subject_of(_writing_after(items, index + 2))))
            elif items[index + 1].low == "to":
                # "according to a senior official": an unnamed source, labelled, never a person.
                source = source_after(items, index + 2)
                if source is not None:
                    found.append((index, Subject("other", source=source, verb="according")))
            continue
        finding = _finding_writing(items, index)
        if finding is not None:
            # "A Government Accountability Office report released last year found that ...": the report's.
            found.append((index, Subject("other", source=source_before(items, finding), verb=item.low)))
            continue
        body = _finding_body(items, index)
        if body is not None:
            found.append((index, Subject("other", source=body, verb=item.low)))  # "Pew found that “…”"
            continue
        if not is_speech_verb(items, index):
            continue
        agent = _passive_agent(items, index)
        by_source = _passive_source(items, index) if agent is None else None
        if agent is not None:
            subject = _subject_of(agent)  # "Holt was asked by moderator Ray Coe whether ... “…”"
        elif by_source is not None:
            subject = Subject("other", source=by_source)  # "the claim was denied by UKIP spokesman"
        elif item.low in lx.PARTICIPLES:
            subject = _participle_subject(items, index, found)
        else:
            subject = subject_before(items, index)
            if subject is None and _starts_clause(items, index) and not _takes_object(items, index):
                subject = subject_after(items, index)
        if subject is not None:
            found.append((index, replace(subject, verb=item.low)))
    return found


def _takes_object(items: list[Item], verb: int) -> bool:
    """ "..., who, on a press call, criticized Reyes for “…”": after a comma a verb of characterising
    takes the name after it as its object, never as an inverted speaker (right after a quotation,
    "“Sad!” blasted Reyes." is still Reyes's)."""
    if items[verb].low not in CHARACTERISING_VERBS:
        return False
    before = verb - 1
    while before >= 0 and (items[before].low in lx.ADVERBS or items[before].low in _QUOTE_CLOSERS):
        before -= 1
    return before < 0 or items[before].kind != "quote"


_QUOTE_CLOSERS = frozenset(",—–")


def _passive_agent(items: list[Item], verb: int) -> Mention | None:
    """ "was asked by host Ray Coe", "were told by Coe": the person a passive verb of saying is done
    by, who says the words (past a title); no one for a body or crowd ("asked by reporters")."""
    if (
        verb < 1
        or items[verb - 1].low not in _PASSIVE
        or verb + 2 >= len(items)
        or items[verb + 1].low != "by"
    ):
        return None
    named = items[verb + 2].mention if items[verb + 2].kind == "mention" else None
    if named is not None and named.kind == PERSON and not items[verb + 2].possessive:
        return named
    titled = _person_after_title(items, verb + 2)  # "by Fox Business moderator Gerard Baker"
    return titled if titled is not None and titled.kind == PERSON else None


def _passive_source(items: list[Item], verb: int) -> Source | None:
    """ "But the claim was denied by UKIP spokesman, who said: “…”": an unnamed spokesman or official
    a passive verb of saying is done by speaks (a crowd, "asked by reporters", does not)."""
    if verb < 1 or verb + 2 >= len(items) or items[verb + 1].low != "by":
        return None
    if items[verb - 1].low not in _PASSIVE:
        return None
    source = source_after(items, verb + 2)
    if source is None or source.kind != UNNAMED:
        return None
    words = [i for i in items[verb + 2 :] if i.start < source.end]
    return source if any(i.kind == "word" and i.low in _PEOPLE_SOURCE_NOUNS for i in words) else None


def _writing_after(items: list[Item], start: int) -> Mention | None:
    """ "a statement from Dunmore", "the campaign's statement by Dunmore": within a few words."""
    for end in range(start + 2, min(len(items), start + _WRITING_ITEMS)):
        if items[end].kind == "punct":
            return None
        named = _writing_by(items, end)
        if named is not None:
            return named
    return None


_WRITING_ITEMS = 9


def _participle_subject(items: list[Item], index: int, found: list[tuple[int, Subject]]) -> Subject | None:
    """ "footage of Trump saying", "X hinted ..., saying": the name right before, else the clause's
    speaker (a verb whose subject is no one, "tweets accusing", does not count), else its subject."""
    before = items[index - 1] if index else None
    quoted = _quoted_as(items, index)
    if quoted is not None:
        return _subject_of(quoted)
    quoted_source = _source_quoted_as(items, index)
    if quoted_source is not None:
        return Subject("other", source=quoted_source)
    # "footage of Trump saying", "with Gorka noting", "and Trump calling it": the name right before.
    own = index >= 2 and items[index - 2].low in _OWN_SUBJECT_BEFORE
    if (
        own
        and before.kind == "mention"
        and before.mention.kind in (PERSON, AMBIGUOUS)
        and not before.possessive
    ):
        return _subject_of(before.mention)
    perceived = _perceived_subject(items, index)
    if perceived is not None:
        return perceived
    body = _with_source(items, index)
    if body is not None:
        return body
    known = [subject for verb, subject in found if not aside(items, verb, subject)]
    return known[-1] if known else _clause_subject(items, index)


def _with_source(items: list[Item], index: int) -> Subject | None:
    """ "..., with America's TV Guide magazine describing the series as “…”": the organisation or
    publication a "with" phrase puts right before the participle speaks, as a person there does."""
    source = source_before(items, index - 1)
    if source is None or source.kind != ORGANISATION:
        return None
    start = next((j for j in range(index) if items[j].start == source.start), None)
    opener = start - 1 if start else None
    if opener is not None and items[opener].possessive:
        opener -= 1  # "with America's TV Guide magazine": past the owner
    if opener is None or opener < 0 or items[opener].low != "with":
        return None
    return Subject("other", source=source)


_PERCEIVED = frozenset("heard seen caught filmed recorded overheard".split())
_PASSIVE = frozenset("be been being is was are were".split())
_MODALS = frozenset("can could may might will would".split())


def _perceived_subject(items: list[Item], index: int) -> Subject | None:
    """ "Passenger Owen Harte was filming and the announcer can clearly be heard saying": the one
    heard is who speaks, not the sentence's first subject."""
    at = index - 1
    if at < 1 or items[at].low not in _PERCEIVED:
        return None
    at -= 1
    passive = False
    while at >= 0 and items[at].kind == "word":
        low = items[at].low
        if low in _PASSIVE:
            passive = True
        elif low not in _MODALS and low not in lx.ADVERBS and not _ly_adverb(low):
            break
        at -= 1
    return _walk_back(items, at) if passive and at >= 0 else None


_OWN_SUBJECT_BEFORE = frozenset(("of", "with", "and", "–", "—"))
_QUOTED = frozenset("quoted quotes quoting".split())
_QUOTED_AS_ITEMS = 12


def _quoted_as(items: list[Item], index: int) -> Mention | None:
    """ "The Times quoted Gwen Holt, the mayor, as saying": the person quoted, not the paper."""
    if index < 2 or items[index - 1].low != "as":
        return None
    for back in range(index - 2, max(-1, index - 2 - _QUOTED_AS_ITEMS), -1):
        if items[back].low in _QUOTED:
            named = items[back + 1].mention if back + 1 < index else None
            if named is None or named.kind not in (PERSON, AMBIGUOUS):
                return _person_after_roles(items, back + 1, index - 1)
            return named
    return None


# Verbs that report someone else's words "as saying": the one quoted speaks, not the reporter.
_QUOTING = _QUOTED | frozenset("reported reports reporting cited cites citing".split())


def _source_quoted_as(items: list[Item], index: int) -> Source | None:
    """ "Reuters reports a union source as saying", "The paper quoted a senior official as saying":
    the unnamed source quoted, not the paper or agency."""
    if index < 2 or items[index - 1].low != "as":
        return None
    for back in range(index - 2, max(-1, index - 2 - _QUOTED_AS_ITEMS), -1):
        if items[back].kind == "word" and items[back].low in _QUOTING:
            found = source_after(items, back + 1)
            if found is None or found.kind != UNNAMED or found.end > items[index - 1].start:
                return None
            return found
    return None


def aside(items: list[Item], verb: int, subject: Subject) -> bool:
    """A verb of saying with no speaker, inside a clause of its own ("anybody who complains",
    "tweets accusing", "a series of tweets"): it neither speaks nor hides the sentence's speaker."""
    before = items[verb - 1].low if verb else ""
    if before in _EMBEDDING and subject.kind == "other":
        return True  # "an architect who said he was stiffed": the relative clause's own words
    after_noun = verb > 0 and items[verb - 1].kind == "word"
    if subject.kind != "other" or subject.source is not None:
        return False
    # "Trump's early-morning tweets accusing ...": a word of saying in -s after a word and with no
    # speaker before it is a plural noun.
    plural = items[verb].low.endswith("s") and after_noun
    return items[verb].low.endswith("ing") or before in _EMBEDDING or plural


_EMBEDDING = frozenset("who which that of".split())


# Words that follow a subject as its verb or auxiliary ("He has touted", "Bolton also made").
_VERB_LIKE = frozenset(
    "has had have is was are were will would could can may might did does also then even often".split()
)


def opening_subject(items: list[Item]) -> Subject | None:
    """ "Bolton thought it was “…”", "He vowed to “…”", "Huckabee, for his part, is labeling it “…”":
    with no verb of saying, the person opening the sentence as its subject, before a verb, speaks
    its partial quotation, when no one else is named after them; "Jindal signed an order, while
    Huckabee proposed we “…”": the subject opening the quotation's own clause, when one does."""
    joined = _last_joined_clause(items)
    if joined is not None:
        return _opening_subject(items[joined:])
    return _opening_subject(items)


def _last_joined_clause(items: list[Item]) -> int | None:
    """Where the last clause joined by ", while" / ", whereas" opens (past the conjunction)."""
    for at in range(len(items) - 2, 0, -1):
        if items[at].kind == "quote":
            return None
        if items[at].kind == "word" and items[at].low in _JOINING and items[at - 1].low == ",":
            return at + 1
    return None


_JOINING = frozenset("while whereas".split())


def _opening_subject(items: list[Item]) -> Subject | None:
    index = past_opening_phrase(items)
    index = _past_long_opening(items, index) or index
    while index < len(items) and items[index].kind == "word" and items[index].low in _COORDINATORS:
        index += 1
    title = index
    while title < len(items) and title - index < _TITLE_WORDS and _title_word(items, title):
        title += 1  # "Former Gov. Mike Holt"
    if title < len(items) and items[title].kind == "mention":
        index = title
    role = _opening_role(items, index)
    if role is not None:
        return role[0] if _speaks_partial(items, role[1], None) else None
    if index >= len(items) or items[index].kind != "mention" or items[index].possessive:
        return None
    mention = items[index].mention
    if mention is None or not mention.subject_like or mention.kind not in (PERSON, AMBIGUOUS, PRONOUN):
        return None
    verb = index + 1
    if verb < len(items) and items[verb].low == ",":  # "Huckabee, for his part, is labeling"
        reach = min(len(items), verb + _PARENTHESIS_ITEMS)
        verb = next((j + 1 for j in range(verb + 1, reach) if items[j].low == ","), len(items))
    return _subject_of(mention) if _speaks_partial(items, verb, mention) else None


def _past_long_opening(items: list[Item], start: int) -> int:
    """The index after a longer prepositional phrase opening at `start` (the sentence's start or
    past "Moreover,") and closed by a comma, naming others at most as its objects ("As part of the
    exchange with Holt, Gower referenced a report that “…”"), else 0."""
    if start >= len(items) or items[start].kind != "word" or items[start].low not in _LONG_OPENERS:
        return 0
    for index in range(start + 1, min(len(items), start + _LONG_OPENING_ITEMS)):
        item = items[index]
        if item.kind == "quote" or (item.kind == "mention" and item.mention.kind == PRONOUN):
            return 0
        if item.kind == "punct":
            return index + 1 if item.low == "," else 0
    return 0


def _opening_role(items: list[Item], index: int) -> tuple[Subject, int] | None:
    """ "The Republican nominee also vowed to punish “…”": a definite role opening the sentence, and
    where its verb is."""
    if index >= len(items) or items[index].low != "the":
        return None
    for verb in range(index + 2, min(len(items), index + 2 + _ROLE_WORDS_BEFORE_VERB)):
        if items[verb].kind != "word":
            return None
        if _verb_like(items[verb]):
            reference = role_reference(items, verb - 1, backwards=True)
            return (reference, verb) if reference is not None else None
    return None


_ROLE_WORDS_BEFORE_VERB = 4  # "the former Florida governor"


def _speaks_partial(items: list[Item], verb: int, mention: Mention | None) -> bool:
    """The opening subject's verb at `verb` is active, and no one else is named after it."""
    if verb >= len(items) or not _verb_like(items[verb]):
        return False
    if is_passive(items, verb):
        return False  # "Reed was cast by critics as “…”": what others called the subject
    # "Comey indicated that Clinton ... “should have known ...”": the subject reports the clause.
    reported = any(i.low == "that" for i in items[verb + 1 : verb + _THAT_REACH] if i.kind == "word")
    reported = reported and not any(i.kind != "word" for i in items[verb + 1 : _first_that(items, verb)])
    for item in items[verb:]:
        if item.kind == "quote" or item.low in OTHER_VOICE:
            return False  # "wearing a shirt that read “…”", "the Beast, which ran ... naming him the “…”"
        other = item.mention if item.kind == "mention" else None
        if other is not None and other.kind in (PERSON, AMBIGUOUS) and not item.possessive and not reported:
            return False
        if (
            other is not None
            and other.kind == PRONOUN
            and mention is not None
            and other.gender != mention.gender
        ):
            return False
    return True


_THAT_REACH = 5  # "also made the point that", "has argued that"


def _first_that(items: list[Item], verb: int) -> int:
    return next((j for j in range(verb + 1, len(items)) if items[j].low == "that"), verb + 1)


# "wearing a shirt that read “…”", "the Beast, which ran ... naming him the “…”": another's words.
OTHER_VOICE = frozenset("read reads which who whose".split())
_TITLE_WORDS = 4


def is_passive(items: list[Item], verb: int) -> bool:
    """ "was cast", "is seen", "were told": a passive at `verb`, whose subject is spoken of, not speaking."""
    following = items[verb + 1] if verb + 1 < len(items) else None
    return (
        items[verb].low in _PASSIVE and following is not None and following.low.endswith(("ed", "en", "st"))
    )


def _title_word(items: list[Item], index: int) -> bool:
    """A capitalised word or an abbreviated title's full stop, before a name opening a sentence."""
    item = items[index]
    return (item.kind == "word" and item.cap) or _honorific_at(items, index)


def _verb_like(item: Item) -> bool:
    """A lower-case word that can be a subject's verb: an auxiliary, a verb in -ed, a common irregular
    past ("Bolton thought") or a present in -s ("Holt supports “…”, opposes “…”")."""
    if item.kind != "word" or item.cap:
        return False
    low = item.low
    if low in _VERB_LIKE or low in _IRREGULAR_PAST:
        return True
    present = low.endswith("s") and not low.endswith(_NOT_PRESENT_ENDINGS) and len(low) >= _PRESENT_CHARS
    return present or past_in_ed(low)


_IRREGULAR_PAST = frozenset(
    "thought took went made gave spoke wrote told said sought brought felt kept left meant put set "
    "saw knew grew drew threw began became came ran won held stood struck swore taught".split()
)
_NOT_PRESENT_ENDINGS = ("ss", "us", "is")  # "across", "thus", "this": no verb in -s
_PRESENT_CHARS = 4  # "says", "adds": not "as", "is", "its"


def colon_subject(items: list[Item]) -> Subject | None:
    """ "X was blunt: “…”": a clause ending with a colon introduces its subject's words."""
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if not end or items[end - 1].low != ":":
        return None
    start = max((j + 1 for j in range(end - 1) if _ends_clause(items, j)), default=0)
    found = _clause_subject(items[start : end - 1], end - 1 - start, sources=True)
    last = items[end - 2] if end >= 2 else None
    # "... doesn't surprise pollster Dana Pruitt: “…”", "More from Pruitt: “…”": the person the
    # colon follows, when the clause has no subject of its own ("Ames and Cole:", the first).
    if found is None and last is not None and last.mention is not None and last.mention.kind == PERSON:
        return _subject_of(items[_first_of_pair(items, end - 2)].mention)
    if last is not None and last.mention is not None and last.mention.kind == PERSON:
        first = _first_of_pair(items, end - 2)
        if _after_heading_dash(items, first):
            # "VOTERS WANT CHANGE - Jeffrey M. Jones: “…”": a heading, a dash, then whose words follow.
            return _subject_of(items[first].mention)
    if found is not None and found.kind == "other" and found.source is None:
        return _from_source(items[start : end - 1]) or found  # "More from the Harbor Trust:"
    clause = items[start : end - 1]
    return found or _named_before_verb(clause) or _from_source(clause) or _labelled_after_dash(clause)


def _labelled_after_dash(items: list[Item]) -> Subject | None:
    """ "Polls did predict the caucus - HuffPollster: “…”": a digest's heading, a dash, then a name
    of a word or three and the colon: whose words follow, as a person's name there would be."""
    at = len(items)
    while at > 0 and len(items) - at < _DASH_LABEL_WORDS and _capitalised(items[at - 1]):
        at -= 1
    if at == len(items) or at == 0 or items[at - 1].low not in _HEADING_DASHES:
        return None
    found = source_after(items, at)
    if found is None or found.end != items[-1].end:
        return None
    return Subject("other", source=found)


_DASH_LABEL_WORDS = 3


def _from_source(items: list[Item]) -> Subject | None:
    """ "From the report: “…”", "More from the Harbor Trust: “…”": a label made of "from" and a
    source, as "More from Pruitt:" is a person's, introduces the source's words (after a digest
    heading's dash too)."""
    # "It's not enough - More from the report:": a heading's dash before the label opens it.
    items = items[max((j + 1 for j, item in enumerate(items) if item.low in _HEADING_DASHES), default=0) :]
    words = [item.low for item in items[:_FROM_LABEL_WORDS]]
    at = words.index("from") if "from" in words else -1
    if at < 0 or any(low not in _FROM_OPENERS for low in words[:at]) or at + 1 >= len(items):
        return None
    found = source_after(items, at + 1)
    if found is None or found.end != items[-1].end or found.kind not in (ORGANISATION, UNNAMED):
        return None
    return None if _definite_role(items, at + 1, found) else Subject("other", source=found)


_FROM_LABEL_WORDS = 3
_FROM_OPENERS = frozenset(("more", "also", "and"))


def _source_opening_clause(items: list[Item]) -> Subject | None:
    """ "Politico reveals a few relevant facts: “…”", "ProPublica obtained a video and said she “…”":
    a clause naming no person whose subject, opening it past a short phrase, is an organisation or an
    unnamed source right before its own verb, is the subject a colon or a coordinated verb goes on with."""
    if any(item.kind == "mention" and item.mention.kind in (PERSON, AMBIGUOUS) for item in items):
        return None
    if any(item.low in _HEADING_DASHES for item in items):
        return None  # "Media shares blame - HuffPollster:": a heading, then whose words follow
    start = past_opening_phrase(items)
    found = source_after(items, start)
    if found is None or found.kind not in (ORGANISATION, UNNAMED) or _definite_role(items, start, found):
        return None
    verb = next((i for i, item in enumerate(items) if item.start >= found.end), None)
    # A verb of its own, no auxiliary: "Users will be able to ... by asking:" says what anyone may say.
    if verb is None or verb == start or not _verb_like(items[verb]) or items[verb].low in _VERB_LIKE:
        return None
    return Subject("other", source=found)


def _possessed_person(items: list[Item], owner: Mention, end: int) -> Source | None:
    """ "Ada Holt's right-hand woman rallied supporters, saying:", "Holt's first five questioners
    ranged from skeptical to hostile:": a possessor whose noun, right before the clause's verb, is a
    person or people (an aide, a woman, questioners) is not the subject; that phrase is, unnamed.
    ("Holt's letter makes a case:" is still Holt's.)"""
    at = next((j for j, i in enumerate(items[:end]) if i.kind == "mention" and i.mention is owner), None)
    if at is None or not items[at].possessive:
        return None
    for head in range(at + 1, min(end - 1, at + 1 + _POSSESSED_WORDS)):
        item = items[head]
        if item.kind != "word" or item.cap or item.low in _FUNCTION_AFTER_OWNER:
            return None
        if _people_noun(item.low):
            verb = items[head + 1]
            if not _verb_like(verb) or verb.low in _VERB_LIKE:
                return None
            return Source(items[at].start, item.end, UNNAMED)
    return None


_POSSESSED_WORDS = 4  # "first five", "right-hand": words between the possessor and its noun
# Plural nouns for people: "questioners", "supporters", "donors", "activists", "aides", "staffers".
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "aides")
_FUNCTION_AFTER_OWNER = frozenset("and or but who which that was were is are has have had".split())


def _people_noun(low: str) -> bool:
    return (
        low in lx.PEOPLE_NOUNS
        or low in UNNAMED_SOURCE_NOUNS
        or lx.is_role_head(low)
        or low.endswith(_PEOPLE_ENDINGS)
    )


def _definite_role(items: list[Item], start: int, found: Source) -> bool:
    """ "The Tory leader supports ... and has said “…”": "the" and a role or a person's noun refer to
    someone named, which the role rules resolve or leave unattributed; never a label of its own."""
    words = [item for item in items[start:] if item.end <= found.end]
    if not words or words[0].low != "the":
        return False
    head = words[-1].low
    return (lx.is_role_head(head) or head in lx.PEOPLE_NOUNS) and head not in UNNAMED_SOURCE_NOUNS


def _after_heading_dash(items: list[Item], index: int) -> bool:
    """The person at `index` stands right after a dash, past a title of a few words ("- Pollster
    Ann Selzer"): the dash ends a heading or a lead-in, and the name opens a label of its own."""
    back = index - 1
    while back >= 0 and index - back <= _PAIR_TITLE_ITEMS and _title_item(items[back]):
        back -= 1
    return back >= 0 and items[back].low in _HEADING_DASHES


_HEADING_DASHES = _DASHES | {"-"}  # a heading's dash may be a hyphen typed with spaces


def dash_label_subject(items: list[Item], lead: str) -> Subject | None:
    """ "- Bolton boss Sam Allardyce "I am ...": a paragraph (or a dash-led line: `lead` is the text
    before the items) opening with nothing but a person, past a few title words, right before a
    quotation is a label saying whose words follow, as "X:" would; sports reports list each
    manager's reaction so, one list item each (the list's bullets are gone from the paragraph)."""
    if lead.strip() not in _LABEL_LEADS:
        return None
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    last = items[end - 1] if end else None
    if last is None or last.mention is None or last.mention.kind != PERSON or last.possessive:
        return None
    if end - 1 > _DASH_LABEL_ITEMS or not all(_title_item(item) for item in items[: end - 1]):
        return None
    return _subject_of(last.mention)


_LABEL_LEADS = _HEADING_DASHES | {""}
_DASH_LABEL_ITEMS = 5  # "Manchester United coach Sir": title words between the dash and the name


def _named_before_verb(items: list[Item]) -> Subject | None:
    """ "In response, Republican presidential nominee Donald Trump issued the following statement:": the
    one person the clause names, right before a verb (past role words the registry does not count
    as a subject's), introduces what follows the colon."""
    people = [j for j, i in enumerate(items) if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if len(people) != 1 or items[people[0]].possessive or people[0] + 1 >= len(items):
        return None
    verb = items[people[0] + 1]
    if verb.low in _PASSIVE or not _verb_like(verb):
        return None
    return _subject_of(items[people[0]].mention)


def _ends_clause(items: list[Item], index: int) -> bool:
    """A quotation, ";" or a full stop, not an abbreviation's ("Ray Dorn, R-Ky., delivered")."""
    item = items[index]
    if item.kind == "quote" or item.low == ";":
        return True
    return item.low == "." and not (index + 1 < len(items) and items[index + 1].low == ",")


def as_subject(items: list[Item]) -> Subject | None:
    """ "Reid has gone after Trump as a “human leech”", "Holt cast the plan as “…”": a clause whose
    subject is a person, ending in "as" (with an article) before the quotation, is that person's
    characterisation; not a passive one ("was described as") nor a label ("known as")."""
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if end and items[end - 1].low in ARTICLES:
        end -= 1
    if not end or items[end - 1].low != "as":
        return None
    start = max(
        (j + 1 for j in range(end - 1) if items[j].kind == "quote" or items[j].low in ".;:"), default=0
    )
    clause = items[start : end - 1]
    if any(i.low in _PASSIVE_MARKS for i in clause) or (end >= 2 and items[end - 2].low in _LABEL_VERBS):
        return None
    subject = _clause_subject(clause, len(clause))
    people = [i.mention for i in clause if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if subject is None or subject.kind != "person" or people[0] is not subject.mention:
        return None  # the person named first is the subject: "In recent weeks, Reid has gone after Trump"
    return subject


_PASSIVE_MARKS = frozenset("was were is are been be being".split())
_LABEL_VERBS = frozenset("known such served serves serving".split())


def _starts_clause(items: list[Item], index: int) -> bool:
    """True when nothing but punctuation and adverbs sits before `index` in its clause."""
    for item in reversed(items[:index]):
        if item.kind == "quote" or (item.kind == "punct" and item.low in ",:—–"):
            return True
        if item.kind != "word" or item.low not in lx.ADVERBS:
            return False
    return True


def _clause_subject(items: list[Item], index: int, sources: bool = False) -> Subject | None:
    """The subject of a sentence that a participle continues: its first subject-like mention; with
    `sources` (a colon or a coordinated verb of saying goes on with it, never a participle, too often
    an aside), an organisation or unnamed source opening the clause, labelled."""
    # "When Holt suggested ..., Dorn fired back: “…”": the main clause's subject, not the clause's
    # ("As the crowd began to chant, Silverman ... joked, “…”" is no group's).
    main = _past_subordinate_clause(items[:index])
    group = opening_group(items[main:index])
    if group is not None:
        return Subject("other", source=group)  # "Protesters marched to City Hall, chanting “…”"
    opening = _opening_source(items[:index])
    # "After the Harbor attacks, Holt released an ad calling it ...": a prepositional phrase opening
    # the sentence holds no subject.
    skip = _past_prepositional_opening(items[:index])
    found = [
        (at, item)
        for at, item in enumerate(items[skip:index], start=skip)
        if item.kind == "mention"
        and item.mention
        and item.mention.subject_like
        and not _titles_name(items, at)
    ]
    subjects = [item for at, item in found if at >= main] or [item for _, item in found]
    if subjects and _unknown_opener(items, max(main, skip), index):
        return None  # "Romney went after Reyes ..., calling it “…”": Romney, whom no mention names
    # "Holt’s state director, Tom Varga, reached out, writing: “…”": a possessor is the subject only
    # when no one else is named ("Holt’s letter makes a case: “…”").
    if subjects:
        chosen = min(subjects, key=attrgetter("possessive")).mention
        # The clause's last subject, right before its verb: "..., Ada Holt's right-hand woman rallied".
        possessed = _possessed_person(items, subjects[-1].mention, index)
        if possessed is not None:
            return Subject("other", source=possessed)  # "Holt's right-hand woman rallied supporters"
        if chosen.kind == NONPERSON and opening is None and sources:
            # "Harbor Bank reveals a few facts: “…”": the body opening the clause, labelled; "The
            # Harbor Trust then said": the body right before the verb's "then".
            # Not a colon's clause: "later that month on CNN:", "telling Breitbart London:" name no source.
            then = index < len(items) and items[index].low == "then"
            ending = then and items[index - 1].mention is chosen
            named = source_before(items, index - 1) if ending else None
            return _source_opening_clause(items[main:index]) or _subject_of(chosen, named)
        return _subject_of(chosen, opening)
    if opening is None:
        return _source_opening_clause(items[main:index]) if sources else None
    return Subject("other", source=opening)


_TITLE_GAP = 3  # "House Republican Thomas Holt", "White House spokesman Josh Ernst"


def _unknown_opener(items: list[Item], start: int, end: int) -> bool:
    """Whether the clause at `start` opens with a capitalised word that is no one's mention and no
    function word, right before its verb: the clause's subject, a name the registry does not hold."""
    if start + 1 >= end:
        return False
    first, then = items[start], items[start + 1]
    if first.kind != "word" or not first.cap or first.low in lx.NOT_NAMES:
        return False
    past = then.kind == "word" and not then.cap and (then.low in _IRREGULAR_PAST or past_in_ed(then.low))
    return not first.low.endswith(_NOT_NAME_ENDINGS) and past  # not "Eight years", "Amid responses"


_NOT_NAME_ENDINGS = ("ed", "ing", "ly")  # "Asked whether ...,", "Speaking ...", "Finally"


def _titles_name(items: list[Item], index: int) -> bool:
    """A body's name that a person's name follows after a few words of title: part of the title."""
    if items[index].mention is None or items[index].mention.kind != NONPERSON:
        return False
    for at in range(index + 1, min(len(items), index + 2 + _TITLE_GAP)):
        item = items[at]
        if item.kind == "mention":
            return item.mention is not None and item.mention.kind == PERSON
        if item.kind != "word":
            return False
    return False


def _opening_source(items: list[Item]) -> Source | None:
    """ "Harbor Bank released a statement saying", "Last night, police issued a statement saying":
    an organisation or unnamed source opening the sentence, whose verb puts out a statement."""
    start = past_opening_phrase(items)
    found = source_after(items, start)
    if found is None:
        return None
    after = next((i for i, item in enumerate(items) if item.start >= found.end), None)
    if after is None or after == start:
        return None
    verb = items[after]
    if verb.kind != "word" or verb.cap or verb.low in _NOT_A_VERB:
        return None
    # Only "issued a statement saying": a participle after another verb is too often an aside.
    issued = any(item.low in _STATEMENTS for item in items[after + 1 : after + 1 + _STATEMENT_REACH])
    return found if issued else None


_OPENING_PREPOSITIONS = frozenset(
    "after before in on at during since following despite amid from like unlike".split()
)
_LONG_OPENERS = _OPENING_PREPOSITIONS | frozenset("as with".split())
_LONG_OPENING_ITEMS = 12  # "As part of the exchange with Holt at the hearing on Monday,"


_SUBORDINATE_OPENERS = frozenset(
    "when while as after before because since though although if once whereas".split()
)


def _past_subordinate_clause(items: list[Item]) -> int:
    """The index after "When Holt suggested that ...," opening the sentence, else 0; past a short
    opening phrase ("In June 2009, after Holt suffered a concussion, Dorn emailed ...")."""
    start = _past_prepositional_opening(items) or past_opening_phrase(items)
    if start >= len(items) or items[start].kind != "word" or items[start].low not in _SUBORDINATE_OPENERS:
        return 0
    for index, item in enumerate(items[start:], start=start):
        if item.kind == "quote":
            return 0
        if item.kind == "punct" and item.low == ",":
            return index + 1
    return 0


def main_clause_events(items: list[Item], found: list[tuple[int, Subject]]) -> list[tuple[int, Subject]]:
    """ "When Holt suggested that ..., Dorn fired back: “…”": a verb of saying inside an opening
    subordinate clause is not the speaker of a quotation after it when the main clause names its own
    subject ("As Holt said, “…”" has none, and stays Holt's)."""
    main = _past_subordinate_clause(items)
    named = any(
        item.kind == "mention" and item.mention and item.mention.subject_like for item in items[main:]
    )
    # The main clause introduces the quotation ("Dorn fired back:"), it does not hold it ("As Lee puts
    # it, Holt is making the council “an offer ...”" stays Lee's).
    introduced = bool(items) and items[-1].kind == "punct" and items[-1].low in ":,"
    if main and named and introduced:
        return [(verb, subject) for verb, subject in found if verb >= main]
    return found


def _past_prepositional_opening(items: list[Item]) -> int:
    """The index after "After the Harbor attacks," or "In Port Ellis,", else 0."""
    if not items or items[0].kind != "word" or items[0].low not in _OPENING_PREPOSITIONS:
        return 0
    for index, item in enumerate(items[1 : _OPENING_PHRASE_WORDS + 2], start=1):
        if item.kind == "punct":
            return index + 1 if item.low == "," else 0
        if item.kind == "quote":
            return 0
    return 0


_OPENING_PHRASE_WORDS = 4  # "Last night,", "On Tuesday morning,": a short phrase before the subject
_NOT_A_VERB = frozenset("and or of for at in on to from with who which that whose".split())
_STATEMENTS = frozenset("statement statements release letter notice announcement".split())
_STATEMENT_REACH = 4  # "issued a brief written statement"


def past_opening_phrase(items: list[Item]) -> int:
    """The index after a short opening phrase ending in a comma ("Last night, police ..."), else 0."""
    for index, item in enumerate(items[: _OPENING_PHRASE_WORDS + 1]):
        if item.kind == "punct":
            return _past_listed_modifiers(items, index + 1) if item.low == "," and index > 0 else 0
        if item.kind != "word":
            return 0
    return 0


def _past_listed_modifiers(items: list[Item], start: int) -> int:
    """ "Following a swiftly called, late-afternoon meeting, the council ...": lower-case words and
    a second comma right after the first go on with the same opening phrase."""
    for index, item in enumerate(items[start : start + _OPENING_PHRASE_WORDS + 1], start=start):
        if item.kind == "punct":
            return index + 1 if item.low == "," and index > start else start
        if item.kind != "word" or item.cap:
            return start
    return start


def immediate_event(items: list[Item], bare: bool = True) -> Subject | None:
    """`“…,” X said`, `“…,” X, the role, said` or `“…,” said X`: a verb of saying right after the quote;
    with `bare` (the items follow the quotation itself), `“…?” X pressed.` too."""
    index = 0
    while index < len(items) and items[index].kind == "punct" and items[index].low in ",—–-":
        index += 1
    if index >= len(items):
        return None
    if bare and _bare_verb_before_name(items, index):
        return replace(_subject_of(items[index + 1].mention), verb=items[index].low)  # "remembered X,"
    # "“Why not?” asked Dunmore": right after a quotation, "asked" has its asker after it, no listener.
    inverted = items[index].low not in lx.LISTENER_VERBS or items[index].low in _ASKED
    # "“New York values,” saying the city embodied ...": a participle's subject is its clause's, and
    # the words after it are what was said.
    inverted = inverted and items[index].low not in lx.PARTICIPLES
    if is_speech_verb(items, index) and inverted:
        after = subject_after(items, index)
        if after is None or (after.kind == "other" and after.source is None) or _opens_clause(items, after):
            # "Ms. Holt, noting that “…,” added: “…”": no speaker after the verb; the sentence's
            # subject before the quotation speaks.
            return None
        return replace(after, verb=items[index].low)
    index = _past_role_words(items, index)
    if _honorific_at(items, index) and index + 2 < len(items) and items[index + 1].low == ".":
        index += 2 if items[index + 2].kind == "mention" else 0  # "“…,” Sen. Ada Brill said ..."
    if items[index].kind != "mention":
        return _noun_phrase_event(items, index)
    verb = index + 1
    if verb + 1 < len(items) and items[verb].low == "." and is_speech_verb(items, verb + 1):
        verb += 1  # "Victor Hale Jr. said": the full stop of an abbreviation, not of the sentence
    if verb < len(items) and items[verb].low == ",":
        verb = next((j + 1 for j in range(verb + 1, len(items)) if items[j].low == ","), len(items))
    verb = _past_parenthesis(items, verb)  # "Sen. Ada Brill (D-Ore.) said"
    while verb < len(items) and items[verb].kind == "word" and items[verb].low in lx.ADVERBS:
        verb += 1
    if verb < len(items) and items[verb].low.endswith("ing") and items[verb - 1].low in _NOT_PROGRESSIVE:
        return None  # "the “kind of problems” Reyes had answering questions": no verb of Reyes's
    if verb < len(items) and (is_speech_verb(items, verb) or (bare and _bare_verb(items, verb))):
        return replace(_subject_of(items[index].mention), verb=items[verb].low)
    return None


# Auxiliaries that never take a participle in -ing ("had answering" is "had trouble answering").
_NOT_PROGRESSIVE = frozenset("had has have will would could may might".split())


_ASKED = frozenset(("asked", "asks"))

_EMPTY_VERBS = frozenset("based named called dubbed titled entitled headlined".split())
_VERB_ENDING_CHARS = 5  # "pressed", "remembered": not "bed", "red"


def past_in_ed(low: str) -> bool:
    """A folded word that can be a verb's past in -ed: "pressed", "hoped"; not "bed" or "red"."""
    return low.endswith("ed") and len(low) >= _VERB_ENDING_CHARS


def _bare_verb(items: list[Item], index: int) -> bool:
    """ "“…?” Holt pressed.", "“…,” Holt went on, as if ...": a verb in -ed (or "went on") closing the
    attribution right after a quotation is how that name spoke, though no verb of saying."""
    item = items[index]
    if item.kind != "word" or item.cap:
        return False
    end = index + 1
    if item.low in _GO_ON and end < len(items) and items[end].low == "on":
        end += 1
    elif not past_in_ed(item.low) or item.low in _EMPTY_VERBS:
        return False
    return end >= len(items) or (items[end].kind == "punct" and items[end].low in _CLOSING_PUNCT)


_CLOSING_PUNCT = frozenset(",.;:!?—–")


def _bare_verb_before_name(items: list[Item], index: int) -> bool:
    """ "“…,” remembered Roy Verley, the former spokesman.": an inverted verb in -ed right after a
    quotation, then a person's name closing the clause."""
    if index + 1 >= len(items) or items[index + 1].kind != "mention" or items[index + 1].possessive:
        return False
    mention = items[index + 1].mention
    if mention is None or mention.kind != PERSON:
        return False
    word = items[index]
    if word.kind != "word" or word.cap or not past_in_ed(word.low) or word.low in _EMPTY_VERBS:
        return False
    end = index + 2
    return end >= len(items) or (items[end].kind == "punct" and items[end].low in _CLOSING_PUNCT)


# Finite verbs and auxiliaries: a noun phrase followed by one opens a reported clause.
_FINITE = frozenset(
    "would will should could can may might must is are was were has have had does did".split()
)


def _opens_clause(items: list[Item], subject: Subject) -> bool:
    """ "Holt, who called it “…,” said Monday the council would vote": the words after "said" are
    the subject of what was said (a finite verb follows them), not an inverted speaker."""
    named = subject.mention or subject.source
    end = named.end if named is not None else -1
    after = next((item for item in items if item.start >= end), None)
    return after is not None and after.kind == "word" and after.low in _FINITE


_SUBJECT_PHRASE_ITEMS = 6


def _noun_phrase_event(items: list[Item], index: int) -> Subject | None:
    """ "“…,” the mayor said, adding that ...", "“…,” a spokeswoman for the bank said on Monday ...":
    a short phrase of words right after the quotation, then its verb of saying, however long the tail;
    "‘…’, they added" too, so the sentence's own subject before the quotation is not taken instead."""
    if items[index].kind != "word" or items[index].low not in _PHRASE_OPENERS:
        return None
    for verb in range(index + 1, min(len(items), index + _SUBJECT_PHRASE_ITEMS)):
        if items[verb].kind not in ("word", "mention"):
            return None
        if is_speech_verb(items, verb):
            found = subject_before(items, verb)
            if found is None or (found.kind == "other" and found.source is None):
                return None  # "The search continued overnight": no one speaks
            return replace(found, verb=items[verb].low)
    return None


_PHRASE_OPENERS = frozenset("the a an one they".split())
_LABEL_ITEMS = 8  # "(D-Ore.)", "(R-Texas)": a party and state in parentheses


def _past_parenthesis(items: list[Item], index: int) -> int:
    """The index after a short parenthesis of words opening at `index` (a US party label), else `index`."""
    if index >= len(items) or items[index].low != "(":
        return index
    for at in range(index + 1, min(len(items), index + _LABEL_ITEMS)):
        if items[at].low == ")":
            return at + 1
        if items[at].kind not in ("word", "punct"):
            return index
    return index


# "“…,” DoubleLine Capital portfolio manager Bonnie Baha said": a firm's name and a role before a name.
_ROLE_WORDS_BEFORE_NAME = 5


def _past_role_words(items: list[Item], index: int) -> int:
    """ "“…,” campaign manager Ravi Molina told reporters on the bus ...": the mention after a few
    role words, when that is what follows the quotation; else `index`."""
    first = index
    if index + 1 < len(items) and items[index].kind == "mention" and not items[index].possessive:
        first += 1  # "“…,” Holt spokesperson Ron Lyle told ...": a name heading the role words
    at = first
    while at < len(items) and at - first < _ROLE_WORDS_BEFORE_NAME and items[at].kind == "word":
        low = items[at].low
        if low in NOT_BEFORE_INVERTED_SUBJECT or low in lx.SPEECH_VERBS or low in _COORDINATORS:
            return index
        at += 1
    if at > first and at < len(items) and items[at].kind == "mention" and _role_words(items[first:at]):
        return at
    return index


def _role_words(words: list[Item]) -> bool:
    """ "campaign manager", "Stoke manager", "Republican strategist": ends with a role noun."""
    return lx.is_role_head(words[-1].low) or words[-1].low in lx.PARTY_LABELS
