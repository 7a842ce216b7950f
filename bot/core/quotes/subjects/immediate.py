"""A verb of saying right after a quotation (`immediate_event`): “…,” X said, “…,” X, the role,
said, “…,” said X, “…?” Holt pressed.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    AFFILIATION_CONNECTORS,
    AFFILIATION_WORDS,
    ARTICLES,
    ASKED,
    COPULAS,
    HEARSAY_ADVERBS,
    ISSUING_PARTICIPLES,
    PREPOSITIONS,
    QUOTING_VERBS,
    SPEECH_NOUNS,
    WRITINGS,
)
from bot.core.quotes.items import NOT_BEFORE_INVERTED_SUBJECT, Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON
from bot.core.quotes.references import body_word
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    UNNAMED,
    Source,
    abbreviation_stop,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.after import subject_after
from bot.core.quotes.subjects.before import subject_before
from bot.core.quotes.subjects.before_skips import GO_ON, ly_adverb
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS
from bot.core.quotes.subjects.shared import (
    COORDINATORS,
    abbreviated_title_stop,
    honorific_at,
    office_of,
    past_in_ed,
    plural_apostrophe,
    role_words,
    speaking_noun,
    subject_of,
)
from bot.core.quotes.subjects.speech_verbs import is_speech_verb


def _past_completing_words(items: list[Item], index: int) -> int:
    """Past a lower-case word or two finishing the quoted sentence and the comma after them, before an
    inverted verb of saying ("“If workers don't go, the north will suffer” financially, said Lund");
    else `index`."""
    for comma in range(index + 1, min(len(items) - 1, index + 1 + _COMPLETING_WORDS)):
        if items[comma].low != ",":
            continue
        words = items[index:comma]
        plain = all(i.kind == "word" and not i.cap and i.low not in lx.SPEECH_VERBS for i in words)
        verb = items[comma + 1]
        return comma + 1 if plain and not verb.cap and is_speech_verb(items, comma + 1) else index
    return index


_COMPLETING_WORDS = 2  # "financially", "for now"


def immediate_event(items: list[Item], bare: bool = True, punctuated: bool = True) -> Subject | None:
    """`“…,” X said`, `“…,” X, the role, said` or `“…,” said X`: a verb of saying right after the quote;
    with `bare` (the items follow the quotation itself), `“…?” X pressed.` too, unless the quotation
    closes on no punctuation of its own (not `punctuated`): "saluted “the extraordinary campaign”
    Sanders mounted" names what Sanders did, not who spoke."""
    index = 0
    while index < len(items) and items[index].kind == "punct" and items[index].low in ",—–-":
        index += 1
    if index >= len(items) or _words_judged(items, index):
        return None
    if bare:
        index = _past_completing_words(items, index)  # "“…” financially, said analyst Petra Lund"
    if items[index].low in _SO and index + 1 < len(items) and is_speech_verb(items, index + 1):
        index += 1  # "“…,” so reads a headline at the Gazette": the inverted verb after "so"
    labelled = None
    if bare:
        labelled = (
            _copular_label(items, index) or _copular_owned_label(items, index) or _the_way_put(items, index)
        )
    if labelled is not None:
        return labelled  # "“Stay calm” was the advice from Ed Danner"
    quoted = _quoted_as_saying(items, index) or _to_quote(items, index) or _recalled_saying(items, index)
    if quoted is not None:
        return quoted  # "“…,” Vesti cited Mr. Stroganov as saying": the one quoted, not the agency
    if bare and _bare_verb_before_name(items, index):
        return replace(subject_of(items[index + 1].mention), verb=items[index].low)  # "remembered X,"
    # "“Why not?” asked Dunmore": right after a quotation, "asked" has its asker after it, no listener.
    inverted = items[index].low not in lx.LISTENER_VERBS or items[index].low in ASKED
    # "“New York values,” saying the city embodied ...": a participle's subject is its clause's, and
    # the words after it are what was said.
    inverted = inverted and items[index].low not in lx.PARTICIPLES
    # "“…,” described the president as erratic": a verb that labels its object has no subject after it
    # ("“…!” called out Chris Wright" does).
    inverted = inverted and not _labelling(items, index)
    # "“…have no claim.” Read the full letter below.": a capitalised verb opens the next sentence (an
    # imperative, or "Said Holt:" introducing the next quotation), no attribution of this one.
    inverted = inverted and not items[index].cap
    if is_speech_verb(items, index) and inverted:
        owner = _owner_of_words_after(items, index)
        if owner is not None:
            return replace(owner, verb=items[index].low)  # "“…,” reads Whitfield's statement."
        after = subject_after(items, index)
        if after is None or (after.kind == "other" and after.source is None) or _opens_clause(items, after):
            # "Ms. Holt, noting that “…,” added: “…”": no speaker after the verb; the sentence's
            # subject before the quotation speaks.
            return None
        return replace(after, verb=items[index].low)
    index = _past_role_words(items, index)
    if honorific_at(items, index) and index + 2 < len(items) and items[index + 1].low == ".":
        index += 2 if items[index + 2].kind == "mention" else 0  # "“…,” Sen. Ada Brill said ..."
    if items[index].kind != "mention":
        return _as_phrase_put(items, index) or _noun_phrase_event(items, index, bare)
    verb = index + 1
    if verb + 1 < len(items) and items[verb].low == "." and is_speech_verb(items, verb + 1):
        verb += 1  # "Victor Hale Jr. said": the full stop of an abbreviation, not of the sentence
    verb = _past_stray_comma(items, verb)
    if verb < len(items) and items[verb].low == ",":
        closing = _after_next_comma(items, verb + 1)
        unclosed = _unclosed_apposition_verb(items, verb + 1)
        # "“…,” Julia Azari, a political scientist wrote recently, in a blog post": the verb of saying
        # the apposition runs into comes before the next comma.
        verb = closing if closing is not None and unclosed > closing else unclosed
        verb = _past_apposition_after_age(items, index, verb)
        verb = _past_second_apposition(items, verb)
    verb = _past_parenthesis(items, verb)  # "Sen. Ada Brill (D-Ore.) said"
    verb = _past_affiliation(items, verb)  # "Council Leader Dana Whitlock of Elmdale said"
    verb = _past_affiliation_and_apposition(items, verb)
    # "“…,” Bush reportedly said, according to two people in the room": hearsay, the verb still his;
    # "“…” Haverty calmly explained.": a manner in -ly.
    while verb < len(items) and items[verb].kind == "word" and _adverb_before_verb(items[verb]):
        verb += 1
    verb = _past_possessed_words(items, index, verb)
    verb = _past_heard(items, verb)  # "“…,” Marsh can be heard saying on the call, made at ..."
    if verb < len(items) and items[verb].low.endswith("ing") and items[verb - 1].low in _NOT_PROGRESSIVE:
        return None  # "the “kind of problems” Reyes had answering questions": no verb of Reyes's
    if verb < len(items) and (
        is_speech_verb(items, verb) or (bare and punctuated and _bare_verb(items, verb))
    ):
        relayed = _relayed_speaker(items, verb)
        if relayed is not None:
            return relayed
        found = subject_of(items[index].mention)
        if found.kind == "other" and found.source is None and verb == index + 1:
            # "“…,” CNN said": a body's name speaks after the quotation as it does before one.
            found = subject_before(items, verb) or found
        return replace(found, verb=items[verb].low)
    # "“…,” State Department officials said", "Pentagon officials said": people a body's name describes.
    return _group_event(items, index) if body_word(items[index]) else None


