"""Thresholds and limits of the core engines, named once so every engine agrees.

Discord's own limits live in `bot.discord.limits`; these are about articles and queries.
"""

# Articles larger than this are refused. A news article is a few dozen kilobytes; a
# 10,000-paragraph report (2.3 MB) peaks at about 210 MB of RSS with every index built
# (python -m bench.run), so 3 MB keeps one article well inside a 512 MB dyno.
MAX_ARTICLE_BYTES = 3 * 1024 * 1024

# Queries: Discord caps option text at 100 characters for our commands; the CLI allows
# a little more for pasted questions but refuses walls of text.
MAX_QUERY_CHARS = 300

# Bounded cost on any input (caps where a reader would stop; see bench/adversarial.py).
# A run of punctuation longer than twice this ("......", ASCII art) keeps only its first and
# last few marks as tokens: no rule looks further into a run.
TOKEN_MARKS_KEPT = 3
# Distinct words and marks whose token fields tokenize keeps read (a news article writes 1,000-3,000
# distinct words; 5,538 in the 10,000-paragraph bench article): about 200 bytes each at most.
TOKEN_FIELDS_CACHED = 8192
# A pronoun is resolved among at most this many earlier names (the window of paragraphs
# below bounds it too): "he" never reaches back over a crowd of names.
PRONOUN_LOOKBACK_MENTIONS = 16
# The quote engine (names, quotations, speakers) reads whole sentences up to this many
# characters of an article. A long news feature is about 100,000; past five times that the
# text is a book or a dump, where a reader would not go on, and names and attribution cost a
# few seconds of CPU per megabyte (python -m bench.adversarial).
QUOTE_READ_CHARS = 500_000
# And at most this many paragraphs of it (a news article has under 200; a million one-line
# paragraphs cost time and memory per paragraph, whatever their length).
QUOTE_READ_PARAGRAPHS = 5_000
# A word is read at most this many characters long where a pattern looks along a run of words (a
# name, a role before it): the longest place names have about 60 letters. A pattern free to read a
# word to its end from every letter of it is quadratic on one long token ("WORD-WORD-...", 20 KB
# took 10 s to ask about).
WORD_CHARS_READ = 64
# A quotation is checked against at most this many others sharing its first words for being
# a piece of a longer one.
QUOTE_PIECE_MAX_HOLDERS = 50
# Paragraph texts whose "bare quotation" answer is remembered (quotes/repeats.py): enough for the
# paragraphs of a few articles read at once, by several threads.
BARE_QUOTATION_CACHE = 256
# Two pieces' sentences of a broken quotation overlap by at least this much to be joined once (less is
# a chance likeness of two ends, not a shared sentence): quotes/passages.py.
QUOTE_PIECES_OVERLAP_CHARS = 10
# Characters read before a quotation for the words that cue a label ("so-called", "known as").
LABEL_CUE_CHARS = 40
# The reason a "why" answer gives is read from at most this many characters after "because".
REASON_CLAUSE_CHARS = 300
# And at most this many reason markers ("because", "due to", "after", "for"...) of one text are
# read: a long news sentence holds a handful; a megabyte "sentence" held 37,000 (5 s of CPU).
REASON_MARKERS_READ = 50
# "Burns could be A, B or C": at most this many people are offered; a reader types the full name.
AMBIGUOUS_SPEAKERS_SHOWN = 5
# /quote typed as a title alone ("Rep."): how many of the people it fits are named, quoted and not.
TITLE_HOLDERS_LISTED = 10
# Speaker queries remembered per article (their matches), then forgotten all at once.
SPEAKER_MATCH_CACHE = 256
# A "sentence" longer than this (text without full stops) is never called a near-duplicate.
NEAR_DUPLICATE_MAX_CHARS = 3000
# Folders of a library are searched this many levels deep for articles.
MAX_LIBRARY_DEPTH = 32
# A library folder is read through at most this many files and folders: `--article /tmp/typo` (FOLDER/ID)
# must not walk a whole disk looking for articles.
MAX_LIBRARY_ENTRIES = 20_000
# Text is caseless (sentences may start in lower case) when at least this many sentence marks
# are followed by a letter and this share of those letters is lower case.
CASELESS_MIN_MARKS = 3
CASELESS_SHARE = 0.8
# A summary weighs at most this many sentences, the first ones (a long report is ~2,000).
SUMMARY_MAX_CANDIDATES = 5000
# ... and a sentence by its first this many words: the longest sentence of the dev sets has
# 169; text without full stops reaches the summary as one "sentence" of 400,000 words.
SUMMARY_SENTENCE_WORDS_WEIGHED = 1000
# A text of more paragraphs is refused: under the size guard that is 30 bytes a paragraph, a
# list or a log, not prose (bench.run's 10,000-paragraph report is 2.3 MB). Every engine keeps
# some objects per paragraph; "x." on a million lines took over 30 s and 1.8 GB to look up.
MAX_ARTICLE_PARAGRAPHS = 100_000
# A web page of more HTML elements (start tags, counted before extraction) is refused: a news page
# has a few thousand, a whole book on one page about 25,000. The extractor's cost grows faster than
# the page (a 1.9 MB page of 50,000 paragraphs took 10 s of CPU, 100,000 took 40 s, 200,000 more).
MAX_PAGE_ELEMENTS = 30_000
# ... nor one paragraph (<p>) of more: its cost grows with the square of the elements in it (a
# paragraph of 4,000 links or bold words took 2-3 s, 8,000 took 9 s). A news paragraph has a few
# dozen; with this cap, the 30,000 elements a page may have take a few seconds at worst.
MAX_PARAGRAPH_ELEMENTS = 1_000
# The HTML parser (libxml2) stops reading a page where its elements nest this deep: the rest of the
# page, the article's text with it, is silently gone. A news page nests 20 to 40 deep.
HTML_PARSER_DEPTH = 256

