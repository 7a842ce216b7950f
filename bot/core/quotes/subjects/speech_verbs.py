"""Whether a word of saying is used as a verb ("said", "a report found", "the letter by X read"),
not as a noun ("his remarks", "a series of tweets").
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    AUTHOR_LINKS,
    COPULAS,
    HAVE,
    INDEFINITE_ARTICLES,
    ISSUING_PARTICIPLES,
    MODALS,
    NEVER_NOUN_SAYING,
    PASSIVE,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    RELATIVE_OPENERS,
    WRITING_WHEN_HEADS,
    WRITING_WHEN_WORDS,
    WRITINGS,
)
from bot.core.quotes.items import Item
from bot.core.quotes.marks import CLOSING_MARKS, OPENING_MARKS, SENTENCE_ENDS
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention
from bot.core.quotes.references import body_word
from bot.core.quotes.sources import (
    GROUP_PLACINGS,
    ORGANISATION,
    Source,
    source_after,
    source_before,
    time_phrase_words,
)
from bot.core.quotes.subjects.before_skips import carrying_on, clause_adverb, ly_adverb, plain_adverb
from bot.core.quotes.subjects.shared import (
    DETERMINERS,
    IRREGULAR_PAST,
    PEOPLE_PLURAL_ENDINGS,
    past_dating,
    past_in_ed,
    person_at,
    verb_like,
)

_PUT = frozenset(("put", "puts", "summed", "sums"))  # "as X put it", "as X summed it up"
_READ = frozenset(("read", "reads"))


def progressive(items: list[Item], index: int) -> bool:
    """ "is reporting", "are claiming", "is now reporting": a verb in -ing right after "is", "are",
    "was" or "were", or after one adverb of time or degree past it."""
    if index < 1 or not items[index].low.endswith("ing"):
        return False
    auxiliary = index - 1
    if auxiliary >= 1 and items[auxiliary].kind == "word" and progressive_adverb(items[auxiliary].low):
        auxiliary -= 1  # "the agency is now reporting that", "is also claiming"
    return items[auxiliary].low in COPULAS


def progressive_adverb(low: str) -> bool:
    """An adverb between "is" and its verb in -ing ("is now reporting", "is also claiming", "is
    repeatedly calling"); never an article or a noun ("is the reporting")."""
    return plain_adverb(low) or low in _PROGRESSIVE_TIME_ADVERBS


_PROGRESSIVE_TIME_ADVERBS = frozenset(("now", "still"))


# Verbs of saying whose -ing form is as often a noun ("his reporting"): speech only after "is".
_PROGRESSIVE_ONLY = frozenset(("reporting",))


_CHARGED = frozenset(("charged",))
BLAMING_ING = frozenset(
    "lambasting blasting slamming mocking ridiculing deriding excoriating castigating denouncing "
    "condemning decrying chastising criticizing criticising".split()
)
_WHO = frozenset(("who", "that"))
_TAUGHT = frozenset(("taught",))
_TAUGHT_ITEMS = 3  # "taught her grandchildren,"
_REFERRED = frozenset(("referred", "refers", "referring"))  # only "referred to X as"
_MENTIONED = frozenset(("mentioned", "mentions"))  # only before "that", as "charging"
_CHARGING = frozenset(("charges", "charging"))  # only before "that": "charges that", not "faces charges"
_CONTINUED = frozenset(("continued", "continues"))
# Words after "continued" telling how long something went on: "into the autumn", "well into".
_LASTING = frozenset("into until through throughout well unabated apace past for".split())
_PANNED = frozenset(("panned", "pans"))
_OFFERS = frozenset(("offers",))


_PANNED_AS_ITEMS = 5  # "panned the Senate health care proposal as": the thing panned, then "as"
# "is concerned that", "was worried that": a fear voiced; its subject stands before the copula.
FEARING = frozenset(("concerned", "worried", "adamant", "emphatic", "insistent"))
_INSISTENT = frozenset(("adamant", "emphatic", "insistent"))
_STANCE_PHRASE_ITEMS = 7  # "in his interview on Friday that"


def _that_within(items: list[Item], start: int, most: int) -> bool:
    """A "that" among the next few words from `start`, no mark of punctuation before it."""
    for item in items[start : start + most]:
        if item.low == "that":
            return True
        if item.kind not in ("word", "mention"):
            return False
    return False


_SAY = frozenset(("say", "says", "said", "saying"))


def _writing_noun(item: Item) -> bool:
    """A writing's noun, one or several: "the letter", "the ads", "the signs"."""
    return item.low in WRITINGS or any(form in WRITINGS for form in lx.singular_forms(item.low))


# Objects that make "say" an idiom of giving something up or greeting ("say goodbye to", "said no to").
_SET_PHRASE_OBJECTS = frozenset(("goodbye", "farewell", "hello"))


def _pronoun_before(items: list[Item], index: int) -> bool:
    """Whether a plural or first- or second-person pronoun stands right before `index`."""
    return index > 0 and items[index - 1].kind in ("word", "mention") and items[index - 1].low in _CALLERS


_CALLERS = frozenset("they we i you".split())


def is_speech_verb(items: list[Item], index: int) -> bool:
    """A verb of saying used as a verb ("said"), not a noun ("the claims", "his remarks")."""
    item = items[index]
    if item.kind == "word" and item.low in _PUT and _next_is(items, index, "it"):
        return True  # "as a Homeland Security memo put it"
    if item.kind == "word" and item.low in _PLURAL_PRESENT and _after_a_pair(items, index):
        return True  # "“…,” Petra Lund and Amos Keel write in the Gazette."
    if item.kind == "word" and item.low in _READ and index and _writing_noun(items[index - 1]):
        return True  # "the letter reads", "the article read", "the ads read": a writing's words
    if item.kind == "word" and item.low in _READ and writing_by(items, index - 1) is not None:
        return True  # "The statement from Dunmore read:"
    if item.kind == "word" and item.low in _READ and _writing_phrase_before(items, index):
        return True  # "A message to families from the head of the school, which he attends, read:"
    if item.kind == "word" and item.low in _READ and _inverted_before_writing(items, index):
        return True  # "“…,” read the email.": the writing after the verb speaks
    if item.kind == "word" and item.low in _RETORTS and _next_is(items, index, "back"):
        return True  # "“…,” Bennett shot back with a laugh", "X fired back:"
    if item.kind == "word" and item.low in _CUT and _next_is(items, index, "in") and _ends(items, index + 2):
        return True  # "Holt cut in: “…”", "“…,” Reyes broke in.": interrupting a speaker to speak
    if item.kind == "word" and item.low in _POINTED and _next_is(items, index, "out"):
        return True  # "as the Harbor Post pointed out, “…”", "Holt points out that “…”"
    if item.kind == "word" and item.low in _POINTED and _next_is(items, index, "to"):
        # "as Democrats pointed to a GOP “war on women”": a charge quoted right after what is pointed
        # to; never "pointed to the chart" with no quotation after it.
        return len(items) - index - 2 <= _POINTED_TO_ITEMS
    if (
        item.kind == "word"
        and item.low == "call"
        and _next_is(items, index, "for")
        and _pronoun_before(items, index)
    ):
        return True  # "Instead, they call for “…”": urging, as "called for" is (never "a phone call")
    if item.kind == "word" and item.low in _TALKED and _next_is(items, index, "about"):
        return True  # "Holt talked about continuing the “…”", "as he keeps talking about the “…”"
    if (
        item.kind == "word"
        and item.low in _SPOKE
        and _next_is(items, index, "of")
        and _subject_after_quote(items, index)
    ):
        return True  # "“To know the woman is to like the woman,” Ms. Lindqvist spoke of her predecessor"
    if item.kind == "word" and item.low in _FINDING_THAT and _next_is(items, index, "that"):
        return True  # "She found that the authority “has not met its burden”", "ruled that": a finding
    if item.kind == "word" and item.low in _FOUND and _found_after_quotation(items, index):
        return True  # "“…,” Brookings found.", "the institute found": a study's finding in its own words
    if item.kind == "word" and item.low in _HELD and _found_after_quotation(items, index):
        return items[index - 1].low in _COURTS  # "“…,” the court held.": a court's holding, in its words
    if item.kind == "word" and item.low in _OPENED and not _speech_follows(items, index + 1):
        # "“After seven years,” he began, “I will retire.”", "“…,” he began.": not "the meeting began
        # vowing"
        return _closes_quotation(items, index)
    if item.kind == "word" and item.low in FEARING and index and items[index - 1].low in COPULAS:
        # "Roger Hostetler, 62, is concerned that the leaders are both “kind of unstable ...”": a
        # fear voiced, as "worries that" is; "was adamant in his interview on Friday that": a stance
        # voiced, its "that" past a short phrase of where it was said.
        if item.low in _INSISTENT:
            return _that_within(items, index + 1, _STANCE_PHRASE_ITEMS)
        return _next_is(items, index, "that")
    if item.kind == "word" and item.low in _OFFERS:
        # "“…,” offers Haley Barbour", "Holt offers: “…”"; never "the program offers participants “…”".
        return _next_person(items, index) or (index > 0 and _person_item(items[index - 1]))
    if item.kind == "word" and item.low in _PANNED:
        # "FreedomWorks panned the proposal as “an amendment to ObamaCare”"; never "Mr. Obama's
        # widely panned showing in the first debate".
        return any(i.low == "as" for i in items[index + 1 : index + 1 + _PANNED_AS_ITEMS])
    if item.kind == "word" and item.low in _COMPARED:
        # "after he compared the city council to “vultures”": a likening in words quoted right after
        # its "to"; never "compared the plans to last year's".
        end = _before_first_likeness(items, index)
        after = items[index + 1 : end]
        return 0 < len(after) <= _PANNED_AS_ITEMS + 1 and after[-1].low == "to"
    if item.kind == "word" and item.low in _CHARGED:
        # "“…,” charged Sen. Dianne Feinstein", "Clinton charged that “…”"; never "charged with
        # “orchestrating a scheme …”" nor "Mueller has charged people in Trump's orbit".
        if _next_is(items, index, "with"):
            return False
        set_off = index > 0 and items[index - 1].low == ","  # "..., charged ranking member Feinstein"
        opening = all(i.kind == "punct" for i in items[:index])
        return _next_is(items, index, "that") or set_off or opening or _aside_after_subject(items, index)
    if item.kind == "word" and item.low in _CHARGING:
        # "..., charging that his former aide was “…”", "“…,” the indictment charges."
        return _next_is(items, index, "that") or (index > 0 and items[index - 1].low in WRITINGS)
    if item.kind == "word" and item.low in _TAUGHT:
        # "Her parents always taught her, “…”": a saying taught, the quotation a few words on after a
        # comma or colon; never "The school she taught at said".
        after = items[index + 1 : index + 1 + _TAUGHT_ITEMS + 1]
        return bool(after) and index + 1 + len(after) == len(items) and after[-1].low in (",", ":")
    if item.kind == "word" and item.low in BLAMING_ING:
        # "by chastising King and lambasting “the elite media ...”": blaming in words quoted right
        # after; never "by harshly criticizing President Obama", whom it names.
        # (The items before a quotation end on the verb the quotation follows.) So is one labelling
        # what it blames as the words quoted right after: "deriding the city of Brennock as “…”".
        return index + 1 == len(items) or items[index + 1].kind == "quote" or _blamed_as(items, index)
    if item.kind == "word" and item.low in _REFERRED and _next_is(items, index, "to"):
        # "Maddox has referred to him as “a leader who ...”", "scornfully referred to critics who
        # “sit in a dark room”"; never "referred to the committee".
        after = items[index + 2 : index + 2 + _PANNED_AS_ITEMS]
        described = bool(after) and after[-1].low in _WHO and index + 2 + len(after) == len(items)
        return described or any(i.low == "as" for i in after)
    if item.kind == "word" and item.low in _MENTIONED:
        # "Holloway, who mentioned that Governor Finch “…”"; never "the plan mentioned above".
        return _next_is(items, index, "that")
    if item.kind == "word" and item.low in _CONTINUED and _next_in(items, index, _LASTING):
        return False  # "talks in Moscow continued well into the campaign": went on, no speech
    if item.kind == "word" and item.low == "continued" and _describes_next(items, index):
        return False  # "it will experience continued economic disruption": an adjective
    if item.kind == "word" and index and _carried_on_base(items, index):
        return True  # "He went on to call Dorn “…”", "Holt continued to describe it as “…”"
    if item.kind == "word" and item.low in _CONTINUED and _next_is(items, index, "to"):
        return False  # "as the alliance continues to “push and push hard,” as Pryor put it": doing
    if item.kind == "word" and item.low == "written" and index and items[index - 1].low in HAVE:
        return True  # "as the historian Marilynn Johnson has written": a perfect of "wrote"
    if item.kind == "word" and item.low in _PROGRESSIVE_ONLY and progressive(items, index):
        return True  # "Harbor News is reporting that": a verb after "is" ("his reporting" is a noun)
    if item.kind == "word" and item.low in _PROGRESSIVE_ONLY and _set_off_before_that(items, index):
        return True  # "The Ledger spent a day with her, reporting that": a participle, its clause's
    if item.kind == "word" and _owned_and_described(items, index):
        return False  # "the president’s recent attacks were ...": a noun
    if item.kind == "word" and _determined_and_described(items, index):
        return False  # "in his first public remarks since leaving office": a noun
    if item.kind == "word" and _plural_noun_before_its_verb(items, index):
        return False  # "the attacks on Velmar border posts are part of ...": a plural noun, its verb next
    if item.kind == "word" and _plural_present(items, index):
        return True  # "the authors write", "“…,” the ministers state in the paper"
    if item.kind != "word" or item.low not in lx.SPEECH_VERBS:
        return False
    before = items[index - 1] if index else None
    if before is not None and before.possessive and item.low not in NEVER_NOUN_SAYING:
        return False  # "Reyes's tweets", "the mayor's statement": a noun ("Trader Joe's said": a verb)
    if before is not None and before.low in lx.PLATFORMS and index >= 2 and items[index - 2].possessive:
        return False  # "the president's Twitter posts", "Holt's Facebook post": a noun
    if before is not None and not before.cap and before.low in _NEWS_WORDS and item.low in _REPORTS:
        return False  # "Selin said the news reports “were greatly exaggerated”": a noun
    if _named_noun(items, index) or _noun_before_its_verb(items, index):
        return False
    if _described_plural(items, index) or _opening_adjective_plural(items, index):
        return False
    if _modified_participle(items, index):
        return False
    if item.low in _AGREED and index + 1 < len(items) and items[index + 1].low in _AGREED_TO:
        return False  # "the government agreed to make a payment of “…”": a deal, not speech
    if item.low in _SAY and index + 1 < len(items) and items[index + 1].low in _SET_PHRASE_OBJECTS:
        return False  # "while no region wants to say goodbye to factory jobs": an idiom, no speech
    if item.low in _NAMING_PARTICIPLES and index == len(items) - 1 and _set_off_participle(items, index):
        return False  # "the old ball park, frequently called “The House that Ruth Built.”": a name
    if item.low in _REDUCED_PARTICIPLES and _after_a_writing(items, index):
        return False  # "was more blunt in a tweet posted just after the vote:": the tweet's, no verb
    if item.low in _STATES and _next_is(items, index, "to"):
        return False  # "force states to adopt a single rule": the nation's states, not speech
    if item.low in _STATES and (
        _next_in(items, index, _PLACE_RELATIVES) or _after_described_place(items, index)
    ):
        return False  # "Members from rural states who are facing reelection": places, not speech
    if item.low in _STATES and _after_a_past_verb(before):
        return False  # "She nudged states, county offices and lenders to ...": the verb's object
    if item.low in _ACCUSED and _next_is(items, index, "of") and not _accuser_before(before):
        return False  # "three players accused of assault were victims of a “…”": done to them
    if before is not None and before.low == "after" and item.low in lx.PARTICIPLES:
        return True  # "was suspended after tweeting that people should “…”": a gerund, its subject's
    if before is not None and before.low in _QUANTIFIERS:
        return False  # "which franchises several brands": a plural noun counted, no verb
    return before is None or (before.low not in DETERMINERS and before.low not in _NOUN_PREPOSITIONS)


def _blamed_as(items: list[Item], index: int) -> bool:
    """ "deriding the city of Brennock as", "deriding the district that contains part of Baltimore
    as": the thing blamed, in plain words, then "as" closing the items right before the quotation
    that labels it."""
    after = items[index + 1 : index + 1 + _BLAMED_AS_ITEMS + 1]
    if len(after) < 2 or after[-1].low != "as" or index + 1 + len(after) != len(items):
        return False
    return all(item.kind in ("word", "mention") for item in after)


_BLAMED_AS_ITEMS = 10  # "the majority African American district that contains part of Baltimore"


def _set_off_before_that(items: list[Item], index: int) -> bool:
    """A word after a comma and before "that" (", reporting that"): a participle going on from its
    clause, never a noun ("his reporting that week")."""
    return index > 0 and items[index - 1].low == "," and _next_is(items, index, "that")


def _aside_after_subject(items: list[Item], index: int) -> bool:
    """ "Briggs and Delvane, meanwhile, the Harmon spokesman charged, used “…”": a verb between its
    subject and a comma, set in another clause as an aside; never a passive ("was charged, convicted")."""
    if not _next_is(items, index, ",") or index == 0:
        return False
    before = items[index - 1]
    return before.kind in ("word", "mention") and before.low not in PASSIVE


def _plural_noun_before_its_verb(items: list[Item], index: int) -> bool:
    """ "border posts are", "diplomatic posts last month were": a word in -s after a plain lower-case
    word and before a plural's finite verb (past a time) is a noun ("the ones State now says are “top
    secret”" is a verb)."""
    if not items[index].low.endswith("s") or index < 1:
        return False
    verb = index + 1 + time_phrase_words(items, index + 1)
    if verb >= len(items) or items[verb].low not in _PLURAL_FINITES:
        return False
    before = items[index - 1]
    if before.kind != "word" or before.cap or not before.low.isalpha():
        return False
    return not clause_adverb(before.low) and before.low not in _SUBJECT_PRONOUNS


# Finite verbs a plural subject takes, never the object of a verb of saying ("posts are", "claims were").
_PLURAL_FINITES = frozenset(("are", "were", "have"))
_SUBJECT_PRONOUNS = frozenset("he she it they we i you who that which".split())
_COMPARED = frozenset(("compared", "compares", "comparing"))


def _before_first_likeness(items: list[Item], verb: int) -> int:
    """ "compared the council to “vultures” and": where the first quoted likeness opens, when the
    items end on "and" after it (the quotation is the second likeness); else their end."""
    if len(items) - verb < _LIKENESS_ITEMS or items[-1].low not in ("and", "or"):
        return len(items)
    if items[-2].kind == "quote":
        return len(items) - 2
    if items[-2].low not in CLOSING_MARKS:
        return len(items)
    opening = next((j for j in range(len(items) - 3, verb, -1) if items[j].low in OPENING_MARKS), None)
    return opening if opening is not None and len(items) - opening <= _LIKENESS_ITEMS + 2 else len(items)


_LIKENESS_ITEMS = 4  # "to “vultures” and": the likeness quoted, its marks, "and"
_ACCUSED = frozenset(("accused",))  # a passive with its charge right after ("accused of")
_STATES = frozenset(("states",))  # a plural noun before "to" ("states to adopt"), never speech
_PLACE_RELATIVES = frozenset(("who", "where", "whose"))


def _after_a_past_verb(before: Item | None) -> bool:
    """A lower-case word in -ed right before: a verb whose object the word is ("nudged states"), or a
    participle describing it ("the affected states")."""
    return before is not None and before.kind == "word" and not before.cap and before.low.endswith("ed")


def _after_described_place(items: list[Item], index: int) -> bool:
    """ "from rural states", "in 20 states": a preposition and one describing word before the word."""
    if index < 2 or items[index - 2].low not in PLACE_PREPOSITIONS:
        return False
    described = items[index - 1]
    return described.kind == "word" and not described.cap


def _owned_and_described(items: list[Item], index: int) -> bool:
    """ "the president’s recent attacks", "Holt's latest remarks": an owner, one plain lower-case word
    describing, then the word: a noun the owner has, no verb."""
    if index < 2 or not items[index - 2].possessive or not items[index].low.endswith("s"):
        return False
    before = items[index - 1]
    if before.kind != "word" or before.cap or not before.low.isalpha() or before.low.endswith("ly"):
        return False
    # Not "Gowdy’s office says", "the ad’s narrator says", "Brisco's plan vows": the owner's office,
    # aide or writing speaks.
    speaking = lx.is_role_head(before.low) or before.low in lx.SOURCE_NOUNS or before.low in lx.ORG_WORDS
    return not (speaking or before.low in lx.DOCUMENT_NOUNS or before.low in WRITINGS)


def _determined_and_described(items: list[Item], index: int) -> bool:
    """ "in his first public remarks since leaving office": a possessive "his", "her", "its", "our"
    or "their", a plain lower-case word or two describing, then the word in -s: a noun they have, no
    verb (not "his former aide says" nor "their campaign states", whose aide or campaign speaks)."""
    if not items[index].low.endswith("s"):
        return False
    for owner in range(index - 1, max(0, index - 1 - _DESCRIBING_BEFORE_NOUN) - 1, -1):
        if items[owner].low in POSSESSIVE_DETERMINERS:
            return owner < index - 1  # "his remarks": the determiner's own rule below
        if not _plain_describing(items[owner]):
            return False
    return False


_DESCRIBING_BEFORE_NOUN = 2  # "first public"


def _plain_describing(item: Item) -> bool:
    """A plain lower-case word that may describe a noun of saying: no adverb in -ly, no person,
    source or body that would speak it (nor people: "his supporters notes")."""
    if item.kind != "word" or item.cap or not item.low.isalpha() or item.low.endswith("ly"):
        return False
    if item.low.endswith(PEOPLE_PLURAL_ENDINGS):
        return False
    speaking = lx.is_role_head(item.low) or item.low in lx.SOURCE_NOUNS or item.low in lx.ORG_WORDS
    return not (
        speaking or lx.is_person_noun(item.low) or item.low in lx.DOCUMENT_NOUNS or item.low in WRITINGS
    )


def _accuser_before(before: Item | None) -> bool:
    """ "which Trump has accused of “…”", "whom Holt accused of": a subject or a perfect's "has"
    before the verb, its object moved to the front: the verb is still active."""
    if before is None:
        return False
    return before.low in HAVE or before.kind == "mention"


def _described_plural(items: list[Item], index: int) -> bool:
    """ "sent a few benign posts", "several angry tweets": a word in -s after a quantifier and a
    describing word (no noun of a person or source, which would be the verb's subject: "a few
    officials posts") is a plural noun; after a determiner it may be a verb ("the plan states")."""
    if index < 2 or not items[index].low.endswith("s"):
        return False
    described, opener = items[index - 1], items[index - 2]
    if described.kind != "word" or described.cap or lx.is_person_noun(described.low):
        return False
    if described.low in lx.SOURCE_NOUNS or described.low in lx.ADVERBS:
        return False
    return opener.kind == "word" and opener.low in _QUANTIFIERS


# Words that count a plural noun after them ("several brands", "three reports").
_QUANTIFIERS = frozenset("few several many some two three four five".split())


def _opening_adjective_plural(items: list[Item], index: int) -> bool:
    """ "New reports about the ships “…”, harbor pilot Marta Velloso said": a word in -s right after an
    adjective of time opening the sentence is a plural noun, never a body "New" that reports."""
    if index < 1 or not items[index].low.endswith("s") or items[index - 1].low not in _TIME_ADJECTIVES:
        return False
    return index == 1 or items[index - 2].low in SENTENCE_ENDS


_TIME_ADJECTIVES = frozenset("new fresh recent latest early earlier later further".split())


def _set_off_participle(items: list[Item], index: int) -> bool:
    """ "..., frequently called", ", often called": a participle after an adverb opening a phrase set
    off by a comma after a noun, with no subject of its own (right before the quotation it names)."""
    at = index - 1
    adverb = at >= 2 and items[at].kind == "word"
    if not adverb or not (ly_adverb(items[at].low) or items[at].low in _NAMING_ADVERBS):
        return False  # "what Bay Buchanan, national treasurer for ..., called “…”": her apposition closes
    return items[at - 1].low == "," and items[at - 2].kind in ("word", "mention")


_NAMING_PARTICIPLES = frozenset(("called", "dubbed", "nicknamed", "labeled", "labelled", "branded"))
_NAMING_ADVERBS = frozenset(("often", "also", "sometimes", "once", "now", "still"))


def _after_a_writing(items: list[Item], index: int) -> bool:
    """ "in a tweet posted just after the vote": a participle right after a writing and its "a", a
    clause of its own about the writing."""
    if index < 2 or items[index - 1].kind != "word" or items[index - 1].low not in WRITINGS:
        return False
    return items[index - 2].low in INDEFINITE_ARTICLES


_REDUCED_PARTICIPLES = frozenset(("posted",))


def _describes_next(items: list[Item], index: int) -> bool:
    """Whether the word at `index` stands between a lower-case word and a plain lower-case one
    ("experience continued economic disruption"): it describes the noun after it, as no verb of
    saying would with its subject before it."""
    if index == 0 or index + 1 >= len(items):
        return False
    before, following = items[index - 1], items[index + 1]
    if before.kind != "word" or before.cap or before.low in _SUBJECT_WORDS or not before.low.isalpha():
        return False
    if following.kind != "word" or following.cap or not following.low.isalpha():
        return False
    plain = following.low not in lx.ADVERBS and following.low not in _AFTER_SAYING
    return plain and following.low not in DETERMINERS and not following.low.endswith(("ly", "ing"))


# Words that would be the subject of "continued" as a verb ("he continued", "which continued").
_SUBJECT_WORDS = frozenset("he she it they we i you who which that".split())
_AFTER_SAYING = frozenset(("that", "to", "on", "with", "by", "in", "for"))


def _carried_on_base(items: list[Item], index: int) -> bool:
    """ "went on to call", "continued to describe": the plain form of a verb of saying after a phrase
    carrying on the subject's talk (its past or present form is one: call -> called)."""
    low = items[index].low
    if carrying_on(items, index - 1) is None or low in lx.SPEECH_VERBS:
        return False
    if low == _TO_BLAME and index >= 2 and items[index - 2].low in COPULAS:
        return False  # "Democrats are to blame for focusing on “…”": at fault, not blaming anyone
    forms = (low + "ed", low + "d", low + "s", low + "es", low[:-1] + "ied")
    return any(form in lx.SPEECH_VERBS for form in forms)


_TO_BLAME = "blame"


def _plural_present(items: list[Item], index: int) -> bool:
    """ "the authors write", "critics argue", "they conclude": the plain present of a verb of saying
    right after a plural subject."""
    if items[index].low not in _PLAIN_PRESENTS or index == 0:
        return False
    return _plural_subject(items[index - 1]) or _plural_placed_before(items, index)


def _plural_placed_before(items: list[Item], verb: int) -> bool:
    """ "the other two judges on the panel write": a plural subject, then a short phrase placing it."""
    for placing in range(verb - 2, max(0, verb - _PLACED_PHRASE_ITEMS) - 1, -1):
        if items[placing].kind != "word":
            return False
        if items[placing].low in GROUP_PLACINGS:
            return placing > 0 and _plural_subject(items[placing - 1])
    return False


_PLACED_PHRASE_ITEMS = 4  # "on the appeals panel"


# Plain presents that only say: not "call", "describe", "praise" ... (a label's verbs: "Politicos
# call this the “expectations game”"), "agree" or "read".
_PLAIN_PRESENTS = frozenset(
    "write state argue note add warn explain insist claim conclude contend allege assert declare "
    "observe stress admit acknowledge predict suggest recall complain maintain reply respond joke "
    "lament".split()
)


def _plural_subject(item: Item) -> bool:
    """ "they", or a plural noun ("officials", "the Saudis"): a word in -s that is no function word,
    adverb or possessive ("his", "always", "its")."""
    if item.possessive or item.kind not in ("word", "mention"):
        return False
    if item.kind == "mention" and (item.mention is None or item.mention.kind in (PERSON, AMBIGUOUS)):
        return False  # "the Saudis", "Democrats": a body named in the plural; never a person's name
    low = item.low
    if low == "they":
        return True
    plural = low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS) and len(low) > _SHORTEST_PLURAL
    return plural and low not in lx.ADVERBS and low not in _NOT_PLURALS


