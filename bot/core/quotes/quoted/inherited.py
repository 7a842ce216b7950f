"""A quotation with no speaker of its own takes one from what comes before: the quotation it
continues, "“A,” X said. “B.”", the sentence introducing it, X's closing sentence, a participle opening.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.article import Paragraph
from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes.function_words import ARTICLES, ASKED, JOINING_CONJUNCTIONS, PASSIVE, PREPOSITIONS
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention, Person
from bot.core.quotes.quoted.own_sentence import short_attribution
from bot.core.quotes.quoted.shared import CONNECTIVES, WORD, Context, Raw, is_partial, title_like
from bot.core.quotes.repeats import bare_quotation
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.sources import UNNAMED
from bot.core.quotes.subjects.before_skips import ly_adverb
from bot.core.quotes.subjects.clauses import issuing_source
from bot.core.quotes.subjects.shared import ASKED_ABOUT, IRREGULAR_PAST, past_title, title_start, verb_like


def _as_speakers_role(raw: Raw, left: list[attr.Item]) -> bool:
    """ "As a potential vice president “I had to get comfortable ...”": a short "as" phrase of role
    words (no name, no verb) before a quotation in the first person describes its speaker, so the
    quotation stands alone as a bare one would."""
    if not left or left[0].low != "as" or len(left) > _AS_ROLE_ITEMS:
        return False
    if any(item.kind != "word" or verb_like(item) for item in left[1:]):
        return False
    opening = raw.paragraph.text[raw.span.start : raw.span.end].split(maxsplit=1)
    return bool(opening) and opening[0] in _FIRST_PERSON


_AS_ROLE_ITEMS = 6  # "As the city's chief executive"
_FIRST_PERSON = frozenset(("I", "We", "I'm", "I’m", "We're", "We’re"))


def _person_joined_after(left: list[attr.Item]) -> attr.Item | None:
    """The person opening a clause joined on by "and" or "but" right after the quotation before,
    with a verb of its own next ("“…,” and Ms. Okeke used it"), if the words start so."""
    at = past_title(left, 1, len(left) - 1)  # "and Ms. Okeke used": past the title
    if len(left) < at + 2 or left[0].low not in JOINING_CONJUNCTIONS or left[at].kind != "mention":
        return None
    named, verb = left[at], left[at + 1]
    if named.possessive or named.mention is None or named.mention.kind != PERSON:
        return None
    # A verb of doing in the past, not "and Rubio was hurt by ...", which a teller may still report.
    past = verb.kind == "word" and (verb.low.endswith("ed") or verb.low in IRREGULAR_PAST)
    return named if past else None


def _named_after_determiner(left: list[attr.Item]) -> bool:
    """Words between two quotations of a sentence that end in "as the new", "as a" or "as the" and
    hold no verb of saying: the second names a thing ("treated as the new “…”"), no one's words."""
    end = len(left)
    while end > 0 and left[end - 1].kind == "word" and left[end - 1].low in _LABEL_ADJECTIVES:
        end -= 1
    if end < 2 or left[end - 1].kind != "word" or left[end - 1].low not in ARTICLES:
        return False
    if left[end - 2].low != "as":
        return False  # "called him a “spoiled brat”": the speaker's own label, said
    return not any(i.kind == "word" and i.low in lx.SPEECH_VERBS for i in left)


_LABEL_ADJECTIVES = frozenset(("new", "latest", "next", "modern", "old"))


def _short_opener(left: list[attr.Item]) -> bool:
    """ "But absent that, “…”", "If so, “…”": a few lower-case words set off by a comma, with no one
    named and no verb of saying, before the quotation open no clause of another's."""
    if len(left) < 2 or left[-1].low != ",":
        return False
    words = [i for i in left[:-1] if not (i.kind == "word" and i.low in CONNECTIVES)]
    # "But with the new rules, “…”": a phrase a preposition opens may run a little longer.
    prepositional = bool(words) and words[0].low in _OPENING_PREPOSITIONS
    most = _PREPOSITIONAL_OPENER_WORDS if prepositional else _SHORT_OPENER_WORDS
    if not words or len(words) > most:
        return False
    return all(i.kind == "word" and not i.cap and i.low not in _NOT_OPENER_WORDS for i in words)


def _circumstance_phrases(left: list[attr.Item]) -> bool:
    """ "But lately, particularly with the party requiring a proportional split of delegates, “…”":
    phrases set off by commas that only tell when or how, each a few plain words or a phrase a
    preposition opens (after an adverb in -ly at most), naming no one and saying nothing, open no
    clause of another's; the quotation goes on from the one reporting before it."""
    if len(left) < 2 or left[-1].low != ",":
        return False
    pieces: list[list[attr.Item]] = [[]]
    for item in left[:-1]:
        if item.low == ",":
            pieces.append([])
        else:
            pieces[-1].append(item)
    return all(_circumstance_phrase(piece) for piece in pieces)


def _circumstance_phrase(piece: list[attr.Item]) -> bool:
    """ "lately", "particularly with the Democratic Party requiring a proportional allocation of
    delegates": a few plain words, or a phrase opened by a preposition that names no person; its
    first word in lower case."""
    words = [i for i in piece if not (i.kind == "word" and i.low in CONNECTIVES)]
    if words and words[0].kind == "word" and ly_adverb(words[0].low) and len(words) > 1:
        words = words[1:]  # "particularly with ...": the adverb that points the phrase
    prepositional = bool(words) and words[0].low in _OPENING_PREPOSITIONS
    most = _CIRCUMSTANCE_WORDS if prepositional else _SHORT_OPENER_WORDS
    if not words or len(words) > most or words[0].cap:
        return False  # "In fact, “…”" opening the sentence is the writer's, as _short_opener reads it
    return all(_plain_or_body(item, prepositional) for item in words)