# A paragraph or sentence whose rapidfuzz token_set_ratio with an earlier one reaches
# this is a near-duplicate (the reworded lede that news sites repeat below the fold).
NEAR_DUPLICATE_SCORE = 85
# Only sentences with at least this many words can be called near-duplicates, so that
# "He said." is never a duplicate of a longer sentence that contains those words.
NEAR_DUPLICATE_MIN_WORDS = 6
# ... and at least this many content words (not function words).
NEAR_DUPLICATE_MIN_CONTENT_WORDS = 4
# Candidates for a near-duplicate must share this share of their content words; the
# detector keeps this many recent sentences per word and scores at most this many.
NEAR_DUPLICATE_SHARED_WORDS = 0.5
NEAR_DUPLICATE_POSTINGS = 4
NEAR_DUPLICATE_CANDIDATES = 3

# Paragraphs without final punctuation are captions only when at least this share of the
# article's paragraphs end like sentences; otherwise the text is simply unpunctuated.
PUNCTUATED_SHARE = 0.5
# A line of hard-wrapped text runs to at least this many characters (wrapped at 60-80); a shorter one
# ending no sentence is a line of its own (a by-line, a label, a menu), not a wrap.
WRAPPED_LINE_MIN_CHARS = 40

# "Label: what the photo shows" captions have a label of at most this many words.
CAPTION_LABEL_WORDS = 4
# A paragraph longer than this is never a photo caption (captions are a line or two).
MAX_CAPTION_CHARS = 400
# A place dateline ("MILLBROOK, Ore. —") is looked for in the first prose paragraph among
# this many, past bylines and kickers that end without punctuation.
DATELINE_SEARCH_BLOCKS = 4

# A first line shorter than this with no final punctuation is taken as the title.
MAX_TITLE_CHARS = 150
# Derived titles (from the lede) are cut to this many characters.
DERIVED_TITLE_CHARS = 80
# A title is derived from the first sentence with this many words of letters, which skips
# fragments left by exports (by-lines and time stamps are by-line matter, no body): "America may
# be growing less hateful." titles its story, the long sentence after it was cut to "That's ...…".
TITLE_SOURCE_MIN_WORDS = 5

SUMMARY_MIN_SENTENCES = 1
SUMMARY_MAX_SENTENCES = 10
SUMMARY_DEFAULT_SENTENCES = 3

LOOKUP_DEFAULT_LIMIT = 5
LOOKUP_MAX_LIMIT = 25
# A shell that pages through every hit itself (Discord) gets at most this many.
LOOKUP_MAX_HITS = 250

# --- quotes: speaker registry, attribution and speaker queries (bot/core/quotes.py and friends) ---
# "Priya Natarajan of Oregon State University said": an affiliation between a name and its
# verb of saying is at most this many words ("of the University of North Vale College of Public Health").
AFFILIATION_MAX_TOKENS = 12
# "Lilou Marchetti, head of research at a consultancy in Recife, said she": an apposition read
# past to tell a name's gender from the pronoun after its verb is at most this many tokens.
APPOSITION_TOKENS = 16
# "Ann Lyle, a committee member, ... ¶ “…,” the committee member said": a role's named holder is
# still whom it means, over an unnamed source quoted before under that role, when named in the
# role's paragraph or this many body paragraphs before it.
ROLE_HOLDER_RECENT_PARAGRAPHS = 2
# "A spokeswoman for the governor's office said": how many words after the head noun of an
# introduced unnamed source its verb of saying may stand.
INTRODUCED_SOURCE_REACH = 10
# ... and it is looked for in this many characters before "the spokeswoman said".
INTRODUCED_SOURCE_CHARS = 400