_NOT_PLURAL_ENDINGS = ("ss", "us", "sis")  # "class", "bonus", "analysis"; not "Israelis"
_SHORTEST_PLURAL = 3  # "its", "has", "was" are no plural nouns
_NOT_PLURALS = frozenset(
    "this always perhaps sometimes besides unless whereas towards afterwards nevertheless".split()
)


def _inverted_before_writing(items: list[Item], index: int) -> bool:
    """ "“…,” read the statement, which ...": "read" right after a quotation, then a determiner and a
    writing's noun (a word or two between: "read the campaign's statement") is inverted speech."""
    if index and items[index - 1].kind not in ("punct", "quote"):
        return False
    if index + 1 < len(items) and items[index + 1].low == "another":
        # "“…,” one said. “…,” read another.": one more of the notes or cards just quoted
        return index + 2 == len(items) or items[index + 2].kind == "punct"
    if index + 2 >= len(items) or items[index + 1].low not in DETERMINERS | _ONE:
        return False
    plain = 0
    for at in range(index + 2, min(len(items), index + 3 + _WORDS_BEFORE_WRITING + _BODY_NAME_WORDS)):
        item = items[at]
        if body_word(item) or (item.kind == "word" and item.cap):
            continue  # "read a Democratic Congressional Campaign Committee email": a body's writing
        if item.kind != "word":
            return False
        if item.low in WRITINGS:
            return True
        plain += 1
        if plain > _WORDS_BEFORE_WRITING:
            return False
    return False


