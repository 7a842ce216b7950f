"""The subject of a verb of saying made a quotation's speaker or source: a person, a pronoun's
antecedent, "they" of a group, "it" of a body, an unnamed source met before ("the spokesperson added").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from bot.core import constants
from bot.core.article import Paragraph
from bot.core.article.newsprint import tweet_signature
from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes.function_words import (
    ALONGSIDE_OPENERS,
    JOINING_CONJUNCTIONS,
    NAMELESS,
    PASSIVE,
    POSSESSIVE_GENDERS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    REPLYING_VERBS,
    SPEAKING_FOR_HEADS,
)
from bot.core.quotes.function_words import WRITINGS as WRITERS_WRITINGS
from bot.core.quotes.marks import SENTENCE_ENDS
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.quoted.described import described_person
from bot.core.quotes.quoted.shared import CONNECTIVES, Context, Raw, sentence_index
from bot.core.quotes.quoted.taken_up import (
    THE_PERSON,
    ordinal_taken_up,
    person_taken_up,
    role_taken_up,
    source_taken_up,
    stands_for,
    unquoted_holders_source,
)
from bot.core.quotes.references import (
    indefinite_person,
    shaped_role,
    unnamed_according_to,
    unnamed_doer,
    unnamed_inverted_speaker,
    unnamed_reporter,
    unnamed_speaker_after_quotation,
)
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.resolving.shared import SENTENCE_CONJUNCTIONS, mention_start
from bot.core.quotes.roles import (
    FORMER_WORDS,
    PRESS_ROLES,
    PUBLIC_OFFICES,
    TITLED_OFFICES,
    plural_role,
    roles_of_a_kind,
)
from bot.core.quotes.sources import (
    ELLIPTICAL,
    INDEFINITE,
    ORGANISATION,
    PERSON_KIND,
    PLACING_ADJECTIVES,
    REFERENT,
    REFERRING,
    UNNAMED,
    UNNAMED_SOURCE_NOUNS,
    WRITINGS,
    Source,
    another_of,
    fits_pronoun,
    label,
    one_source_noun,
    opening_group,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.before_people import PAIR_TITLE_ITEMS, first_of_pair, title_item
from bot.core.quotes.subjects.before_writings import possessed_writing
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS
from bot.core.quotes.subjects.shared import IRREGULAR_PAST, verb_like

# ", who spoke on condition of anonymity", ", who asked not to be named": a source kept unnamed.
_ANONYMOUS = re.compile(
    r"\s*,\s*who\s+(?:[a-z]+\s+){0,5}?(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)"
    r"|to\s+remain\s+anonymous)\b"
)


def _party_member_opening(left: list[attr.Item], subject: attr.Subject, resolver: Resolver) -> int | None:
    """ "Senate Leader Nils Ostrander ruled out a vote but the Republican said ...": a party member
    ("the Republican") joined by "but" or "and" to a clause a named person opens is that person, as
    the writer's other word for them, unless the article gives them another party."""
    if subject.kind != "role" or subject.role not in lx.PARTY_MEMBERS or subject.source is None:
        return None
    at = next((i for i, item in enumerate(left) if item.start == subject.source.start), None)
    if at is None or at < 2 or left[at - 1].low not in JOINING_CONJUNCTIONS:
        return None
    # Only a title's capitalised words may come before the name opening the sentence.
    opener = next((item for item in left[:at] if item.kind != "word" or not item.cap), None)
    if opener is None or opener.kind != "mention" or opener.mention is None or opener.possessive:
        return None
    if opener.mention.kind != PERSON:
        return None
    person = resolver.registry.person(opener.mention.ids[0])
    parties = {word for role in person.roles for word in role.casefold().split() if word in lx.PARTY_LABELS}
    return person.id if parties <= {subject.role} else None


def _anonymous(text: str, end: int) -> bool:
    """Whether a ", who ..." clause right after `end` says the source spoke unnamed."""
    return _ANONYMOUS.match(text, end) is not None


def speaker_from(
    raw: Raw, subject: attr.Subject, left: list[attr.Item], context: Context, resolver: Resolver
) -> None:
    """Set the quotation's speaker (or source) from the subject of its verb of saying."""
    pronoun = subject.mention if subject.kind == "pronoun" else None
    carried = None
    if pronoun is not None:
        carried = resolver.unnamed_source_carried(pronoun) or resolver.unnamed_source_as_role_subject(pronoun)
    if carried is not None:
        # "“…,” said the woman. ¶ Now 46, she is terrified. ¶ “…,” she said": the source just quoted,
        # not someone named before it.
        raw.speaker, raw.source, raw.own = None, carried, True
        return
    if (
        subject.kind == "role"
        and subject.source is not None
        and _anonymous(raw.paragraph.text, subject.source.end)
    ):
        # "“…,” said the attorney, who spoke on condition of anonymity": someone the article keeps
        # unnamed, never the attorney it names.
        raw.speaker, raw.own = None, True
        taken_up = _introduced_source(raw, subject, context) or source_taken_up(raw, subject, resolver)
        raw.source = taken_up or (
            label(raw.paragraph.text[subject.source.start : subject.source.end]),
            UNNAMED,
        )
        return
    raw.speaker, raw.own = _party_member_opening(left, subject, resolver) or resolver.person(subject), True
    if subject.kind == "person" and raw.speaker is not None:
        raw.speaker = _namesake_not_named_inside(raw, subject, raw.speaker, resolver)
    if subject.kind == "role" and raw.speaker is not None:
        # "“…,” the former Nevada governor said. ... ¶ Former Gov. Tess Mabry ...": a role refers back;
        # its one holder, first named after it, is no one the reader has met yet.
        met = resolver.named_before(raw.speaker, raw.paragraph.number, subject.offset)
        raw.speaker = raw.speaker if met else None
    if subject.kind == "role" and raw.speaker is not None:
        introduced = _introduced_since_named(raw, subject, context, raw.speaker)
        if introduced is None and not _holder_in_mind(raw, subject, resolver):
            introduced = unquoted_holders_source(raw, subject, resolver)
        if introduced is not None:
            raw.speaker, raw.source = None, introduced
            return
    unnamed = _unnamed_antecedent(raw, subject, context) if pronoun is not None else None
    if unnamed is not None and _fitting_person_in_sentence_before(raw, pronoun, resolver):
        unnamed = None
    if unnamed is None and pronoun is not None and raw.speaker is None:
        # "“…,” the official said. ¶ The official added that ... “…,” he said": no one named takes
        # the he, so the unnamed source just quoted goes on, though its noun tells no gender.
        unnamed = resolver.unnamed_source_carried(pronoun, neutral=True)
    if unnamed is not None:
        raw.speaker, raw.source = None, unnamed
        return
    if raw.speaker is None and subject.kind == "role":
        kind = _role_or_its_kind(subject.role)
        raw.source = ordinal_taken_up(raw, subject, resolver)
        raw.source = raw.source or _introduced_source(raw, subject, context, kind)
        raw.source = raw.source or source_taken_up(raw, subject, resolver)
        raw.source = raw.source or role_taken_up(raw, subject, resolver)
        if raw.source is not None:
            return
    if raw.speaker is None and _owned_relative(raw, subject, resolver):
        # "“…,” the candidate's wife said" with no wife named: someone's relative or spokesperson,
        # an unnamed source, never the person last named (often the one whose relative it is).
        raw.source = label(raw.paragraph.text[subject.source.start : subject.source.end]), UNNAMED
        return
    if raw.speaker is None:
        raw.speaker = resolver.role_antecedent(raw.paragraph.number, subject)
    if raw.speaker is None and _vacant_office(raw, subject, resolver):
        # "“…,” the Home Secretary said" with no holder named anywhere: the office speaks, listed
        # as an unnamed source under its title, never a guessed person.
        raw.source = label(raw.paragraph.text[subject.source.start : subject.source.end]), UNNAMED
        return
    if raw.speaker is None and (
        _role_no_one_named(raw, subject, resolver)
        or _role_brought_in(raw, subject, resolver)
        or (subject.kind == "role" and subject.role in PRESS_ROLES and subject.source is not None)
    ):
        # "When asked by defence lawyer Tom Hale whether ..., the witness said: “…”", "... by a
        # Clear Lens reporter. ¶ “…,” the Clear Lens reporter answered": someone the article does
        # not name, listed under the role, never the asker nor the person last named.
        raw.source = label(raw.paragraph.text[subject.source.start : subject.source.end]), UNNAMED
        return
    if raw.speaker is None and subject.kind == "other":
        raw.speaker = _named_relative(raw, subject, resolver)
        if raw.speaker is not None:
            return
        if _pronoun_owned_writing(raw, subject):
            # "His statement said": its writer is whom "his" means; no label when that is unclear.
            raw.speaker = _pronoun_antecedent(raw, subject.source.start, resolver)
            return
    # "the senator" means a named person: unattributed when it is unclear which, never labelled;
    # "the spokesman", "the WSIS official" no one is named as is an unnamed source.
    unnamed_role = subject.kind == "role" and subject.role in UNNAMED_SOURCE_NOUNS
    if raw.speaker is None and subject.kind == "other" and subject.source is not None:
        words = raw.paragraph.text[subject.source.start : subject.source.end]
        raw.speaker = _placed_role_holder(words, resolver)
        if raw.speaker is None:
            raw.speaker = described_person(raw, subject, context, resolver)
        if raw.speaker is not None:
            return
    if raw.speaker is None and (subject.kind == "other" or unnamed_role) and subject.source is not None:
        if raw.first > 0 and subject.source.kind == REFERENT and subject.source.end < raw.span.start:
            # "Outside the event, union activists demonstrated. They denounced ... “…”": a "they"
            # before the quotation is the group opening a sentence of its paragraph, over a group
            # quoted further back ("“…,” they added" after a group only doing something goes on).
            raw.source = _they_group(raw, subject, context)
            if raw.source is not None:
                return
        raw.source = (
            _group_of_this_paragraph(raw, subject, context, resolver)
            or _body_just_named(raw, subject, left, context)
            or source_name(raw.paragraph.text, subject.source, raw.paragraph.number, resolver)
        )
        if subject.kind == "other":
            raw.source = _bare_noun_introduced(raw, subject, context) or raw.source
            raw.source = person_taken_up(raw, subject, resolver) or raw.source
            raw.source = _person_introduced(raw, subject, context) or raw.source
        written = raw.paragraph.text[subject.source.start : subject.source.end].casefold()
        if raw.source is None and subject.source.kind == REFERENT and written in REFERRING:
            referent = _referent_subject(raw, left, context, said_it=written == "it")
            raw.source = referent or _they_group(raw, subject, context)
        closing = raw.source is None and subject.source.kind == REFERENT and written == "it"
        if closing and _writing_closing_sentence_before(raw, left, context, resolver):
            return
        if raw.source is None and subject.source.kind == REFERENT:
            raw.speaker = _they_pair(raw, subject, context, resolver)