def _relayed_speaker(items: list[Item], verb: int) -> Subject | None:
    """ "“…,” Okafor said Brandvold told the council", "“…,” Okafor said, quoting Brandvold": the words
    one person passes on are the other's, named right after the verb of saying."""
    at = verb + 1
    quoting = at + 1 < len(items) and items[at].low == "," and items[at + 1].low == "quoting"
    if quoting:
        at += 2
    if at >= len(items) or items[at].kind != "mention" or items[at].possessive:
        return None
    mention = items[at].mention
    if mention is None or mention.kind != PERSON:
        return None
    told = at + 1 < len(items) and items[at + 1].low in _RELAYING_VERBS
    return replace(subject_of(mention), verb="said") if quoting or told else None


# The verbs that tell what the one named after "said" said ("said Brandvold told the council").
_RELAYING_VERBS = frozenset(("told", "said", "wrote"))


def _past_apposition_after_age(items: list[Item], index: int, verb: int) -> int:
    """ "“…,” Clara Mendel, 44, a harbour pilot from Norbury, told the Herald": past the apposition
    after an age to the verb of saying after its comma; else `verb`."""
    aged = verb == index + 4 and items[index + 2].kind == "word" and items[index + 2].low.isdigit()
    if not aged or verb >= len(items) or is_speech_verb(items, verb):
        return verb
    closing = _after_next_comma(items, verb)
    return closing if closing is not None and is_speech_verb(items, closing) else verb


def _past_second_apposition(items: list[Item], verb: int) -> int:
    """ "“…,” Joseph Hale, president of Harbor Fund, a security foundation, wrote": past a second
    apposition opened by an article, naming no one, to the verb of saying after its comma; else `verb`."""
    if verb >= len(items) or items[verb].kind != "word" or items[verb].low not in ARTICLES:
        return verb
    closing = _after_next_comma(items, verb)
    if closing is None or closing - verb > _SECOND_APPOSITION_ITEMS:
        return verb
    named = any(item.kind == "mention" and item.mention.kind != NONPERSON for item in items[verb:closing])
    quoted = any(item.kind == "quote" for item in items[verb:closing])
    if named or quoted or closing >= len(items) or not is_speech_verb(items, closing):
        return verb
    return closing


_SECOND_APPOSITION_ITEMS = 10  # "a global security foundation based in Washington,"


def _past_affiliation(items: list[Item], verb: int) -> int:
    """ "“…,” Dana Whitlock of Elmdale said": past the place or body a name is "of", "at" or "from"
    (capitalised words, with "of", "the" or "and" inside) to the verb of saying after it; else `verb`."""
    at = affiliation_words_end(items, verb)
    named = at > verb + 1 and _names_place(items[at - 1]) and items[at - 1].low not in AFFILIATION_CONNECTORS
    if named:
        at = _past_stray_comma(items, at)  # "Sen. Alma Prewitt (I) of Vermont, wrote"
    return at if named and at < len(items) and is_speech_verb(items, at) else verb


def _past_affiliation_and_apposition(items: list[Item], verb: int) -> int:
    """ "“…,” Sen. Sherrod Brown of Ohio, sometimes mentioned as a presidential possibility, told
    supporters": past the place a name is "of" and the apposition closed by a comma after it to the
    verb of saying; else `verb`."""
    at = affiliation_words_end(items, verb)
    if at == verb + 1 or at >= len(items) or items[at].low != ",":
        return verb
    closing = _after_next_comma(items, at + 1)
    return closing if closing is not None and is_speech_verb(items, closing) else verb


def affiliation_words_end(items: list[Item], verb: int) -> int:
    """The index after the place words of an "of", "at" or "from" at `verb`; `verb` when none opens there."""
    if verb >= len(items) or items[verb].low not in AFFILIATION_WORDS:
        return verb
    at = verb + 1
    while at < len(items) and at - verb <= constants.AFFILIATION_MAX_TOKENS and _names_place(items[at]):
        at += 1
    return at