_WORDS_BEFORE_WRITING = 2
_BODY_NAME_WORDS = 5  # "a Democratic Congressional Campaign Committee email"
_ONE = frozenset(("one",))  # "“…,” read one sign."


def _modified_participle(items: list[Item], index: int) -> bool:
    """ "a swiftly called meeting", "the newly announced plan": after a determiner and an adverb in
    -ly, a participle describes the noun after it; no one says anything. A noun in -ly that speaks
    ("the family said", "his family added") is no adverb."""
    if index < 2:
        return False
    adverb, determiner = items[index - 1], items[index - 2]
    ly_adverb = adverb.low.endswith("ly") and adverb.low not in lx.SOURCE_NOUNS
    return adverb.kind == "word" and ly_adverb and determiner.low in DETERMINERS


def _speech_follows(items: list[Item], index: int) -> bool:
    """Whether the quoted words go on right after, past a comma or colon ("began, “…”"): a quote
    or the end of the words between two quotations."""
    while index < len(items) and items[index].kind == "punct" and items[index].low in (",", ":"):
        index += 1
    return index >= len(items) or items[index].kind == "quote"


def _closes_quotation(items: list[Item], index: int) -> bool:
    """ "“…,” he began.": a quotation, its subject and the verb, then the sentence's end (the words
    after a quotation start right after it, so the subject may open them)."""
    if not _ends_sentence(items, index) or index < 1 or items[index - 1].kind != "mention":
        return False
    return index == 1 or items[index - 2].kind == "quote"