def _plain_or_body(item: attr.Item, prepositional: bool) -> bool:
    """A lower-case word that is no verb of saying and no pronoun, or, inside a phrase a preposition
    opens, a body's or a place's name ("with the Democratic Party requiring"), which names no one
    who might speak."""
    if item.kind == "mention":
        return prepositional and item.mention is not None and item.mention.kind == NONPERSON
    return item.kind == "word" and (prepositional or not item.cap) and item.low not in _NOT_OPENER_WORDS


_CIRCUMSTANCE_WORDS = 10  # "with the party requiring a proportional split of delegates"


def _subordinate_opener(left: list[attr.Item]) -> bool:
    """ "When they found the bag in his room, “…”", "But when “they leave the forest, ...”": a
    subordinate clause opening the sentence, naming no one and saying nothing, before the quotation
    (or with the quotation inside it) leaves it with the one the sentence before reports."""
    words = [i for i in left if not (i.kind == "word" and i.low in CONNECTIVES)]
    if not words or words[0].kind != "word" or words[0].low not in _OPENING_SUBORDINATORS:
        return False
    if len(words) > _SUBORDINATE_OPENER_ITEMS or (len(words) > 1 and words[-1].low != ","):
        return False
    # "in Tsarnaev's room": an owner named in the clause is no one speaking
    owner = [i.kind == "mention" and i.possessive for i in words]
    plain = [i.kind == "punct" or (i.kind == "word" and i.low not in _NOT_CLAUSE_WORDS) for i in words]
    return all(a or b for a, b in zip(owner, plain, strict=True))


# A verb of saying, or a he or she who might be the one speaking ("When she found it, “…”").
_NOT_CLAUSE_WORDS = lx.SPEECH_VERBS | lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE
_OPENING_SUBORDINATORS = frozenset("when if once because while unless".split())
_SUBORDINATE_OPENER_ITEMS = 12  # "When they found the bag in their friend's room,"
_SHORT_OPENER_WORDS = 3
_PREPOSITIONAL_OPENER_WORDS = 6  # "with the new rules in place"
_OPENING_PREPOSITIONS = frozenset("with without under after before in on for given".split())
# ... and, in a short opener, any subject pronoun ("If they do, “…”" opens a clause of theirs).
_NOT_OPENER_WORDS = _NOT_CLAUSE_WORDS | frozenset("they we i it".split())


def inherited_speaker(
    raw: Raw,
    before: Raw | None,
    previous: list[Raw],
    left: list[attr.Item],
    same_sentence: bool,
    context: Context,
    resolver: Resolver,
) -> Raw | int | None:
    """`“A,” X said. “B.”`, a second quote in X's sentence, or X's quote running on a paragraph:
    the quotation whose speaker this one shares, or a person id found by the sentence before."""
    if same_sentence and _named_after_determiner(left):
        return None  # "Obama's pledge that “…” is being treated as the new “Read my lips”": a label
    joined = _person_joined_after(left) if same_sentence else None
    if joined is not None:
        # "Mr. Dunmore called the collapse “…,” and Ms. Okeke used it as proof of the need for “…”":
        # a clause joined on with a person of its own is that person's, not the first speaker's.
        return resolver.person(attr.Subject("person", mention=joined.mention))
    if same_sentence or (raw.continued and before is not None):
        return before
    if raw.continued and previous:
        return previous[-1]
    if raw.first > 0 and _participle_opening(left):
        # "Maher stated that the report “wasn't good.” Adding, “…”": a sentence opened by a
        # participle of saying alone goes on with the speaker of the sentence before.
        return _introduced_by(raw, context, resolver, sole=False)
    if before is not None and before.last + 1 == raw.first and _goes_on_about(raw, before, left):
        return before
    if raw.first > 0 and _predicate_of_a_group(raw, left):
        # "..., Cordray said in remarks. But many payday lenders “make loans based not on ...”": the
        # words go on with the one the sentence before reports.
        if before is not None and before.last + 1 == raw.first:
            return before if before.speaker is not None else None
        return _introduced_by(raw, context, resolver, sole=False)
    if before is None and raw.first > 0 and _thing_predicate(raw, left, _FOLLOW_ON_WORDS):
        # "And, Okafor warns, mapping is step one, but .... It needs to be part of “…”": the sentence
        # before reports whose talk of the thing the quoted words go on with.
        return _introduced_by(raw, context, resolver, sole=False)
    if before is None and raw.first == 0 and previous and _goes_on_next(raw, previous[-1], left):
        return previous[-1]
    # "“…,” he said outside the building. But “…”": after a connective alone it stands alone.
    standalone = not any(i.kind == "mention" or (i.kind == "word" and i.low not in CONNECTIVES) for i in left)
    standalone = standalone or _short_opener(left) or _subordinate_opener(left) or _circumstance_phrases(left)
    if not standalone and not _as_speakers_role(raw, left):
        return None
    if before is not None:
        joined = before.last + 1 >= raw.first or (
            before.last + 2 == raw.first
            and _attribution_sentence(raw.paragraph, before.last + 1, context, before, resolver)
        )
        if not joined and before.speaker is not None:
            speaker = resolver.registry.person(before.speaker)
            joined = _nobody_between(raw.paragraph, before.last + 1, raw.first, context, speaker, resolver)
            joined = joined or _talked_of_after(raw, before.last + 1, context, resolver)
        if not joined and before.last + 1 < raw.first:
            # "“…,” said Megan Grant. Grant added that the Fed wants ... “…”": the sentence
            # before the quotation speaks for someone, as it would with no quotation before it; a
            # sentence without a verb of saying ("Reyes bought bonds.") gives it to no one.
            return _introduced_by(raw, context, resolver, sole=False)
        later = _joined_speaker_after(before, context, resolver) if joined else None
        if later is not None and later != before.speaker:
            return later  # "Vasko promised that “…,” and Brannigan declared the scandal over. “…”"
        return before if joined else None
    if raw.first == 1 and previous and _ends_paragraph(previous[-1]) and _writers_question(raw.paragraph):
        # "..., said: “…” ¶ What about his conviction for fraud? “That's nonsense.”": the writer asks,
        # and the one just quoted answers.
        return previous[-1]
    if raw.first > 0 and previous:
        carrier = _source_carried_on(raw, previous[-1], context, resolver)
        if carrier is not None:
            return carrier  # "“…,” the clerk said. ¶ She said the bribes had doubled. “…”": the clerk's
    if raw.first > 0:
        return _introduced_by(raw, context, resolver)
    presenter = _presenter_before(context)
    if presenter is not None:
        return presenter  # "Velsky gave a speech on the town's future. ¶ Here are some highlights: ¶ “…”"
    unspoken = previous and previous[-1].speaker is None and previous[-1].source is None
    presented = _whose_words_follow(context.lead_in) if unspoken and context.lead_in is not None else []
    if presented:
        return resolver.person(presented[-1])  # "Here are excerpts from “Of Lions and Bears” ...:"
    if previous and _ends_paragraph(previous[-1]):
        return previous[-1]
    if previous and context.lead_in is not None and _closing_speaker(previous, context.lead_in, resolver):
        return previous[-1]
    if previous and context.lead_in is not None and bare_quotation(raw.paragraph.text):
        # "X, who calls Reed a “sociopath,” said ... Rather, he said, ... ¶ “…”": the paragraph
        # ends on reported speech, whose speaker goes on in a paragraph of quoted words alone.
        found = [s for _, s in attr.events(context.lead_in) if s.kind in ("person", "pronoun")]
        return resolver.person(found[-1]) if found else None
    if not previous and context.lead_in is not None:
        if _asks_last(context.lead_in):
            raw.unclear = True  # "Ada Vick asked why he changed his account. ¶ “…”": the answer, not hers
            return None
        bare = bare_quotation(raw.paragraph.text)
        found = _speaker_of_sentence(context.lead_in, resolver, bare)
        return found if found is not None or not bare else _last_speaker_gone_on(raw, context, resolver)
    return None


