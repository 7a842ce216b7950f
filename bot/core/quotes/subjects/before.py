"""The subject BEFORE a verb of saying ("X said", "X, who ..., said", "X and Y said"): the entry
point `subject_before`, with relative clauses and the clause joined by "and".
"""

from __future__ import annotations

from bisect import bisect_left

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    ADDRESSING,
    ARTICLES,
    BUSINESS_NOUNS,
    COPULAS,
    HAVE,
    OF_SOMEONE_HEADS,
    PASSIVE,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    REPLYING_VERBS,
    SUBJECT_PRONOUNS,
    WRITINGS,
)
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention
from bot.core.quotes.references import role_reference
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    PERSON_KIND,
    POINTED_TIMES,
    UNNAMED,
    Source,
    plural_person_noun,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.before_people import person_before_affiliation
from bot.core.quotes.subjects.before_skips import clause_adverb
from bot.core.quotes.subjects.before_walk import walk_back
from bot.core.quotes.subjects.clauses import clause_subject, issuing_source, opening_role
from bot.core.quotes.subjects.opening_phrases import past_subordinate_clause
from bot.core.quotes.subjects.shared import (
    COORDINATORS,
    DETERMINERS,
    elliptical_asked,
    lower_word,
    present_participle,
    reduced_passive,
    subject_of,
    title_start,
    writing_sender,
)
from bot.core.quotes.subjects.speech_verbs import is_speech_verb, progressive_adverb


def subject_before(items: list[Item], verb: int) -> Subject | None:
    """The subject of the verb at `verb`, looking left past adverbs and parentheticals."""
    if _had_this_to_say(items, verb):
        verb -= 3  # "The Cato Institute had this to say:": the subject of "had" says it
    infinitive = _subject_of_infinitive(items, verb)
    if infinitive is not None:
        return infinitive  # "it was unfair for the mayor to describe the plan as “…”": the mayor
    antecedent = _relative_antecedent(items, verb)
    if antecedent is not None:
        return antecedent
    index = verb - 1
    if index > 0 and items[index].kind == "word" and items[index].low in _DO_SUPPORT:
        index -= 1  # "He did say “…”": the emphatic auxiliary is the verb's, the subject before it
    if index > 1 and items[verb].low.endswith("ing") and _adverb_after_carrying_on(items, index):
        index -= 1  # "the agency is now reporting that": past the adverb, on to "is"
    if index > 0 and items[index].low in _CARRYING_ON and items[verb].low.endswith("ing"):
        # "as he keeps talking about the “…”", "Harbor News is reporting that": the subject of the verb
        # that carries it on
        index -= 1
    back = index
    while back > 0 and items[back].kind == "word" and clause_adverb(items[back].low):
        # "X used to support Y, but now said ...", "he was aware of it and personally objected": the
        # adverb after "but" or "and"
        back -= 1
    if back < index and items[back].low in COORDINATORS:
        index = back
    if index > 0 and items[index].low in lx.ADVERBS and items[index - 1].kind == "mention":
        # "The Bee notes that she then said, “…”": an adverb after a name or pronoun is that
        # subject's, not a word joining the verb to an earlier one.
        return walk_back(items, index)
    if index >= 0 and items[index].low in COORDINATORS:
        # "X said ... and promised ...": the earlier verb already has the subject; "X has been
        # impressed by Y but admitted:" has no earlier verb, and the clause's subject speaks.
        # ("When I asked Holt if ..., she smiled and said": a verb of the subordinate clause opening
        # the sentence is not the main clause's earlier verb; nor is an opening "Asked whether ...,".)
        main = past_subordinate_clause(items[:index])
        replying = items[verb].low in REPLYING_VERBS
        if any(_earlier_speech_verb(items, j, replying) for j in range(main, index)):
            return None
        found = clause_subject(items, index, sources=True)
        if found is None and items[index].low in lx.ADVERBS:
            # "the senator then said", "The statement then said": no earlier verb, so "then" is the
            # adverb of the noun phrase before it, which is the subject.
            return walk_back(items, index)
        return found
    found = _addressee(items, verb, _past_participle_object(items, walk_back(items, index)))
    return _unclosed_apposition(items, verb) or found