def _ends_sentence(items: list[Item], index: int) -> bool:
    """Whether the item at `index` is the sentence's last word (a full stop or semicolon after it)."""
    return index + 1 >= len(items) or (items[index + 1].kind == "punct" and items[index + 1].low in ".;")


def _found_after_quotation(items: list[Item], index: int) -> bool:
    """ "“…,” Brookings found.", "“…,” the institute found.": right after a quotation, a short subject
    (no verb in it), then the verb closing the sentence or a tag set off by a comma."""
    return (
        _ends_clause(items, index) and _quoted_subject_start(items, index, _FOUND_SUBJECT_ITEMS) is not None
    )


def _ends_clause(items: list[Item], index: int) -> bool:
    """ "“…,” the researchers found.", "Among drivers who were “…,” the researchers found, nearly half
    ...": the sentence's last word, or the last of a tag set off by a comma inside the sentence."""
    return _ends_sentence(items, index) or (index + 1 < len(items) and items[index + 1].low == ",")


_FOUND_SUBJECT_ITEMS = 4  # "the Halden Policy Institute"


def _quoted_subject_start(items: list[Item], index: int, most: int, stops: bool = False) -> int | None:
    """Where a short subject (at most `most` items, no verb among them; with `stops`, an honorific's
    full stop too) right after a quotation, or opening the items, starts before the verb at `index`."""
    at = index - 1
    while (
        at >= 0
        and index - at <= most
        and (items[at].kind in ("word", "mention") or (stops and items[at].low == "."))
    ):
        word = items[at].kind == "word"
        if (
            word
            and (verb_like(items[at]) or items[at].low in lx.SPEECH_VERBS)
            and not _noun_after_article(items, at)
        ):
            return None
        at -= 1
    return at + 1 if at < index - 1 and (at < 0 or items[at].kind == "quote") else None