def _past_stray_comma(items: list[Item], verb: int) -> int:
    """ "“…,” Sen. Alma Prewitt (I) of Vermont, wrote in a letter": a comma the writer left between the
    name and its verb of saying, no one named after the verb (not "Holt, said a spokesman"); the verb's
    index, else `verb`."""
    if verb + 1 >= len(items) or items[verb].low != ",":
        return verb
    following = items[verb + 1]
    if following.kind != "word" or following.cap or following.low not in _STRAY_COMMA_VERBS:
        return verb
    after = items[verb + 2] if verb + 2 < len(items) else None
    if after is None or after.kind == "punct" or after.low in PREPOSITIONS or after.low in _STRAY_TAILS:
        return verb + 1
    return verb


_STRAY_COMMA_VERBS = frozenset("said wrote told added".split())
# What may follow a verb of saying that has its subject before it: "wrote in a letter", "said that".
_STRAY_TAILS = frozenset("that last this when while as during after before".split())


def _after_next_comma(items: list[Item], start: int) -> int | None:
    """The index right after the first comma from `start` on, if any."""
    return next((j + 1 for j in range(start, len(items)) if items[j].low == ","), None)


def _names_place(item: Item) -> bool:
    return item.kind == "mention" or (
        item.kind == "word" and (item.cap or item.low in AFFILIATION_CONNECTORS)
    )


def _past_heard(items: list[Item], verb: int) -> int:
    """Where the participle after "can be heard" (or "could be heard") is, else `verb`."""
    lows = tuple(i.low for i in items[verb : verb + 3])
    if len(lows) == 3 and lows[0] in _HEARD_MODALS and lows[1:] == ("be", "heard") and verb + 3 < len(items):
        return verb + 3
    return verb


_HEARD_MODALS = frozenset(("can", "could"))


def _past_possessed_words(items: list[Item], index: int, verb: int) -> int:
    """ "“…,” Whitlock's prepared remarks stated.", "“…,” Sessions' letter said": past the noun of words
    a possessed name owns (a modifier before it) to the verb after it; else `verb`."""
    if verb != index + 1:
        return verb
    at = verb
    if plural_apostrophe(items, at):
        at += 1  # "Sessions' prepared remarks stated": the apostrophe is an item of its own
    elif not items[index].possessive:
        return verb
    if at + 1 < len(items) and items[at].kind == "word" and items[at].low in _WORDS_MODIFIERS:
        at += 1
    if at < len(items) and items[at].kind == "word" and items[at].low in _POSSESSED_WORDS:
        return at + 1
    return verb


def _owner_of_words_after(items: list[Item], verb: int) -> Subject | None:
    """ "“…,” reads Whitfield’s statement.", "“…,” said Holt's prepared remarks": the person owning the
    words an inverted verb of saying has after it."""
    owner = verb + 1
    if owner >= len(items) or items[owner].kind != "mention" or items[owner].mention.kind != PERSON:
        return None
    words = _past_possessed_words(items, owner, owner + 1)
    ends = words == len(items) or items[words].kind == "punct"
    return subject_of(items[owner].mention) if words > owner + 1 and ends else None


# A person's own words that speak for them ("Holt's letter said"); not a report, ruling or lawsuit,
# which a body or a court writes about someone.
_POSSESSED_WORDS = frozenset(
    "remarks comments letter memo email e-mail message note testimony words text statement".split()
)
_WORDS_MODIFIERS = frozenset("prepared written opening closing own latest final farewell".split())


def verbless_apposition(items: list[Item]) -> Subject | None:
    """ "“…,” Rosa Lind, a spokeswoman for the Friends group. By Monday ...": a person's name and a
    role set beside it right after a quotation cut off by its comma end the sentence with no verb at
    all, the writer's "said" left out; the role opens with an article and holds no clause of its own."""
    if len(items) < 3 or items[0].kind != "mention" or items[1].low != ",":
        return None
    if items[2].low not in ARTICLES or items[0].possessive:
        return None
    if items[0].mention is None or items[0].mention.kind != PERSON:
        return None
    for at in range(3, min(len(items), 3 + _UNCLOSED_APPOSITION_ITEMS)):
        item = items[at]
        if item.kind == "punct":
            ends = item.low == "." and not abbreviated_title_stop(items, at)
            return subject_of(items[0].mention) if ends else None
        if item.kind == "quote" or item.low in _CLAUSE_WORDS or item.low in lx.SPEECH_VERBS:
            return None
    return None


# Words that open a clause, or are its verb, inside what would otherwise be a role.
_CLAUSE_WORDS = frozenset("who which that whose is was are were has had have".split())


def _unclosed_apposition_verb(items: list[Item], start: int) -> int:
    """ "“…,” Lars Ekholm, head of the Civic Union party told a hearing": an apposition whose closing
    comma the writer left out, a few words with no verb, then the verb of saying; else past the end."""
    for at in range(start + 1, min(len(items), start + _UNCLOSED_APPOSITION_ITEMS)):
        item = items[at]
        if _abbreviation_stop(items, at):
            continue  # "“…,” Hal Penwick, D-N.J. said": the label's last full stop stands for the comma
        if item.kind == "punct" or item.kind == "quote":
            break
        if item.kind == "word" and not item.cap and item.low in _UNCLOSED_VERBS:
            return at
    return len(items)


_UNCLOSED_APPOSITION_ITEMS = 10  # "the council's deputy chief for transport"