# A query word matches a name or role word at this rapidfuzz ratio ("blinkin" ~ "blinken").
QUOTE_WORD_MATCH_SCORE = 80
# A speaker query whose every word is a word of the person (no typo, no missing title) scores this.
QUOTE_EXACT_MATCH_SCORE = 100.0
# A title typed in a speaker query that the person lacks ("State Sen." for a "Sen.") counts this much.
QUOTE_UNMATCHED_TITLE_SCORE = 50
# A given name typed for someone the article calls by surname alone ("Mark Dunn" for "President
# Dunn") counts this much: he may be meant, but anyone the article names in full fits better.
QUOTE_UNKNOWN_GIVEN_SCORE = 50
# Whole-name fallback for a query typed without spaces ("antonyblinken").
QUOTE_NAME_MATCH_SCORE = 85
# How many suggestions a failed /quote offers, and how much (rapidfuzz ratio of the closest
# words) a quoted person must resemble the query to be suggested before the most quoted.
QUOTE_SUGGESTIONS = 5
QUOTE_SUGGESTION_RESEMBLANCE = 70
# --- quotes: the fallback for quotations the rules leave unattributed (quotes/fallback.py) ---
# A conditional logit over fallback.FEATURES (each candidate against the others and against no one),
# fitted by `python eval/quotes_fit.py` on tuned quotation data only (which data, and over which
# rules: docs/quality.md, Constants).
QUOTE_FALLBACK_WEIGHTS = (
    *(1.795, 0.463, 0.909, -0.274, -0.233, 0.512, 0.513, 0.951, -0.505, 0.185, 0.840, 0.664),
    *(-0.117, -0.843, -0.928, -0.070, -0.156, -0.027, 0.169, 1.154, 0.660, 0.276, -0.652),
)
QUOTE_FALLBACK_BIAS = -2.048
# The evidence standard: the likeliest candidate speaks the quotation only from this probability,
# the lowest threshold (in 0.01 steps) whose added names, and every higher one's, were right >= 93%
# on the odd files (3 right, 0 wrong there; on the even files 2 right, 0 wrong). Below it the article
# is taken not to make the speaker clear. At 0.65 the added names were right only 69% (odd).
QUOTE_FALLBACK_MIN = 0.80
# How far (characters) a name of several long words may reach from a word of it: "American Red"
# before "Cross", "Larkspur" before "Airways".
NAME_REACH_CHARS = 80
# Discord refuses autocomplete choices of 100 characters or more.
AUTOCOMPLETE_CHOICE_CHARS = 99
# ... and more than 25 choices; the core shapes its suggestions for that.
AUTOCOMPLETE_CHOICES = 25
# Body paragraphs looked back through to resolve "he said" to a person.
PRONOUN_WINDOW_PARAGRAPHS = 3
# ... counting only paragraphs that name someone, up to this many paragraphs in all.
PRONOUN_WINDOW_MAX_PARAGRAPHS = 6
# "He added:" carries on the speaker quoted at most this many paragraphs before.
CONTINUING_SPEAKER_PARAGRAPHS = 2
# A person's gender from he/she after their name: the majority, when it outnumbers the other
# reading more than this many times (a stray "his" meaning a rival does not cancel ten "she").
GENDER_VOTE_RATIO = 3
# A given name the census lists hold only rarely ("Tama") tells its gender unless at least this many
# he/she votes, all the other way, say otherwise.
GENDER_VOTES_OVER_RARE_NAME = 2
# A surname two people share means, away from the other's full name, the one named in full this
# many times as often ("Holt" is Ada in a story naming Bill once).
DOMINANT_NAME_RATIO = 3
# A bare shared surname that no full name nearby settles means the namesake of the gender its own
# he, she, his or her point to at least this many times in the article (GENDER_VOTE_RATIO to one).
NAMESAKE_PRONOUN_HABIT = 3
# A given name on both census lists tells a gender only when one list holds it this many times more.
GIVEN_NAME_GENDER_RATIO = 10
# A given name this common (percent of the census list) is evidence that a full name is a person's.
GIVEN_NAME_MIN_SHARE = 0.005
# Words a trailing "..., he told reporters at the White House." may have after its verb.
ATTRIBUTION_TAIL_WORDS = 6
# A "caption" paragraph with this many sentences is story text a photo caption was run into.
RUN_ON_CAPTION_SENTENCES = 4
# Longest role before a name ("US Ambassador to China"), appositive after it, and name itself.
MAX_ROLE_WORDS = 14
MAX_APPOSITIVE_WORDS = 20
MAX_NAME_WORDS = 4