def _writing_closing_sentence_before(
    raw: Raw, left: list[attr.Item], context: Context, resolver: Resolver
) -> bool:
    """ "Marrick had been disciplined in 2017 for reckless driving ..., Treloar’s letter said. ¶ It
    said Marrick would have the opportunity to provide “…”": an "It" opening the quotation's sentence
    stands for the writing whose attribution closes the sentence before (this paragraph's, else the
    paragraph before's last); its writer speaks when a person owns it ("Treloar’s letter"), else the
    writing does. True when one was found."""
    if not left or left[0].low != "it":
        return False
    if raw.first > 0:
        sentence = raw.paragraph.sentences[raw.first - 1]
        items, text = context.items(sentence.start, sentence.end), raw.paragraph.text
    elif context.lead_in and context.before:
        items, text = context.lead_in, context.before[0].text
    else:
        return False
    writing = _closing_writing(items)
    if writing is None:
        return False
    writer = possessed_writing(items, writing)
    if writer is not None:
        raw.speaker = resolver.person(attr.Subject("person", writer))
        return raw.speaker is not None
    found = source_before(items, writing)
    if found is None:
        return False
    raw.source = label(text[found.start : found.end]), UNNAMED
    return True


def _closing_writing(items: list[attr.Item]) -> int | None:
    """ "..., Treloar’s letter said.": the index of the writing's noun in an attribution after the
    sentence's last comma, its verb of saying ending the sentence; else None."""
    words = [at for at, item in enumerate(items) if item.kind != "punct"]
    if len(words) < 2 or not attr.is_speech_verb(items, words[-1]):
        return None
    if any(item.low not in SENTENCE_ENDS for item in items[words[-1] + 1 :]):
        return None
    comma = next((at for at in range(words[-1] - 1, -1, -1) if items[at].kind == "punct"), None)
    if comma is None or items[comma].low != "," or words[-1] - comma > _CLOSING_WRITING_ITEMS:
        return None
    writing = words[-1] - 1
    named = items[writing].kind == "word" and items[writing].low in WRITERS_WRITINGS
    return writing if named else None


_CLOSING_WRITING_ITEMS = 5  # ", the chief’s latest letter said"


def _body_just_named(
    raw: Raw, subject: attr.Subject, left: list[attr.Item], context: Context
) -> tuple[str, str] | None:
    """ "The defence ministry issued a warning on Monday. ¶ “…,” it said.", "The Post reported that
    ... It added, “…”": an "it" opening the words about the quotation is the body opening the
    sentence just before, ahead of the source quoted last ("the Northern Army", a paragraph up)."""
    if subject.source is None or subject.source.kind != REFERENT:
        return None
    if raw.paragraph.text[subject.source.start : subject.source.end].casefold() != "it":
        return None
    if left and left[0].low != "it" and not _it_opening_alongside_clause(left, subject.source):
        return None  # "Bush's time in Iowa, it notes, was “…”": the sentence's own words come first
    found = _referent_subject(raw, left, context, said_it=True)
    return found if found is not None and found[1] == ORGANISATION else None


def _it_opening_alongside_clause(left: list[attr.Item], it: Source) -> bool:
    """ "The Water Authority joined the dispute in March, when it claimed in a filing that": the "it"
    opening a "when", "as" or "while" clause stands for a body of its own sentence, not the source
    quoted last."""
    at = next((j for j, item in enumerate(left) if item.start == it.start), None)
    return at is not None and at > 0 and left[at - 1].low in ALONGSIDE_OPENERS


def _placed_role_holder(words: str, resolver: Resolver) -> int | None:
    """ "The senator from Vermont said": a definite role and the place it serves or comes from is the
    one person the article gives that role (the one whose role names the place, of several); never
    an unnamed source "the senator from Vermont", nor someone given no such role."""
    found = _PLACED_ROLE.fullmatch(words)
    if found is None or not lx.is_role_head(found[1].casefold()):
        return None
    holders = sorted(set(resolver.holders_index().get(found[1].casefold(), ())))
    if len(holders) > 1:
        place = tuple(w.casefold() for w in found[2].split())
        holders = [i for i in holders if resolver.role_has(i, found[1].casefold(), place)]
    return holders[0] if len(holders) == 1 else None