def _last_speaker_gone_on(raw: Raw, context: Context, resolver: Resolver) -> int | None:
    """ "“…,” said Brett Oakes. ¶ Oakes worked for Crane then ... He pointed to those talks as ... ¶
    “…”": the person last quoted, a paragraph or two up (or three, past a paragraph of their reported
    speech), whom the sentence before a paragraph of quoted words alone is about (its he or she, or
    their name, opening it), goes on speaking."""
    if resolver.last_speaker is None or context.lead_in is None:
        return None
    speaker_id, paragraph = resolver.last_speaker
    close = resolver.close(paragraph, raw.paragraph.number)
    if not close and not _reported_after_quoting(speaker_id, paragraph, context, resolver):
        return None
    items = context.lead_in
    mentions = [i.mention for i in items if i.kind == "mention" and i.mention is not None]
    people = [m for m in mentions if m.kind in (PERSON, AMBIGUOUS, PRONOUN)]
    if not people or not people[0].subject_like:
        return None
    speaker = resolver.registry.person(speaker_id)
    return speaker_id if _about_the_speaker(people[0], speaker) else None


def _reported_after_quoting(speaker_id: int, quoted: int, context: Context, resolver: Resolver) -> bool:
    """ "“…,” Quaint said. ¶ Quaint finished first in her class, but no firm would hire her, she said.
    ¶ She taught ... . ¶ “…”": the paragraph right after the speaker's quotation, two before the
    words alone, ends on their reported speech, which carries them on as a quotation there would."""
    if not context.earlier:
        return False
    paragraph, between = context.earlier[0]
    after = resolver.position.get(paragraph.number, 0) == resolver.position.get(quoted, 0) + 1
    if not after or not paragraph.sentences:
        return False
    sentence = paragraph.sentences[-1]
    return _speaker_of_sentence(between.items(sentence.start, sentence.end), resolver) == speaker_id


def _goes_on_about(raw: Raw, before: Raw, left: list[attr.Item]) -> bool:
    """ "“We thought only Reyes was rude,” said Aida. Reyes “kind of misspoke. This is not ...”", "“…,”
    Holt has said. That makes her “by definition a trustworthy person.”": a partial quotation in the
    sentence right after a person's quotation, whose own words are only another person named before
    the quotation (its subject; the quoted words its predicate) or a "that" or "this" opening a clause
    that names no one and says nothing, goes on in that speaker's voice."""
    if (before.speaker is None and before.source is None) or not is_partial(raw) or title_like(raw):
        return False
    if len(WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])) < _ABOUT_MIN_WORDS:
        return False
    words = _own_words(left)
    if not words or any(i.kind == "quote" for i in left):
        return False
    if len(words) == 1 and words[0].kind == "mention" and left[-1] is words[0]:
        named = words[0].mention
        return named.kind == PERSON and not named.possessive and named.ids != (before.speaker,)
    openers = _DEMONSTRATIVES
    past = _past_opening_phrase(left)
    opened = _own_words(past)
    if past is not left and opened and len(opened) <= _ABOUT_WORDS:
        words, openers = opened, _THING_PRONOUNS  # "For example, it can “…”": the thing talked of
    if words[0].kind != "word" or words[0].low not in openers or len(words) > _ABOUT_WORDS:
        return False
    people = any(i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS) for i in words)
    return not people and not any(attr.is_speech_verb(left, j) for j in range(len(left)))


def _past_opening_phrase(left: list[attr.Item]) -> list[attr.Item]:
    """The items after a short phrase of plain words set off by a comma ("For example,", "In
    practice,"); all of them when there is none."""
    comma = next((j for j, item in enumerate(left) if item.low == ","), None)
    if comma is None or not 0 < comma <= _OPENING_PHRASE_WORDS:
        return left
    plain = all(i.kind == "word" and (j == 0 or not i.cap) for j, i in enumerate(left[:comma]))
    return left[comma + 1 :] if plain else left


_OPENING_PHRASE_WORDS = 3  # "For example", "In the end"