# --- search and ask (bot/core/index.py, search.py, candidates.py, answer.py) -------------
# Typo budget by word length, as Meilisearch and Typesense do: none below 5 letters,
# one edit from 5, two from 9 (transpositions count as one edit).
SEARCH_ONE_TYPO_FROM = 5
SEARCH_TWO_TYPOS_FROM = 9
# Query words this long also match vocabulary words they start ("submar" -> "submarines").
SEARCH_PREFIX_FROM = 4
SEARCH_PREFIX_LIMIT = 50
# How much a non-exact match counts, relative to the exact word (ranking: exact first).
SEARCH_STEM_QUALITY = 0.9
SEARCH_FAMILY_QUALITY = 0.75  # another word of the family: "invasion" for "invaded"
SEARCH_PREFIX_QUALITY = 0.7
SEARCH_TYPO_QUALITY = (1.0, 0.65, 0.5)  # indexed by edit distance
# "Did you mean": article words at least this similar (0..1) to an unmatched query word.
SEARCH_SUGGEST_SIMILARITY = 0.7
SEARCH_SUGGEST_FROM = 4  # letters; shorter words ("Yee") have too many look-alikes to suggest
SEARCH_MAX_SUGGESTIONS = 5
# A word with no match is corrected to the best suggestion only when it is this similar
# (OSA, normalised: "Singapur" is 0.78 like "Singapore") and this much better than the next.
SEARCH_AUTOCORRECT_SIMILARITY = 0.75
SEARCH_AUTOCORRECT_MARGIN = 0.1
# English words at least this frequent in pyspellchecker's list are real words, not typos:
# "county" absent from an article is not "country". Tune half of eval/lookup_eval.py: absent words
# returning nothing 99.6% at 100, 99.2% at 1,000, 98.2% at 10,000; typo pairs 99.6% at each.
SEARCH_COMMON_WORD_COUNT = 100
# Proximity counts word gaps up to this many; farther apart is simply "far" (as Meilisearch's 7).
SEARCH_PROXIMITY_CAP = 8
# Resolved query words kept per article (people repeat and refine their queries).
SEARCH_EXPANSION_CACHE = 4096
# How a word is spelled (for suggestions) and whether it is a name: read from this many paragraphs.
SEARCH_SPELLING_SAMPLE = 5
# Raw token -> terms caches shared by all articles; cleared (or evicted) past this many entries.
SEARCH_TOKEN_CACHE = 50_000
# Lookup: only this many best BM25 paragraphs are re-ranked with the costlier proximity measure;
# an exact phrase adds this share of the paragraph's score; a caption ranks just below body text.
SEARCH_RERANK = 100
SEARCH_PHRASE_BONUS = 0.5
SEARCH_CAPTION_WEIGHT = 0.6
# A paragraph longer than this (a one-line article is one paragraph) is shown as windows of
# whole sentences of at most SEARCH_WINDOW_CHARS around the matched words, at most
# SEARCH_MAX_WINDOWS per paragraph (Discord embeds show ~900 characters of a hit).
SEARCH_LONG_PARAGRAPH_CHARS = 600
SEARCH_WINDOW_CHARS = 400
# The windows of one paragraph of a many-paragraph article are one lookup hit while together they fit
# in this many characters (Discord shows ~900 characters of a hit); past it each is a hit of its own.
SEARCH_MERGED_HIT_CHARS = 900
SEARCH_MAX_WINDOWS = 3
# BM25 parameters (the usual defaults) for paragraphs.
BM25_K1 = 1.2
BM25_B = 0.75

