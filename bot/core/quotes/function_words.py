"""The function words that name and role finding read around a name: articles, connectors,
possessives, clause openers and the words that make a mention an object.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx

CONNECTORS = frozenset("of to for on the".split())


ARTICLES = lx.ARTICLES
INDEFINITE_ARTICLES = frozenset(("a", "an"))


# "Police" is no name but says what kind of chief "Police chief Ray Dorn" is; "Yesterday police chief
# Ray Dorn" and "Today Labour leader Ann Holt" open with a time, no part of the role.
TIME_OPENERS = frozenset("yesterday today tonight tomorrow".split())
# The verbs of telling, whose object is whom the words were told to ("told the Gazette that", "“…,” the
# protester tells Varga", who answers them).
TOLD = frozenset(("told", "tells"))
# "Holt was sent the following statement:": passives of receiving words someone else wrote
RECEIVED_PASSIVES = ("sent", "given", "handed", "shown", "read", "emailed", "forwarded")
ROLE_OPENERS_TO_DROP = ARTICLES | CONNECTORS | (lx.NOT_NAMES - {"police"}) | TIME_OPENERS
# When something was said, written capitalised after a noun for a business ("said the company
# Tuesday", "the firm Monday in a statement"): never a business's name, nor are other non-names.
SPOKEN_WHEN = lx.WEEKDAYS_MONTHS | TIME_OPENERS
NOT_BUSINESS_NAMES = lx.NOT_NAMES | SPOKEN_WHEN


POSSESSIVE_DETERMINERS = frozenset("his her their its our".split())


# Negation between a subject and its verb ("she had not yet called", "he hadn’t said", "Holt has
# never written"): the verb is still the subject's, but it reports nothing said.
NEGATIONS = frozenset("not never yet".split())
NEGATED_AUXILIARY_ENDINGS = ("n’t", "n't")


# Adverbs by which the writer does not vouch for what was said ("Bush reportedly said").
HEARSAY_ADVERBS = frozenset("reportedly allegedly apparently supposedly purportedly seemingly".split())


def is_negation(low: str) -> bool:
    return low in NEGATIONS or low.endswith(NEGATED_AUXILIARY_ENDINGS)


# Nouns for a business, outlet or body written right before its name; a person's role before a name
# ("manager", "director") is another list.
BUSINESS_NOUNS = frozenset(
    "newspaper paper website magazine tabloid broadcaster network channel agency firm company group "
    "giant behemoth conglomerate insurer lender bank retailer carrier airline maker manufacturer "
    "publisher label studio brand charity outlet operator body watchdog regulator federation association "
    "union brewer winemaker carmaker publication journal brokerage consultancy newsmagazine newsweekly "
    "weekly daily broadsheet".split()
)


# "Priya Natarajan of Oregon State University", "Dana Pruitt at Harbor Analytics": the words that
# join a person to where they work, and those that may stand inside the place's name.
AFFILIATION_WORDS = frozenset("of at from".split())
AFFILIATION_CONNECTORS = frozenset("of for and on the".split())


# Abbreviations whose stop ends no name: a firm's ("Acme Corp."), a junior's, a saint's.
ABBREVIATIONS = lx.FIRM_ABBREVIATIONS | frozenset("jr sr st".split())


# Prepositions opening a phrase of time, place or manner before or after a verb of saying ("In a
# statement, the firm said", "she said during the debate").
ADVERBIAL_PREPOSITIONS = frozenset("in on during at via through after before from".split())


# Forms of "be" that say what a subject is ("India is a “dramatically growing economy”").
COPULAS = frozenset("is are was were".split())
# "the unidentified neighbor": words saying a source has no name, so no person named may be it.
NAMELESS = frozenset("unnamed anonymous unidentified".split())
# Every form of "be": before a participle, a passive ("was told"), no doing of the subject's own.
PASSIVE = COPULAS | frozenset("be been being".split())


# Verbs by which a paper or an agency quotes someone ("The Times quoted X as saying"), and with them
# the verbs that report or cite the one quoted ("Vesti cited Mr. Stroganov as saying").
QUOTED_VERBS = frozenset("quoted quotes quoting".split())
QUOTING_VERBS = QUOTED_VERBS | frozenset("reported reports reporting cited cites citing".split())
# Relative pronouns opening a clause about a person or thing ("Holt, who ...").
RELATIVES = frozenset(("who", "which"))
# Relative pronouns of people: "said a Mexican official who ...", "Gov. Ben Tull, D-Wash. – who said".
PERSON_RELATIVES = frozenset(("who", "whose"))
# Every relative pronoun opening a clause set off after a noun: "Holt, who ...", "the plan, which ...",
# "Bush, whose positions ...".
RELATIVE_OPENERS = RELATIVES | PERSON_RELATIVES
# "asked" and "asks": a question put, whose grammatical object is the one asked ("asked Holt").
ASKED = frozenset(("asked", "asks"))


PREPOSITIONS = frozenset(
    "with to by for from of at on in about against between among toward towards into onto than".split()
)


# Prepositions naming whom a thing is addressed to or about, never who does it ("by" and "from"
# do): "A letter from the union to Tom Hale asks ..." is the letter's asking.
ADDRESSING = frozenset("to with about against toward towards".split())


# Words before a mention that make it an object, not the subject of what follows.
OBJECT_MARKERS = PREPOSITIONS | frozenset(
    "told tell tells asked asks urged met meet meets meeting greeted greet greets thanked visited "
    "called calls joined join invited named appointed replaced succeeded criticised criticized "
    "and or nor that whether if".split()
)


CLAUSE_OPENERS = frozenset(
    "and but while as when because although though after before since if so then where yet or once "
    "until unless whereas also".split()
)


PLACE_PREPOSITIONS = frozenset("of in from at near to for by".split())


PERSONAL_POSSESSIVES = frozenset("his her".split())
# A person taken up as an object ("faulting him for", "asked her if").
OBJECT_PRONOUNS = frozenset("him her them".split())
# The personal pronouns that stand as a verb's subject ("who she says", "who they say").
SUBJECT_PRONOUNS = frozenset("he she they we i you".split())
# The gender each of them gives its owner ("his statement": a man's).
POSSESSIVE_GENDERS = {"his": "m", "her": "f"}
SUBJECT_PRONOUN_GENDERS = {"he": "m", "she": "f"}
# Modal verbs ("claims would fall", "can clearly be heard saying").
MODALS = frozenset("would will could can may might should must".split())
# The perfect's auxiliaries ("has written", "has accused"; "Brant has a plan" as a verb of having).
HAVE = frozenset(("has", "have", "had"))
# What links the names of a list ("Anna Berg, Kate Wills and Ida Stone").
LIST_LINKS = frozenset(("and", "or"))
# Words joining a clause of its own after a comma (", but a senior official rejected ...").
JOINING_CONJUNCTIONS = frozenset(("but", "and", "yet"))
# Subordinators of a clause happening alongside the main one ("as she made a call", "while he spoke").
ALONGSIDE_OPENERS = frozenset(("as", "while", "when"))
# Nouns of something said, whose "that" clause gives its words ("Holt's claim that “…”", "his jab that
# his rival had ..."): the claim's owner speaks, and whoever the clause names is only talked of.
SPEECH_NOUNS = frozenset(
    "comments comment remarks remark words claim claims assertion assertions statement statements "
    "declaration declarations promise promises pledge pledges vow vows warning warnings insistence "
    "boast boasts suggestion suggestions argument arguments contention observation quip joke "
    "assurance assurances admission prediction predictions complaint complaints accusation "
    "accusations allegation allegations denial memo letter note message email tweet post "
    "jab jabs dig digs rebuke rebukes retort rhetoric conclusion conclusions "
    # "Mayor Ida Brandt's call to “rebuild every station”": words asking for something
    "call calls plea pleas appeal appeals demand demands threat threats".split()
)

# An -ing word this long or longer opening a sentence may be a participle ("Praising", "Speaking"), not
# a name ("Ming", "King").
PARTICIPLE_MIN_CHARS = 5


# The words linking a writing or a work to whom it is by ("a statement by X", "a letter from X").
AUTHOR_LINKS = frozenset(("by", "from"))
# Verbs of saying never written as nouns: after a name in "'s" they are a business's verb ("Trader Joe's
# said"), never the owner's noun ("Reyes's tweets").
NEVER_NOUN_SAYING = frozenset(("said", "says"))

# Writings that speak for their writer ("the email reads", "“…,” it stated", "Holt's letter"): one
# list for the attribution rules and for "it" after a writing.
WRITINGS = frozenset(
    "letter statement article report memo note message post blog tweet email e-mail editorial complaint "
    "filing release sign banner placard plaque inscription ad advert document lawsuit petition website site "
    "video affidavit headline caption poster billboard footnote study survey review audit order "
    "memorandum communique communiqué cable notice subpoena warrant ruling indictment opinion brief "
    "announcement flyer leaflet pamphlet readout summary op-ed subhead application disclosure".split()
)

# Marks that close a clause or phrase inside a sentence: a comma, a semicolon, a colon.
CLAUSE_BREAKS = frozenset(",;:")

# Participles of putting a writing out: "the order released Friday said", "His last post, written an
# hour before, read:".
ISSUING_PARTICIPLES = frozenset(
    "released issued published filed posted obtained signed dated sent written".split()
)

# Verbs that characterise someone named right after them, who says nothing: "Holt called Dunmore
# “a man with no plan”", "accused Dunmore of ...", "praised Ryde", "referred to Ruiz as".
CHARACTERISING_VERBS = frozenset(
    "called calls calling accused accuses accusing described describes describing dismissed dismisses "
    "praised praises criticized criticised criticizes criticises attacked attacks blamed blames "
    "thanked thanks mocked mocks slammed slams blasted blasts referred refers dubbed labeled labelled "
    "branded hailed hails compared compares pegged pegs painted paints portrayed portrays characterized "
    "characterizes characterised characterises derided derides denounced denounces lambasted lambastes "
    "ridiculed ridicules scolded scolds chided chides knocked knocks hammered hammers lauded lauds "
    "applauded applauds congratulated congratulates faulted faults condemned condemns assailed assails "
    "berated berates taunted taunts bashed bashes belittled belittles insulted insults commended "
    "commends excoriated excoriates castigated castigates".split()
)
# Their base forms, characterising after "to": "Holt took to Twitter to call Dunmore “a fraud”".
CHARACTERISING_BASES = frozenset(
    "call accuse describe dismiss praise criticize criticise attack blame thank mock slam blast refer dub "
    "label brand hail compare portray paint denounce ridicule condemn bash insult commend".split()
)


# Friends speak for someone ("a friend to the family") and are named by someone ("a friend of X").
_FRIENDS = frozenset(("friend", "friends"))
# People who speak on someone's behalf; "the director of the FBI" is the office holder, not these.
SPEAKING_FOR_HEADS = _FRIENDS | frozenset(
    "spokesman spokeswoman spokesperson aide aides adviser advisor advisers advisors lawyer lawyers "
    "attorney attorneys representative representatives source sources".split()
)

# People named by whom they stand with or against: "Critics of Sen. Ada Holt said", "a friend of
# Tom Reyes said" are those people, an unnamed source, never the one named after "of".
OF_SOMEONE_HEADS = _FRIENDS | frozenset(
    "critic critics supporter supporters opponent opponents ally allies fan fans "
    "colleague colleagues backer backers detractor detractors admirer admirers associate associates "
    "neighbour neighbours neighbor neighbors".split()
)
# Nouns whose "of" names someone else, a relative's or such a person's ("the mother of", "a fan of").
OF_LINKED_HEADS = lx.KIN_NOUNS | OF_SOMEONE_HEADS

# Every Irish surname particle, and the article that may follow one inside the surname ("Mac an
# tSaoi", "Nic an Bhaird", "Ó na Gaoithe"): lower case, yet part of the name.
IRISH_NAME_PARTICLES = frozenset(("mac", "mc", "nic", "ó", "ní", "ua", "uí", "o"))
IRISH_ARTICLES = frozenset(("an", "na"))


# The words of a phrase telling when a writing came out ("A statement released on Monday said", "a
# tweet on Monday by X"), and those of them that name a time.
WRITING_WHEN_HEADS = lx.WEEKDAYS_MONTHS | frozenset(
    "yesterday today tonight week weekend month night morning".split()
)
WRITING_WHEN_WORDS = WRITING_WHEN_HEADS | frozenset(
    "on late early last this earlier released issued published sent".split()
)

# Verbs of thinking that report a view, as a verb of saying does ("Reyes believes ...").
THINKING_VERBS = frozenset(
    "believes believed thinks thought feels felt fears feared suspects suspected reckons reckoned".split()
)

# Verbs of replying, whose subject was asked before ("Tom Hale asked him ... He replied", "was asked ...
# and responded").
REPLYING_VERBS = frozenset("replied replies answered answers responded responds retorted retorts".split())

# Bodies a person's name owns that speak for them ("Holt's campaign", "Holt's team").
OWNED_BODIES = frozenset("campaign team camp".split())