def _predicate_of_a_group(raw: Raw, left: list[attr.Item]) -> bool:
    """A partial quotation right after a plain group subject opening its sentence ("But many payday
    lenders “…”"): the quoted words are its predicate."""
    words = _own_words(left)
    if not is_partial(raw) or title_like(raw) or not words or left[-1] is not words[-1]:
        return False
    quoted = raw.paragraph.text[raw.span.start : raw.span.end]
    return len(WORD.findall(quoted)) >= _ABOUT_MIN_WORDS and _plain_group_subject(words)


def _plain_group_subject(words: list[attr.Item]) -> bool:
    """A few lower-case words opened by a quantifier, ending on a plural noun and holding no verb
    ("many payday lenders", "most of the banks"): what the quoted predicate is said of."""
    while words and words[-1].kind == "word" and words[-1].low in _TIME_ADVERBS:
        words = words[:-1]  # "But the protest parties today “…”"
    if not 2 <= len(words) <= _ABOUT_WORDS or words[0].low not in _QUANTIFIERS:
        return False
    if any(w.kind != "word" or w.cap for w in words[1:]):
        return False
    # The plural noun ends the phrase; a verb before it ("many lenders said") would be a clause.
    return words[-1].low.endswith("s") and not any(verb_like(w) for w in words[1:-1])


def _own_words(left: list[attr.Item]) -> list[attr.Item]:
    """The words before a quotation in its sentence, past the connectives opening it ("But", "And")."""
    words = [i for i in left if i.kind != "punct"]
    while words and words[0].kind == "word" and words[0].low in CONNECTIVES:
        words = words[1:]
    return words


_ABOUT_MIN_WORDS = 3  # "“kind of misspoke”"; not a word or two a writer quotes as a label
_ABOUT_WORDS = 5  # "That makes her", "This, he argued, means"
_DEMONSTRATIVES = frozenset(("that", "this"))
_QUANTIFIERS = frozenset("many most some several few all such the these those".split())
_TIME_ADVERBS = frozenset("today now still".split())


def _goes_on_next(raw: Raw, last: Raw, left: list[attr.Item]) -> bool:
    """ "“…,” he said. ¶ They also form “the most influential bloc in the league.”": a partial
    quotation opening the paragraph after one that ends on a person's quotation, its own words a few,
    opened by a pronoun for the thing talked about and naming no one and saying nothing, goes on in
    that speaker's voice, as it would in the same paragraph."""
    if last.speaker is None or not _ends_paragraph(last):
        return False
    return _thing_predicate(raw, left, _ABOUT_WORDS)


def _thing_predicate(raw: Raw, left: list[attr.Item], most_words: int) -> bool:
    """A partial quotation of a few words or more after at most `most_words` of the writer's, opened
    by a pronoun for the thing talked about ("It needs to be part of “…”"), naming no one and saying
    nothing: the quoted words are what is said of the thing, in the voice talking of it."""
    if not is_partial(raw) or title_like(raw):
        return False
    if len(WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])) < _NEXT_MIN_WORDS:
        return False
    words = _own_words(left)
    if not words or len(words) > most_words or any(i.kind == "quote" for i in left):
        return False
    if words[0].kind != "word" or words[0].low not in _THING_PRONOUNS:
        return False
    if any(i.kind == "mention" for i in words):
        return False
    return not any(attr.is_speech_verb(left, j) for j in range(len(left)))


_FOLLOW_ON_WORDS = 6  # "It needs to be part of": the writer's words going on after a report
_NEXT_MIN_WORDS = 4  # as quotes-dev scores: not a writer's label of a word or three
_THING_PRONOUNS = frozenset(("it", "they", "this", "that", "these"))


def _participle_opening(left: list[attr.Item]) -> bool:
    """ "Adding, “…”", "Continuing: “…”": nothing before the quotation but a verb of saying in -ing."""
    words = [j for j, item in enumerate(left) if item.kind != "punct"]
    return words == [0] and left[0].low.endswith("ing") and attr.is_speech_verb(left, 0)


_GAP_SENTENCES = 2


def _nobody_between(
    paragraph: Paragraph,
    first: int,
    end: int,
    context: Context,
    speaker: Person | None = None,
    resolver: Resolver | None = None,
) -> bool:
    """ "“A,” Holt said. They lie far from any route. “B.”": a sentence or two of the writer's,
    naming nobody and quoting nothing, between a speaker's quotation and the next; or about the
    speaker ("“A,” says Dana Pruitt, 32. Pruitt supports Holt in the race. “B.”")."""
    if end - first > _GAP_SENTENCES:
        return False
    for sentence in paragraph.sentences[first:end]:
        if context.quotation_starts_in(sentence.start, sentence.end):
            return False
        items = context.items(sentence.start, sentence.end)
        if issuing_source(items) is not None:
            return False  # "Harbor Bank issued a brief statement.": the next words may be the bank's
        named = [i.mention for i in items if i.kind == "mention" and i.mention is not None]
        people = [m for m in named if m.kind in (PERSON, AMBIGUOUS, PRONOUN)]
        saying = any(attr.is_speech_verb(items, j) for j in range(len(items)))
        if speaker is not None and people and not saying and _about_the_speaker(people[0], speaker):
            continue
        # "“…,” Tom Reyes said. She shook her head. “…”": a pronoun that cannot be the speaker is
        # someone else the sentence is about, and the next words may be hers; unless a slip.
        other = speaker is not None and any(_other_gender(m, speaker) for m in people)
        if other and (resolver is None or not _inserted_slip(items, resolver)):
            return False
        # "“…,” said Freddy Ortiz. But the oversized Reyes face has not hurt interest. “…”": a
        # name that is no subject of the writer's sentence names no one who speaks.
        if any(m.kind in (PERSON, AMBIGUOUS) and (m.subject_like or m.possessive) for m in people):
            return False
    return True