_PLACED_ROLE = re.compile(r"[Tt]he ([a-z]+) (?:from|for|of) ([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)")


def _namesake_not_named_inside(raw: Raw, subject: attr.Subject, chosen: int, resolver: Resolver) -> int:
    """ "“A few nights ago,” Hack says, “Jonah mentioned Dr. King.”": of two people sharing the bare
    surname, the one the quotation's sentence names by their given name is talked of, so the other is
    speaking."""
    mention = subject.mention
    if mention is None or mention.kind != AMBIGUOUS:
        return chosen
    sentences = raw.paragraph.sentences
    quoted = raw.paragraph.text[sentences[raw.first].start : sentences[raw.last].end]

    def named_inside(person_id: int) -> bool:
        # The given name alone: "It's not just Bernie Sanders saying ..." is Sanders speaking of himself.
        person = resolver.registry.person(person_id)
        alone = rf"\b{re.escape(person.given)}\b(?! {re.escape(person.surname)}\b)"
        return bool(person.given) and re.search(alone, quoted) is not None

    others = [i for i in mention.ids if i != chosen and not named_inside(i)]
    return others[0] if named_inside(chosen) and len(others) == 1 else chosen


def _owned_relative(raw: Raw, subject: attr.Subject, resolver: Resolver) -> bool:
    """ "the candidate's wife", "the mayor's longtime lawyer": a relative or one who speaks for
    someone, named by whose they are, whom no one the article names is (as a role)."""
    if subject.kind != "role" or subject.source is None or subject.role not in _OWNED_HEADS:
        return False
    before_head = raw.paragraph.text[subject.source.start : subject.offset]
    owned = _OWNER_BEFORE_HEAD.search(before_head) is not None
    return owned and not resolver.holders_index().get(subject.role)


_OWNED_HEADS = lx.KIN_NOUNS | SPEAKING_FOR_HEADS
_OWNER_BEFORE_HEAD = re.compile(r"\w['’]s\s+(?:[a-z-]+\s+){0,2}$")


def _pronoun_owned_writing(raw: Raw, subject: attr.Subject) -> bool:
    """Whether the subject is a writing a his or her owns ("His last tweet said"), as
    before_writings.pronoun_owned_writing reads one."""
    if subject.source is None:
        return False
    words = raw.paragraph.text[subject.source.start : subject.source.end].split()
    return (
        len(words) >= 2
        and _POSSESSIVE_GENDERS.get(words[0].casefold()) is not None
        and (words[-1].casefold() in WRITERS_WRITINGS)
    )


def _pronoun_antecedent(raw: Raw, start: int, resolver: Resolver) -> int | None:
    """Whom the his or her at `start` means: whom a he or she there, speaking, would."""
    owner = raw.paragraph.text[start:].split(maxsplit=1)[0]
    gender = _POSSESSIVE_GENDERS[owner.casefold()]
    pronoun = Mention(raw.paragraph.number, start, start + len(owner), PRONOUN, (), gender)
    return resolver.person(attr.Subject("pronoun", pronoun))


def _named_relative(raw: Raw, subject: attr.Subject, resolver: Resolver) -> int | None:
    """ "His wife, Ann Holt, joined him. “…,” his wife said": a relative named by a possessive
    determiner is the one person the article names in that relation (a role ending in the same kin
    noun) of the one the determiner means; None when no one or several are."""
    if subject.source is None:
        return None
    start = subject.source.start
    words = raw.paragraph.text[start : subject.source.end].split()
    if not 2 <= len(words) <= 2 + _RELATIVE_ADJECTIVES or words[0].casefold() not in _POSSESSIVE_GENDERS:
        return None
    noun = words[-1].casefold()
    if noun not in lx.KIN_NOUNS or not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    holders = {
        (i, owner)
        for i in resolver.holders_index().get(noun, ())
        for role in resolver.registry.person(i).roles
        if role.casefold().split()[-1:] == [noun]
        for owner in [_OWNED_ROLE.match(role)]
    }
    if len({i for i, _ in holders}) != 1:
        return None
    (person, owner), *_ = holders
    gender = _POSSESSIVE_GENDERS[words[0].casefold()]
    if owner is not None and gender is not None:
        # "his childhood friend" of one man is not "his friend" another man was named with.
        meant = resolver.antecedent(Mention(raw.paragraph.number, start, start, PRONOUN, (), gender))
        if meant is None or resolver.registry.person(meant).name != owner.group(1):
            return None
    return person


_POSSESSIVE_GENDERS = {**POSSESSIVE_GENDERS, "their": None}
_OWNED_ROLE = re.compile(r"^(.+?)['’]s \w+$")  # "Tom Holt's wife", as name_possessors writes it
_RELATIVE_ADJECTIVES = 2  # "his longtime wife", "her younger sister"


def _vacant_office(raw: Raw, subject: attr.Subject, resolver: Resolver) -> bool:
    """ "the Home Secretary", "the Attorney General": a definite office written with capitals (a
    title of one office, not "the senator", which refers back to a person), that no one the article
    names holds."""
    if subject.kind != "role" or subject.source is None:
        return False
    if shaped_role(subject.role):
        # "the harbour master" no one is given, where no one named is in mind: someone new. Writers
        # also rename a person just named so ("Glenn Beck ... The radioman pointed out"): unclear then.
        vacant = not resolver.holders_index().get(subject.role)
        return vacant and resolver.no_one_in_mind(raw.paragraph.number, subject.source.start)
    if not lx.is_role_head(subject.role):
        return False  # "the Spaniard", "the Teenager": a person referred back to, no office
    words = raw.paragraph.text[subject.source.start : subject.source.end].split()
    if len(words) < 2 or words[0].casefold() != "the":
        return False
    if all(w[:1].isupper() for w in words[1:]):
        return not resolver.holders_index().get(subject.role)
    if any(_agency_initials(w) for w in words[1:-1]):
        return not resolver.holders_index().get(subject.role)  # "the FBI director", "the new IRS chief"
    # In lower case the title may still mean a figure the article names bare ("Mr Blair ... the prime
    # minister said"): vacant only when everyone named is described by another role.
    return (
        _office_title(words[1:], subject.role)
        and not resolver.holders_index().get(subject.role)
        and all(p.roles or p.titles for p in resolver.registry.persons)
    )


def _agency_initials(word: str) -> bool:
    """An agency's initials before its head's role ("FBI", "IRS", "ERB"): the office is that body's."""
    return word.isalpha() and word.isupper() and _INITIALS_MIN <= len(word) <= _INITIALS_MAX


_INITIALS_MIN, _INITIALS_MAX = 2, 5


def _role_no_one_named(raw: Raw, subject: attr.Subject, resolver: Resolver) -> bool:
    """ "the witness", "the passenger": a person's part, no public office nor a public figure's role
    (which mean a named person: "the senator", "the Republican nominee"), that no one the article
    names is given, with no one named before its sentence to refer back to."""
    if subject.kind != "role" or subject.source is None or not lx.is_role_head(subject.role):
        return False
    if subject.role in PUBLIC_OFFICES or subject.role in TITLED_OFFICES or plural_role(subject.role):
        return False
    # "the Republican nominee": a party, place or title after "the" (which a sentence's start may
    # capitalise) makes a public figure.
    words = raw.paragraph.text[subject.source.start : subject.offset].split()
    if any(w[:1].isupper() for w in words[1:]):
        return False
    vacant = not resolver.holders_index().get(subject.role)
    return vacant and resolver.no_one_named_before(raw.paragraph.number, subject.offset)