# Ask: answers longer than this are cut around the matched words (the evaluation reads 300).
ASK_MAX_ANSWER_CHARS = 300
# "What was her kiss-off?" against "... recalls her ultimate kiss-off. 'Bye bye!'": a sentence whose last
# this many words hold the thing asked after "her", "one", "a" ... announces the quotation after it.
ASK_ANNOUNCING_WORDS = 6
# A cut answer whose window would end on "the", "of", "and" ends with its sentence instead when that ends
# within this many characters (30-60 change the same tuned replies: docs/quality.md, Constants).
ASK_WINDOW_TAIL_CHARS = 40
# A long sentence's window keeps its end when at most this many characters of it would be cut
# (shown.py: a sentence ends on what is new).
ASK_ANSWER_TAIL_CHARS = 60
# What the answer window to "What did X urge Y to do?" keeps after the question's last matched word: the deed
# asked for follows it ("... we strongly urge Iraqi leaders to reconsider ...").
ASK_WHAT_AFTER_CHARS = 120
ASK_CANDIDATES = 10
ASK_LEADS = 3
# "Who is X?": a title before X is looked for within this many characters of the first mentions.
ASK_TITLE_REACH = 200
ASK_TITLE_MENTIONS = 20
# How far back the words before a role are read for "former" ("former French Open champion X").
ASK_ROLE_PHRASE_CHARS = 60
# "Who is the judge?": a name this many words before the role ("Ann Bell, who became the judge") may be
# its holder's; one further back stands in another part of a long sentence.
ASK_ROLE_NAME_WORDS = 10
# On long articles only this many sentences (most question-word weight first) are fully scored.
ASK_PRESELECT = 300
# Sentences vary less in length than documents; full BM25 length normalisation would favour
# four-word sentences that happen to hold one question word.
ASK_BM25_B = 0.4
# Sentence score: BM25 over the question words, plus these (in units of the words' weights).
ASK_CONTEXT_CREDIT = 0.3  # a question word found elsewhere in the paragraph ("he" for a name)
ASK_BIGRAM_WEIGHT = 0.5  # per pair of question words side by side in the sentence
# Times (n - 1) n / the words of the shortest stretch holding the n question words a sentence holds:
# words close together say more than the same words scattered (chosen on the tuned sets:
# docs/quality.md, Constants).
ASK_PROXIMITY_WEIGHT = 0.5
ASK_TYPE_WEIGHT = 0.8  # an answer of the kind the question wants (date, number, name...)
ASK_PAIR_GAIN = 0.5  # two adjacent sentences, per share of the question the second one adds
ASK_CAPTION_WEIGHT = 0.75  # photo captions answer only when the body does not
# The best candidates by score are re-ranked by score * (this + confidence).
ASK_RERANK_FLOOR = 0.3
# A match below this quality (typos, word families) is weak evidence for the confidence.
ASK_STRONG_MATCH = 0.7
# Ask also matches a word's family ("located"/"location"): terms sharing their first
# ASK_ROOT_MIN letters and at least this share of the longer word, at this quality.
ASK_ROOT_MIN = 5
ASK_ROOT_SHARE = 0.7
ASK_ROOT_QUALITY = 0.6
# A place for its people-word ("China" / "Chinese"): the same thing, a strong match.
ASK_PLACE_FORM_QUALITY = 0.8
# A common synonym ("founded" / "established"): a loose match.
ASK_SYNONYM_QUALITY = 0.5
# A word WordNet derives from the question's or it from ("successor" for "succeeded", "ruler" for
# "ruled"), or its synonym when the article lacks the word ("hypothesis" for "theory"; both from
# bot/core/ask/related.txt): a loose match, for the ranking only (not the confidence).
ASK_RELATED_QUALITY = 0.5
# The rarity weight of a light verb ("get", "make", "take") is scaled by this.
ASK_LIGHT_VERB_WEIGHT = 0.4

# --- summary engine ----------------------------------------------------------------------
# Sentences shorter than this (in words), or with fewer ordinary lower-case words than the
# next figure, are by-line debris or fragments ("By .", "14:11 EST, 25 October 2013").
SUMMARY_MIN_WORDS = 6
SUMMARY_MIN_LOWER_WORDS = 3
# A photo's label or a rhetorical question ("Cover star?", "Cry for help!") has at most this many
# words: the sentence after it is its caption or its answer, never a summary line on its own.
SUMMARY_LABEL_MAX_WORDS = 3
# A shorter whole sentence fills a summary asked for more sentences than an article has of the usual
# length, when it has at least this many words ("The pier reopened on Friday.").
SUMMARY_SHORT_MIN_WORDS = 3
# Longer "sentences" (text with no full stops) are cut to this many words in a summary.
SUMMARY_MAX_SENTENCE_WORDS = 80
# ...and to this many characters (scripts written without spaces have few "words").
SUMMARY_MAX_SENTENCE_CHARS = 600
# A quotation still open after this many sentences is an unbalanced quote mark: stop
# treating the sentences after it as part of someone's quote.
SUMMARY_MAX_QUOTE_SENTENCES = 6

# --- quotes2: speaker engine -------------------------------------------------------------------------
# "his wife Cookie": how many sentences back the person "his" means may be named.
POSSESSOR_SENTENCES = 2