def _abbreviation_stop(items: list[Item], at: int) -> bool:
    """Whether the full stop at `at` closes an abbreviation ("N.J.", "U.S.") with the sentence going
    on in lower case or another initial after it."""
    if at + 1 >= len(items) or not abbreviation_stop(items, at):
        return False
    after = items[at + 1]
    return after.kind == "word" and (not after.cap or len(after.low) == 1)


_UNCLOSED_VERBS = lx.CORE_SPEECH_VERBS | {"wrote", "writes"}


# Auxiliaries that never take a participle in -ing ("had answering" is "had trouble answering").
_NOT_PROGRESSIVE = frozenset("had has have will would could may might".split())


def _words_judged(items: list[Item], start: int) -> bool:
    """Whether the first verb a few words after `start` judges the quotation's words."""
    for at in range(start, min(len(items), start + _JUDGE_REACH)):
        if items[at].kind == "word" and _labelling(items, at):
            return judges_the_words(items, at)
    return False


_JUDGE_REACH = 5  # "Senate Minority Leader Ada Brill called": the subject's words before its verb


def judges_the_words(items: list[Item], verb: int) -> bool:
    """ "“…?” Critics called the remarks reckless.": a verb labelling the quotation's words as its
    object ("the remarks", "his comments", "it") is someone else judging them, no attribution."""
    return verb + 1 < len(items) and _labelling(items, verb) and _refers_to_words(items, verb + 1)


def _refers_to_words(items: list[Item], at: int) -> bool:
    """ "it", "them", or a determiner and a noun of words said ("the remarks", "his comments"), then
    what they are called ("reckless"): "“A disaster,” Trump called it." is his own label."""
    if items[at].low in _WORDS_PRONOUNS:
        return _judgement_at(items, at + 1)
    following = items[at + 1] if at + 1 < len(items) else None
    if items[at].low not in _WORDS_DETERMINERS or following is None or following.low not in SPEECH_NOUNS:
        return False
    return _judgement_at(items, at + 2)


def _judgement_at(items: list[Item], at: int) -> bool:
    """A plain word naming what the words are, not a phrase of time or place ("on Monday")."""
    if at >= len(items) or items[at].kind != "word" or items[at].cap:
        return False
    return items[at].low not in PREPOSITIONS


_WORDS_PRONOUNS = frozenset(("it", "them"))
_WORDS_DETERMINERS = frozenset("the his her their its those these such".split())


def _labelling(items: list[Item], index: int) -> bool:
    """A verb that labels its object ("described", "called"), not one with a particle ("called out")."""
    following = items[index + 1] if index + 1 < len(items) else None
    return items[index].low in _LABELLING_VERBS and not (following is not None and following.low == "out")


_LABELLING_VERBS = frozenset("described describes called calls labeled labelled labels dubbed dubs".split())


def _copular_label(items: list[Item], index: int) -> Subject | None:
    """ "“…” was the advice from Ed Danner", "“…” is the verdict of Ada Holt": a copula, a
    noun for words said (a word or two describing it), then "from" or "of" and whose words they are."""
    if index + 3 >= len(items) or items[index].low not in COPULAS:
        return None
    if items[index + 1].low not in _LABEL_OPENERS:
        return None
    for at in range(index + 2, min(len(items) - 2, index + 2 + _LABEL_WORDS)):
        item = items[at]
        if item.kind != "word" or item.cap:
            return None
        if item.low in _SAID_NOUNS:
            if items[at + 1].low not in _LABEL_LINKS:
                return None
            # "from Holt's campaign chairman John Podesta": read as the subject after a verb is.
            found = subject_after(items, at + 1)
            return found if found is not None and found.mention is not None else None
    return None


def _quoted_as_saying(items: list[Item], index: int) -> Subject | None:
    """ "“…,” Vesti cited Mr. Stroganov as saying.": a body's or person's verb of quoting right
    after the quotation, then a person and "as saying": the person quoted speaks."""
    at = index
    while at < len(items) and at - index < _QUOTER_ITEMS and _quoter_word(items[at]):
        at += 1  # "Vesti", "the Times", "state news agency Mena"
    if at == index or at + 1 >= len(items) or items[at].low not in QUOTING_VERBS:
        return None
    named = at + 1
    while named < len(items) and named - at <= _HONORIFIC_ITEMS and honorific_at(items, named):
        named += 1  # "Mr.", "the Rev."
    named = _past_role_words(items, named)
    if named + 2 >= len(items) or items[named + 1].low != "as" or items[named + 2].low not in _SAYING:
        return None
    return _person_subject(items[named])


def _recalled_saying(items: list[Item], index: int) -> Subject | None:
    """ "“…,” a donor recalled Hardwick saying": the teller recalls the words of the person named
    before the participle."""
    at = index
    while at < len(items) and at - index < _QUOTER_ITEMS and items[at].kind in ("word", "mention"):
        if items[at].low in _RECALLING:
            break
        at += 1
    else:
        return None
    named = at + 1
    while named < len(items) and named - at <= _HONORIFIC_ITEMS and honorific_at(items, named):
        named += 1  # "Ms.", "the Rev."
    if named + 1 >= len(items) or items[named + 1].low not in _SAYING:
        return None
    return _person_subject(items[named])


_RECALLING = frozenset("recalled recalls remembered remembers recalling remembering".split())


def _to_quote(items: list[Item], index: int) -> Subject | None:
    """ "the feeling that “…,” to quote candidate Ferris in one of her first appeals" or "to use an
    Edwin Marsh phrase": the writer borrows the words of the person named."""
    if index + 2 >= len(items) or items[index].low != "to":
        return None
    if items[index + 1].low in _BORROWING and items[index + 2].low in ("a", "an"):
        return _phrase_borrowed(items, index + 3)
    if items[index + 1].low != "quote":
        return None
    named = _past_role_words(items, index + 2)
    return _person_subject(items[named]) if named < len(items) else None