def _noun_after_article(items: list[Item], index: int) -> bool:
    """ "“…,” the researchers found": a plain word in -s right after "the" is a plural noun (the
    subject), never a verb, whatever its shape."""
    return index > 0 and items[index - 1].low in lx.ARTICLES and items[index].low.endswith("s")


def _subject_after_quote(items: list[Item], index: int) -> bool:
    """ "“…,” Ms. Lindqvist spoke of": right after a quotation (the items may open after it), a short
    subject (no verb in it) before the verb at `index`; not "It spoke of how producers should cast a
    “…”", a writing's words about what follows."""
    start = _quoted_subject_start(items, index, _FOUND_SUBJECT_ITEMS + 1, stops=True)
    return start is not None and not any(items[j].low in _THING_SUBJECTS for j in range(start, index))


_THING_SUBJECTS = frozenset("it this that which".split())  # "It spoke of how ...": a writing's


_AGREED = frozenset(("agreed", "agrees"))
# Verbs that open a speech only when the quoted words follow them at once ("he began, “…”").
_OPENED = frozenset(("began", "begins"))
_RETORTS = frozenset("shot shoots fired fires hit hits".split())  # before "back": a retort
# Before "in" and the clause's end: breaking into another's talk ("cut in half" is no speech).
_CUT = frozenset("cut cuts broke breaks butted butts".split())
_POINTED = frozenset(("pointed", "points", "point"))  # before "out": telling what is so
_POINTED_TO_ITEMS = 3  # "pointed to a GOP “…”": the words between "to" and the quotation
# before "about": speaking of what is quoted
_TALKED = frozenset("talked talks talking spoke speaks speaking".split())
_SPOKE = frozenset(("spoke", "speaks"))  # before "of": speaking of whom the words are about
# "the news reports", "media reports": a compound noun, not a subject and its verb.
_NEWS_WORDS = frozenset(("news", "media", "press"))
_REPORTS = frozenset(("reports", "report"))
# Before "that": a judge's or a report's finding.
# before "that": a finding, or a point conceded ("did allow that “…”")
_FINDING_THAT = frozenset("found finds ruled rules allowed allows allow".split())
_HELD = frozenset(("held", "holds"))
_COURTS = frozenset(
    "court courts judge judges justice justices panel majority opinion ruling decision".split()
)
_FOUND = frozenset(("found", "finds"))  # right after the quotation and its subject, closing the sentence
_AGREED_TO = frozenset(("to", "on", "upon"))