# --- ask (search3): neighbours and pronouns ---
# A sentence that says "she" may be about someone named up to this many paragraphs before.
ASK_PRONOUN_REACH = 2
# A sentence speaking of the person asked about by "he" or "she" alone, right after one naming them and no
# one else ("He arrived in Congress in 1993"): the name counts as matched there at this quality (a solid
# match: the confidence takes it as the name); "he" reaches back this many sentences.
ASK_REFERENCE_QUALITY = 0.7
ASK_REFERENCE_REACH = 3
ASK_REFERENCE_CACHE = 64  # articles whose people's name terms are kept (as the quote engine's analyses)
# Sentence texts whose answer-kind readings (numbers, dates, places, names in them) are kept: every
# question about an article ranks mostly the same sentences (a few hundred at most per question).
ASK_SENTENCE_CACHE = 8192
# Questions per article whose content words are kept: one reply reads its question's several times.
ASK_CONTENT_WORDS_KEPT = 4
# "Ralph Mata was a lieutenant. ... the 45-year-old officer": sentences an age description may
# stand after the name it refers back to.
ASK_AGE_REFERENCE_REACH = 2
# "The former Conservative MP for ...": the head of a description of a person opening a sentence is
# looked for among its first this many words.
ASK_DESCRIPTION_WORDS = 5
# A sentence's opening word, for a name opening it: read from this many characters.
ASK_OPENING_CHARS = 40
# "A 34-year-old man has been charged ..." answering "Who ...?": the sentence naming him is looked for
# among this many sentences after it.
ASK_NAMED_LATER_SENTENCES = 3
# ... and when the lede and that sentence do not fit in an answer together, the lede is cut around the
# question's words to no less than this many characters, the naming sentence kept whole.
ASK_DESCRIBED_ROOM = 80
# An answer whose kind (an age, a date) is in the sentence next to the matched one: a little
# less sure than one sentence that holds both.
ASK_NEIGHBOUR_TYPE = 0.85

# --- quotes3: speaker engine -------------------------------------------------------------------------
# "Saido Berahino to focus on his form": how many words after a full name a he/his makes it a person.
PRONOUN_EVIDENCE_WORDS = 6
# "CORONATION Street favourite": a shouted tabloid lead word this long is written in title case in a role.
SHOUTED_LEAD_CHARS = 4
# A quotation this many words long or more is dropped when a longer one by the same speaker holds it.
QUOTE_PIECE_MIN_WORDS = 4
# At most this many characters of attribution between two pieces of one quotation (“A,” she said
# on Monday. “B.”) for them to be shown as one passage.
QUOTE_ATTRIBUTION_GAP_CHARS = 80
# Labelled turns ("MARSH: ...") an article needs to be read as a transcript: one "UPDATE:" is none.
TRANSCRIPT_MIN_TURNS = 2

# A capitalised participle this long before a known name ("Crooked Ada Holt") is no given name.
EPITHET_MIN_CHARS = 7
# A lone surname this long with two neighbouring letters swapped is a typo for a known one
# ("Montieth" for "Monteith"); shorter swaps make other real names ("Lee" / "Lei").
SWAPPED_SURNAME_MIN_CHARS = 6
# Words in -ly longer than this between a subject and its verb are adverbs ("cynically dismissed").
LY_ADVERB_MIN_CHARS = 4

# Typed commands (console, mentions): how close a mistyped command name must be to a real one
# (difflib ratio) to be offered as "did you mean"; "/sumary" is 0.92 from "/summary".
COMMAND_SIMILARITY = 0.7