def _phrase_borrowed(items: list[Item], index: int) -> Subject | None:
    """ "to use an Edwin Marsh phrase", "to borrow a phrase from Edwin Marsh": the person whose
    phrase the writer borrows, named before the phrase's noun or after "from"."""
    if index + 1 < len(items) and items[index + 1].low in _PHRASE_NOUNS:
        return _person_subject(items[index])
    if index + 2 < len(items) and items[index].low in _PHRASE_NOUNS and items[index + 1].low == "from":
        return _person_subject(items[index + 2])
    return None


_BORROWING = frozenset(("use", "borrow"))
_PHRASE_NOUNS = frozenset("phrase line expression term saying quip".split())


def _person_subject(item: Item) -> Subject | None:
    """The subject an item makes when it names a person, not as an owner; else None."""
    if item.kind != "mention" or item.possessive or item.mention is None:
        return None
    return subject_of(item.mention) if item.mention.kind in (PERSON, AMBIGUOUS) else None


def _quoter_word(item: Item) -> bool:
    return item.kind == "mention" or (item.kind == "word" and (item.cap or item.low in _QUOTER_LOWER))


_QUOTER_ITEMS = 5
_HONORIFIC_ITEMS = 3
_QUOTER_LOWER = frozenset("the state news agency paper newspaper outlet broadcaster".split())
_SAYING = frozenset(("saying", "telling", "writing"))


def _copular_owned_label(items: list[Item], index: int) -> Subject | None:
    """ "“…,” was Holt's response, in an email": a copula, then a person's possessive and a noun
    for words said; the words are that person's."""
    if index + 2 >= len(items) or items[index].low not in COPULAS:
        return None
    owner, noun = items[index + 1], items[index + 2]
    if owner.kind != "mention" or not owner.possessive or owner.mention is None:
        return None
    if noun.kind != "word" or noun.low not in _SAID_NOUNS:
        return None
    return subject_of(owner.mention)


def _the_way_put(items: list[Item], index: int) -> Subject | None:
    """ "“…,” is the way President Ronald Reagan put it in 1987", "“…?” is how Pruitt phrased the
    question": a copula, "the way" or "how", then the person who put it so, a title's words before the
    name."""
    if index + 3 >= len(items) or items[index].low not in COPULAS:
        return None
    if items[index + 1].low == "how":
        way = index + 2  # "“…?” is how Pruitt publicly phrased the question"
    elif items[index + 1].low == "the" and items[index + 2].low == "way":
        way = index + 3
    else:
        return None
    at = _past_role_words(items, way)
    if at + 2 >= len(items) or items[at].kind != "mention" or items[at].possessive:
        return None
    verb = at + 1
    while verb + 1 < len(items) and items[verb].kind == "word" and ly_adverb(items[verb].low):
        verb += 1  # "publicly", "bluntly"
    if items[verb].low not in _PUT_SAID or (items[verb].low == "put" and items[verb + 1].low != "it"):
        return None
    return replace(subject_of(items[at].mention), verb=items[verb].low)


_PUT_SAID = frozenset("put said says described phrased".split())
_LABEL_OPENERS = frozenset(("the", "a"))
_LABEL_WORDS = 3  # "the blunt closing message"
_LABEL_LINKS = frozenset(("from", "of"))
# Nouns for words someone said, which "from X" gives to X.
_SAID_NOUNS = frozenset(
    "advice message response reply answer verdict assessment warning reaction refrain retort "
    "plea promise prediction comment remark cry".split()
)
_SO = frozenset(("so", "thus"))

_EMPTY_VERBS = frozenset("based named called dubbed titled entitled headlined".split())


def _bare_verb(items: list[Item], index: int) -> bool:
    """ "“…?” Holt pressed.", "“…,” Holt went on, as if ...": a verb in -ed (or "went on") closing the
    attribution right after a quotation is how that name spoke, though no verb of saying."""
    item = items[index]
    if item.kind != "word" or item.cap:
        return False
    end = index + 1
    if item.low in GO_ON and end < len(items) and items[end].low == "on":
        end += 1
    elif not _bare_form(item.low):
        return False
    if end < len(items) and items[end].kind == "word" and items[end].low in _ADVERBIAL_OPENERS:
        return True  # "“…,” Brandt charged as he campaigned in Millport": when or where, not what
    return end >= len(items) or (items[end].kind == "punct" and items[end].low in _CLOSING_PUNCT)


def _bare_form(low: str) -> bool:
    """A verb that can close an attribution right after a quotation: any past in -ed ("pressed",
    "chuckled"), or the present of a verb of saying in -ed ("quips", "muses", "laments": features
    tell in the present, and no list holds every present)."""
    return (past_in_ed(low) and low not in _EMPTY_VERBS) or speech_present(low)


def speech_present(low: str) -> bool:
    """ "quips", "muses", "wonders", "gushes", "cries": a present in -s whose past in -ed says."""
    if not low.endswith("s") or low.endswith("ss") or len(low) < _PRESENT_MIN_CHARS or low in _NAMED_THINGS:
        return False
    stem = low[:-1]
    pasts = (stem + "d", stem + "ed", low[:-2] + "ed", low[:-3] + "ied", stem + stem[-1] + "ed")
    return any(past in _SAYING_PASTS for past in pasts)