def _had_this_to_say(items: list[Item], verb: int) -> bool:
    """ "had this to say", "has plenty to say": the verb of saying an infinitive after what one has."""
    if verb < 4 or items[verb - 1].low != "to" or items[verb - 2].low not in _SAID_THINGS:
        return False
    return items[verb - 3].low in HAVE


_SAID_THINGS = frozenset("this that something plenty much little nothing more".split())


def _subject_of_infinitive(items: list[Item], verb: int) -> Subject | None:
    """ "for the mayor to describe it as", "for Holt to say": the person or role between "for" and
    "to" right before the verb is its subject."""
    if verb < 3 or items[verb - 1].low != "to":
        return None
    for at in range(verb - 2, max(-1, verb - 2 - _INFINITIVE_SUBJECT_ITEMS), -1):
        if items[at].kind == "word" and items[at].low == "for":
            named = items[at + 1 : verb - 1]
            if (
                len(named) == 1
                and named[0].kind == "mention"
                and named[0].mention.kind in (PERSON, AMBIGUOUS)
            ):
                return subject_of(named[0].mention)
            if named and named[0].low == "the":
                return role_reference(items, verb - 2, backwards=True)
            return None
        if items[at].kind == "punct":
            return None
    return None


_INFINITIVE_SUBJECT_ITEMS = 4  # "for the city's new mayor to"


def _unclosed_apposition(items: list[Item], verb: int) -> Subject | None:
    """ "Martin Oakes, another former trade aide under Governor Lisa Tamsin with long experience
    said": a person opening the sentence, then a comma and an apposition ("a", "another", "the")
    that no comma closes before the verb: the person is its subject, whoever the apposition names."""
    first = items[0] if items else None
    if first is None or first.kind != "mention" or first.possessive or first.mention.kind != PERSON:
        return None
    if verb < _APPOSITION_MIN or verb > _APPOSITION_ITEMS or items[1].low != ",":
        return None
    if items[2].low not in _APPOSITION_OPENERS or not lx.is_person_noun(_first_noun(items, 3, verb)):
        return None  # "Podliska, the statement said, “…”": the statement speaks, set off
    if any(item.kind in ("punct", "quote") or item.low in _RELATIVE_WORDS for item in items[3:verb]):
        return None  # "Braynard, a native who writes fiction": the relative clause's verb
    return subject_of(first.mention)


def _first_noun(items: list[Item], start: int, end: int) -> str:
    """The first person's noun from `start` past plain words and places ("former senior Middle East
    aide": aide); "" when something else comes first."""
    for item in items[start:end]:
        if item.kind == "word" and lx.is_person_noun(item.low):
            return item.low
        place = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
        if not place and (item.kind != "word" or not item.low.isalpha()):
            return ""  # "another former senior Middle East aide": a place among the modifiers
    return ""


_APPOSITION_OPENERS = frozenset(("a", "an", "another", "the"))
_APPOSITION_ITEMS = 18  # "Martin Oakes, another former senior trade aide under ... negotiations said"
_APPOSITION_MIN = 6  # "Oakes, a former aide under X said": more than a noun set off before its verb
_RELATIVE_WORDS = RELATIVE_OPENERS | frozenset(("that", "whom"))


def _earlier_speech_verb(items: list[Item], at: int, replying: bool) -> bool:
    """A verb of saying before the coordinated one, not a plural noun ("the claims"); before a reply,
    not a passive one ("Orwell was asked about the vote and responded, “…”": the asking was another's,
    the response hers)."""
    if not is_speech_verb(items, at) or _plural_noun(items, at):
        return False
    if elliptical_asked(items, at):
        return False  # "did not comment when asked about it but said": the asking was another's
    if at > 0 and items[at - 1].low == "to":
        return False  # "He refused to say who made it, but insisted": an infinitive, no earlier verb
    if 0 < at < len(items) - 1 and items[at + 1].low == "by" and reduced_passive(items, at):
        # "Grant recognizes the pragmatism described by Johnson, but cautions": the participle
        # tells who described the noun before it, no earlier verb of the sentence's subject.
        return False
    if at == 0 or items[at - 1].low not in PASSIVE:
        return True
    # "when he was asked similar questions and said: “…”": a passive asking is never his verb, but
    # "was asked by host Bill Maher, who ... has dismissed" has its asker's
    if items[at].low == "asked" and not (at + 1 < len(items) and items[at + 1].low == "by"):
        return False
    return not replying