# --- ask: three tiers and the confidence model (bot/core/ask/confidence.py) ---
# A logistic regression over confidence.FEATURES, fitted by `python eval/ask_fit.py` on the tuned
# question sets only (eval/ask_eval.py reports tuned and held-out sets apart). Signs are constrained so
# that confidence never falls when the match improves. Two weights are set by hand on the tuned sets,
# not fitted: "untyped" (a when/where/how-many/who question whose candidate holds no date, place,
# number or name) is -2.0, and "lacks_kind" (a when/where/how-many/who candidate holding too little of
# the kind wanted to be the answer: type score under ASK_TYPED_ANSWER, so a passage whatever the match)
# is -0.75, less sure still. A refit on the tuned sets was tried and not shipped. The figures behind
# each choice: docs/quality.md, Constants.
ASK_MODEL_WEIGHTS = (2.27, 1.285, 0.0, -1.347, -0.0, 0.0, 0.0, -1.5, 0.865, -0.511, -2.745, -0.75)
ASK_MODEL_BIAS = -2.243
# A word the question says "not" of ("What did the court not accept?") is denied for this many words
# after the negation; a sentence holding it with no negation in the words just before it says the
# opposite ("The court accepted ...") and counts as lacking the question's "not" (feature "unnegated").
ASK_DENIED_REACH = 2
ASK_NEGATION_REACH = 4
# A question word asserted, held by the sentence only within this many words after "not", with only
# auxiliaries, articles or adverbs between ("has never written down its rules"): the sentence denies it.
ASK_DENYING_REACH = 3
# A name in at least this share of an article's paragraphs is its subject: a sentence may speak of it as
# "it" or "the union" with the name a few sentences off. Any other name the question asks about, in the
# paragraph but not in the sentence or the ones beside it, counts as a name elsewhere: a question that
# puts another place or body into what a sentence says ("When did Tarn join?") is not answered by it.
ASK_SUBJECT_SHARE = 0.25
# Added to the log-odds in an article that is one paragraph (a one-line corpus text). There the lead
# is measured against rivals more than an answer's length away, not in another paragraph, so it is
# lower than on the articles the model was fitted on (where such texts always had a full lead).
# Chosen on the tuned news sets: the best overall score with tier-1 precision at least 90%
# (docs/quality.md, Constants). Not refitted by eval/ask_fit.py.
ASK_ONE_PARAGRAPH_SHIFT = 0.45
# From this probability the best candidate is the answer (tier 1); below it, the closest passage.
# A question whose every word the candidate holds, with the kind of answer it wants, scores 0.51
# with no lead over the rest; 0.47 stands in the plateau of the overall score on the tuned sets
# (python eval/ask_fit.py's sweep; docs/quality.md, Constants).
ASK_HIGH_CONFIDENCE = 0.47
# A what-question's best candidate answers (tier 1) only this far ahead of the best one in another
# paragraph (the model's "lead", 0..1); closer, it is the closest passage. Chosen leaving one tuned set
# out at a time, a wrong tier-1 answer counted twice a right one demoted (docs/quality.md, Constants).
ASK_WHAT_LEAD = 0.2
# In an article that is one paragraph, any question's best candidate answers (tier 1) only this far
# ahead of the best one further off (its "lead") that holds the kind of answer wanted too; closer, another
# sentence matches the question's words about as well, and the closest passage shows both (ask/even.py).
# Chosen leaving one tuned news round out at a time, a wrong or unanswerable tier-1 answer counted twice
# a right one demoted (docs/quality.md, Constants). Articles of paragraphs are left alone: what-questions
# there need ASK_WHAT_LEAD, and the same rule over them cost more than it gave. A rival holding this
# share of the best one's words says the same again, and is none.
ASK_EVEN_LEAD = 0.1
ASK_REPEATED_SHARE = 0.8
# "How old is Ahmed Ali?" where only "Alya Ahmed Ali, 13" has an age: a passage, unsure.
ASK_OTHER_AGE_CONFIDENCE = 0.2
# "What did X say about Y?" answered by X's quotation only when it holds at least this share of Y's
# weight (its rarer words weigh more); less, it is the closest passage. On the tuned news sets the five
# quotation answers under 0.35 were all wrong, 33 of the 37 from 0.4 up right.
ASK_QUOTE_TOPIC_SHARE = 0.4
# "What did X say <topic>?" is answered by X's reported speech ("X told MSNBC that nobody would question
# ...") holding every word of a topic of at least this many content words, when no quotation of X does.
ASK_REPORTED_TOPIC_WORDS = 2
# "What did X say about Y?" when none of X's quotations is about Y: X's words are shown as the
# closest passage at this confidence (below ASK_HIGH_CONFIDENCE), not as the answer.
ASK_OFF_TOPIC_QUOTE_CONFIDENCE = 0.3
# A closest passage (tier 2) is the paragraph, or this much of a long one around the candidate: about
# 250 words, so that a paragraph of ordinary length (most of an encyclopedia's) is shown whole.
ASK_PASSAGE_CHARS = 1500
# A one-sentence paragraph this short that refers back, leads in to a quotation or opens a live blog's
# item brings its neighbouring paragraph into the closest passage ("The city sent a letter Thursday.").
ASK_LEAD_IN_CHARS = 160
# After it, the sentences of up to this many next-ranked candidates in other paragraphs, within the
# same ASK_PASSAGE_CHARS in all, each ranked at least this share of the best's weight. Chosen on the
# tuned sets: the share that keeps the gold in answer or passage while showing the fewest sentences
# after a passage; three candidates rather than two or four (docs/quality.md, Constants).
ASK_ALSO = 3
ASK_ALSO_SHARE = 0.5
# A long paragraph's passage (a one-line article is one) is the window around the best candidate, narrowed
# so that the sentences of this many next-ranked candidates further off in the same paragraph, ranked at
# least ASK_ALSO_SHARE as high, show too, apart ("… "). On the tuned news sets, 1 / 2 / 3: the gold in
# the passage alone for 9 / 10 / 10 more answerable questions and 2 / 5 / 5 fewer (the narrower window).
ASK_ALSO_IN_PARAGRAPH = 1
# A when/where/how-many/why/who candidate answers (tier 1) only if it holds that kind of thing this
# clearly (question.answer_type_score); otherwise it is the closest passage.
ASK_TYPED_ANSWER = 0.6
# How far down the ranking the next candidate naming a doer is looked for.
ASK_RIVAL_REACH = 5
# A name this many words after a verb of saying may be its speaker: "said President Donald Trump".
ASK_INVERTED_SPEAKER_WORDS = 4
# A reason given for something the question does not name ("It had run for medical trips" for "Why was
# the ferry closed?"): still a reason (over ASK_TYPED_ANSWER), ranked below one tied to the asked event.
ASK_UNTIED_REASON = 0.7
# "How much ...?" answered by a sentence naming a currency but no sum of it ("the weak dollar"): less
# than an answer of the kind wanted (ASK_TYPED_ANSWER), more than no money at all.
ASK_CURRENCY_ALONE = 0.5
# "When will the meeting be held?" against "... last month ...": a time, but one already past.
ASK_PAST_FOR_FUTURE = 0.3
# "What was the score?": a scoreline in the story's first this many sentences is the match's result
# (reports lead with it); a later first scoreline is only the closest passage.
ASK_SCORELINE_LEDE = 2
# "Which rival drug dealers ...?": at most this many words after "which" name the thing asked for, and
# a name or number this many words after its mention in a sentence says which one it is ("strikers
# Shane Long and Graziano Pelle"); further away it is someone else's ("a number of advisers." has none).
ASK_WHICH_WORDS = 3
ASK_WHICH_REACH = 3
# "Who scored for City?": a sentence with the question's word, then after at most this many words the
# same preposition and another name ("Ashworth scored twice for Rovers") answers of another thing.
ASK_QUALIFIER_REACH = 1
# A given name at least this long that starts another is its short form ("Ash" / "Ashton").
ASK_SHORT_GIVEN_NAME = 3
# "Robert Guiscard, an other Norman adventurer previously elevated to the dignity of count": a name
# question's noun this many words after "X, a"/"X is a" describes X.
ASK_NAME_DESCRIPTION_REACH = 12
# Per article, this many acronyms' spelled-out forms are kept (looked for one by one, the first time a
# question needs them; an article's are forgotten with its index).
ASK_ACRONYM_LOOKUPS = 256
# A question phrase the candidate has apart counts against it only if the article puts it together
# in one of the first this many sentences holding its first word (long articles stay fast).
ASK_PHRASE_SENTENCES = 50
# A sentence of attribution alone after a quotation that ends in ?, ! or . ("Dana Pruitt said.")
# has at most this many words: anything longer is a sentence of its own.
ATTRIBUTION_SENTENCE_WORDS = 12
# A paragraph of one short sentence naming one person ("But that was not enough for Mr Marchand.")
# leads into the next, whose opening "he said" means that person.
LEAD_IN_WORDS = 12
# How far after a short quotation "said X" may start for it to be speech, not a label.
LABEL_ATTRIBUTION_CHARS = 60