# Plural nouns that are also verbs of saying: "the Harbor attacks", "the Holt claims".
_PLURAL_NOUNS = frozenset(
    "attacks claims remarks comments threats warnings calls promises pledges vows demands "
    "questions answers replies responses".split()
)
_AFTER_NOUN = frozenset("of on in against by at and".split())


def _named_noun(items: list[Item], index: int) -> bool:
    """ "After the Harbor attacks, Holt ...": a plural noun after "the" and a capitalised word (a date
    between them too: "of the September 2012 Varna attacks:"), with a comma or a preposition after
    it, is no verb whose subject is "the Harbor"."""
    if items[index].low not in _PLURAL_NOUNS or index < 2:
        return False
    article = past_dating(items, index - 2)  # "the September 2012 Varna attacks"
    if items[article].low != "the":
        return False
    named = items[index - 1]
    if not (named.kind == "mention" or (named.kind == "word" and named.cap)):
        return False
    after = items[index + 1] if index + 1 < len(items) else None
    return after is None or after.kind == "punct" or after.low in _AFTER_NOUN


def _noun_before_its_verb(items: list[Item], index: int) -> bool:
    """ "Few coastal states signed the accord", "new insurance claims would sink": a word in -s after a
    plain lower-case word, with a verb in the past or a modal right after it, is a plural noun, that
    verb's subject; no verb of saying."""
    if index < 1 or not items[index].low.endswith("s") or index + 1 >= len(items):
        return False
    before, after = items[index - 1], items[index + 1]
    if before.kind != "word" or before.cap or before.low in lx.ADVERBS:
        return False
    past = after.low in IRREGULAR_PAST or past_in_ed(after.low) or after.low in MODALS
    return after.kind == "word" and not after.cap and past and after.low not in lx.SPEECH_VERBS


_FINDINGS = frozenset("report study survey audit review analysis investigation poll inquiry".split())
_FINDING_GAP = 4  # words between a writing and "found": "report released last year found"


def finding_writing(items: list[Item], index: int) -> int | None:
    """Where the report, study or audit is whose "found" at `index` is a verb of saying: a few plain
    words back, no name or punctuation between ("a police report found" is not "police found")."""
    if items[index].kind != "word" or items[index].low not in _FOUND:
        return None
    last = _before_dated_in(items, index - 1)
    for back in range(last, max(-1, last - 1 - _FINDING_GAP), -1):
        item = items[back]
        if item.low == ",":
            back = _before_issuing_aside(items, back)  # "The audit report, released by Sen. X, ..., found"
            item = items[back] if back >= 0 else item
            return back if back >= 0 and item.kind == "word" and item.low in _FINDINGS else None
        if item.kind != "word":
            return None
        if item.low in _FINDINGS:
            return back if back == 0 or items[back - 1].low not in _NOUN_PREPOSITIONS else None
    return None