def _past_participle_object(items: list[Item], found: Subject | None) -> Subject | None:
    """ "Rural America embracing Holt announced “…”": a name right after a participle that follows
    the words before it is the participle's object inside a longer subject, never the speaker ("a
    smiling Holt said", after a determiner, is Holt)."""
    if found is None or found.kind != "person":
        return found
    at = _item_of(items, found.mention)
    if at is None or at < 2:
        return found
    participle, before = items[at - 1], items[at - 2]
    if participle.kind != "word" or participle.cap or not present_participle(participle.low):
        return found
    if before.kind == "punct" or before.low in DETERMINERS or before.low in COORDINATORS:
        return found
    return Subject("other")


def _addressee(items: list[Item], verb: int, found: Subject | None) -> Subject | None:
    """ "A letter from the union to Tom Hale asks for talks": a name right before the verb, after "to"
    (or "with", "about", "against") that follows other words, is whom a longer subject is addressed
    to or about, never the one doing the verb ("a relationship with Holt, who said" is Holt's)."""
    if found is None or found.kind != "person":
        return found
    at = verb - 1
    while at >= 0 and items[at].kind == "word" and items[at].low in lx.ADVERBS:
        at -= 1
    if at < 2 or items[at].mention is not found.mention:
        return found
    at = title_start(items, at)  # "the email to Mrs. Quenby said": to her, past her title
    if at < 2 or items[at - 1].low not in ADDRESSING or items[at - 2].kind not in ("word", "mention"):
        return found
    # The longer subject itself ("A letter from the union"), as without the addressee.
    found = walk_back(items, at - 2)
    return found if found is not None and found.kind == "other" else Subject("other")


def _item_of(items: list[Item], mention: Mention | None) -> int | None:
    """The index of the item holding `mention`: looked up by its offset (items are in text order),
    else read for; reading every item for every verb of a sentence of thousands was quadratic."""
    at = bisect_left(items, getattr(mention, "start", -1), key=_item_start)
    if at < len(items) and items[at].mention is mention:
        return at
    return next((j for j, item in enumerate(items) if item.mention is mention), None)


def _item_start(item: Item) -> int:
    return item.start


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


def _adverb_after_carrying_on(items: list[Item], index: int) -> bool:
    """An adverb at `index` right after "is" or "keeps" ("is now reporting", "keeps repeatedly
    saying"), between the verb carrying the talk on and its -ing form."""
    item = items[index]
    return item.kind == "word" and progressive_adverb(item.low) and items[index - 1].low in _CARRYING_ON


# Verbs that start or carry on the talk told by the -ing form after them.
_ASPECT_VERBS = frozenset("keeps kept keep began begins started starts".split())
_CARRYING_ON = _ASPECT_VERBS | COPULAS
_DO_SUPPORT = frozenset(("did", "does", "do"))  # "He did say": the emphatic auxiliary
_RELATIVE_REACH = 6  # "that tracks ferry traffic": words between a body's "that" and its verb
# "who has in the past described", "who posted about seed saving and soil chemistry on the channel
# writes" (its clause left unclosed by a comma): words between "who" and the verb
_WHO_CLAUSE_REACH = 10
_PARENTHESIS_MARKS = frozenset(",-–—(")