def _role_brought_in(raw: Raw, subject: attr.Subject, resolver: Resolver) -> bool:
    """ "the Clear Lens reporter" after "a Clear Lens reporter, who asked": a role no one named holds
    that an indefinite article brought in before, unnamed."""
    if subject.kind != "role" or subject.source is None or resolver.holders_index().get(subject.role):
        return False
    return resolver.brought_in_unnamed(raw.paragraph.number, subject)


def _office_title(words: list[str], role: str) -> bool:
    """ "attorney general", "prime minister": an office's title in lower case, a word naming which
    office before its head, as a capitalised title is ("the senator" alone, "the former governor"
    refer back to a person)."""
    if role not in TITLED_OFFICES or len(words) < 2 or words[-1].casefold() != role:
        return False
    return all(w.islower() and w not in FORMER_WORDS for w in words[:-1])


def _fitting_person_in_sentence_before(raw: Raw, pronoun: Mention, resolver: Resolver) -> bool:
    """ "“…,” Ashgrove had said, jumping in after his boss, Mayor Renata Quill, spent an hour on the
    figures, including her startling assertion that the dockers were having “…”": a person the he or
    she may mean, named outside quotation marks in its own sentence before it, is whom it means, not
    an unnamed person the sentence before brought in."""
    sentence = raw.paragraph.sentences[sentence_index(raw.paragraph, pronoun.start)]
    mentions = resolver.registry.mentions.get(pronoun.paragraph, ())
    # From the sentence's start on, found by bisection (not read from the paragraph's start).
    for mention in mentions[bisect_left(mentions, sentence.start, key=mention_start) :]:
        if mention.start >= pronoun.start:
            break
        if mention.kind not in (PERSON, AMBIGUOUS) or resolver.quoted(mention):
            continue
        if any(resolver.gender_fits(i, pronoun.gender) for i in mention.ids):
            return True
    return False


def _unnamed_antecedent(raw: Raw, subject: attr.Subject, context: Context) -> tuple[str, str] | None:
    """ "One Rovers fan ... was walking home. He said: “…”": the unnamed person the sentence
    before introduced (before the quotation, however many sentences it runs to), not a person
    named further back."""
    pronoun = subject.mention
    if pronoun is None or pronoun.gender is None:
        return None
    # The sentence before the quotation, not the pronoun's: in "“We wrote. Nobody answered,” she
    # said" the sentence before "she" is the quotation's own first.
    at = min(sentence_index(raw.paragraph, pronoun.start), raw.first)
    if at > 0:
        sentence = raw.paragraph.sentences[at - 1]
        items, text = context.items(sentence.start, sentence.end), raw.paragraph.text
    elif context.lead_in is not None and context.before is not None:
        items, text = context.lead_in, context.before[0].text
    else:
        return None
    found = _unnamed_in(items, pronoun.gender)
    if found is None and (
        _opens_on_pronoun(items, pronoun.gender) or _names_no_person(items, pronoun.gender)
    ):
        # "A woman a few steps away was in tears. She was roused by the smoke. ¶ “…,” she said": the
        # unnamed person the sentence before a he or she opening the last one introduced.
        earlier = _sentence_before(raw, at, context)
        if earlier is not None:
            found = _unnamed_in(earlier[0], pronoun.gender)
            text = earlier[1] if found is not None else text
    if found is None and at == 0 and context.before is not None and _told_by_pronoun(items, pronoun.gender):
        # "Another departed staffer ... echoed that view. “…,” she said. ¶ She added: “…”": the same
        # unnamed person the paragraph before gave its quotation to through a she.
        paragraph, before = context.before
        if len(paragraph.sentences) >= 2:
            sentence = paragraph.sentences[-2]
            found = _unnamed_in(before.items(sentence.start, sentence.end), pronoun.gender)
    return (label(text[found.start : found.end]), UNNAMED) if found is not None else None


def _names_no_person(items: list[attr.Item], gender: str) -> bool:
    """ "The smoke had all but cleared.", "But the mayor was talking when he was interrupted.": a
    sentence naming no person, and no he or she but of the other gender, between an unnamed person
    introduced and the pronoun of `gender` meaning them."""
    for item in items:
        mention = item.mention if item.kind == "mention" else None
        if mention is None:
            continue
        if mention.kind in (PERSON, AMBIGUOUS) or (
            mention.kind == PRONOUN and mention.gender in (None, gender)
        ):
            return False
    return bool(items)


def _opens_on_pronoun(items: list[attr.Item], gender: str) -> bool:
    """Whether a sentence opens with a he or she of `gender` (no quotation before it)."""
    first = items[0] if items else None
    if first is None or first.kind != "mention" or first.mention is None:
        return False
    return first.mention.kind == PRONOUN and first.mention.gender == gender


def _sentence_before(raw: Raw, at: int, context: Context) -> tuple[list[attr.Item], str] | None:
    """The items and text of the sentence two before the quotation's sentence `at` (the one before
    the lead-in when `at` is 0), in its paragraph or the one before."""
    if at >= 2:
        sentence = raw.paragraph.sentences[at - 2]
        return context.items(sentence.start, sentence.end), raw.paragraph.text
    if context.before is None:
        return None
    paragraph, before = context.before
    back = 1 if at == 1 else 2
    if len(paragraph.sentences) < back:
        return None
    sentence = paragraph.sentences[-back]
    return before.items(sentence.start, sentence.end), paragraph.text


def _unnamed_in(items: list[attr.Item], gender: str) -> Source | None:
    """The unnamed person a sentence introduces, whom a he or she of the next one means."""
    found = indefinite_person(items, gender) or unnamed_reporter(items, gender)
    found = found or unnamed_according_to(items, gender)
    found = found or unnamed_inverted_speaker(items, gender)  # "…,” said one analyst. He noted"
    found = found or unnamed_speaker_after_quotation(items, gender)  # "…,” one official said."
    return found or unnamed_doer(items, gender)  # "The media ignores the killer’s manifesto."


def _told_by_pronoun(items: list[attr.Item], gender: str) -> bool:
    """ "“…,” she said in an interview.": a quotation a he or she of `gender` tells right after it."""
    at = next((j for j, item in enumerate(items) if item.kind == "quote"), None)
    if at is None:
        return False
    after = [item for item in items[at + 1 :] if item.kind != "punct"]
    if len(after) < 2 or after[0].kind != "mention" or after[0].mention is None:
        return False
    mention = after[0].mention
    return mention.kind == PRONOUN and mention.gender == gender and after[1].low in lx.SPEECH_VERBS


def _bare_noun_introduced(raw: Raw, subject: attr.Subject, context: Context) -> tuple[str, str] | None:
    """ "Asked to confirm it, a separate source familiar with the inquiry did so: “…,” the source said":
    "the" and a source noun alone is the unnamed person introduced with that noun just before (as
    for a role, `_introduced_source`), not one quoted with it paragraphs back."""
    words = raw.paragraph.text[subject.source.start : subject.source.end].split()
    if len(words) != 2 or words[0].casefold() != "the" or words[1].casefold() not in UNNAMED_SOURCE_NOUNS:
        return None
    following = raw.paragraph.text[subject.source.end :].split()[:1]
    if following and following[0].casefold() in PLACING_ADJECTIVES:
        return None  # "the source familiar with the preparations": described anew, no bare noun
    return _introduced_source(raw, subject, context, words[1].casefold(), subject.source.start)