_PRESENT_MIN_CHARS = 5  # "begs", "sobs": too short to tell from nouns; "quips" is not
# Plurals a name modifies as often as they are verbs ("the “…” Tarrant protests", "the Holt emails"):
# never a present of saying here; a person's manners ("laughs", "sighs") stay verbs after a name.
_NAMED_THINGS = frozenset(
    "protests objects emails texts credits labels thanks chants cheers blasts slams counters".split()
)
# Pasts of saying in -ed, and of the manners features write after a quotation ("she chuckles").
_SAYING_PASTS = frozenset(w for w in lx.SPEECH_VERBS if w.endswith("ed")) | frozenset(
    "chuckled smiled grinned shrugged nodded sniffed snorted sneered enthused ventured".split()
)


_CLOSING_PUNCT = frozenset(",.;:!?—–")
# Words opening a phrase of time, place or occasion after the verb ("as he campaigned", "at a rally").
_ADVERBIAL_OPENERS = frozenset("as while when after before during at".split())


def _bare_verb_before_name(items: list[Item], index: int) -> bool:
    """ "“…,” remembered Roy Varley, the former spokesman.": an inverted verb in -ed right after a
    quotation, then a person's name closing the clause."""
    if index + 1 >= len(items) or items[index + 1].kind != "mention" or items[index + 1].possessive:
        return False
    mention = items[index + 1].mention
    if mention is None or mention.kind != PERSON:
        return False
    word = items[index]
    if word.kind != "word" or word.cap or not _bare_form(word.low):
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


def _noun_phrase_event(items: list[Item], index: int, bare: bool) -> Subject | None:
    """ "“…,” the mayor said, adding that ...", "“…,” a spokeswoman for the bank said on Monday ...":
    a short phrase of words right after the quotation, then its verb of saying, however long the tail;
    "‘…’, they added" too, so the sentence's own subject before the quotation is not taken instead.
    With `bare`, "“…,” the mayor chuckled." as "“…,” Holt chuckled." is: a verb closing the clause."""
    if items[index].kind != "word" or items[index].low not in _PHRASE_OPENERS:
        return _group_event(items, index)
    for verb in range(index + 1, min(len(items), index + _SUBJECT_PHRASE_ITEMS)):
        if items[verb].kind not in ("word", "mention"):
            return None
        if is_speech_verb(items, verb) or (
            bare and _bare_verb(items, verb) and speaking_noun(items[verb - 1])
        ):
            if items[index].cap and verb + 1 < len(items) and items[verb + 1].kind != "punct":
                return None  # "“…share.” The Republican platform calls for ...": a sentence of its own
            if _thing_then_its_critic(items, index, verb):
                return None  # "“…,” a move Democrats slammed as a political stunt": not their words
            found = subject_before(items, verb)
            if found is None or (found.kind == "other" and found.source is None):
                return None  # "The search continued overnight": no one speaks
            return replace(found, verb=items[verb].low)
    return _long_source_event(items, index) or _authored_writing_event(items, index)


_PHRASE_OPENERS = frozenset("the a an one they".split())


def _as_phrase_put(items: list[Item], index: int) -> Subject | None:
    """ "“…,” as one colleague put it": "as", a phrase an article opens and its verb of saying right
    after the quotation are its attribution, over the sentence's own subject ("Friends said ...")."""
    if items[index].low != "as" or index + 1 >= len(items) or items[index + 1].low not in _PHRASE_OPENERS:
        return None
    for verb in range(index + 2, min(len(items), index + 1 + _SUBJECT_PHRASE_ITEMS)):
        if items[verb].kind not in ("word", "mention"):
            return None
        if is_speech_verb(items, verb):
            found = subject_before(items, verb)
            if found is None or found.source is None or found.source.kind != UNNAMED:
                return None
            return replace(found, verb=items[verb].low)
    return None


def _thing_then_its_critic(items: list[Item], index: int, verb: int) -> bool:
    """ "a move Democrats slammed": an indefinite thing's noun and then a name, the subject of a
    clause about that thing, whose verb says nothing of the quotation; no person's noun or a noun of
    speech before the verb ("a senior White House official said", "a statement Holt issued said")."""
    if index + 2 >= verb or items[index].low not in INDEFINITE:
        return False
    noun, named = items[index + 1], items[index + 2]
    if noun.kind != "word" or noun.low not in _THINGS_DONE_OR_SAID:
        return False  # "an angry Hollande retaliated": an adjective, and Hollande speaks
    if not (named.kind in ("word", "mention") and named.cap):
        return False
    return not any(
        item.kind == "word"
        and (lx.is_person_noun(item.low) or lx.is_role_head(item.low) or speaking_noun(item))
        for item in items[index + 1 : verb]
    )


# Nouns for what someone did or said that others then judged: "a move Democrats slammed".
_THINGS_DONE_OR_SAID = frozenset(
    "move step decision action claim charge accusation allegation assertion remark characterization "
    "description label phrase term".split()
)


def _long_source_event(items: list[Item], index: int) -> Subject | None:
    """ "“…,” a consultant in a California House race said in an email": a longer unnamed source's
    phrase right after the quotation, its words running on to its verb of saying, the verb closing its clause
    ("one of the prosecutors for Petraeus said the cases differ" reports a clause of its own)."""
    if items[index].low not in INDEFINITE:
        return None  # "the outspoken former mayor said": a role naming someone, read apart
    for verb in range(index + _SUBJECT_PHRASE_ITEMS, min(len(items), index + _LONG_PHRASE_ITEMS)):
        if items[verb].kind not in ("word", "mention"):
            return None
        if not is_speech_verb(items, verb):
            continue
        if not _closes_clause(items, verb):
            return None
        # The whole phrase's label where the subject before the verb reads one from its start ("a
        # consultant in a California House race"), else the source's own words ("a consultant").
        found = subject_before(items, verb)
        source = found.source if found is not None else None
        if source is None or source.start != items[index].start:
            source = source_after(items, index)
        if source is None or source.kind != UNNAMED or _writing_source(items, source):
            return None  # "a statement released by Walmart Thursday says": the writer's, read apart
        return Subject("other", source=source, verb=items[verb].low)
    return None