def _relative_antecedent(items: list[Item], verb: int) -> Subject | None:
    """ "Sen. Marco Holt of Florida, who mused ...", "Glen Holt, who has in the past described ...",
    "Tom Reed - who previously said ...": the person a "who" clause opening a few words before the
    verb hangs on, past an affiliation."""
    sender = writing_sender(items, verb - 2) if verb >= 2 and items[verb - 1].low in _THAT_WHICH else None
    if sender is not None:
        return subject_of(sender)  # "a mocking tweet from Mayor Ivo Brandt, a Liberal, that urged"
    issuer = _role_issuing_writing(items, verb)
    if issuer is not None:
        return issuer  # "The Baltimore shipping magnate released a statement that called": she did
    writer = _writer_doing_with(items, verb)
    if writer is not None:
        return writer  # "with her outgoing field director slamming ... in a letter that claims": hers
    writing = _writing_before_that(items, verb) or _writing_before_apposition(items, verb)
    if writing is not None:
        return Subject("other", source=writing)
    unnamed = _unnamed_before_naming_clause(items, verb) or _opening_unnamed_who(items, verb)
    if unnamed is not None:
        return Subject("other", source=unnamed)
    body = _body_before_that(items, verb)
    if body is not None:
        return Subject("other", source=body)  # "The Norfield company that tracks ferry traffic said"
    for back in range(verb - 1, max(-1, verb - 2 - _WHO_CLAUSE_REACH), -1):
        item = items[back]
        if item.kind != "word" and not _inside_relative(items, back):
            return None
        if item.low == "what":
            return None  # "A clerk who took home what auditors called “…”": the verb is the auditors'
        if item.low not in _RELATIVE_WHO:
            continue
        if _subject_of_its_own(items, back, verb):
            return None  # "Dennis Varga, who the company said in a statement “will …”": the company's
        unnamed = _unnamed_before_who(items, back) or _unnamed_before_comma(items, back)
        if unnamed is not None:
            return Subject("other", source=unnamed)
        if back >= 2 and items[back - 1].low not in _PARENTHESIS_MARKS:
            placed = _person_placed_before_who(items, back)
            if placed is not None:
                return subject_of(placed)  # "the advice of Ona Vettel in the Lakeside Review who says"
            back = _appositive_head(items, back)  # "Ann Bell, the analyst who founded X tweeted"
        if back < 2 or items[back - 1].low not in _PARENTHESIS_MARKS:
            return None
        end = back - 2
        person = person_before_affiliation(items, end)
        named = items[end if person is None else person]
        mention = named.mention
        if (
            named.kind != "mention"
            or named.possessive
            or mention is None
            or mention.kind not in (PERSON, AMBIGUOUS)
        ):
            return None
        return subject_of(mention)
    return None


def _subject_of_its_own(items: list[Item], who: int, verb: int) -> bool:
    """Whether the verb after "who" has a subject of its own right after it ("who the company said",
    "who Holt says", "who police say"): a body, a name or a pronoun; not a time ("who the day before
    said")."""
    if who + 1 >= verb or items[who].low != "who":
        return False
    after = items[who + 1]
    if after.kind == "mention":
        return True
    if after.low in SUBJECT_PRONOUNS or after.low in _PLAIN_SUBJECTS:
        return True
    return after.low in DETERMINERS and items[who + 2].low not in POINTED_TIMES


_PLAIN_SUBJECTS = frozenset(("police", "officials", "authorities", "prosecutors", "investigators"))


def _person_placed_before_who(items: list[Item], who: int) -> Mention | None:
    """ "Ona Vettel in the Lakeside Review who says": a person, then "in", "at" or "of" and a body's
    capitalised name right before "who", which means the person (a body is "which" or "that")."""
    at = who - 1
    while at > 0 and (items[at].kind == "mention" or items[at].cap) and items[at].low != "the":
        at -= 1
    if at >= 1 and items[at].low == "the":
        at -= 1
    if at < 1 or at == who - 1 or items[at].low not in _PLACING_LINKS:
        return None
    named = items[at - 1]
    if named.kind != "mention" or named.possessive or named.mention is None:
        return None
    return named.mention if named.mention.kind in (PERSON, AMBIGUOUS) else None


_PLACING_LINKS = frozenset(("in", "at", "of"))


def _inside_relative(items: list[Item], at: int) -> bool:
    """ "who founded FiveThirtyEight tweeted", "who founded fivethirtyeight.com tweeted": an
    organisation named inside a "who" clause, or the full stop of a web address, does not end it."""
    item = items[at]
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON  # not "who he blasted"
    glued = 0 < at < len(items) - 1 and items[at - 1].end == item.start and item.end == items[at + 1].start
    return item.low == "." and glued