# "said the second official" after "another unnamed GOP official", "the unidentified neighbor" after
# "A resident": counting or hiding the source, no description of it.
_NOT_DESCRIBING = NAMELESS | frozenset("first second third fourth fifth other latter".split())


def _person_introduced(raw: Raw, subject: attr.Subject, context: Context) -> tuple[str, str] | None:
    """ "One senior official described the mood. “…,” this person said": "the person" or "this
    person" is the unnamed person just introduced with "a" or "one", whatever its noun, when the
    paragraph or the one before brought one in (a person quoted before is `person_taken_up`'s)."""
    words = raw.paragraph.text[subject.source.start : subject.source.end].casefold().split()
    if words not in THE_PERSON:
        return None
    found = _introduced_phrase(raw, subject, context, one_source_noun, subject.source.start)
    if found is None or not _opens_sentence(found[0].text, found[2].start):
        return None  # "an offer came from a man who ...": no one the sentence is about
    paragraph, _, phrase = found
    return label(paragraph.text[phrase.start : phrase.end]), UNNAMED


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only a joining word ("But", "And") stands between `start` and its sentence's start."""
    before = text[:start].split()
    if before and before[-1].casefold() in SENTENCE_CONJUNCTIONS:
        before.pop()
    return not before or before[-1][-1] in SENTENCE_ENDS


def _introduced_source(
    raw: Raw,
    subject: attr.Subject,
    context: Context,
    head: str | Callable[[str], bool] | None = None,
    offset: int | None = None,
) -> tuple[str, str] | None:
    """ "A council spokesperson said ... “…,” the spokesperson added": the unnamed source this
    paragraph, or the one before, introduced with "a", not a named person further back."""
    found = _introduced_phrase(raw, subject, context, head, offset)
    if found is None:
        return None
    paragraph, _, phrase = found
    words = paragraph.text[phrase.start : phrase.end].split()
    described = [m for m in subject.modifiers if m.casefold() not in _NOT_DESCRIBING]
    if not all(stands_for(m, words) for m in described):
        return None  # "the water agency spokesperson" after "A Forestry Service spokesperson said"
    return label(paragraph.text[phrase.start : phrase.end]), UNNAMED


def _introduced_phrase(
    raw: Raw,
    subject: attr.Subject,
    context: Context,
    head: str | Callable[[str], bool] | None = None,
    offset: int | None = None,
    earlier: bool = False,
) -> tuple[Paragraph, Context, Source] | None:
    """Where `_introduced_source` finds its "a ... <head>" phrase: the paragraph, its context, the
    phrase; in the paragraph before too, and with `earlier`, in the few before that."""
    head = subject.role if head is None else head
    places = [(raw.paragraph, context, subject.offset if offset is None else offset)]
    before = [context.before] if context.before is not None else []
    for paragraph, where in before + list(context.earlier if earlier else ()):
        places.append((paragraph, where, len(paragraph.text)))
    for paragraph, where, end in places:
        # A window, not the whole paragraph: a paragraph of a thousand "the spokesman said" would
        # otherwise be re-read from its start for each.
        found = _indefinite_phrase(where.items(max(0, end - constants.INTRODUCED_SOURCE_CHARS), end), head)
        if found is not None:
            return paragraph, where, found
    return None


def _introduced_since_named(
    raw: Raw, subject: attr.Subject, context: Context, person: int
) -> tuple[str, str] | None:
    """ "Longtime mill aide Osric Penhale set up ... ¶ A mill aide said ... “…,” the aide said": an
    unnamed source introduced with the role's noun after its named holder was last named is whom the
    role means, not the holder; so is one brought in as a role of the kind a general noun names
    ("One Republican senator who requested anonymity ... ¶ “…,” the lawmaker asked")."""
    found = _introduced_phrase(raw, subject, context, head=_role_or_its_kind(subject.role), earlier=True)
    if found is None:
        return None
    paragraph, where, phrase = found
    if _generic_before(where, phrase.start):
        return None  # "the first time a president has raised it": no one brought in
    end = subject.offset if paragraph is raw.paragraph else len(paragraph.text)
    if _named_beside_phrase(where, person, phrase, end) or _apposed(
        paragraph.text, where, person, phrase.start
    ):
        return None  # "A mill aide, Osric Penhale, said", "Jo Pike, a spokeswoman for ...,": the holder
    if paragraph is not raw.paragraph and _named_between(context, person, 0, subject.offset):
        return None
    if paragraph is not raw.paragraph and _named_in_paragraphs_after(context, paragraph, person):
        return None
    return label(paragraph.text[phrase.start : phrase.end]), UNNAMED


def _role_or_its_kind(role: str) -> Callable[[str], bool]:
    """A test of a noun: the role itself, or a role of the kind it names ("lawmaker": "senator")."""
    kinds = roles_of_a_kind(role)

    def fits(low: str) -> bool:
        return low == role or low in kinds

    return fits


def _generic_before(where: Context, start: int) -> bool:
    """Whether the word before an indefinite phrase makes it anyone of the kind ("the first time a
    president has ...", "if a senator objects"), no one the article brings in."""
    before = [i for i in where.items(max(0, start - _GENERIC_CHARS), start) if i.kind == "word"]
    return bool(before) and before[-1].low in _GENERIC_OPENERS


_GENERIC_CHARS = 20
_GENERIC_OPENERS = frozenset("time if whenever unless".split())


def _named_in_paragraphs_after(context: Context, introduced: Paragraph, person: int) -> bool:
    """Whether the person is named in a paragraph between the one introducing the source and the
    quotation's own."""
    between = [context.before] if context.before is not None else []
    for paragraph, where in between + list(context.earlier):
        if paragraph is introduced:
            return False
        if _named_between(where, person, 0, len(paragraph.text)):
            return True
    return False


def _holder_in_mind(raw: Raw, subject: attr.Subject, resolver: Resolver) -> bool:
    """Whether the role's named holder has been quoted, or named lately: whom the role means."""
    if raw.speaker in resolver.quoted_people:
        return True
    return resolver.named_lately(raw.speaker, raw.paragraph.number, subject.offset)


def _named_beside_phrase(where: Context, person: int, phrase: Source, end: int) -> bool:
    """Whether the person is named from the phrase's start to `end` other than in what the phrase's
    source tells: "A rail security official told the Courier that signal security official Dorothea
    Quaye ... may have overstated ..." names Quaye as someone talked about, not as the official."""
    return any(
        phrase.start <= m.start < end and person in m.ids and not _told_that(where, phrase.end, m.start)
        for m in where.mentions.values()
    )


def _told_that(where: Context, start: int, end: int) -> bool:
    """Whether a verb of saying, then "that", stand between `start` and `end` ("told the Courier that")."""
    lows = [item.low for item in where.items(start, end) if item.kind == "word"]
    verb = next((at for at, low in enumerate(lows) if low in lx.SPEECH_VERBS), None)
    return verb is not None and "that" in lows[verb + 1 :]


def _named_between(where: Context, person: int, start: int, end: int) -> bool:
    return any(start <= m.start < end and person in m.ids for m in where.mentions.values())


def _apposed(text: str, where: Context, person: int, start: int) -> bool:
    """Whether the person is named right before `start`, a comma between ("Jo Pike, a spokeswoman")."""
    return any(
        person in m.ids and m.end <= start and text[m.end : start].strip() == ","
        for m in where.mentions.values()
    )


_INTRODUCTION_WORDS = 3  # "a senior council spokesperson": words between the article and the head


