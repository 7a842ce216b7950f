"""A quotation's speaker from the people of its sentence when no verb of saying names one: the sole
person before it, "Holt's claim that “…”", a trailing "he said", a quotation in a subordinate clause.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes import marks as qm
from bot.core.quotes.function_words import (
    ARTICLES,
    CHARACTERISING_BASES,
    CHARACTERISING_VERBS,
    CLAUSE_OPENERS,
    COPULAS,
    INDEFINITE_ARTICLES,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_GENDERS,
    PREPOSITIONS,
    SPEECH_NOUNS,
    is_negation,
)
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.quoted.shared import WORD, Context, Raw, is_partial, title_like
from bot.core.quotes.references import role_reference
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.sources import ORGANISATION, source_before
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS, past_subordinate_clause
from bot.core.quotes.subjects.shared import abbreviated_title_stop, past_dating, title_start


def trailing_teller(raw: Raw, left: list[attr.Item], context: Context, resolver: Resolver) -> int | None:
    """ "This makes it harder to dislodge misinformation, he said. Good information can still drive
    out bad, but only when “the truth is sexier than the lie.”": a partial quotation in a sentence
    naming no one goes on from the sentence before, when that one is reported speech ending on its
    teller (", he said.")."""
    if raw.first == 0 or any(i.kind == "mention" for i in left) or not is_partial(raw):
        return None
    sentence = raw.paragraph.sentences[raw.first - 1]
    if context.quotation_starts_in(sentence.start, sentence.end):
        return None
    items = [i for i in context.items(sentence.start, sentence.end) if i.low != "."]
    if len(items) < 4 or items[-3].low != "," or items[-2].kind != "mention":
        return None
    if items[-1].low not in lx.CORE_SPEECH_VERBS:
        return None
    teller = items[-2].mention
    if teller is None or teller.kind not in (PERSON, PRONOUN):
        return None
    return resolver.person(attr.Subject("person" if teller.kind == PERSON else "pronoun", teller))


def possessed_words(left: list[attr.Item], paragraph: int, quoted: str = "") -> attr.Subject | None:
    """ "ads using her comments before a House committee that “…”", "Holt's claim that “…”": the
    one whose words a possessed noun of speech, followed by "that", names speaks the quotation
    (`quoted`, its words, tells whether they go on with the clause)."""
    that = _before_set_off_comma(left)
    while that > len(left) - 1 - _CLAIM_CLAUSE_ITEMS and that > 0 and left[that].kind in ("word", "mention"):
        if _opens_words(left, that):
            break  # "Reyes’s claim that she “lied to voters”": the claim's subject before its words
        that -= 1
    if that < 2 or left[that].kind != "word" or not _opens_words(left, that):
        return None
    if _predicate_of_the_noun(left[that + 1 :], quoted):
        return None  # "the minister's declaration that the harbor is safe “is hollow”": said of it
    if left[that].low == "about" and any(i.low in _COPULAS for i in left[that + 1 :]):
        return None  # "Trump's comments about immigrants were “intolerable”": said of the comments
    if left[that].low == "to" and _predicate_after_infinitive(left[that + 1 :], quoted):
        return None  # "Brisk's call to add stricter rules to the bill “means maybe ...”": said of the call
    if left[that].low in _BEFORE_QUOTED_NOUN and not all(i.low in ARTICLES for i in left[that + 1 :]):
        return None  # "Holt's call for a single-payer “…” system": the noun's own words only
    if len(left) - 1 - that > _CLAIM_SUBJECT_ITEMS and not _plain_clause(left[that + 1 :]):
        return None  # a longer clause may hold a speaker of its own
    last = _before_aside(left, that)
    for at in range(last, max(0, last - _POSSESSED_REACH), -1):
        item = left[at]
        if item.kind == "punct" or item.kind == "quote":
            return None
        if at == last and _named_speaker_of_that(left, at):
            return None  # "Her remarks come weeks after Quist argued that": the "that" is Quist's
        if item.kind != "word" or item.low not in SPEECH_NOUNS:
            continue
        maker = _made_by(left, at + 1, that) or _issued_by(left, at)
        if maker is not None:
            return maker  # "a remark by Governor Ben Stroud in Cardell today that “…”"
        owner = left[_past_describing(left, past_dating(left, at - 1))]
        owning = owner_subject(owner, paragraph)
        if owning is not None:
            return owning
        if owner.kind == "mention" and owner.possessive and owner.mention.kind == NONPERSON:
            body = source_before(left, at - 1)  # "the Daily Courier's suggestion that she is running a “…”"
            return (
                attr.Subject("other", source=body) if body is not None and body.kind == ORGANISATION else None
            )
        if owner.kind == "word" and owner.possessive and lx.is_role_head(owner.low):
            # "including the mayor's claim that there were “…”": the one the role names
            return role_reference(left, past_dating(left, at - 1), backwards=True)
        return None
    return None


def _before_set_off_comma(left: list[attr.Item]) -> int:
    """ "assurances by the commissioner that, “…,” no well would be shut": the "that" before the comma
    setting the quotation off inside the clause it opens; else the last item."""
    last = len(left) - 1
    if last >= 1 and left[last].low == "," and left[last - 1].low == "that":
        return last - 1
    return last


def _past_describing(left: list[attr.Item], at: int) -> int:
    """Back over a describing word or two to the owner before them ("Delling's famous remark", "his
    oft-repeated pledge", "Renner's “extraordinary” claim"); `at` when no owner stands there."""
    words_end = _past_quoted_describing(left, at)
    back = words_end
    while words_end - back < _DESCRIBING_WORDS and back > 0 and _describing_word(left[back]):
        back -= 1
    owner = left[back]
    owned = owner.possessive or (owner.kind == "word" and owner.low in POSSESSIVE_GENDERS)
    return back if back < at and owned else at


_DESCRIBING_WORDS = 2


def _past_quoted_describing(left: list[attr.Item], at: int) -> int:
    """ "Dismissing Renner's “extraordinary” claim that": back from the closing mark at `at` over a
    describing word set in quotation marks (someone's word for the claim, not its maker) to the item
    before its opening mark; `at` when no such word stands there."""
    if at < _QUOTED_WORD_ITEMS or left[at].low not in qm.CLOSING_MARKS:
        return at
    if left[at - 2].low not in qm.OPENING_MARKS or not _describing_word(left[at - 1]):
        return at
    return at - _QUOTED_WORD_ITEMS


_QUOTED_WORD_ITEMS = 3  # the opening mark, the word and the closing mark


def _describing_word(item: attr.Item) -> bool:
    plain = item.low.replace("-", "").isalpha()  # "oft-repeated", never "12" (how many, not which)
    return (
        item.kind == "word"
        and plain
        and not item.cap
        and not item.possessive
        and item.low not in _NOT_DESCRIBING
    )


# Not "her economic plan promises": a document's noun heads a phrase of its own. Nor "her" itself
# ("including her startling assertion that"): the owner the walk back stops on.
_NOT_DESCRIBING = (
    ARTICLES
    | PREPOSITIONS
    | SPEECH_NOUNS
    | lx.DOCUMENT_NOUNS
    | POSSESSIVE_DETERMINERS
    | frozenset("and or but that".split())
)


def _predicate_of_the_noun(clause: list[attr.Item], quoted: str) -> bool:
    """Whether the quoted words open with a finite verb after a clause that has its own: they are
    what the sentence says of the noun of speech, not what the noun's owner said."""
    first = WORD.search(quoted)
    if first is None or first.group().casefold() not in _FINITE_VERBS:
        return False
    return any(item.kind == "word" and item.low in _FINITE_VERBS for item in clause)


def _predicate_after_infinitive(clause: list[attr.Item], quoted: str) -> bool:
    """Whether the quotation opens with a present verb in -s ("means", "shows") after the noun's
    infinitive phrase of a few words ("call to add stricter rules to the bill"): the quotation is the
    sentence's predicate, its subject the noun, not what the noun's owner said."""
    first = WORD.search(quoted)
    word = first.group() if first is not None else ""
    if len(clause) < _INFINITIVE_MIN_WORDS or not word.islower():
        return False
    present = len(word) > _SHORT_WORD and word.endswith("s") and not word.endswith("ss")
    return word in _FINITE_VERBS or present


_INFINITIVE_MIN_WORDS = 2  # "to add rules": the words after "to"
_SHORT_WORD = 3  # "is", "has", "was" are finite verbs; "bus" is no verb


_FINITE_VERBS = frozenset(
    "is was are were has have had will would can could does did remains "
    "isn't wasn't aren't weren't hasn't haven't won't wouldn't can't doesn't didn't "
    "isn’t wasn’t aren’t weren’t hasn’t haven’t won’t wouldn’t can’t doesn’t didn’t".split()
)


def possessed_aside(left: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "following up on Ingrid Sato's rebuke to him (“…”)": a quotation in parentheses right after a
    person's noun of speech (a word or two of whom it was to between) gives that person's words."""
    if len(left) < 3 or left[-1].low != "(":
        return None
    for at in range(len(left) - 2, max(0, len(left) - 2 - _ASIDE_NOUN_ITEMS), -1):
        if left[at].kind == "word" and left[at].low in SPEECH_NOUNS:
            return _words_owner(left[at - 1], paragraph, possessed=True)
        if left[at].kind not in ("word", "mention"):
            return None
    return None


_ASIDE_NOUN_ITEMS = 3  # "rebuke to him"


def possessed_casting(left: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "citing Governor Tull's recent efforts to cast the drought as “…”": a person's noun (a
    describing word or two before it), then "to", a verb of characterising, what it characterises
    and "as" right before the quotation: the quoted words are that person's characterisation."""
    end = len(left)
    while end and left[end - 1].low in qm.OPENING_MARKS:
        end -= 1
    if end and left[end - 1].low in ARTICLES:
        end -= 1
    if end < _CASTING_ITEMS or left[end - 1].low != "as":
        return None
    for at in range(end - 2, max(2, end - 2 - _CAST_OBJECT_ITEMS), -1):
        item = left[at]
        if item.kind not in ("word", "mention"):
            return None  # a clause's mark: the casting is not the quotation's
        if item.kind == "word" and item.low in _CASTING and left[at - 1].low == "to":
            if left[at - 2].kind != "word" or left[at - 2].possessive:
                return None
            return owner_subject(left[_past_describing(left, at - 3)], paragraph)
    return None


# The verbs by which someone sets a thing down as what the quoted words call it ("to cast the
# drought as “…”").
_CASTING = CHARACTERISING_BASES | frozenset(("cast", "frame", "depict"))
_CAST_OBJECT_ITEMS = 6  # "the drought", "the state's response to the storm"
_CASTING_ITEMS = 6  # "Tull's efforts to cast it as": the fewest items the wording takes


def owner_subject(owner: attr.Item, paragraph: int) -> attr.Subject | None:
    """The person an owner names ("Holt's", "Ms. Holt's") or the he or she "his" or "her" stands
    for, as the subject of the owned words; None for any other item."""
    if owner.kind == "mention" and owner.possessive and owner.mention.kind in (PERSON, AMBIGUOUS):
        return attr.Subject("person", owner.mention)
    if owner.kind == "word" and owner.low in POSSESSIVE_GENDERS:
        gender = POSSESSIVE_GENDERS[owner.low]
        return attr.Subject("pronoun", Mention(paragraph, owner.start, owner.end, PRONOUN, (), gender))
    return None


def _named_speaker_of_that(items: list[attr.Item], verb: int) -> bool:
    """Whether a person's name and a verb of saying (no noun of speech) stand right before "that"."""
    item, before = items[verb], items[verb - 1] if verb else None
    if item.kind != "word" or item.low not in lx.SPEECH_VERBS or item.low in SPEECH_NOUNS:
        return False
    return before is not None and before.kind == "mention" and before.mention.kind in (PERSON, AMBIGUOUS)


def _opens_words(items: list[attr.Item], at: int) -> bool:
    """ "that" opening what a noun of speech says, or "to" or "for" right after the noun ("Harrow's
    pledge to build a “tall, handsome fence”", "Holt's call for “a clean break”")."""
    low = items[at].low
    return low == "that" or (low in _AFTER_SPEECH_NOUN and items[at - 1].low in SPEECH_NOUNS)


# "for" takes the quoted words themselves, an article at most between ("call for “…”"); "to" takes
# an infinitive's clause ("pledge to build a “…”"). "of" is left out: "called Clinton's assertion
# of a “claim of right” ... “significant”" would hand the calling's words on to Clinton.
_BEFORE_QUOTED_NOUN = frozenset(("for",))
_AFTER_SPEECH_NOUN = _BEFORE_QUOTED_NOUN | {"to", "about"}  # "comment about farmers needing “…”"


_POSSESSED_REACH = 8  # "her comments before a special House Benghazi committee that"
_COPULAS = frozenset("is are was were be been".split())
_CLAIM_SUBJECT_ITEMS = 3  # "claim that the mayor", "claim that she"
_CLAIM_CLAUSE_ITEMS = 10  # "complaint that the audit of the parks office is a"


def _plain_clause(items: list[attr.Item]) -> bool:
    """A reported clause with no verb of saying and no person named in it (a he or she may be)."""
    for item in items:
        if item.kind == "word" and item.low in lx.SPEECH_VERBS:
            return False
        if item.kind == "mention" and item.mention.kind in (PERSON, AMBIGUOUS):
            return False
    return True


def _made_by(left: list[attr.Item], after: int, that: int) -> attr.Subject | None:
    """The person named right after "by" following a noun of speech, before its "that" ("a remark by
    Governor Ben Stroud in Cardell that"), titles between; else None."""
    if after >= that or left[after].low != "by":
        return None
    for item in left[after + 1 : that]:
        if item.kind == "mention":
            person = item.mention.kind in (PERSON, AMBIGUOUS) and not item.possessive
            return attr.Subject("person", item.mention) if person else None
        if not item.cap and not _describing_the_maker(item):
            return None  # "a remark by the ministry": no person right after "by"
    return None


def _describing_the_maker(item: attr.Item) -> bool:
    """An article, a plain describing word or a comma before the maker's name in apposition
    ("assurances by the water commissioner, Hollis Brandt, that")."""
    if item.kind == "punct":
        return item.low == ","
    return item.low in ARTICLES or _describing_word(item)


def _before_aside(left: list[attr.Item], that: int) -> int:
    """ "Greer's claim, in a post shortly after the election, that", "his conclusion, as set out in his
    written report, that", "assurances by the commissioner, Hollis Brandt, that": the item before an
    aside set off by commas, opening with a preposition or "as", or a name in apposition, right
    before "that"; else the item before "that"."""
    if left[that - 1].low != ",":
        return that - 1
    for at in range(that - 2, max(0, that - 2 - _ASIDE_ITEMS), -1):
        item = left[at]
        if item.kind == "punct":
            opening = left[at + 1]
            opens = opening.kind == "word" and opening.low in _ASIDE_OPENERS
            named = opening.kind == "mention" and at + 1 == that - 2
            return at - 1 if item.low == "," and (opens or named) else that - 1
    return that - 1


# "as" too: an aside telling where or how the words were put ("as articulated in his statement").
_ASIDE_OPENERS = PREPOSITIONS | frozenset(("as",))


_ASIDE_ITEMS = 10  # ", in a post shortly after the election,"


def _issued_by(left: list[attr.Item], noun: int) -> attr.Subject | None:
    """ "spokeswoman Dana Whitlock issued a statement that “…”", "Kuro had sent out a memo that": the
    person named right before a verb of putting out a writing (an article and a modifier before the
    noun) speaks it, whoever else the sentence names."""
    at = noun - 1
    if at > 0 and left[at].kind == "word" and not left[at].cap and left[at].low not in ARTICLES:
        at -= 1  # "a joint statement", "a brief memo"
    if at < 2 or left[at].low not in INDEFINITE_ARTICLES:
        return None
    at -= 1
    if left[at].low == "out":
        at -= 1  # "sent out", "put out"
    if left[at].kind != "word" or left[at].low not in _ISSUING_VERBS:
        return None
    at -= 1
    if at > 0 and left[at].low in _ISSUING_AUXILIARIES:
        at -= 1
    subject = left[at]
    if subject.kind != "mention" or subject.possessive or subject.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    return attr.Subject("person", subject.mention)


_ISSUING_VERBS = frozenset("issued released sent put posted tweeted published wrote".split())
_ISSUING_AUXILIARIES = frozenset("had has have also later then".split())


def possessed_lead_in(left: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "His verdict: “…”", "Her answer was simple: “…”", "Holt's message to the council was blunt:":
    a sentence opening with someone's noun of speech (a word or two before it: "His final answer")
    and ending in a colon, or "was" and a comma ("Benn's only reply was, “…”"), right before the
    quotation gives the possessor's words, as "In her words," does; not when the clause goes on to
    name another person ("His answer to Reyes:")."""
    end = len(left)
    while end and left[end - 1].kind == "punct" and left[end - 1].low in qm.ALL_OPENING_MARKS:
        end -= 1
    if end >= 3 and left[end - 1].low == "," and left[end - 2].low in _LEAD_IN_COPULAS:
        # "Benn's only reply was, “…”": the copula and comma do the colon's work; not "His reaction
        # was “understandably negative,” Collins said", the quotation a predicate
        end -= 1
    elif end < 3 or left[end - 1].low != ":":
        return None
    closing = _owned_noun_before_colon(left, end)
    if closing is not None:
        return closing
    noun = next(
        (j for j in range(1, min(end - 1, 2 + _LEAD_IN_MODIFIERS)) if left[j].low in _LEAD_IN_NOUNS), None
    )
    if noun is None or any(i.kind != "word" or i.cap for i in left[1:noun]):
        return None
    if any(
        i.kind == "quote" or (i.kind == "mention" and i.mention.kind != NONPERSON) for i in left[noun:end]
    ):
        return None
    if any(i.kind == "word" and (i.low in lx.SPEECH_VERBS or i.low in _READS) for i in left[noun + 1 : end]):
        return None  # "His latest message to the mayor reads:": the writing speaks, not its owner
    return _words_owner(left[0], paragraph, possessed=True)


def _owned_noun_before_colon(left: list[attr.Item], end: int) -> attr.Subject | None:
    """ "... best captured by Luntz’s opening question: “…”", "A prediction: The Greek fabulist Teodor
    Anzel’s old warning: “…”": a person's noun of speech (a word or two before it) after "by", or
    opening the words after a colon, right before the colon ending the words before the quotation."""
    if end < 3 or left[end - 1].low != ":" or left[end - 2].low not in _LEAD_IN_NOUNS:
        return None
    at = end - 3
    while at >= 0 and end - 3 - at < _LEAD_IN_MODIFIERS and left[at].kind == "word":
        at -= 1  # "his old warning", "Horace's Latin depiction"
    owner = left[at] if at >= 0 else None
    if owner is None or owner.kind != "mention" or not owner.possessive:
        return None
    # "captured by Luntz’s opening question:" gives his words; "responded to Lieu's comments:",
    # "said of Chaffetz's request:" and "pushing back on Trump's message:" answer them.
    before = title_start(left, at) - 1  # "by pollster Frank Luntz's"
    if before < 0 or (left[before].low != "by" and not _described_after_colon(left, before)):
        return None
    return attr.Subject("person", owner.mention) if owner.mention.kind in (PERSON, AMBIGUOUS) else None


def _described_after_colon(left: list[attr.Item], last: int) -> bool:
    """Whether the words ending at `last` before a name only describe it ("The Greek fabulist"), a
    colon before them: the name's phrase opens its words as a heading would ("A prediction: ...")."""
    at = last
    while at >= 0 and last - at < _ROLE_PHRASE_WORDS and _describing_a_name(left[at]):
        at -= 1
    return at >= 0 and left[at].low == ":"


def _describing_a_name(item: attr.Item) -> bool:
    """An article, a capitalised word or a plain describing word before a name."""
    return item.kind == "word" and (item.low in ARTICLES or item.cap or _describing_word(item))


_LEAD_IN_COPULAS = frozenset(("was", "is"))  # "His only reply was, “…”"
_READS = frozenset(("read", "reads"))
_LEAD_IN_MODIFIERS = 2  # "His final answer", "Her biggest applause line"
# Nouns of something said, a statement too ("His statement: “…,” The Guardian said"); not a plan, a
# slogan or a document, whose words may be no one's own.
_LEAD_IN_NOUNS = frozenset(
    "statement answer reply response retort verdict message advice explanation argument assessment "
    "prediction "
    "warning plea promise pledge vow conclusion reaction take comment comments remark remarks word words "
    "question request demand complaint boast joke line comeback pitch diagnosis reasoning rationale excuse "
    "apology instruction instructions tweet refrain mantra catchphrase".split()
)


def owned_noun_after(left: list[attr.Item], right: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "“Did anyone ever ask you to change the figures?” was one of her sharpest questions": a
    quotation opening its sentence as the subject of a copula, the sentence closing on someone's noun
    of speech ("her reply", "one of Holt's sharpest questions"), gives the owner's words."""
    words = [item for item in right if item.kind != "punct"]
    if left or len(words) < _OWNED_AFTER_ITEMS or words[0].low not in COPULAS:
        return None
    at = 1
    many = [item.low for item in words[1:3]] == ["one", "of"]
    if many:
        at = 3  # "one of her sharpest questions"
    noun = len(words) - 1
    if words[noun].kind != "word" or not _noun_of_saying(words[noun].low, many):
        return None
    if noun - at - 1 > _LEAD_IN_MODIFIERS or not all(_describing_word(i) for i in words[at + 1 : noun]):
        return None
    return owner_subject(words[at], paragraph)


_OWNED_AFTER_ITEMS = 3  # "was her reply"


def _noun_of_saying(low: str, many: bool) -> bool:
    """A noun of something said ("reply"), or after "one of" its plural ("questions")."""
    return low in _LEAD_IN_NOUNS or (many and low.removesuffix("s") in _LEAD_IN_NOUNS)


def in_words_of(left: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "In Holt's words, “…”", "because, in her own words, “…”", "In the words of Tom Reyes: “…”": the
    person whose words the phrase right before the quotation names speaks it."""
    end = len(left)
    while end and left[end - 1].kind == "punct" and left[end - 1].low in _WORDS_PUNCT:
        end -= 1
    end = _before_who_clause(left, end)  # "in the words of Carl Nyquist, who went further:"
    if end >= 4 and left[end - 1].kind == "mention":
        of = end - 1
        while of > end - 1 - _TITLE_WORDS and of > 0 and _title_word(left[of - 1]):
            of -= 1  # "in the words of Clinton friend and fundraiser Robert Zimmerman": a title
        if of >= 3 and [i.low for i in left[of - 3 : of]] == _OF_WORDS:
            opened = of >= 4 and left[of - 4].low == "in"  # "in the words of Tom Reyes"
            return _words_owner(left[end - 1], paragraph, possessed=False) if opened else None
        if _to_quote_before(left, end - 1):
            return _words_owner(left[end - 1], paragraph, possessed=False)
    owner = _owner_of_words(left, end)
    if owner is None or owner < 1 or left[owner - 1].low != "in":
        return None
    return _words_owner(left[owner], paragraph, possessed=True)


def _to_quote_before(items: list[attr.Item], name: int) -> bool:
    """ "How do you fight, to quote the poet Hanna Lindqvist, “…”": "to quote" a few title words
    before the name, the phrase opening at a comma or the sentence's start."""
    at = name
    while (
        at > 0 and name - at < _TITLE_WORDS and items[at - 1].kind == "word" and items[at - 1].low != "quote"
    ):
        at -= 1
    if at < 2 or items[at - 1].low != "quote" or items[at - 2].low != "to":
        return False
    return at == 2 or items[at - 3].low == ","


def in_words_after(right: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "“…,” in spokesman Dario Fenn's words.": the words' owner named right after the quotation,
    titles between, closing the sentence."""
    words = [item for item in right if not (item.kind == "punct" and item.low in _WORDS_PUNCT)]
    if len(words) < 3 or words[0].low != "in":
        return None
    end = next((j for j, item in enumerate(words) if item.kind == "punct"), len(words))
    if end < len(words) and words[end].low not in _SENTENCE_ENDS:
        return None
    owner = _owner_of_words(words, end)
    if owner is None or owner < 1 or any(item.kind != "word" for item in words[1:owner]):
        return None  # "in spokesman Dario Fenn's words": title words only before the name
    return _words_owner(words[owner], paragraph, possessed=True)


def _owner_of_words(items: list[attr.Item], end: int) -> int | None:
    """The index of the owner in "X's words" or "her own words" ending `items[:end]`, else None."""
    if end < 3 or items[end - 1].low != "words":
        return None
    return end - 2 if items[end - 2].low != "own" else end - 3


_SENTENCE_ENDS = frozenset(".;")


def _before_who_clause(left: list[attr.Item], end: int) -> int:
    """Where a ", who ..." clause after a name ends `left[:end]` opens (at the comma), else `end`."""
    for at in range(end - 1, max(0, end - _WHO_CLAUSE_ITEMS) - 1, -1):
        item = left[at]
        if item.kind in ("quote", "mention"):
            return end
        if item.low == "who" and at >= 2 and left[at - 1].low == "," and left[at - 2].kind == "mention":
            return at - 1
    return end


_WHO_CLAUSE_ITEMS = 8  # ", who went further"
_TITLE_WORDS = 5  # "Clinton friend and fundraiser"


def _title_word(item: attr.Item) -> bool:
    """A word, or a name modifying the next ("Clinton friend"), of a title before a name."""
    if item.kind == "mention":
        return not item.possessive
    return item.kind == "word" and item.low != "of"


def _words_owner(owner: attr.Item, paragraph: int, possessed: bool) -> attr.Subject | None:
    named = owner.kind == "mention" and owner.possessive == possessed
    if named and owner.mention.kind in (PERSON, AMBIGUOUS):
        return attr.Subject("person", owner.mention)
    if possessed and owner.kind == "word" and owner.low in POSSESSIVE_GENDERS:
        gender = POSSESSIVE_GENDERS[owner.low]
        return attr.Subject("pronoun", Mention(paragraph, owner.start, owner.end, PRONOUN, (), gender))
    return None


_WORDS_PUNCT = frozenset(",:")
_OF_WORDS = ["the", "words", "of"]


def possessed_quoted_noun(
    left: list[attr.Item], right: list[attr.Item], paragraph: int
) -> attr.Subject | None:
    """ "Minister Hal Ruston's “winter of iron and smoke” remarks alarmed the envoys": the person
    named right before the opening mark of words a noun of speech right after the closing mark
    names. Not "his “law and order” message": a his or her there too often means someone else."""
    if not left or not right or right[0].kind != "word" or right[0].low not in SPEECH_NOUNS:
        return None
    owner = left[-1]
    if len(left) > 1 and _describing(owner):
        owner = left[-2]  # "Mara Lint's famous “bag of old tricks” comment"
    return _words_owner(owner, paragraph, possessed=True) if owner.kind == "mention" else None


def _describing(item: attr.Item) -> bool:
    """A plain lower-case word, no verb of saying, between an owner and the words: "famous"."""
    return item.kind == "word" and not item.cap and item.low.isalpha() and item.low not in lx.SPEECH_VERBS


def words_from(left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """ "Hale vowed to go on despite a call for him to “pause for thought” from Ann Ross.": words a
    noun of asking or warning holds, with "from" and a person ending the sentence, are that
    person's, not the sentence's subject's; so are words given as a thing, "a" right before them
    ("drew a handshake and a “Good job, Mara” from the governor as he stepped up")."""
    if len(right) < 2 or right[0].kind != "word" or right[0].low != "from":
        return None
    given = bool(left) and left[-1].kind == "word" and left[-1].low in INDEFINITE_ARTICLES
    named = right[1]
    if given and named.kind == "word" and named.low == "the":
        return _giver_role(right)
    if named.kind != "mention" or named.possessive or named.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    if given:
        return attr.Subject("person", named.mention)
    if len(right) > 2 and right[2].kind != "punct":
        return None  # "a plea to “…” from Ross's office": the words go on past the name
    for item in reversed(left[-_CALL_REACH:]):
        if item.kind in ("punct", "quote"):
            return None
        if item.kind == "word" and item.low in _CALL_NOUNS:
            return attr.Subject("person", named.mention)
    return None


def _giver_role(right: list[attr.Item]) -> attr.Subject | None:
    """The role after "from the" ("from the governor as he stepped up"), read alone."""
    end = next(
        (j for j in range(2, len(right)) if right[j].kind != "word" or right[j].low in CLAUSE_OPENERS), None
    )
    return role_reference(right[:end], 1, backwards=False)


_CALL_REACH = 5  # "a call for him to", "a warning not to"
# Not "demand" or "request": "a demand for “a full apology” from Ann Ross" is made of Ross, not by her.
_CALL_NOUNS = frozenset("call calls plea pleas appeal appeals warning warnings urging".split())


def sole_person_before(
    raw: Raw, left: list[attr.Item], right: list[attr.Item], resolver: Resolver
) -> int | None:
    """ "Immediately after the attacks, Holt issued a statement, “…”", "Holt used the question to demand
    towns “…”": with no verb of saying, the one person the quotation's sentence names, before it and
    as the subject of a verb, speaks it; not a title, nor words someone else's writing holds."""
    if title_like(raw) or len(WORD.findall(qm.inner_text(raw.paragraph.text, raw.span))) < 2:
        return None
    items = [*left, *right]
    named = [i for i in items if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS, PRONOUN)]
    places = {id(item): j for j, item in enumerate(left)}  # once per sentence, not once per name
    if named:
        named = [named[0], *(i for i in named[1:] if not _characterised(left, places.get(id(i)), i))]
    if len(named) != 1 or named[0].possessive or named[0].mention.kind == PRONOUN:
        return None
    at = next((j for j, item in enumerate(left) if item is named[0]), None)
    if at is None or at + 1 >= len(left) or not _opens_clause(left, at):
        return None
    verb = _past_bracket(left, at + 1)  # "Rep. Nadia Olusola (D-Millbrook), ..."
    if verb >= len(left):
        return None
    if left[verb].low == "," and verb + 1 < len(left) and left[verb + 1].low in ARTICLES:
        # "Rep. Nadia Olusola, the ranking member of the panel, also took to Twitter to say": past it.
        verb = next((j + 1 for j in range(verb + 2, len(left)) if left[j].low == ","), len(left))
    elif left[verb].low == "," and verb + 1 < len(left) and left[verb + 1].low == "who":
        # "O'Malley, who signed the gun laws as governor, interjected to say: “…”": past the clause.
        verb = next((j + 1 for j in range(verb + 2, len(left)) if left[j].low == ","), len(left))
    elif left[verb].low == "," and at >= 1 and left[at - 1].low == ",":
        verb += 1  # "The editor, Tim Greer, interrupted me to announce, “…”": past the apposition
    if any(i.kind == "quote" or i.low in attr.OTHER_VOICE for i in [*left[verb:], *right]):
        return None
    if verb >= len(left) or left[verb].kind != "word" or left[verb].cap or attr.is_passive(left, verb):
        return None
    if lx.is_role_head(left[verb].low):
        return None  # "Another former Baxter aide took it further": the aide's words, not Baxter's
    if attr.is_copula(left, verb):
        return None  # "Holt was for years “the unofficial mayor ...”": a label for her, not her words
    if any(i.kind == "word" and is_negation(i.low) for i in left[verb : verb + _NEGATION_REACH]):
        return None  # "Brandt has not used the words “…”", "Holt never issued a statement": nothing said
    if any(i.kind == "quote" for i in left[:verb]):
        return None
    return resolver.person(attr.Subject("person", named[0].mention))


_NEGATION_REACH = 3  # "has not", "has still not", "hasn't"


def viewpoint_holder(raw: Raw, left: list[attr.Item], resolver: Resolver) -> int | None:
    """ "To former treasurer Ada Krell, the scheme was “a shell game ...”": the person a sentence
    opens with "to", a comma closing the phrase, gives the view its partial quotation words, when
    no one else is named before it."""
    if not is_partial(raw) or len(left) < _VIEWPOINT_ITEMS or left[0].low != "to":
        return None
    at = 1
    while at < len(left) and at <= _ROLE_PHRASE_WORDS and left[at].kind == "word":
        at += 1  # "To former national security adviser John Bolton"
    if at + 1 >= len(left) or left[at].kind != "mention" or left[at + 1].low != ",":
        return None
    if at > 1 and not _viewpoint_title(left[at - 1]):
        return None  # "To make matters worse for Ada Krell, ...": no title before the name
    holder = left[at]
    if holder.possessive or holder.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    if any(i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS, PRONOUN) for i in left[at + 1 :]):
        return None
    return resolver.person(attr.Subject("person", holder.mention))


_VIEWPOINT_ITEMS = 4  # "To", a name, a comma and a word of the clause


# Words opening a participle's clause ("While calling it “…,” ...", "After saying “…,” ...").
_BEFORE_PARTICIPLE = frozenset(("while", "after", "before", "when", "by", "in"))


def fronted_participle_subject(
    raw: Raw, left: list[attr.Item], right: list[attr.Item], resolver: Resolver
) -> int | None:
    """ "Declaring that the nation faces “a new age of rivalry,” President Clara Ment sketched a
    plan": a sentence opening with a participle of saying ("While calling it ..." too), its
    quotation inside that clause, is the words of the subject the comma closing the clause brings
    in (a person or a he or she)."""
    opener = 1 if left and left[0].low in _BEFORE_PARTICIPLE else 0  # "While calling it “…,” Vandam"
    if len(left) <= opener or left[opener].low not in lx.PARTICIPLES or any(i.low == "," for i in left):
        return None
    if any(i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS, PRONOUN) for i in left):
        return None  # "Calling Holt “a liar,” Reyes ...": a person inside the clause may be its teller
    start = _after_clause_comma(raw, right)
    if start is None or any(i.kind in ("mention", "quote") for i in right[:start]):
        return None
    at = start
    while at < len(right) and at - start < _ROLE_PHRASE_WORDS and _title_part(right, at):
        at += 1  # "President Clara Ment", "former Mayor Tom Hale", "Gov. Ilse Vandam"
    if at >= len(right) or right[at].kind != "mention" or right[at].possessive:
        return None
    subject = right[at].mention
    if subject is None or subject.kind not in (PERSON, AMBIGUOUS, PRONOUN):
        return None
    return resolver.person(attr.Subject("pronoun" if subject.kind == PRONOUN else "person", subject))


def _after_clause_comma(raw: Raw, right: list[attr.Item]) -> int | None:
    """Where the words after the comma closing the quotation's clause start in `right`: at once when
    the comma is inside the closing mark ("“… rivalry,” President Clara Ment"), else after the first
    comma; None when there is none."""
    if raw.paragraph.text[raw.span.end - 1] == ",":
        return 0
    comma = next((at for at, item in enumerate(right) if item.low == ","), None)
    return None if comma is None else comma + 1


def _viewpoint_title(item: attr.Item) -> bool:
    """A capitalised word or a role noun right before the name ("... security adviser John Bolton")."""
    return item.kind == "word" and (item.cap or lx.is_role_head(item.low))


def _title_part(items: list[attr.Item], at: int) -> bool:
    return _viewpoint_title(items[at]) or abbreviated_title_stop(items, at)


def _past_bracket(items: list[attr.Item], at: int) -> int:
    """Past a parenthesis opening at `at` ("(D-Millbrook)"), else `at`."""
    if at >= len(items) or items[at].low != "(":
        return at
    return next((j + 1 for j in range(at + 1, len(items)) if items[j].low == ")"), at)


def _characterised(items: list[attr.Item], at: int | None, person: attr.Item) -> bool:
    """ "referred to Ruiz as", "called Reed", "thanked Dunn for": a person (items[at], None when not
    among them) the subject's verb of characterising takes as its object, who says nothing."""
    if at is None or at < 1 or person.possessive:
        return False
    verb = at - 1
    if items[verb].low in _TO and verb >= 1:
        verb -= 1  # "referred to Ruiz", "compared himself to Holt"
    if items[verb].kind != "word":
        return False
    # "took to Twitter to call Ruiz “…”": the infinitive after "to".
    infinitive = verb >= 1 and items[verb - 1].low in _TO and items[verb].low in CHARACTERISING_BASES
    return items[verb].low in CHARACTERISING_VERBS or infinitive


_TO = frozenset(("to",))


def _opens_clause(items: list[attr.Item], at: int) -> bool:
    """The name at `at`, with the title or role words before it ("President Dunn", "Republican
    presidential candidate Tom Reyes"), opens a clause: first, or after a comma or dash, a
    possessive or a conjunction; not an object ("going after Reyes as “…”", "the Van Dorn shooting")."""
    role = False
    while at > 0 and _title_item(items[at - 1]):
        at -= 1
        role = role or lx.is_role_head(items[at].low)
    reach = at - _ROLE_PHRASE_WORDS
    while (
        role and at > max(0, reach) and items[at - 1].kind != "punct" and items[at - 1].low not in _NOT_ROLE
    ):
        at -= 1  # "Republican presidential candidate Tom Reyes", "former TV network anchor X"
    if at == 0:
        return True
    before = items[at - 1]
    if before.possessive:
        return True  # "As Harbor Polls’ Dana Byrne pointed out"
    if before.kind == "punct":
        return before.low in _CLAUSE_PUNCT
    return before.kind == "word" and before.low in _CLAUSE_OPENERS


def _title_item(item: attr.Item) -> bool:
    """A capitalised word, an abbreviation's full stop or a role word, in a name's title."""
    if item.kind == "mention":
        return item.mention.kind == NONPERSON  # "Fox Business moderator Gerald Bane"
    if item.kind != "word":
        return item.kind == "punct" and item.low == "."
    if item.low in ARTICLES:
        return False  # "the Van Dorn shooting", "a Holt campaign memo": a name as a modifier
    return item.cap or lx.is_role_head(item.low) or item.low in lx.ROLE_MODIFIERS


_ROLE_PHRASE_WORDS = 5
_CLAUSE_PUNCT = frozenset(",;:—–-(.’'")  # and a plural possessive's apostrophe
# Fewer than function_words.CLAUSE_OPENERS: after "after", "if" or "or" the name is too often an object
# ("going after Reyes as “…”"); the wider set gives a quotation to such a name.
_CLAUSE_OPENERS = frozenset("and but then so as when while though although because since once".split())
_NOT_ROLE = ARTICLES | _CLAUSE_OPENERS


def subordinate_speaker(left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """ "As Holt condemned the “…,” Dorn said officers would patrol": a quotation inside a clause
    opened by "as/while/after ..." is the words of that clause's speaker, not of the main clause's;
    an inverted "said X" right after it is still its attribution ("When Reyes said ..., he “…,”
    said Drew Hastings")."""
    if not left or left[0].kind != "word" or left[0].low not in _SUBORDINATORS:
        return None
    verb = next((j for j, i in enumerate(right) if i.kind != "punct"), None)
    if verb is not None and attr.is_speech_verb(right, verb):
        return None
    main = past_subordinate_clause(left)
    opened = main and any(item.kind in ("mention", "word") for item in left[main:])
    if opened and attr.immediate_event(right) is not None:
        # "When auditors asked, Holt responded “…,” prosecutors alleged", "When Tolle told everyone
        # ..., people “laughed,” an aide said": the clause closed before the quotation, a main clause
        # opened, and the attribution right after the quotation tells whose words they are ("When
        # Holt said, “No,” Dorn replied" is still Holt's).
        return None
    events = attr.main_clause_events(left, attr.events(left))
    found = [(verb, s) for verb, s in events if not attr.aside(left, verb, s)]
    if not found:
        return None
    verb, subject = found[-1]
    # "When someone in the audience shouted, “Cruz,” Beck joked": an unnamed source's words too, when
    # its verb introduces the quotation ("After the news broke, the star posted a message: “…”" is
    # the star's own, the main clause's).
    introduced = all(item.kind == "punct" for item in left[verb + 1 :])
    unnamed = subject.source is not None and introduced
    return subject if subject.kind in ("person", "pronoun") or unnamed else None


# An "if" clause is left out: what it quotes is supposed, not said ("If Holt called it “…”, ...").
_SUBORDINATORS = SUBORDINATE_OPENERS - {"if"}