def _writing_before_that(items: list[Item], verb: int) -> Source | None:
    """ "replaced by a message that said, “…”", "a sign which read “…”": the writing a relative
    "that" or "which" right before the verb hangs on speaks, labelled with its phrase; the body that
    put it out, when one opens the sentence ("The Harbour Post ran a piece that said")."""
    if verb < 2 or items[verb - 1].low not in _THAT_WHICH:
        return None
    noun = items[verb - 2]
    if noun.kind != "word":
        return None
    passed = _passed_on_writing(items, verb - 2)
    if passed is not None:
        return passed  # "Corrigan retweeted a Channel Nine tweet that said": the tweet's, not hers
    issuer = issuing_source(items[: verb - 1])
    if issuer is not None and issuer.kind in (ORGANISATION, PERSON_KIND):
        # "The Harbour Post ran a piece that said ...", "The party issued a statement that said ...":
        # the body that put the writing out speaks through it, as a person the article's people do
        # not hold does ("Mira Tollan released a statement that said").
        return issuer
    if noun.low not in WRITINGS:
        return None
    found = source_before(items, verb - 2)
    if found is None or found.kind == PERSON:
        return None
    # "Reyes released a marketing video that said ...", "Pike is releasing an ad that urges ...":
    # a person named before the writing issued it, and speaks through it.
    issued = any(i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS) for i in items[: verb - 2])
    return None if issued else found


def _writing_before_apposition(items: list[Item], verb: int) -> Source | None:
    """ "an ad from America First, a Super Pac supporting Trump, which declares that “…”": a "which"
    right before the verb, after an apposition an article opens between commas, hangs on the writing
    before the apposition (perhaps with whom it is from), never on a name closing the apposition."""
    if verb < 3 or items[verb - 1].low != "which" or items[verb - 2].low != ",":
        return None
    opening = next(
        (
            at
            for at in range(verb - 3, max(-1, verb - 3 - _WHICH_APPOSITION_ITEMS), -1)
            if items[at].kind == "punct"
        ),
        None,
    )
    if opening is None or items[opening].low != "," or items[opening + 1].low not in ARTICLES:
        return None
    for at in range(opening - 1, max(-1, opening - 1 - _WRITER_NAME_ITEMS), -1):
        item = items[at]
        if item.kind == "word" and item.low in WRITINGS and not item.cap:
            found = source_before(items, opening - 1)
            return found if found is not None and found.kind != PERSON_KIND else None
        if not (item.kind == "mention" or item.cap or item.low in _WRITING_FROM):
            return None
    return None


_WHICH_APPOSITION_ITEMS = 8  # ", a Super Pac supporting Trump,"
_WRITER_NAME_ITEMS = 5  # "ad from the America First Action"
_WRITING_FROM = frozenset(("from", "by", "the"))


def _writer_doing_with(items: list[Item], verb: int) -> Subject | None:
    """ "..., with her outgoing field director slamming the campaign in a resignation letter that
    claims “…”": the one a "with" clause has doing something (a participle right after them) in the
    writing a "that" or "which" right before the verb hangs on, the clause going on unbroken to it,
    writes it."""
    if verb < 2 or items[verb - 1].low not in _THAT_WHICH or items[verb - 2].low not in WRITINGS:
        return None
    for at in range(verb - 3, -1, -1):
        if items[at].kind not in ("word", "mention"):
            return None
        if items[at].low == _WITH:
            return _doing_after_with(items, at + 1, verb - 2)
    return None


_WITH = "with"


def _doing_after_with(items: list[Item], first: int, writing: int) -> Subject | None:
    """The person or unnamed source from `first` right before a participle whose phrase goes on "in"
    the writing at `writing`."""
    named = items[first]
    person = (
        named.kind == "mention" and named.mention is not None and named.mention.kind in (PERSON, AMBIGUOUS)
    )
    if person and not named.possessive:
        doing = first + 1
        subject = subject_of(named.mention)
    else:
        found = source_after(items, first)
        if found is None or found.kind != UNNAMED:
            return None
        doing = next((at for at in range(first, writing) if items[at].start >= found.end), writing)
        subject = Subject("other", source=found)
    if doing >= writing or not present_participle(items[doing].low):
        return None
    # "slamming the campaign in a letter": what they do, done in the writing; not "with staff
    # reading a letter that claims", one they are given.
    return subject if any(items[at].low == _IN for at in range(doing + 1, writing)) else None


_IN = "in"