def _talked_of_after(raw: Raw, first: int, context: Context, resolver: Resolver) -> bool:
    """ "“A.” And Scotland forward Sam Tyler looks certain to get the call. “B ... Sam Tyler is an
    outstanding player ...”": a writer's sentence or two about other people, quoting nothing and with
    no verb of saying, between two quotations does not part them when the quotations after it speak
    of every one of those people by surname: no one talks of himself so, and the speaker goes on."""
    paragraph = raw.paragraph
    if raw.first - first > _GAP_SENTENCES:
        return False
    surnames = set()
    for sentence in paragraph.sentences[first : raw.first]:
        if context.quotation_starts_in(sentence.start, sentence.end):
            return False
        items = context.items(sentence.start, sentence.end)
        if any(attr.is_speech_verb(items, j) for j in range(len(items))):
            return False
        named = [i.mention for i in items if i.kind == "mention" and i.mention is not None]
        surnames |= {resolver.registry.person(m.ids[0]).surname for m in named if m.kind == PERSON}
    if not surnames:
        return False
    later = " ".join(paragraph.text[a:b] for a, b in context.ranges if a >= raw.span.start)
    return all(re.search(rf"\b{re.escape(name)}\b", later) for name in surnames)


def _other_gender(mention: Mention, speaker: Person) -> bool:
    """A subject pronoun of the other gender than the speaker's ("she" after a man spoke)."""
    if mention.kind != PRONOUN or not mention.subject_like:
        return False
    return None not in (mention.gender, speaker.gender) and mention.gender != speaker.gender


def _inserted_slip(items: list[attr.Item], resolver: Resolver) -> bool:
    """ "“…,” says Helen Nandakumar. ... In the past, he says, families could move ...": a he or she
    set off by commas with its verb of saying inside the writer's sentence, when the article names no
    one its gender fits before it, is a slip for the speaker going on, no one else the sentence is
    about."""
    for at in range(1, len(items) - 2):
        pronoun = items[at].mention if items[at].kind == "mention" else None
        if pronoun is None or pronoun.kind != PRONOUN or items[at - 1].low != ",":
            continue
        if items[at + 1].low not in lx.SPEECH_VERBS or items[at + 2].low != ",":
            continue
        return not _named_before_of_gender(pronoun, resolver)
    return False


def _named_before_of_gender(pronoun: Mention, resolver: Resolver) -> bool:
    """Whether a body paragraph up to the pronoun names, before it, a person its gender may fit."""
    return any(
        resolver.gender_fits(person.id, pronoun.gender)
        and resolver.named_in_body_before(person.id, pronoun.paragraph, pronoun.start)
        for person in resolver.registry.persons
    )


def _about_the_speaker(subject: Mention, speaker: Person) -> bool:
    """The first person a sentence names is the speaker: by name, or "she" for a woman speaking."""
    if subject.kind == PRONOUN:
        return speaker.gender is not None and subject.gender == speaker.gender
    return subject.kind == PERSON and subject.ids == (speaker.id,) and subject.subject_like


def _attribution_sentence(
    paragraph: Paragraph, index: int, context: Context, before: Raw, resolver: Resolver
) -> bool:
    """ "“Is that all there is?” Reed said. “We need ...”": the short "X said." that a quotation
    ending in ?, ! or . leaves as a sentence of its own, between it and the next quotation; not
    when the quotation before has another speaker ("Pell wrote: “…” Crale replied. “…”")."""
    sentence = paragraph.sentences[index]
    if context.quotation_starts_in(sentence.start, sentence.end):
        return False
    items = context.items(sentence.start, sentence.end)
    # "“…?” Reed pressed. “…”", not "“…,” Holt said. Reed disagreed. “…”": a verb of no saying
    # attributes only when its sentence follows the quotation itself.
    tail = paragraph.text[before.span.end : paragraph.sentences[index - 1].end] if index > 0 else "x"
    bare = not any(ch.isalpha() for ch in tail)
    if not short_attribution(items):
        return False
    subject = attr.immediate_event(items, bare)
    if subject is None:
        return False
    if before.speaker is None or subject.kind != "person":
        return True
    return resolver.person(subject) == before.speaker