def _indefinite_phrase(items: list[attr.Item], head: str | Callable[[str], bool]) -> Source | None:
    """The latest "a ... <head>" phrase in `items` (`head` a noun, or a test of one), through "for
    the ministry" when a verb of saying follows it ("a spokeswoman for the governor's office said")."""
    for at in range(len(items) - 1, 0, -1):
        if items[at].kind != "word" or not _is_head(items[at].low, head) or _modifies_next(items, at):
            continue
        if _titles_next(items, at):
            continue  # "the one victory Council Minority Leader Hugo Brandt ... could point to": his title
        opener = at - 1
        while opener > 0 and at - opener <= _INTRODUCTION_WORDS and items[opener].low not in INDEFINITE:
            if not _introducing_word(items[opener]):
                break
            opener -= 1
        if items[opener].low not in INDEFINITE:
            continue
        reach = min(len(items), at + constants.INTRODUCED_SOURCE_REACH)
        verb = next((i for i in range(at + 1, reach) if attr.is_speech_verb(items, i)), None)
        phrase = source_before(items, verb - 1) if verb is not None else None
        if phrase is not None and phrase.start <= items[opener].start:
            return phrase
        # "A longtime adviser to both Clintons said": read forward from "a" when the phrase ends in the
        # people the source speaks for, which no source phrase ends with read backwards.
        ahead = source_after(items, opener) if verb is not None else None
        if ahead is not None and ahead.end == items[verb - 1].end and ahead.end > items[at].end:
            return ahead
        return Source(items[opener].start, items[at].end, UNNAMED)
    return None


def _is_head(low: str, head: str | Callable[[str], bool]) -> bool:
    if isinstance(head, str):
        return low == head
    return head(low)


def _introducing_word(item: attr.Item) -> bool:
    """A word between "a" and the head of an introduced source: a plain word, or a name that says
    whose the source is ("a senior Reyes adviser": the adviser, never Reyes); never "the", which opens
    a phrase of its own ("A little later the dispatcher says": no dispatcher introduced), nor a
    preposition ("a tense meeting with President Oleg Marek": no president introduced)."""
    if item.kind == "word":
        return item.low not in _DEFINITE and item.low not in PREPOSITIONS
    return item.kind == "mention" and not item.possessive


_DEFINITE = frozenset("the this that these those".split())


def _titles_next(items: list[attr.Item], at: int) -> bool:
    """The word is the last of a title before the person named right after it."""
    after = items[at + 1] if at + 1 < len(items) else None
    return after is not None and after.mention is not None and after.mention.kind in (PERSON, AMBIGUOUS)


def _modifies_next(items: list[attr.Item], at: int) -> bool:
    """ "an Austrian doctor", "a police officer": the word is a modifier of the person noun after it,
    which heads the phrase ("the Austrian said" is no reference to the doctor)."""
    after = items[at + 1] if at + 1 < len(items) else None
    return after is not None and after.kind == "word" and not after.cap and lx.is_person_noun(after.low)


def source_name(text: str, source: Source, paragraph: int, resolver: Resolver) -> tuple[str, str] | None:
    """The label and kind of an organisation or unnamed source, as the paragraph writes it;
    for "it"/"they", the source quoted just before (close by), else none."""
    if source.kind != REFERENT:
        return label(text[source.start : source.end]), source.kind
    if resolver.last_source is None:
        return None
    named, at = resolver.last_source
    if not resolver.close(at, paragraph):
        return None
    word = text[source.start : source.end]
    if word.casefold() in ELLIPTICAL:
        return another_of(named)
    return named if fits_pronoun(named, word) else None


def _referent_subject(
    raw: Raw, left: list[attr.Item], context: Context, said_it: bool = False
) -> tuple[str, str] | None:
    """ "The Security Council ... pledged sanctions against what it called “…”", "Reyes's campaign is
    defending the tweets. It's denouncing what it calls “…”": "it" is the organisation opening its
    sentence, or the sentence before (the paragraph before's last, for a paragraph opening with "It
    said": "..., the NIESR report was optimistic. ¶ It said ... “…”")."""
    candidates = [(left, raw.paragraph.text)]
    # "In cases of abortion, it said, “…”": past a short opening phrase, "it" opens the clause; past
    # a connective first ("But on its Web site, it says ...").
    connective = 1 if left and left[0].kind == "word" and left[0].low in CONNECTIVES else 0
    if connective and len(left) > connective and left[connective].low == ",":
        connective += 1  # "Instead, it issued a statement saying ...": past the connective's comma
    opening = connective + attr.past_opening_phrase(left[connective:]) if left else 0
    # "The BPI is quick to condemn them. “…,” it said.": nothing before the quotation, the "it"
    # after it is the organisation opening the sentence before, as an opening "It" would be.
    if (opening >= len(left) or left[opening].low in REFERRING) and raw.first > 0:
        sentence = raw.paragraph.sentences[raw.first - 1]
        candidates.append((context.items(sentence.start, sentence.end), raw.paragraph.text))
    elif (left[0].low == "it" if left else said_it) and raw.first == 0 and context.lead_in and context.before:
        # "The Union Leader ran an editorial. ¶ “…,” it said.": the paragraph before's last sentence.
        candidates.append((context.lead_in, context.before[0].text))
    for order, (items, text) in enumerate(candidates):
        if not items or items[0].low in REFERRING:
            continue
        before = text is not raw.paragraph.text
        # "Other than its warning ..., the NIESR report was optimistic": past the opening phrase.
        # "Outside the event, union activists demonstrated. They ...": so in the quotation's paragraph.
        start = _after_opening_phrase(items) if before or order > 0 else 0
        joined = _last_joined_clause(items) if order > 0 else None  # a sentence before the quotation's
        if joined is not None:
            found = source_after(items, joined)
            if found is not None and found.kind == ORGANISATION:
                # "Haiti has demanded an explanation, and the government of El Salvador lodged a
                # protest. “…,” it said": the body opening the last clause joined on.
                return label(text[found.start : found.end]), found.kind
        found = source_after(items, start or _past_owner(items)) if start < len(items) else None
        if found is None and before:
            found = _subordinate_subject_taken_up(items)  # "While the report backed ..., it criticized"
        if found is None and start > 0:
            # "A report released this week by Coastal Rights Watch, documenting evictions, said": no
            # subject past the comma, so the words before it were the subject, no opening phrase.
            found = source_after(items, _past_owner(items))
        if found is None:
            continue
        words = text[found.start : found.end]
        if found.kind == ORGANISATION:
            return label(words), found.kind
        if (before or order > 0) and _names_writing(words):
            return _writing_by(items, text, found) or (label(words), found.kind)
    return _one_body_before_it(left, raw.paragraph.text)


def _writing_by(items: list[attr.Item], text: str, writing: Source) -> tuple[str, str] | None:
    """ "A report released this month by Human Rights Watch said ... ¶ It said ... “…”": the body a
    writing is by (past the participle and the time it came out; an organisation, or a name the
    registry holds no person for) wrote what "it" says, as "A study by the Urban Institute found that
    ... “…”" gives the institute. A writing by a person the article names keeps its own label."""
    after = next((at for at, item in enumerate(items) if item.start >= writing.end), len(items))
    for at in range(after, min(len(items) - 1, after + _WRITING_BY_ITEMS)):
        if items[at].kind == "word" and items[at].low == "by":
            found = source_after(items, at + 1)
            if found is None or found.kind not in (ORGANISATION, PERSON_KIND) or _person_at(items, at + 1):
                return None
            return label(text[found.start : found.end]), found.kind
        if items[at].kind != "word" or items[at].low in lx.SPEECH_VERBS:
            return None  # "A report on Monday, the ministry said": no writer named with the writing
    return None