def _before_dated_in(items: list[Item], at: int) -> int:
    """ "A Tillbury Commission report on county civil service in 2019 found": back from `at` over a
    date opened by "in", which tells when the writing was done and is no part of its topic; `at`
    itself where no such date ends there."""
    dated = past_dating(items, at)
    return dated - 1 if dated < at and dated > 0 and items[dated].low == "in" else at


def _before_issuing_aside(items: list[Item], closing: int) -> int:
    """The item before an aside in commas that opens with who issued a writing and closes at
    `closing` (", released by Sen. Marta Quillen, the Eastbrook Democrat,"); -1 when there is none."""
    for at in range(closing - 1, max(0, closing - _ISSUING_ASIDE_ITEMS), -1):
        if items[at].low == "," and items[at + 1].low in ISSUING_PARTICIPLES:
            return at - 1
    return -1


# ", released by Rep. X, the Republican who is giving up the reins at ..., at the end of this year,"
_ISSUING_ASIDE_ITEMS = 48


def finding_body(items: list[Item], index: int) -> Source | None:
    """ "In 2014, Pew found that “…”": an organisation right before "found that" (a survey's or a
    study's finding) speaks what it found, as its report would."""
    if items[index].kind != "word" or items[index].low not in _FOUND or index < 1:
        return None
    if index + 1 >= len(items) or items[index + 1].low != "that":
        return None
    body = source_before(items, index - 1)
    return body if body is not None and body.kind == ORGANISATION else None


def _writing_phrase_before(items: list[Item], index: int) -> bool:
    """ "A message to families from the head of the Harbor School, which Tom attends, read": a
    writing's noun, then phrases each opened by a preposition (and an aside in commas), right before
    "read": the writing's words, as "the letter read" is."""
    at = index - 1
    if at > 0 and items[at].low == ",":
        opening = next((j for j in range(at - 1, max(0, at - _ASIDE_ITEMS), -1) if items[j].low == ","), None)
        if opening is None or items[opening + 1].low not in _ASIDE_OPENERS:
            return False
        at = opening - 1
        if items[opening + 1].low in ISSUING_PARTICIPLES:
            # "His last post, written an hour before the blast, read:": the writing right before
            return at >= 0 and items[at].kind == "word" and not items[at].cap and items[at].low in WRITINGS
    for back in range(at, max(0, at - _WRITING_PHRASE_ITEMS), -1):
        item = items[back]
        if item.kind not in ("word", "mention") or item.low in lx.SPEECH_VERBS or item.low in _READ:
            return False
        if item.low in WRITINGS and back < at and not item.cap:
            return items[back + 1].low in _PHRASE_LINKS
    return False


_ASIDE_ITEMS = 8  # ", which Tom Holt attends,"
_ASIDE_OPENERS = RELATIVE_OPENERS | ISSUING_PARTICIPLES
_WRITING_PHRASE_ITEMS = 12  # "message to families from the head of the Harbor School"
_PHRASE_LINKS = frozenset("to from by".split())  # to its readers, from or by its writer


def _after_a_pair(items: list[Item], index: int) -> bool:
    """Whether two people joined by "and" stand right before `index` ("Lund and Keel")."""
    if index < 3 or items[index - 2].low != "and":
        return False
    return person_at(items, index - 1) is not None and person_at(items, index - 3) is not None


# A verb of saying's plain present after two people ("Lund and Keel write", "... argue").
_PLURAL_PRESENT = frozenset("write argue note add warn explain insist conclude contend".split())


def writing_by(items: list[Item], end: int) -> Mention | None:
    """The person of "a statement from X", "the letter by X" ending at `end`, if that is what ends there."""
    if end < 2 or items[end].kind != "mention" or items[end].possessive:
        return None  # "an email from Holt's campaign": the campaign's, not Holt's
    by = end - 1
    # "a court document filed by state attorney Dana Pruitt", "a tweet by Harbor Mayor Ann Lutz": role
    # words or a title after "by", a participle before.
    while by > end - 1 - _ROLE_WORDS_AFTER_BY and (
        _role_word_after_by(items[by]) or _modifies_role(items, by)
    ):
        by -= 1
    # "the translated statement attributed to Kim Kye Gwan": back at "attributed" ("to" is a role's word).
    if by < 1 or (items[by].low not in AUTHOR_LINKS and not _attributed_to(items, by)):
        return None
    writing = _past_when(items, by - 1)  # "a tweet on Monday by X", "a statement issued late Monday by X"
    if writing >= 2 and items[writing].low in _PLATFORMS and items[writing - 1].low == "on":
        writing -= 2  # "a Thursday post on Twitter by radio host X"
    if writing >= 1 and items[writing].low in _WRITING_PARTICIPLES:
        writing = _before_outlet(items, writing - 1)  # "an op-ed in The Gazette co-authored by X"
    named = items[end].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS) or items[writing].low not in WRITINGS:
        return None
    return named


_ROLE_WORDS_AFTER_BY = 5  # "by US Secretary of State X"


def _before_outlet(items: list[Item], end: int) -> int:
    """Where the writing's noun is before "in" and the outlet's name ending at `end` ("an op-ed in
    The Harbor Gazette"); else `end`."""
    at = end
    while at > end - _OUTLET_NAME_WORDS and at > 0 and (items[at].kind == "mention" or items[at].cap):
        at -= 1
    if at == end or items[at].low != "in" or at < 1:
        return end
    return at - 1


_OUTLET_NAME_WORDS = 4  # "The Harbor Gazette"
# Sites a writing is posted on, named between it and its author ("a post on Facebook by X").
_PLATFORMS = frozenset("twitter facebook instagram youtube tiktok linkedin reddit".split())
_WRITING_PARTICIPLES = frozenset(
    "filed signed issued released sent written posted published authored co-authored co-written".split()
)


def _modifies_role(items: list[Item], at: int) -> bool:
    """A plain lower-case word a word or two before a role's noun ("radio host", "radio talk-show
    host")."""
    item = items[at]
    plain = item.kind == "word" and not item.cap and item.low.replace("-", "").isalpha()
    if not plain or item.low in AUTHOR_LINKS:
        return False
    return any(
        i.kind == "word" and lx.is_role_head(i.low) for i in items[at + 1 : at + 1 + _ROLE_MODIFIER_REACH]
    )