def _closing_speaker(previous: list[Raw], items: list[attr.Item], resolver: Resolver) -> bool:
    """ "Though she called it “outrageous,” Holt restricted comments to ... ¶ “If any bank ...”": a
    paragraph whose quotations are all one person's, ending on a sentence naming that person alone
    (as subject), hands them the quotation standing alone after it."""
    speakers = {raw.speaker for raw in previous}
    if len(speakers) != 1 or None in speakers:
        return False
    named = [i.mention for i in items if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if not named:
        # "“…,” Reyes added. He then had a question for the crowd. ¶ “…”": the speaker's he or she.
        speaker = resolver.registry.person(next(iter(speakers)))
        mentions = [i.mention for i in items if i.kind == "mention"]
        if not (mentions and _about_the_speaker(mentions[0], speaker) and mentions[0].subject_like):
            return False
        # "Okafor likes to quote Marrow's remark that we are “…” But he has also warned ...": a he
        # meaning the one who quoted the words, not their speaker.
        meant = resolver.person(attr.Subject("pronoun", mentions[0])) if mentions[0].kind == PRONOUN else None
        return meant in (None, speaker.id)
    people = {resolver.person(attr.Subject("person", m)) for m in named}
    return people == speakers and any(m.subject_like and not m.possessive for m in named)


def _speaker_of_sentence(items: list[attr.Item], resolver: Resolver, bare: bool = False) -> int | None:
    """The person the last verb of saying of a sentence belongs to, if it is a named person or pronoun;
    for a `bare` paragraph of quoted words, the teller of a report ending the sentence."""
    events = attr.events(items)
    # "Holt restricted comments about ...": a plural noun of saying with no speaker is no verb.
    kept = [(verb, subject) for verb, subject in events if not attr.aside(items, verb, subject)]
    if bare:
        kept = _speaker_over_describer(items, _teller_over_report(items, kept))
    found = [subject for _, subject in kept]
    if found and found[-1].kind == "other" and found[-1].verb == "asked":
        answering = attr.asked_answers(items)  # "Kessel was asked what ...:": she answers after it
        found = [answering] if answering is not None else found
    if not found:
        # "Maria Lopez, 34, a teacher from Phoenix:" opening a voice, its words in the next paragraph.
        colon = attr.colon_subject(items)
        found = [colon] if colon is not None else []
    if not found:
        found = _whose_words_follow(items)
    if not found and bare:
        found = _speech_given(items) or _weighed_in(items)
    if not found or found[-1].kind not in ("person", "pronoun"):
        return None
    return resolver.person(found[-1])


def _speech_given(items: list[attr.Item]) -> list[attr.Subject]:
    """ "He used the hearing to deliver a speech that became the movement's manifesto.": the one who
    delivers or gives a speech the sentence names, whose words a paragraph of quoted words after it are."""
    for at, item in enumerate(items):
        if item.low not in _DELIVERING or not any(i.low in _SPEECHES for i in items[at + 1 : at + 4]):
            continue
        before = [i for i in items[:at] if i.kind == "mention" and i.mention.kind in (PERSON, PRONOUN)]
        if len(before) != 1 or before[0].possessive:
            return []
        kind = "pronoun" if before[0].mention.kind == PRONOUN else "person"
        return [attr.Subject(kind, before[0].mention)]
    return []


_DELIVERING = frozenset("deliver delivers delivered delivering give gives gave giving".split())
_SPEECHES = frozenset("speech address sermon lecture eulogy".split())


def _weighed_in(items: list[attr.Item]) -> list[attr.Subject]:
    """ "Holt finally weighed in on Twitter.", "Tobin did not weigh in until 6:40 a.m. Saturday.": the
    one who weighs in (speaks up, the words left for after), named right before the verb past its
    auxiliaries and adverbs, whose words a paragraph of quoted words after it are; not "weighed in at
    190 pounds", nor "did not weigh in" with no "until" (one who kept silent)."""
    for at in range(1, len(items) - 1):
        if items[at].low not in _WEIGHING or items[at + 1].low != "in":
            continue
        following = items[at + 2].low if at + 2 < len(items) else ""
        if following == "at":
            return []
        back = at - 1
        while back > 0 and items[back].kind == "word" and items[back].low in _BEFORE_WEIGHING:
            back -= 1
        denied = any(items[j].low == "not" for j in range(back + 1, at))
        if denied and following != "until":
            return []
        named = items[back]
        if named.kind != "mention" or named.possessive or named.mention.kind not in (PERSON, PRONOUN):
            return []
        return [attr.Subject("pronoun" if named.mention.kind == PRONOUN else "person", named.mention)]
    return []


_WEIGHING = frozenset("weigh weighs weighed weighing".split())
# "did not", "finally": words between the one weighing in and the verb.
_BEFORE_WEIGHING = frozenset(
    "did does do has have had will would not finally also quickly later then soon".split()
)


def _asks_last(items: list[attr.Item]) -> bool:
    """Whether the sentence's last verb of saying puts a question in the writer's words ("asked why
    he changed", "asks whether"): the quotation after it is its answer, someone else's."""
    events = attr.events(items)
    if not events:
        return False
    verb = events[-1][0]
    following = items[verb + 1] if verb + 1 < len(items) else None
    if verb >= 1 and items[verb - 1].low in PASSIVE:
        return False  # "Kessel was asked what the worst case could be:": the one asked answers
    return items[verb].low in ASKED and following is not None and following.low in _QUESTION_WORDS


_QUESTION_WORDS = ASKED_ABOUT - frozenset(("about",))  # "asked why", not "asked about the plan"


def _whose_words_follow(items: list[attr.Item]) -> list[attr.Subject]:
    """ "Here are a few choice excerpts from the lecture that shed light on Quill's judicial
    philosophy:": a sentence presenting words (excerpts, passages, remarks ...) before its colon,
    naming one person, presents that person's words."""
    if not items or items[-1].low != ":" or not any(i.low in _PRESENTED_WORDS for i in items):
        return []
    named = _outside_parentheses(items)  # "Gorsuch's (and Scalia's) judicial philosophy:"
    people = [i for i in named if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if len(people) != 1 or any(i.kind == "mention" and i.mention.kind == PRONOUN for i in named):
        return []
    return [attr.Subject("person", people[0].mention)]


def more_of_the_last(left: list[attr.Item], last: Raw, context: Context) -> bool:
    """ "Here's more:" alone before the quotation, opening its paragraph, right after a paragraph
    whose last quotation has a speaker or a source: more of the same words."""
    if context.before is None or last.paragraph is not context.before[0] or not left or left[-1].low != ":":
        return False
    words = tuple(i.low for i in left if i.kind == "word")
    return words in _MORE_OPENINGS and (last.speaker is not None or last.source is not None)


# "Here's more:", "Here is more:", "More:" (the tokens leave out the "'s").
_MORE_OPENINGS = frozenset((("here", "more"), ("here", "is", "more"), ("more",)))


def _presenter_before(context: Context) -> int | None:
    """ "Here are some highlights:" naming no one presents the words of the person the paragraph
    before it names most often (more often than anyone else), as a reader takes it."""
    items = context.lead_in
    if not items or items[-1].low != ":" or items[0].low != "here" or context.before is None:
        return None
    if not any(i.low in _PRESENTED_WORDS for i in items) or any(i.kind == "mention" for i in items):
        return None
    paragraph, before = context.before
    end = paragraph.sentences[-1].start  # the sentences before the presenting one ...
    # ... or, when it stands alone, the nearest paragraph before naming someone (past an
    # "Advertisement:" line)
    people = [m for m in before.mentions.values() if m.kind == PERSON and m.start < end]
    for _, before in context.earlier if not people else ():
        people = [m for m in before.mentions.values() if m.kind == PERSON]
        if people:
            break
    counts = Counter(i for m in people for i in m.ids)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _outside_parentheses(items: list[attr.Item]) -> list[attr.Item]:
    """The items that no parenthesis holds."""
    kept, depth = [], 0
    for item in items:
        if item.low == "(":
            depth += 1
        elif item.low == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(item)
    return kept


# Nouns for words a sentence presents before its colon ("Here are a few excerpts ...:").
_PRESENTED_WORDS = frozenset("excerpts excerpt passages passage remarks quotes highlights lines".split())


def _teller_over_report(
    items: list[attr.Item], events: list[tuple[int, attr.Subject]]
) -> list[tuple[int, attr.Subject]]:
    """ "Schorr elaborated in a piece for the Journal that superdelegates pledged to Holt may
    reconsider.": a verb inside the clause a person's "that" reports, whose subject is no one known,
    is part of what that person said, and leaves the sentence to the teller."""
    if len(events) < 2 or events[-1][1].kind != "other" or events[-1][1].source is not None:
        return events
    teller, last = events[-2], events[-1][0]
    if teller[1].kind not in ("person", "pronoun"):
        return events
    reports = any(i.kind == "word" and i.low == "that" for i in items[teller[0] + 1 : last])
    return events[:-1] if reports else events


def _speaker_over_describer(
    items: list[attr.Item], events: list[tuple[int, attr.Subject]]
) -> list[tuple[int, attr.Subject]]:
    """ "Vasquez-Hart agrees with the rural focus described by Oyelaran, but warns that ... ¶ “…”": a
    past participle of saying right after the noun it describes only tells whose that noun's words
    were; the person saying something of it earlier in the sentence is whom a paragraph of quoted
    words alone after it goes on with."""
    if len(events) < 2 or events[-2][1].kind not in ("person", "pronoun"):
        return events
    verb = events[-1][0]
    by = verb + 1 < len(items) and items[verb + 1].low == "by"
    return events[:-1] if by and attr.reduced_passive(items, verb) else events


def _joined_speaker_after(before: Raw, context: Context, resolver: Resolver) -> int | None:
    """ "Vasko promised in 1990 that “…,” and Hector Brannigan declared the scandal over in 1973.":
    the person a clause joined after the quotation ("and", "but", "while") makes say something, who
    goes on speaking in the next sentence's quotation; None when no such clause follows."""
    sentence = before.paragraph.sentences[before.last]
    items = context.items(before.span.end, sentence.end)
    # the comma before the joining word, or the one inside the quotation's closing mark ("over,” and")
    joins = [
        j
        for j in range(1, len(items))
        if items[j].low in _JOINING and (items[j - 1].low == "," or items[j - 1].kind == "quote")
    ]
    if not joins:
        return None
    found = [s for verb, s in attr.events(items) if verb > joins[0] and s.kind == "person"]
    return resolver.person(found[-1]) if found else None


_JOINING = frozenset(("and", "but", "while"))


def _introduced_by(raw: Raw, context: Context, resolver: Resolver, sole: bool = True) -> int | None:
    """`X warned that the deck needed work. “If we wait ...”`: the sentence before speaks for X;
    with `sole`, a sentence without a verb of saying speaks for the one person it names as subject."""
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = context.items(sentence.start, sentence.end)
    # "... by saying she would be willing to sail if asked.": a verb with no speaker at all
    # ("if asked", "during which callers asked") is no one's, and leaves the speaker before it.
    found = [s for _, s in attr.events(items) if s.kind != "other" or s.source is not None]
    if not found:
        subject = _sole_subject(items, resolver) if sole else _beat_subject(items, resolver)
        if subject is None and raw.first >= 2 and _names_no_one(items):
            # "..., Coombe said. The bridge carries eight thousand cars a day. “In the long run, …”":
            # a sentence of fact naming no one between her report and her words.
            return _reporter_of(raw.paragraph.sentences[raw.first - 2], context, resolver)
        return subject
    if found[-1].kind == "other":
        return None
    return resolver.person(found[-1])


def _source_carried_on(raw: Raw, last: Raw, context: Context, resolver: Resolver) -> Raw | None:
    """ "“…,” the clerk said. ¶ She said the bribes had doubled since the spring. “…”": the
    quotation `last`, of an unnamed source, when the sentence before this one is told by a he or
    she carrying that source on; the quotation is the source's too, which no person id can say."""
    if last.source is None or last.source[1] != UNNAMED:
        return None
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = context.items(sentence.start, sentence.end)
    found = [s for _, s in attr.events(items) if s.kind != "other" or s.source is not None]
    if not found or found[-1].kind != "pronoun" or found[-1].mention is None:
        return None
    return last if resolver.unnamed_source_carried(found[-1].mention) == last.source else None


def _names_no_one(items: list[attr.Item]) -> bool:
    """A sentence naming no person, with no he or she, no quotation and no body putting words out
    ("Harbor Bank issued a statement on Monday." introduces the bank's)."""
    people = (PERSON, AMBIGUOUS, PRONOUN)
    named = any(i.kind == "mention" and i.mention is not None and i.mention.kind in people for i in items)
    return not named and not any(i.kind == "quote" for i in items) and issuing_source(items) is None


def _reporter_of(sentence, context: Context, resolver: Resolver) -> int | None:
    """The person whose verb of saying ends a sentence of reported speech holding no quotation
    ("..., Coombe said.")."""
    items = context.items(sentence.start, sentence.end)
    if any(i.kind == "quote" for i in items):
        return None
    found = [(at, s) for at, s in attr.events(items) if s.kind in ("person", "pronoun")]
    if not found:
        return None
    verb, subject = found[-1]
    # "Voters are befuddled, says Mark Krikorian, director of ..., and ...": an inverted attribution
    # set off by a comma inside the sentence reports it as a closing one does.
    inverted = (
        verb >= 1
        and items[verb - 1].low == ","
        and verb + 1 < len(items)
        and items[verb + 1].kind == "mention"
    )
    closing = verb >= len(items) - _CLOSING_ATTRIBUTION_ITEMS
    if not closing and not (inverted and len(found) == 1) and not _opening_report(items, found):
        return None
    return resolver.person(subject)


_CLOSING_ATTRIBUTION_ITEMS = 4  # "Coombe said.", "said Ada Coombe."


def _opening_report(items: list[attr.Item], found: list[tuple[int, attr.Subject]]) -> bool:
    """ "Brannock says many of those affected have been bus drivers.": a sentence that opens on its
    one teller (after a connective at most) and a verb of reporting ("says", "said"), the rest of it
    what was said, reports it as a closing "..., Brannock said." does; not a teller inside the
    sentence ("Voters are confused, and Fisk says ...")."""
    if len(found) != 1:
        return False
    verb, subject = found[0]
    first = next((at for at, item in enumerate(items) if item.kind == "mention"), None)
    if first is None or subject.mention is not items[first].mention:
        return False
    opening = items[: title_start(items, first)]  # "But Ms. Brannock says": past the title
    if not all(item.kind == "word" and item.low in CONNECTIVES for item in opening):
        return False
    if verb != first + 1 or items[verb].low not in lx.CORE_SPEECH_VERBS or verb + 1 >= len(items):
        return False
    # "Mrs Harlow said: 'The name ...": words set off after the verb are quoted, not reported.
    return items[verb + 1].kind in ("word", "mention")


def _sole_subject(items: list[attr.Item], resolver: Resolver) -> int | None:
    """ "Sen. Tom Reyes (Vt.) identified young voters as ... “The younger people are ...”": the
    one person a sentence names, as its subject, introduces the quotation that follows it."""
    people = [i for i in items if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    pronouns = [i for i in items if i.kind == "mention" and i.mention.kind == PRONOUN]
    if not people and len(pronouns) == 1 and _opens_clause(items, pronouns[0]):
        # "And she won't commit to an opinion yet. “I'm just in the middle of it.”": a he or she
        # subject, the one person the sentence speaks of, introduces it as a name would.
        return resolver.person(attr.Subject("pronoun", pronouns[0].mention))
    if len(people) == 1 and not pronouns and _for_opening(items, people[0]):
        # "For Reyes, the answer is simple. “…”": the one person the writer speaks for, opening it.
        return resolver.person(attr.Subject("person", people[0].mention))
    subjects = [i for i in people if i.mention.subject_like and not i.possessive]
    if len(subjects) != 1 or people[0] is not subjects[0]:
        return None  # one subject, named first: "On “Face the Nation,” Pike, who lost to Holt, ..."
    if pronouns or _after_label(items, people[0]):
        return None
    return resolver.person(attr.Subject("person", people[0].mention))


def _after_label(items: list[attr.Item], person: attr.Item) -> bool:
    """ "Experienced: Owen Brisk at the controls last year.": a caption's label and its colon
    before the name, and no verb after it; the name is what the label shows, no subject
    introducing a quotation ("Baltimore, July 2006: Craig Allen, 74, heard ..." is one)."""
    at = items.index(person)
    if not any(item.low == ":" for item in items[:at]):
        return False
    following = items[at + 1] if at + 1 < len(items) else None
    return following is not None and following.kind == "word" and following.low in PREPOSITIONS


def _beat_subject(items: list[attr.Item], resolver: Resolver) -> int | None:
    """ "“…,” Tom Ebeling said. Betsy Ebeling shook her head. “…”": a sentence that names one person
    alone, opening it (after a connective at most) with a gesture ("shook her head", "smiled",
    "shrugs"), hands the quotation after it to that person, also after someone else's quotation."""
    words = [i for i in items if i.kind != "punct"]
    people = [i for i in words if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS, PRONOUN)]
    if len(people) != 1 or people[0].mention.kind == PRONOUN or people[0].possessive:
        return None
    at = words.index(people[0])
    if at + 1 >= len(words) or not all(w.kind == "word" and w.low in CONNECTIVES for w in words[:at]):
        return None
    if words[at + 1].low not in _BEAT_VERBS:
        return None
    return resolver.person(attr.Subject("person", people[0].mention))


# Gestures a feature writes between two speakers' quotations, marking who speaks next.
_BEAT_VERBS = frozenset(
    "shook nodded smiled grinned shrugged laughed chuckled sighed paused frowned winced grimaced smirked "
    "shakes nods smiles grins shrugs laughs chuckles sighs pauses frowns winces grimaces smirks".split()
)


def _for_opening(items: list[attr.Item], person: attr.Item) -> bool:
    """ "For Reyes, the answer ...": "For", the name and a comma open the sentence."""
    words = [i for i in items if i.kind != "punct" or i.low == ","]
    return (
        len(words) > 3
        and words[0].kind == "word"
        and words[0].low == "for"
        and words[1] is person
        and not person.possessive
        and words[2].low == ","
    )


def _opens_clause(items: list[attr.Item], pronoun: attr.Item) -> bool:
    """A he or she opening the sentence, after a connective at most ("And she", "But he"), or opening
    its main clause after an opening phrase a comma closes ("Asked about the pier, he shook his head.",
    "At the dock, she ...") that names no one and quotes nothing."""
    if pronoun.low not in ("he", "she"):
        return False
    words = [i for i in items if i.kind != "punct"]
    at = words.index(pronoun)
    if all(w.kind == "word" and w.low in CONNECTIVES for w in words[:at]):
        return True
    place = items.index(pronoun)
    return place > 1 and items[place - 1].low == "," and all(w.kind == "word" for w in words[:at])


def _writers_question(paragraph: Paragraph) -> bool:
    """A paragraph opening on a short question of the writer's, a question word first, in lower case
    after it and with no quotation mark ("What about his record as a felon?"; "The conclusion?" only
    names what follows)."""
    question = paragraph.sentences[0].text.strip()
    words = question.split()
    if not question.endswith("?") or len(words) > _QUESTION_MAX_WORDS or any(m in question for m in '“”"'):
        return False
    if words[0].casefold() not in _QUESTION_OPENERS:
        return False
    return all(not word[:1].isupper() for word in words[1:])


_QUESTION_MAX_WORDS = 10
_QUESTION_OPENERS = frozenset("what why how who where when is was does did do will can should".split())


def _ends_paragraph(raw: Raw) -> bool:
    return raw.last >= len(raw.paragraph.sentences) - 1