_WRITING_BY_ITEMS = 4  # "released this month by"


def _person_at(items: list[attr.Item], at: int) -> bool:
    """Whether a person the article names is mentioned at `at`."""
    mention = items[at].mention if items[at].kind == "mention" else None
    return mention is not None and mention.kind in (PERSON, AMBIGUOUS)


def _last_joined_clause(items: list[attr.Item]) -> int | None:
    """Where the last clause joined by ", and" or ", but" opens, else None."""
    for at in range(len(items) - 3, 0, -1):
        if items[at].low == "," and items[at + 1].low in _CLAUSE_JOINERS:
            return at + 2
    return None


_CLAUSE_JOINERS = frozenset(("and", "but"))


def _one_body_before_it(left: list[attr.Item], text: str) -> tuple[str, str] | None:
    """ "The mayor faced criticism from the Harbor Alliance for what it called “…”": the one
    organisation the sentence names before its "it", where no organisation opens the sentence."""
    at = next((j for j in range(len(left) - 1, -1, -1) if left[j].low == "it"), None)
    if at is None:
        return None
    bodies = set()
    for index in range(at):
        mention = left[index].mention if left[index].kind == "mention" else None
        if mention is None or mention.kind != NONPERSON:
            continue
        found = source_before(left, index)  # "the Harbor Alliance", ending at the body's name
        if found is not None and found.kind == ORGANISATION:
            bodies.add(label(text[found.start : found.end]))
    return (bodies.pop(), ORGANISATION) if len(bodies) == 1 else None


def _subordinate_subject_taken_up(items: list[attr.Item]) -> Source | None:
    """ "While the report backed up many of the county's claims, it criticized the roads department":
    the subject of an opening subordinate clause that the main clause's "it" takes up."""
    if len(items) < 3 or items[0].kind != "word" or items[0].low not in SUBORDINATE_OPENERS:
        return None
    comma = next((at for at, item in enumerate(items) if item.low == ","), None)
    if comma is None or comma + 1 >= len(items) or items[comma + 1].low != "it":
        return None
    return source_after(items, 1)


def _after_opening_phrase(items: list[attr.Item]) -> int:
    """The index after the comma closing a phrase of words opening the sentence ("Other than its
    warning on possible tax hikes,"), else 0."""
    for index, item in enumerate(items[: _OPENING_WORDS + 1]):
        if item.kind == "punct" and item.low in _DASHES and index > 0:
            # "In its response to the audit -- released even before the board met -- the Harbor
            # Authority said": past the aside the dashes set off
            close = next((i for i in range(index + 1, len(items)) if items[i].low in _DASHES), None)
            return close + 1 if close is not None and close + 1 < len(items) else 0
        if item.kind == "punct":
            closed = item.low == "," and index > 0 and not _relative_after(items, index)
            return _past_describing_participle(items, index + 1) if closed else 0
        if item.kind != "word":
            return 0
    return 0


def _past_describing_participle(items: list[attr.Item], start: int) -> int:
    """ "In a long statement, released on Monday, the board said": past a participle's phrase set off
    by commas after the opening phrase, to the subject; else `start`."""
    if start >= len(items) or items[start].kind != "word" or not items[start].low.endswith("ed"):
        return start
    for at in range(start + 1, min(len(items) - 1, start + _DESCRIBING_WORDS)):
        if items[at].kind == "punct":
            return at + 1 if items[at].low == "," else start
    return start


_DESCRIBING_WORDS = 6  # "released late on Monday night"


def _relative_after(items: list[attr.Item], comma: int) -> bool:
    """ "The Tamarod movement, which drove protests ...,": a subject and its relative clause, no
    opening phrase."""
    return comma + 1 < len(items) and items[comma + 1].low in RELATIVE_OPENERS


_OPENING_WORDS = 10


def _names_writing(words: str) -> bool:
    """ "the NIESR report": a writing "it" may stand for."""
    return words.split()[-1].casefold() in WRITINGS


def _past_owner(items: list[attr.Item]) -> int:
    """Where a sentence's subject starts past the owner opening it: "Athletics' ruling body the IAAF
    said" is the IAAF's statement, not the sport's; 0 when the first word owns nothing."""
    apostrophe = len(items) > 1 and items[1].kind == "punct" and items[1].low in ("'", "’")
    if not (items[0].possessive or items[0].low.endswith(("'s", "’s")) or apostrophe):
        return 0
    for index in range(1, min(len(items) - 1, _OWNED_REACH)):
        if items[index].cap or (items[index].low == "the" and items[index + 1].cap):
            return index
    return 0


_OWNED_REACH = 6  # "Athletics' ruling body the IAAF": the role words between owner and name


def _group_of_this_paragraph(
    raw: Raw, subject: attr.Subject, context: Context, resolver: Resolver
) -> tuple[str, str] | None:
    """ "“…,” a board spokeswoman said. ¶ Analysts at Brightwater said .... “…,” they said.": a "they"
    whose paragraph has a group speaking before it means that group, not a source quoted in an earlier
    paragraph (which the rule of the source quoted just before would give); a group only doing
    something ("Workers gathered outside. “…,” they added.") leaves "they" to that source."""
    if subject.source.kind != REFERENT or resolver.last_source is None:
        return None
    if resolver.last_source[1] == raw.paragraph.number or not raw.first:
        return None
    if raw.paragraph.text[subject.source.start : subject.source.end].casefold() != "they":
        return None
    for sentence in reversed(raw.paragraph.sentences[max(0, raw.first - _THEY_SENTENCES) : raw.first]):
        items = context.items(sentence.start, sentence.end)
        if not items or items[0].low == "they" or not attr.events(items):
            continue  # no one speaks there, or "they" again
        return _group_of_sentence(items, raw.paragraph.text)
    return None


def _they_group(raw: Raw, subject: attr.Subject, context: Context) -> tuple[str, str] | None:
    """ "Critics of the program ... see it as a chance. They sent a letter ... / “…,” they wrote.":
    a quotation's "they" with no source just quoted is the group opening the sentences before it
    (this paragraph's, else the paragraph before's), back through sentences opening with "They"."""
    found = _they_sentence(raw, subject, context)
    if found is None:
        return None
    items, text = found
    group = _group_of_sentence(items, text)
    if group is None and subject.verb in REPLYING_VERBS:
        group = _group_asked(items, text)  # "Brandt asked a crowd ... They responded"
    return group


def _they_sentence(raw: Raw, subject: attr.Subject, context: Context) -> tuple[list[attr.Item], str] | None:
    """The items and text of the sentence a quotation's "they" looks back to: the nearest before it
    (this paragraph's, else the paragraph before's, past an embedded tweet) that neither opens with
    "They" nor tells of some of the group ("Several shouted ..."); None for no "they"."""
    if raw.paragraph.text[subject.source.start : subject.source.end].casefold() != "they":
        return None
    earlier = raw.paragraph.sentences[max(0, raw.first - _THEY_SENTENCES) : raw.first]
    places = [(raw.paragraph, earlier, context)]
    before = _body_paragraph_before(context)
    if before is not None:
        paragraph, where = before
        places.append((paragraph, paragraph.sentences[-_THEY_SENTENCES:], where))
    for paragraph, sentences, where in places:
        for sentence in reversed(sentences):
            items = where.items(sentence.start, sentence.end)
            if items and items[0].low == "they":
                continue
            if not any(item.kind in ("word", "mention") for item in items):
                continue  # "“Are we satisfied?” ...": a quotation alone, told by the sentence after it
            if _some_of_a_group(items):
                continue
            return items, paragraph.text
    return None