_ROLE_MODIFIER_REACH = 2  # "radio talk-show host"


def _role_word_after_by(item: Item) -> bool:
    """A word of a role or title between "by" and the name: "state attorney", "Harbor Mayor", "US
    Secretary of State"."""
    low = item.low
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind not in (PERSON, AMBIGUOUS)  # a place's
    if item.kind != "word":
        return item.low == "."  # "from the Rev. Alma Jessup": an abbreviated title's stop
    if item.cap:
        return low not in AUTHOR_LINKS  # a title's or its place's words: "US Secretary of State"
    return low in ("of", "the") or lx.is_role_head(low) or low in lx.ROLE_MODIFIERS


def _past_when(items: list[Item], end: int) -> int:
    """Back from `end` over a phrase of when a writing came out ("on Monday", "late Monday", "last
    week", "released Monday"): the index before it, or `end` when no time is named there."""
    back = end
    while back > 0 and items[back].kind == "word" and items[back].low in _WHEN_WORDS:
        back -= 1
    named = any(items[at].low in WRITING_WHEN_HEADS for at in range(back + 1, end + 1))
    return back if named and items[back].low in WRITINGS else end


_WHEN_WORDS = WRITING_WHEN_WORDS | _WRITING_PARTICIPLES  # "filed Thursday by", "signed Monday by"


# After these a word of saying is a noun: "blamed hackers for attacks", "a series of tweets".
_NOUN_PREPOSITIONS = frozenset("for of on in with about after over against among during".split())


def _ends(items: list[Item], index: int) -> bool:
    """Nothing but punctuation or a quotation at `index`: the clause ends there."""
    return index >= len(items) or items[index].kind in ("punct", "quote")


def _next_is(items: list[Item], index: int, word: str) -> bool:
    """The item after `index` is `word` (the particle of "shot back", "pointed out", "put it")."""
    return index + 1 < len(items) and items[index + 1].low == word


def _person_item(item: Item) -> bool:
    return (
        item.kind == "mention"
        and item.mention is not None
        and item.mention.kind in (PERSON, AMBIGUOUS, PRONOUN)
    )


def _next_person(items: list[Item], index: int) -> bool:
    return index + 1 < len(items) and _person_item(items[index + 1])


def _next_in(items: list[Item], index: int, words: frozenset[str]) -> bool:
    """The item after `index` is one of `words`."""
    return index + 1 < len(items) and items[index + 1].low in words


def body_writing_after(items: list[Item], start: int) -> Source | None:
    """ "a report by the Harbor Times", "a new statement from the Harbor Board", "an article in Harbor
    Weekly": a determiner, a word or two of description and a writing's noun, then "by", "from" or "in"
    and an organisation, which speaks through it."""
    head = writing_head(items, start)
    if head is None:
        return None
    body = source_after(items, writing_link(items, head) + 1)
    return body if body is not None and body.kind == ORGANISATION else None


def writing_head(items: list[Item], start: int) -> int | None:
    """Where the writing's noun is in "a new statement from", "a June 28 report by", "an article in":
    a determiner at `start`, a few words describing or dating it, the noun, then "by", "from" or "in"."""
    if start >= len(items) or items[start].low not in DETERMINERS:
        return None
    for at in range(start + 1, min(len(items) - 2, start + _BODY_WRITING_WORDS + 1)):
        item = items[at]
        if _date_word(items, at):
            continue  # "a June 28 statement from the ACLU", "a Tuesday report by"
        if item.kind != "word" or item.cap:
            return None
        if item.low in WRITINGS:
            link = items[writing_link(items, at)]
            linked = link.low in _BODY_WRITING_LINKS or _attributed_to(items, at + 1)
            linked = linked or _written_by(items, at + 1)  # "an op-ed co-authored by X"
            return at if linked or _posted_on_platform_by(items, at + 1) else None
    return None


def _written_by(items: list[Item], at: int) -> bool:
    """Whether a participle of writing and "by" stand at `at` ("co-authored by", "written by")."""
    participle = at < len(items) - 1 and items[at].low in _WRITING_PARTICIPLES
    return participle and items[at + 1].low == "by"


def writing_link(items: list[Item], head: int) -> int:
    """Where the "by", "from" or "in" after a writing's noun at `head` is, past a short "of the call"
    saying what the writing is of ("a readout of the call from Trump's transition team"); else the
    item right after the noun."""
    at = head + 1
    if at + 2 >= len(items) or items[at].low != "of" or items[at + 1].low not in DETERMINERS:
        return at
    for end in range(at + 2, min(len(items) - 1, at + 2 + _TOPIC_WORDS)):
        if items[end].kind != "word" or items[end].cap:
            return at
        if items[end + 1].low in _BODY_WRITING_LINKS:
            return end + 1
    return at


_TOPIC_WORDS = 2  # "of the phone call"


_BODY_WRITING_WORDS = 3  # "a new annual report", "a June 28 statement"
_BODY_WRITING_LINKS = frozenset(("by", "from", "in"))
_ATTRIBUTED = "attributed"


def _posted_on_platform_by(items: list[Item], at: int) -> bool:
    """ "on Twitter by" at `at`: the site a writing was posted on, then its author."""
    words = [item.low for item in items[at : at + 3]]
    return len(words) == 3 and words[0] == "on" and words[1] in _PLATFORMS and words[2] == "by"


def _attributed_to(items: list[Item], at: int) -> bool:
    """ "attributed to" at `at`: a writing's link to its author, as "by" is."""
    return at + 1 < len(items) and items[at].low == _ATTRIBUTED and items[at + 1].low == "to"


def _date_word(items: list[Item], at: int) -> bool:
    """A weekday or month dating a writing, or the day's number after the month."""
    item = items[at]
    if item.low in lx.WEEKDAYS_MONTHS:
        return item.cap
    return item.low.isdigit() and items[at - 1].low in lx.MONTHS


def writer_after(items: list[Item], start: int) -> Mention | None:
    """ "a statement from Dunmore", "the campaign's statement by Dunmore": within a few words."""
    for end in range(start + 2, min(len(items), start + _WRITING_ITEMS)):
        if items[end].kind == "punct" and not (items[end].low == "." and items[end - 1].low in lx.HONORIFICS):
            return None  # the clause's end; not "the Rev." before the name
        named = writing_by(items, end)
        if named is not None:
            return named
    return None


_WRITING_ITEMS = 14  # "a tweet on Monday by US Secretary of State Mike Pompeo"