def _authored_writing_event(items: list[Item], index: int) -> Subject | None:
    """ "“…,” the document produced by the EU’s foreign policy arm, the European External Action
    Service, said": a writing's noun after "the", a participle and "by" naming who made it at length,
    its verb of saying closing the clause. The author speaks when the words before the verb name one
    as a source ("the report prepared by the Harbor Authority said"); else the writing does."""
    if items[index].low not in _PHRASE_OPENERS:
        return None
    writing = next(
        (
            at
            for at in range(index + 1, min(len(items), index + _WRITING_WORDS + 1))
            if _writing_noun(items[at])
        ),
        None,
    )
    if writing is None or writing + 2 >= len(items) or items[writing + 2].low != "by":
        return None
    made = items[writing + 1].low
    if not (past_in_ed(made) or made in ISSUING_PARTICIPLES):
        return None
    for verb in range(writing + 3, min(len(items), writing + _AUTHOR_PHRASE_ITEMS)):
        if items[verb].kind == "quote" or (items[verb].kind == "punct" and items[verb].low != ","):
            return None
        if not is_speech_verb(items, verb):
            continue
        if not _closes_clause(items, verb):
            return None
        found = subject_before(items, verb)
        if found is not None and (found.kind != "other" or found.source is not None):
            return replace(found, verb=items[verb].low)  # "a statement released by Walmart said"
        source = source_before(items, writing)
        return Subject("other", source=source, verb=items[verb].low) if source is not None else None
    return None


def _writing_noun(item: Item) -> bool:
    return item.kind == "word" and not item.cap and item.low in WRITINGS


_WRITING_WORDS = 3  # "the nine-page internal document"
_AUTHOR_PHRASE_ITEMS = 18  # "by the EU’s foreign policy arm, the European External Action Service,"


def _writing_source(items: list[Item], source: Source) -> bool:
    """Whether the source's phrase is headed by a writing's noun ("a statement", "a report")."""
    words = [item for item in items if source.start <= item.start and item.end <= source.end]
    return bool(words) and words[-1].low in WRITINGS


_LONG_PHRASE_ITEMS = 11  # "a consultant in a California House race said"


def _closes_clause(items: list[Item], verb: int) -> bool:
    """No clause of its own after the verb: a stop, a comma, a preposition or an adverb comes next."""
    after = items[verb + 1] if verb + 1 < len(items) else None
    if after is None or after.kind == "punct":
        return True
    return after.kind == "word" and (after.low in PREPOSITIONS or after.low in lx.PLAIN_ADVERBS)


def _group_event(items: list[Item], index: int) -> Subject | None:
    """ "“…,” federal prosecutors wrote in seeking a maximum penalty ...": a group of people named
    by a plural noun with no article (a modifier or a quantity before it), then its verb of saying,
    however long the tail; "“…,” over 1,200 experts wrote in an open letter released ...": a count
    before the group opens it as well."""
    counted = _past_count(items, index)
    for verb in range(counted + 1, min(len(items), counted + _GROUP_WORDS + 1)):
        if not _plain_word(items[verb]) and not _name_word(items, counted, verb):
            return None
        if is_speech_verb(items, verb):
            if verb > counted + 1 and not _plain_word(items[verb - 1]):
                return None  # "CNN's Ada Roe reported": capitalised words, maybe a name, not a group
            found = subject_before(items, verb)
            group = found is not None and found.source is not None and found.source.kind in _GROUP_KINDS
            if group and found.source.kind != UNNAMED and any(i.low in _FINITE for i in items[index:verb]):
                return None  # "“….” Islanders have complained for weeks.": a sentence of its own
            opens = group and found.source.start in (items[index].start, items[counted].start)
            return replace(found, verb=items[verb].low) if opens else None
    return None


def _past_count(items: list[Item], index: int) -> int:
    """ "over 1,200 experts", "more than 300 doctors", "dozens of nurses": the index of the group's
    first word after a count (a number, maybe after a word of about how many) at `index`; else `index`.
    A count is no group's modifier, so the group opens after it."""
    at = index
    if at + 1 < len(items) and (items[at].low, items[at + 1].low) in _COUNT_BOUND_PAIRS:
        at += 2  # "more than", "at least"
    elif items[at].low in _COUNT_BOUNDS:
        at += 1  # "over", "nearly"
    if at >= len(items) or items[at].kind != "word" or not _count_word(items[at].low):
        return index
    at += 1
    if at < len(items) and items[at].low == "of" and items[at - 1].low in lx.COUNT_WORDS:
        at += 1  # "dozens of nurses"
    return at if at < len(items) and _plain_word(items[at]) else index


def _count_word(low: str) -> bool:
    """A number ("90", "1,200") or a number's word ("dozens", "twelve")."""
    return low.replace(",", "").isdigit() or low in lx.COUNT_WORDS


# Words bounding a count before it: "over 1,200 experts", "nearly 300 doctors".
_COUNT_BOUNDS = frozenset("over nearly almost about around roughly some".split())
_COUNT_BOUND_PAIRS = frozenset((("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least")))


_GROUP_WORDS = 3  # "some angry protesters", "federal prosecutors", "State Department officials"
_GROUP_KINDS = frozenset((UNNAMED, ORGANISATION))  # people, or a body by its name ("Republicans")