def _role_issuing_writing(items: list[Item], verb: int) -> Subject | None:
    """A definite role opening the sentence, referring back to someone named, whose writing a "that"
    right before the verb hangs on: the one who put the writing out speaks through it."""
    if verb < 3 or items[verb - 1].low not in _THAT_WHICH:
        return None
    noun = verb - 2
    while noun > 0 and (items[noun].low in lx.WEEKDAYS or items[noun].low in POINTED_TIMES):
        noun -= 1  # "a statement Tuesday night that called"
    if items[noun].low not in WRITINGS:
        return None
    role = opening_role(items[:noun])
    return role if role is not None and role.kind == "role" else None


def _passed_on_writing(items: list[Item], noun: int) -> Source | None:
    """The phrase of another's writing that a verb of passing on stands right before ("retweeted a
    Channel Nine tweet", "shared a post"), ending at `noun`."""
    if items[noun].low not in WRITINGS:
        return None
    at = noun - 1
    while at > 0 and noun - at <= _WRITING_WORDS and items[at].low not in ARTICLES:
        at -= 1
    if at < 1 or items[at].low not in ARTICLES or items[at - 1].low not in _PASSING_ON:
        return None
    return Source(items[at].start, items[noun].end, UNNAMED)


_PASSING_ON = frozenset("retweeted retweets reposted reposts shared shares forwarded forwards".split())
_WRITING_WORDS = 4  # "a Channel Nine tweet", "the network's latest post"


_THAT_WHICH = frozenset(("that", "which"))
# Relatives after a person's noun: "Voters who met Hale said", "Parents whose children attend it say".
_RELATIVE_WHO = frozenset(("who", "whose"))


def _unnamed_before_who(items: list[Item], who: int) -> Source | None:
    """ "a White House official who spoke on condition of anonymity said": an unnamed person
    (a/an/one/another and a source's noun) opening its clause, then a "who" clause with no comma
    before it, is the verb's subject; never a role set beside a name ("Holt, an aide who ...")."""
    if who < 1 or items[who - 1].kind != "word":
        return None
    plural = _plural_source_opening(items, who - 1)
    if plural is not None:
        return plural  # "Voters who met Ed Hale said", "Many council members who back the plan say"
    found, opener = _indefinite_source(items, who - 1)
    if found is None or (opener and items[opener - 1].kind != "punct"):
        return None  # "... met an official who": the object of a verb, not the subject
    return found


def _plural_source_opening(items: list[Item], head: int) -> Source | None:
    """An unnamed source headed by a plural person's noun that opens its clause ("Voters", "Many
    council members"): that source."""
    if not (plural_person_noun(items[head].low) or items[head].low in OF_SOMEONE_HEADS):
        return None
    found = source_before(items, head)
    if found is None or found.kind != UNNAMED:
        return None
    opener = bisect_left(items, found.start, key=_item_start)
    if opener >= 2 and items[opener - 1].low in _CLAUSE_JOINERS and items[opener - 2].low == ",":
        return found  # "The city blamed the contractor, yet engineers who built it said": a new clause
    return found if opener == 0 or items[opener - 1].kind == "punct" else None


# Words that join a second clause after a comma, before its subject.
_CLAUSE_JOINERS = COORDINATORS | {"yet"}


def _unnamed_before_comma(items: list[Item], who: int) -> Source | None:
    """ "was prompted by a Clear Lens reporter, who asked:": an unnamed person brought in by a/an/one
    right before a comma and "who" is whom the clause is about, object or not; never a role set
    beside a name ("Holt, an aide, who ...")."""
    if who < 3 or items[who - 1].low != "," or items[who - 2].kind != "word":
        return None
    found, _ = _indefinite_source(items, who - 2)
    return found


def _indefinite_source(items: list[Item], head: int) -> tuple[Source | None, int]:
    """The unnamed source ending at `head` that a/an/one/another opens, with the opener's index; none
    when it is a role set beside a name ("Ada Holt, an aide"), whom the named person speaks for."""
    found = source_before(items, head)
    if found is None or found.kind != UNNAMED:
        return None, -1
    opener = next((j for j in range(head + 1) if items[j].start >= found.start), None)
    if opener is None or items[opener].low not in INDEFINITE:
        return None, -1
    if opener >= 2 and items[opener - 1].low in _PARENTHESIS_MARKS and items[opener - 2].kind == "mention":
        return None, -1
    return found, opener