# A first paragraph is a headline in Title Case when this share of its words of at least
# HEADLINE_WORD_CHARS letters start with a capital ("Kessler: ‘We Are Going To Go All The Way ...’").
HEADLINE_WORD_CHARS = 4
HEADLINE_CAPITALS_SHARE = 0.8
# A line is Title Case only with at least this many such words ("Six Reyes Aides Quit." has three).
HEADLINE_MIN_LONG_WORDS = 3
# A first line ending like a sentence is a headline only with at most this many sentences
# ("Republicans Finally Confirmed A Judge. Is This Dunn’s Last One?").
HEADLINE_MAX_SENTENCES = 2
# A first line in sentence case is a headline only as one sentence of this many words, with at
# most HEADLINE_MAX_ARTICLES of a/an/the ("Federal court rules against Ohio's purges of voter rolls.").
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 16
# A Markdown "# " line ending in a stop is a sentence of the story, not a heading, past
# HEADLINE_MAX_WORDS words, or from this many when it attributes a quotation ("# Not a heading:
# the treasurer, Ngozi Okonkwo, said the figures were “audited twice.”"): headings are labels.
QUOTING_HEADING_MIN_WORDS = 10
HEADLINE_MAX_ARTICLES = 1
# A word typed in lower case is read as a name ("vermont", "putin") from this many letters: shorter
# ones are as often abbreviations ("us", "tv") as names.
ASK_LOWER_NAME_LETTERS = 3
# How alike (difflib ratio) a surname of the article must be to the one asked when only the given name is
# there: "Broaddrick" for "Broderick" (0.84) is a misspelling, "Wallace" for "Christie" another person;
# "Mary" for "Mark" (0.75) too.
ASK_SURNAME_LIKENESS = 0.8
# A question with this share of its words (after the first) capitalised is typed in Title Case.
ASK_TITLE_CASE_SHARE = 0.75
# "Who is X?" reads X as a name of at most this many words (two names joined by "and": twice as many).
ASK_NAME_WORDS = 4
# A paragraph of at most this many words standing alone is a subheading, never an answer.
ASK_SUBHEADING_WORDS = 4

# A command's engine work gets this many seconds, in the Discord bot (its engine's time) and the CLI
# (CPU time); past them the answer is errors.OVER_BUDGET: a shape of text read slowly never hangs either.
COMMAND_BUDGET_SECONDS = 20.0