def _plain_word(item: Item) -> bool:
    return item.kind == "word" and not item.cap


def _name_word(items: list[Item], index: int, at: int) -> bool:
    """A capitalised word of the body's or place's name opening the phrase ("White House aides",
    "Justice Department officials"): only before the phrase's first lower-case word."""
    item = items[at]
    named = body_word(item) or (item.kind == "word" and item.cap)
    return named and all(not _plain_word(before) for before in items[index:at])


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


# "“…,” Harbor Capital portfolio manager Bonnie Barr said": a firm's name and a role before a name.
_ROLE_WORDS_BEFORE_NAME = 7


def _joins_fields(items: list[Item], first: int, at: int) -> bool:
    """ "media and communications manager": "and" between two lower-case field words inside the role
    words, never after a role noun ("critics and strategist Al Varga" is two subjects)."""
    if items[at].low != "and" or at == first or at + 1 >= len(items):
        return False
    before, after = items[at - 1], items[at + 1]
    fields = all(item.kind == "word" and not item.cap for item in (before, after))
    # "economist and pro-gun advocate Carl Menhart": one person's two roles, the first singular.
    one_role = lx.is_role_head(before.low) and not before.low.endswith("s")
    return fields and (one_role or not lx.is_role_head(before.low.removesuffix("s")))


def _past_role_words(items: list[Item], index: int) -> int:
    """ "“…,” campaign manager Ravi Molina told reporters on the bus ...": the mention after a few
    role words, when that is what follows the quotation; else `index`."""
    first = index
    if index + 1 < len(items) and items[index].kind == "mention" and not items[index].possessive:
        first += 1  # "“…,” Holt spokesperson Ron Lyle told ...": a name heading the role words
    at = first
    while at < len(items) and at - first < _ROLE_WORDS_BEFORE_NAME and items[at].kind == "word":
        low = items[at].low
        if _joins_fields(items, first, at) or (at > first and office_of(items, at)):
            at += 1
            continue
        if low in NOT_BEFORE_INVERTED_SUBJECT or low in lx.SPEECH_VERBS or low in COORDINATORS:
            return index
        if low in _CLAUSE_OPENING_CONJUNCTIONS:
            return index  # "“have a spine” when Mayor Dale Furness arrived": another clause's subject
        at += 1
    if at > first and at < len(items) and _named_person(items[at]) and role_words(items[first:at]):
        return at
    # "“…,” committee Chairman Rep. Dana Morrow, R-Calif., said": role words, then a title's abbreviation.
    if _titled_after_role_words(items, first, at):
        return at + 1
    return _past_body_name(items, index) or _past_place_and_title(items, index)


def _titled_after_role_words(items: list[Item], first: int, at: int) -> bool:
    """Whether role words [first, at - 1) end on an abbreviated title whose full stop is at `at`,
    a person's name right after it."""
    title = at - 1
    if title <= first or at + 1 >= len(items) or items[at].low != ".":
        return False
    return (
        items[title].low in lx.HONORIFICS and _named_person(items[at + 1]) and role_words(items[first:title])
    )


def _past_body_name(items: list[Item], index: int) -> int | None:
    """ "“…?” U.S. Chamber of Commerce Tom Donohue asked": the person after the name of the body they
    head (capitalised words, one at least named as a body, "of" between them); else None."""
    bodies = 0
    for at in range(index, min(len(items), index + _BODY_NAME_ITEMS)):
        item = items[at]
        if item.kind == "mention" and item.mention is not None and item.mention.kind == PERSON:
            linked = at > index and items[at - 1].low in _BODY_NAME_LINKS
            return at if bodies and not linked and not item.possessive else None
        if item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON:
            bodies += 1
        elif not (item.kind == "word" and (item.cap or item.low in _BODY_NAME_LINKS)):
            return None
    return None


_BODY_NAME_ITEMS = 8  # "U.S. Chamber of Commerce", "National Association of Home Builders"
_BODY_NAME_LINKS = frozenset(("of", "for", "and", "&"))


# Conjunctions opening a clause of its own after a quotation; "as" is left out ("“…,” as Mayor Holt
# put it" attributes).
_CLAUSE_OPENING_CONJUNCTIONS = SUBORDINATE_OPENERS - {"as"}


def _past_place_and_title(items: list[Item], index: int) -> int:
    """ "“…?” North Carolina Sen. Ada Brill said", "Rhode Island Rep. Tom Hale": the name after a
    place of capitalised words (no person's) and an abbreviated title with its full stop; else `index`."""
    at = index
    while at < len(items) and at - index < _PLACE_WORDS_BEFORE_TITLE and _place_word(items[at]):
        at += 1
    if index < at and at + 2 < len(items) and items[at].low in lx.HONORIFICS and items[at + 1].low == ".":
        return at + 2 if _named_person(items[at + 2]) else index
    return index


_PLACE_WORDS_BEFORE_TITLE = 3  # "New Mexico", "District of Columbia"


def _place_word(item: Item) -> bool:
    """A capitalised word of a place's name before a title: a word, or a mention of no person."""
    if item.kind == "word":
        return item.cap and item.low not in lx.HONORIFICS
    return item.kind == "mention" and (item.mention is None or item.mention.kind != PERSON)


def _named_person(item: Item) -> bool:
    """A mention that may name a person: not a body's or place's word ("the Justice Department", "the
    Republican Party": "Justice" and "Republican" are no role words of a person there)."""
    return item.kind == "mention" and not body_word(item)


def _adverb_before_verb(item: Item) -> bool:
    low = item.low
    return low in lx.ADVERBS or low in HEARSAY_ADVERBS or (ly_adverb(low) and not item.cap)