def _body_paragraph_before(context: Context) -> tuple[Paragraph, Context] | None:
    """The paragraph before, or the one before it when it is an embedded tweet copied as text ("... —
    Ayanna Pressley (@AyannaPressley) July 1, 2019"), which tells of no one the article's "they" means."""
    if context.before is None or tweet_signature(context.before[0].text) is None:
        return context.before
    return context.earlier[0] if context.earlier else None


def _some_of_a_group(items: list[attr.Item]) -> bool:
    """ "Several shouted “shame” or booed", "Some of them wept": a sentence opening with a bare word of
    quantity tells of some of a group named before; a "they" after it means the whole group."""
    if len(items) < _SOME_ITEMS or items[0].kind != "word" or items[0].low not in _SOME_OF_A_GROUP:
        return False
    after = items[1]
    if after.low == "of":
        return items[2].low == "them"
    return after.kind == "word" and (attr.past_in_ed(after.low) or after.low in IRREGULAR_PAST)


_SOME_OF_A_GROUP = frozenset("several some many others most few".split())
_SOME_ITEMS = 3  # "Several shouted .", "Some of them"


def _they_pair(raw: Raw, subject: attr.Subject, context: Context, resolver: Resolver) -> int | None:
    """ "But Ferrante and fellow attorney Gideon Mairs acknowledged ... ¶ “…,” they said in a
    statement": a "they" whose sentence before opens with two people named together is the pair,
    given under the one named first, as "Ferrante and Mairs said" is."""
    found = _they_sentence(raw, subject, context)
    if found is None:
        return None
    items = found[0]
    connective = 1 if items and items[0].kind == "word" and items[0].low in CONNECTIVES else 0
    start = connective + attr.past_opening_phrase(items[connective:])
    for at in range(start, min(len(items) - 1, start + _PAIR_OPENING_ITEMS)):
        first = first_of_pair(items, at) if items[at].kind == "mention" else at
        if first == at:
            continue  # no second person named here
        opens = all(title_item(item) for item in items[start:first])
        # "Ferrante and Mairs acknowledged", never "Ferrante and Mairs's client": the pair is the subject.
        if not opens or items[at].possessive or not verb_like(items[at + 1]):
            return None
        return resolver.person(attr.Subject("person", mention=items[first].mention))
    return None


# "Council President Rosa Quint and Finance Chair Ben Adair": two names and their titles.
_PAIR_OPENING_ITEMS = 2 * PAIR_TITLE_ITEMS + 3


def _group_asked(items: list[attr.Item], text: str) -> tuple[str, str] | None:
    """The people a sentence says someone asked ("Brandt asked a crowd in Port Alva"), whose reply
    "they responded" gives."""
    for at, item in enumerate(items[:-1]):
        if item.kind != "word" or item.low not in _ASKING_VERBS:
            continue
        found = source_after(items, at + 1)
        if (
            found is not None
            and found.kind == UNNAMED
            and fits_pronoun((label(text[found.start : found.end]), found.kind), "they")
        ):
            return label(text[found.start : found.end]), found.kind
    return None


_ASKING_VERBS = frozenset(("asked", "asks", "addressed", "told"))


def _group_of_sentence(items: list[attr.Item], text: str) -> tuple[str, str] | None:
    """The group a "they" means in one sentence before it: the group opening it past an opening phrase,
    else the group or organisation whose verb of saying closes it."""
    # Whose group it may be too ("Reyes' parents"): a "they" looks for people, not for a clause's subject.
    opening = items[_past_group_opening(items) :]
    group = opening_group(opening, owned=True) or _role_group_opening(opening)
    if group is not None:
        return label(text[group.start : group.end]), group.kind
    return _speaking_group(items, text) or _group_by_agent(items, text)


def _group_by_agent(items: list[attr.Item], text: str) -> tuple[str, str] | None:
    """ "she was interrupted repeatedly by a group of protesters", "the group was bombarded by
    protesters": the group a passive's "by" names as the ones acting, whom a "they" after the sentence
    means."""
    for at in range(_PASSIVE_ITEMS, len(items) - 1):
        if items[at].low != "by" or not _passive_before(items, at):
            continue
        found = source_after(items, at + 1)
        if found is None or found.kind != UNNAMED:
            continue
        named = label(text[found.start : found.end]), found.kind
        if fits_pronoun(named, "they"):
            return named
    return None


def _passive_before(items: list[attr.Item], by: int) -> bool:
    """ "was interrupted repeatedly by", "were loudly booed by": a passive, adverbs in -ly before or
    after its participle, right before the "by" at `by`."""
    at = by - 1
    while at > 0 and items[at].low.endswith("ly"):
        at -= 1
    auxiliary = at - 1
    while auxiliary > 0 and items[auxiliary].low.endswith("ly"):
        auxiliary -= 1
    return auxiliary >= 0 and items[auxiliary].low in PASSIVE and attr.past_in_ed(items[at].low)


_PASSIVE_ITEMS = 2  # "was booed", before "by"


def _role_group_opening(items: list[attr.Item]) -> Source | None:
    """ "Union leaders disputed Voss's account ... ¶ “…,” they said in a statement.": people of one
    role in the plural, told by the body or side they are of ("Union leaders", "the party members"),
    whose phrase opens the sentence are whom "they" means, as a group's noun is. Never such people
    after the sentence's subject ("The mayor told council members ..."), nor a bare plural ("Friends
    at the party ... They called an ambulance"), people of no body speaking as one."""
    for at, item in enumerate(items[:_GROUP_ROLE_ITEMS]):
        if item.kind != "word" or not plural_role(item.low):
            continue
        found = source_before(items, at)
        opens = found is not None and found.start == items[0].start and found.kind == UNNAMED
        told = at > 0 and items[at - 1].low not in _DEFINITE
        return found if opens and told else None
    return None


_GROUP_ROLE_ITEMS = 4  # "The local union leaders", "Senior party members"


_THEY_SENTENCES = 3


def _past_group_opening(items: list[attr.Item]) -> int:
    """Past a sentence's opening phrase before its subject: "In December, ...", "In December — just as
    the summons went out — ..."; else 0."""
    start = attr.past_opening_phrase(items)
    if start:
        return start
    dash = next((i for i, item in enumerate(items[:_WORDS_BEFORE_DASH]) if item.low in _DASHES), None)
    if dash is None or not all(item.kind == "word" for item in items[:dash]):
        return 0
    aside = range(dash + 1, min(len(items), dash + _ASIDE_ITEMS))
    close = next((i for i in aside if items[i].low in _DASHES), None)
    return close + 1 if close is not None else 0


_WORDS_BEFORE_DASH = 5  # "In December 2014 —"
_ASIDE_ITEMS = 12  # "— just as jury summons went out —"
_DASHES = frozenset(("—", "–", "--"))


def _speaking_group(items: list[attr.Item], text: str) -> tuple[str, str] | None:
    """ "Titley had not drunk any alcohol, police said. ... “…,” they added.": the group or
    organisation whose verb of saying closes the sentence before "they" is who "they" are."""
    found = attr.events(items)
    if not found:
        return None
    subject = found[-1][1]
    if subject.kind != "other" or subject.source is None or subject.source.kind == REFERENT:
        return None
    named = label(text[subject.source.start : subject.source.end]), subject.source.kind
    return named if fits_pronoun(named, "they") else None