def _body_before_that(items: list[Item], verb: int) -> Source | None:
    """ "The Norfield company that tracks ferry traffic said": a body's noun opening its clause (the
    sentence's start or a comma before it), then a "that" clause of a few words right before the
    verb: the body speaks, never what the clause is about."""
    for back in range(verb - 2, max(0, verb - 2 - _RELATIVE_REACH), -1):
        item = items[back]
        if not (item.kind == "word" or _inside_relative(items, back)):
            return None
        if item.low != "that" or item.cap:
            continue
        head = items[back - 1]
        if head.kind != "word" or head.low not in BUSINESS_NOUNS:
            return None
        found = source_before(items, back - 1)
        if found is None or found.kind != ORGANISATION:
            return None
        opener = next((j for j in range(back) if items[j].start >= found.start), None)
        return found if opener is not None and _opens_clause_with_article(items, opener) else None
    return None


def _opens_clause_with_article(items: list[Item], at: int) -> bool:
    """An article at `at` opening the sentence or a clause after a punctuation mark, not an
    apposition after a name ("CMS, the federal agency that oversees ...": CMS speaks)."""
    if items[at].low not in ARTICLES:
        return False
    if at == 0:
        return True
    named = at >= 2 and (items[at - 2].kind == "mention" or items[at - 2].cap)
    apposition = named and items[at - 1].low == ","
    return items[at - 1].kind == "punct" and not apposition


def _unnamed_before_naming_clause(items: list[Item], verb: int) -> Source | None:
    """ "One adviser who knows Brandt well said", "A man whom Holt hired said": an unnamed person
    opening the clause, then a "who" or "whom" clause naming someone, right before the verb: the
    unnamed person speaks, never the one the clause names."""
    for back in range(verb - 1, max(-1, verb - 1 - _NAMING_CLAUSE_ITEMS), -1):
        item = items[back]
        if item.kind in ("punct", "quote"):
            return None
        if item.low in _WHO_WHOM:
            named = any(i.kind == "mention" for i in items[back + 1 : verb])
            return _unnamed_before_who(items, back) if named else None
    return None


_NAMING_CLAUSE_ITEMS = 10  # "who has known Brandt since their school days"


def _opening_unnamed_who(items: list[Item], verb: int) -> Source | None:
    """ "A former Linwood police officer who once worked with the suspect as a guard at Cedar Point
    Village in Port Emery, Ore., said": an unnamed person opening the sentence, then a "who" clause
    naming no person and saying nothing, however long, up to the verb: the unnamed person speaks,
    never a place or body the clause names."""
    if not items or items[0].low not in INDEFINITE:
        return None
    who = next((j for j in range(1, min(verb, _OPENING_WHO_AT)) if items[j].low == "who"), None)
    if who is None or verb - who > _OPENING_WHO_ITEMS:
        return None
    for at in range(who + 1, verb):
        item = items[at]
        if item.kind == "quote" or (item.kind == "word" and item.low in lx.SPEECH_VERBS):
            return None
        if item.low == "what":
            return None  # "A clerk who took home what auditors called “…”": the auditors' verb
        person = item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON
        if person and items[at - 1].low not in PREPOSITIONS:
            return None  # a person the clause names, not as the object of "with" or "for"
    found, opener = _indefinite_source(items, who - 1)
    if opener == 0:
        return found
    # "An aide to a councilman who favors ...": the one the source opening the sentence serves stands
    # right before "who"; the aide, read on from the sentence's start, speaks.
    serving = source_after(items, 0)
    if serving is None or serving.kind != UNNAMED or serving.end != items[who - 1].end:
        return None
    return serving


_OPENING_WHO_AT = 8  # "A former Linwood police officer who"
_OPENING_WHO_ITEMS = 30
_WHO_WHOM = frozenset(("who", "whom"))


def _appositive_head(items: list[Item], who: int) -> int:
    """Where the role noun phrase a "who" clause hangs on opens ("the polling analyst who"), so the
    comma before it is looked at; `who` when no such phrase of a few lower-case words stands there."""
    start = who
    while start > 0 and who - start < _APPOSITIVE_HEAD_WORDS and lower_word(items[start - 1]):
        start -= 1
    if start == who or items[start].low not in DETERMINERS:
        return who
    return start


_APPOSITIVE_HEAD_WORDS = 4  # "the veteran polling analyst who"
