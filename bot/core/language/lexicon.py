"""Word lists that tell people from places and organisations, and speech from narration.

Small closed-class vocabularies only (titles, role nouns, verbs of saying, countries); the
engines use them as evidence, never as a list of answers.
"""

from __future__ import annotations

import re


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The articles, one list for every engine ("the statement said", "a number of advisers").
ARTICLES = _set("a an the")

# Honorifics right before a name: strong evidence of a person.
HONORIFICS = _set(
    "mr mister mrs ms miss mx dr prof sir dame lord lady baroness baron rev fr sen rep gov gen col lt "
    "capt adm maj sgt cdr cmdr "
    # plurals before two names: "Sens. Mara Quill and Dev Patel", "Reps. Holt and Dorn"
    "sens reps "
    # British police ranks written short without a full stop ("Det Insp Mark Hollis", "Ch Supt Lee")
    "insp supt det"
)
MALE_MARKERS = _set(
    "mr mister sir lord baron king prince father husband son brother uncle grandfather spokesman chairman "
    "congressman businessman sportsman boyfriend nephew widower councilman assemblyman alderman"
)
FEMALE_MARKERS = _set(
    "mrs ms miss dame lady baroness queen princess mother wife daughter sister aunt grandmother spokeswoman "
    "chairwoman congresswoman businesswoman sportswoman actress girlfriend niece widow councilwoman "
    "assemblywoman alderwoman"
)

# Words of bodies' names written short ("the State Dept.", "Harbor Corp."): a /quote query may use the
# whole word for them.
SHORT_NAME_WORDS = {
    "dept": "department",
    "depts": "departments",
    "govt": "government",
    "corp": "corporation",
    "assn": "association",
    "univ": "university",
    "intl": "international",
    "natl": "national",
    "admin": "administration",
}

# Abbreviations whose letters do not spell the words news copy uses for them ("CEO" is a "chief
# executive"): a question or a /quote query may use either.
ACRONYM_EXPANSIONS = {
    "ceo": ("chief executive",),
    "cfo": ("chief financial officer", "finance chief", "finance director"),
    "coo": ("chief operating officer",),
    "pm": ("prime minister",),
    "vp": ("vice president",),
    "gop": ("republican party", "republicans"),
    "potus": ("president",),
    "scotus": ("supreme court",),
    "phd": ("doctorate", "doctoral degree"),
}

# The role words an abbreviated title stands for: "Sen. Ada Brill" is who "the senator" means.
TITLE_ROLES = {
    "sen": ("senator", "lawmaker"),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gov": ("governor",),
    "gen": ("general",),
    "lt": ("lieutenant",),
    "col": ("colonel",),
    "capt": ("captain",),
    "cdr": ("commander",),
    "cmdr": ("commander",),
    "adm": ("admiral",),
    "maj": ("major",),
    "sgt": ("sergeant",),
    "insp": ("inspector",),
    "supt": ("superintendent",),
    "det": ("detective",),
    "dr": ("doctor",),
    "prof": ("professor",),
    "rev": ("reverend", "pastor"),
    "fr": ("father", "priest"),
}

# Relations by which a person is introduced through another ("her husband, X", "brother of X").
KIN_NOUNS = _set(
    "husband wife brother sister son daughter father mother uncle aunt nephew niece cousin grandson "
    "granddaughter grandfather grandmother widow widower stepson stepdaughter stepfather stepmother "
    "fiance fiancee fiancé fiancée"
)

# Nouns that head a person's role ("the top US diplomat", "CIA chief", "co-founder").
ROLE_HEADS = _set(
    "president vice-president premier chancellor minister secretary ambassador envoy diplomat official "
    "officials delegate leader chief head director spokesman spokeswoman spokesperson adviser advisor aide "
    "co-founder founder chairman chairwoman chair ceo executive officer commander general admiral "
    "moderator interviewer questioner panelist panellist "
    "colonel captain sergeant lieutenant governor mayor senator congressman congresswoman lawmaker "
    "policymaker legislator representative mp mep judge justice lawyer attorney prosecutor counsel "
    "expert analyst "
    "economist professor researcher scientist author writer journalist reporter editor columnist "
    "strongman dictator autocrat despot tycoon mogul magnate "
    "coach manager player striker midfielder defender goalkeeper actor actress singer star artist "
    "doctor surgeon nurse physician teacher student pupil mother father wife husband son daughter "
    "brother sister friend neighbour neighbor resident witness victim owner boss king queen prince "
    "princess pope bishop archbishop cardinal priest rabbi imam pastor fellow partner member candidate "
    "nominee commissioner inspector detective constable superintendent sheriff firefighter "
    "councillor councilor councilman councilwoman alderman alderwoman "
    "pilot soldier veteran worker employee deputy speaker counterpart negotiator czar tsar "
    "administrator strategist campaigner activist organiser organizer investor entrepreneur "
    "banker historian psychologist correspondent producer businessman businesswoman billionaire "
    "barrister solicitor qc kc magistrate coroner investigator passenger commodore pc dc rev vicar "
    "chef widow widower developer engineer designer photographer consultant model supermodel "
    "principal dean president-elect chairperson treasurer auditor inspector-general attaché emissary "
    "councilmember councilmembers assemblyman assemblywoman favourite favorite legend recruit signing agent "
    "advocate host co-host anchor counselor counsellor co-author "
    "dentist pharmacist therapist paramedic midwife veterinarian chemist physicist novelist poet "
    "playwright pianist guitarist drummer musician composer dancer comedian filmmaker lobbyist pollster "
    "lecturer instructor tutor trainer fisherman mechanic plumber electrician architect accountant "
    "trader broker cashier waiter waitress bartender landlord tenant homeowner referee umpire "
    "uncle aunt cousin nephew niece grandmother grandfather granddaughter grandson "
    # an office holder's spouse: "first lady Marta Halvorsen"
    "lady "
    "girlfriend boyfriend fiancé fiancée headmaster headmistress supervisor "
    "speechwriter volunteer donor fundraiser commentator blogger rapper survivor trooper juror staffer "
    # people close to a politician: "one Okafor associate said", "a Brackett ally told me"
    "ally associate confidant confidante pal backer loyalist detractor opponent admirer "
    "operative surrogate challenger incumbent farmer driver presenter creator co-creator "
    "full-back fly-half scrum-half winger flanker skipper batsman bowler all-rounder jockey cyclist "
    "athlete sprinter boxer golfer swimmer forward centre-back centre-half wing-back ombudsman champion "
    "seed finalist runner-up "
    # writers by their kind of writing: "wrote famous polemicist H.L. Mencken"
    "satirist polemicist essayist humorist memoirist lyricist cartoonist diarist pamphleteer "
    "philosopher theologian "
    "guru pundit critic supremo peer co-chairman co-chairwoman vice-chairman vice-chair curator librarian "
    # a race's runners before a name: "Republican presidential hopeful Dale Whitcomb"
    "hopeful contender front-runner frontrunner "
    # offices ("the Deputy Chief Whip", "the Taoiseach"): a role, never a name's last word
    "whip comptroller registrar provost taoiseach tanaiste "
    # a secretary's deputy in a ministry ("Deputy Undersecretary of the Navy for Supply Ellen Marsh")
    "undersecretary under-secretary secretary-general clerk"
)
# A person's relation by what they share, never a title: "his classmate Irfan Sheikh". Capitalised
# mid-sentence before a word no given name ("said Roommate Finder") it opens a brand's name.
RELATION_NOUNS = _set("colleague teammate classmate schoolmate roommate flatmate housemate")
ROLE_HEADS = ROLE_HEADS | RELATION_NOUNS
# Nouns for a person beyond the role nouns ("a woman", "one fan", "a former schoolboy").
PEOPLE_NOUNS = _set(
    "man woman boy girl schoolboy schoolgirl fan voter driver customer shopper patient survivor parent "
    "grandparent teenager youngster local commuter motorist pedestrian onlooker bystander spectator viewer "
    "reader caller listener tourist visitor traveller traveler protester demonstrator supporter critic "
    "attendee passerby guard participant attendant contestant applicant immigrant migrant merchant "
    "servant professional contractor gunman fighter militant jihadi rebel insurgent narrator prisoner inmate "
    "detainee hostage"
)
# Titles written with a capital before a name wherever they stand ("Mayor Linda Cho"); other role
# words ("Neighbour Gary Pring") are capitalised only when they open a sentence.
FORMAL_TITLES = _set(
    "president vice-president premier chancellor minister secretary ambassador senator governor mayor "
    "judge justice king queen prince princess pope cardinal bishop archbishop rev reverend father "
    "sister brother dr doctor prof professor captain colonel lieutenant sergeant admiral commander "
    "major general commissioner inspector detective constable superintendent sheriff councillor "
    "councilor councilman councilwoman councilmember alderman alderwoman lord lady baroness baron sir "
    "dame rabbi imam "
    "pastor representative congressman congresswoman assemblyman assemblywoman commodore pc dc "
    "chairman chairwoman speaker coroner magistrate vicar dean undersecretary under-secretary"
)
# Compound role nouns written as one word ("harbourmaster", "boardmember", "shopkeeper", "biographer").
ROLE_SUFFIXES = (
    "master",
    "keeper",
    "member",
    "worker",
    "ologist",
    "ician",
    "iatrist",
    "grapher",
    "surgeon",
    "scientist",
)


# Heads of a title written after the place or thing it is of: "Harbour Master", "Station Master",
# "Grand Master". Alone ("Master Chef", "Mr Master") the word may be a name's.
COMPOUND_TITLE_HEADS = frozenset(("master",))


def is_role_head(low: str) -> bool:
    """A folded word that heads a person's role: a known role noun or a compound of one, a former
    holder of one ("ex-treasurer", "the then-president") or one elected to it ("governor-elect")."""
    low = low.removeprefix(FORMER_PREFIX).removeprefix(THEN_PREFIX).removesuffix(ELECT_SUFFIX)
    return low in ROLE_HEADS or (len(low) > 8 and low.endswith(ROLE_SUFFIXES))


FORMER_PREFIX = "ex-"  # "the ex-prosecutor": the former prosecutor
THEN_PREFIX = "then-"  # "the then-president said": the one who held the role at the time
ELECT_SUFFIX = "-elect"  # "the governor-elect": elected, not yet in office


# Endings of nouns for someone by the work they do ("harbour master", "lighthouse keeper", "dock
# foreman", "lifeguard", "dispatcher", "songwriter"): a role told by its shape, for the many trades no
# list holds. The first are a person's for sure; "-er", "-or" and "-ist" end things too (AGENT_LOOKALIKES).
PERSON_SUFFIXES = ("man", "woman", "master", "keeper", "guard", "smith", "wright")
AGENT_SUFFIXES = (*PERSON_SUFFIXES, "er", "or", "ist")
# Words of an agent's shape that name no one (things, places, times, comparatives and adverbs) or
# no one person for sure.
AGENT_LOOKALIKES = _set(
    "human humans german roman ottoman layman amen omen semen stamen abdomen specimen regimen "
    "water paper newspaper order letter newsletter number matter other another either neither whether "
    "together rather ever never however whatever wherever whenever forever further later earlier "
    "former latter over under after upper lower inner outer proper clever sober tender bitter "
    "bigger smaller larger longer shorter higher greater better older younger stronger weaker "
    "corner center centre border power tower river quarter chapter manner summer winter answer "
    "cover weather dinner butter finger shoulder computer printer trailer container register monster "
    "disaster character barrier shelter theater theatre offer filter helicopter cancer fever ledger "
    "folder header footer poster sticker marker charter banner flyer flier counter monitor sensor "
    "indicator calculator server browser cluster caliber calibre meter metre liter litre member "
    "error floor door factor sector motor mirror color colour honor honour labor labour favor favour "
    "terror horror flavor flavour vapor rumor rumour humor humour tumor behavior behaviour corridor "
    "elevator escalator interior exterior tractor reactor meteor major minor junior senior mayor "
    "list mist twist wrist fist exist assist insist resist persist consist checklist playlist "
    "shortlist wishlist blacklist whitelist "
    # a business as often as a person: "the maker of the drug said", "the operator said"
    "maker provider supplier distributor operator contractor exporter importer wholesaler sponsor"
)


def is_agent_noun(low: str) -> bool:
    """A lower-case noun shaped as one for a person by their work ("foreman", "dispatcher"), though
    no list holds it; never a source, body or document noun ("the newspaper", "the poster")."""
    return (
        len(low) >= _AGENT_CHARS
        and low.isalpha()
        and low.endswith(AGENT_SUFFIXES)
        and low not in AGENT_LOOKALIKES
        and low not in PEOPLE_NOUNS  # "the woman", "a supporter": a person, no trade
        and low not in SOURCE_NOUNS
        and low not in ORG_WORDS
        and low not in DOCUMENT_NOUNS
    )


_AGENT_CHARS = 5  # "baker" and longer: "ever", "user", "door" are too short to tell


def singular_forms(low: str) -> tuple[str, ...]:
    """The singulars a folded plural may have ("fishermen": fisherman, "deputies": deputy, "nurses":
    nurs, nurse, "aides": aide); none for a word that ends as no plural does ("boss", "bus", "analysis",
    "politics")."""
    if low.endswith("men"):
        return (low[:-3] + "man",)
    if low.endswith("ies"):
        return (low[:-3] + "y",)
    if not low.endswith("s") or low.endswith(_NOT_PLURAL_ENDINGS):
        return ()
    return (low[:-2], low[:-1]) if low.endswith("es") else (low[:-1],)


_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics")


def is_person_noun(low: str) -> bool:
    """A folded word that names a person: a plain noun for people ("bystander") or a role's head."""
    return low in PEOPLE_NOUNS or is_role_head(low)


# British police ranks written short in capitals before a surname ("PC Holt", "DS Holt", "DCI
# Dean"): a title, never a given name's initials.
POLICE_RANKS = _set("pc dc ds di dci dcs dsu pcso")
# Capitalised words that belong to a title, not to a name ("Secretary of State", "Foreign").
TITLE_WORDS = _set(
    "president vice prime premier chancellor minister secretary ambassador envoy general attorney "
    "foreign defense defence state home interior treasury commerce trade justice health education "
    "energy finance economy homeland security national affairs deputy acting chief senior former "
    "special senator sen rep representative governor gov mayor judge king queen prince "
    "princess pope cardinal bishop archbishop rev reverend father sister brother dr doctor prof "
    "professor mr mrs ms miss sir dame lord lady baroness baron captain capt colonel col lieutenant lt "
    "sergeant rear "
    "sgt admiral adm commander cdr cmdr major maj chairman chairwoman chair ceo director leader speaker "
    "spokesman spokeswoman spokesperson adviser advisor officer inspector detective constable "
    "superintendent sheriff commissioner congressman congresswoman assistant under executive "
    "supreme high army navy air force marine marines staff joint top ambassador-at-large "
    "co-founder founder coach manager defense-secretary first gen. councillor councilor councilman "
    "councilmember assemblyman assemblywoman "
    "councilwoman alderman alderwoman commodore pc dc exchequer"
)


def is_title(low: str) -> bool:
    """A folded word of a title before a name: an honorific, a title word or a role ("Gov", "Secretary")."""
    return low in HONORIFICS or low in TITLE_WORDS or is_role_head(low)


# Lower-case words that can sit inside a role before a name ("senior diplomat", "top").
ROLE_MODIFIERS = _set(
    "senior top former deputy acting chief special assistant associate junior lead leading veteran shadow "
    "national security foreign domestic economic military defense defence intelligence trade press "
    "communications policy political finance justice state federal local regional chinese american "
    "british russian european international global new outgoing incoming interim longtime "
    "long-time then-president then current union party company group team club "
    "campaign city county "
    "port police fire army navy government opposition industry business health energy climate "
    "transport education council board agency ministry department the a an of to for on "
    # the middle of "chief medical officer", "chief financial officer", "marketing director"
    "medical financial operating technology technical information marketing legal commercial "
    "scientific digital creative investment "
    # the office a candidate runs for: "presidential hopeful", "gubernatorial candidate"
    "presidential vice vice-presidential gubernatorial mayoral congressional senatorial parliamentary"
)
# Words that make a capitalised sequence a place or an organisation, not a person.
ORG_WORDS = _set(
    "house council ministry department office agency bureau administration government parliament "
    "congress senate assembly caucus committee subcommittee commission court party union league association "
    "federation "
    "university college school institute institution academy seminary conservatory hospital clinic centre "
    "center bank chamber "
    "fund group corp corp. inc inc. ltd ltd. limited llc llp plc pllc co co. company corporation "
    "foundation trust "
    "society club team times post news press journal herald tribune daily telegraph guardian "
    "mail gazette network channel radio tv television airlines airport station street road avenue square "
    "bridge river sea ocean strait gulf bay lake mountain mountains island islands coast peninsula "
    "city county province state states kingdom republic emirates region valley desert forest park "
    "service services authority board systems constabulary panel tribunal "
    "energy utilities holdings industries technologies pharmaceuticals enterprises airways motors "
    "labs laboratories insurance railways brands foods entertainment studios ventures logistics "
    "securities investments petroleum telecom crescent homes properties developments resources mining "
    "minerals metals construction builders partners partnership world magazine weekly monthly "
    # the heads of papers' and newsletters' names: "National Review", "the Cook Political Report"
    "review report chronicle observer examiner inquirer enquirer beacon ledger monitor dispatch "
    "courier bulletin register "
    # research and advisory firms: "ITG Investment Research", "Moody's Analytics", "Capital Economics"
    "research analytics economics advisers advisors consulting associates strategies "
    "summit forum conference symposium games cup championship olympics war army navy force forces "
    "police guard guards command church cathedral mosque temple palace hall tower museum "
    "embassy consulate library zoo diocese archdiocese "
    # grounds and venues: "the Rose Garden", "Madison Square Garden", "Soldier Field", "Pruitt Plaza"
    "garden gardens plaza stadium arena lawn "
    "council. nations organisation organization alliance coalition movement front brigade "
    # undertakings named as bodies: "the River Aid Project", "the Harbor Initiative"
    "project initiative program programme "
    "reuters afp ap bloomberg cnn bbc nbc abc cbs fox msnbc xinhua tass yonhap kyodo "
    "pentagon kremlin whitehall downing capitol nato opec who imf cia fbi nsa asean aukus g7 g20 "
    "pacific atlantic asia-pacific indo-pacific east west north south middle"
)
# Words that end a sports club's name ("Kingsbridge Town", "Harlow Rovers", "Leeds United"): "the
# club" may stand for it, and its first word alone is its short name ("Kingsbridge said ...").
CLUB_WORDS = _set("fc afc town united rovers wanderers athletic albion rangers hotspur")
ORG_WORDS = ORG_WORDS | CLUB_WORDS
# Social platforms: "the Chris Kyle Facebook page" names a person's page, the platform is no part
# of the person's name.
PLATFORMS = _set("facebook twitter instagram youtube tiktok snapchat linkedin")
# Words of ORG_WORDS that are also common surnames: after a given name ("Allen West", "Jim Hall",
# "Michael Bloomberg") they end a person's name.
ORG_SURNAMES = _set(
    "hall west north church fox bloomberg park temple press post street bridge court bay lake house"
)
# Role and title words that are also common surnames: after "Mr", "Ms", "Dr" they are the name.
ROLE_SURNAMES = _set("king dean major bishop judge prince knight marshal baron")
# Words that end a business's name ("Larkspur Airways", "Greystone Homes", "Harbor Bank"): "the
# company" may stand for it, and its first word alone is its short name, not a person.
BUSINESS_WORDS = _set(
    "airways airlines energy utilities holdings industries technologies pharmaceuticals enterprises "
    "motors labs laboratories insurance railways brands foods entertainment studios ventures "
    "logistics securities investments petroleum telecom homes properties developments construction "
    "builders partners bank group corp corp. inc inc. ltd ltd. llc co co. company corporation"
)
# Countries (and continents, unions of countries), then capitals and other places often used as the
# subject of "said": together, PLACES.
COUNTRIES = _set(
    "afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain "
    "bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile "
    "china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia "
    "europe finland france georgia germany ghana greece guatemala haiti honduras hungary iceland india "
    "indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait "
    "laos latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova mongolia "
    "montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman "
    "pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda "
    "scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria "
    "taiwan tajikistan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela "
    "vietnam wales yemen zambia zimbabwe africa america americas asia antarctica oceania "
    "us u.s. usa u.s.a. uk u.k. eu e.u. un u.n. prc dprk uae "
    # the last word of a country's name of two that no one bears as a name ("Saudi Arabia")
    "arabia emirates"
)
PLACES = COUNTRIES | _set(
    "beijing washington moscow kyiv kiev london paris berlin tokyo seoul pyongyang taipei delhi "
    "tehran baghdad damascus jerusalem ankara cairo riyadh brussels rome madrid vienna geneva "
    "ottawa canberra manila hanoi bangkok jakarta islamabad kabul havana caracas brasilia "
    "shanghai hong kong macau bali cupertino silicon valley hollywood wall whitehall westminster "
    "minsk warsaw budapest prague athens lisbon dublin stockholm oslo helsinki copenhagen "
    "nairobi lagos johannesburg pretoria doha dubai dhabi kathmandu dhaka colombo "
    "texas california florida york new los angeles chicago boston miami dc d.c. sydney melbourne "
    "gaza crimea donbas kherson kharkiv donetsk luhansk tibet xinjiang "
    # US territories
    "puerto rico guam"
)
# A capital standing for its country's government ("Beijing said", "Moscow warned"): /quote China reaches
# "Beijing said" and /quote Beijing "China said". Not a capital that also names something else in the
# news (Brussels the EU, Wellington a duke) or whose status is disputed.
CAPITAL_COUNTRIES = {
    capital.strip(): country.strip()
    for capital, country in (
        pair.split(":")
        for pair in (
            "beijing: china, washington: us, moscow: russia, kyiv: ukraine, kiev: ukraine, london: uk, "
            "paris: france, berlin: germany, tokyo: japan, seoul: south korea, pyongyang: north korea, "
            "taipei: taiwan, new delhi: india, tehran: iran, baghdad: iraq, damascus: syria, ankara: turkey, "
            "cairo: egypt, riyadh: saudi arabia, rome: italy, madrid: spain, vienna: austria, "
            "ottawa: canada, "
            "canberra: australia, manila: philippines, hanoi: vietnam, bangkok: thailand, "
            "jakarta: indonesia, "
            "islamabad: pakistan, kabul: afghanistan, havana: cuba, caracas: venezuela, brasilia: brazil, "
            "minsk: belarus, warsaw: poland, budapest: hungary, athens: greece, lisbon: portugal, "
            "dublin: ireland, stockholm: sweden, oslo: norway, helsinki: finland, copenhagen: denmark, "
            "nairobi: kenya, doha: qatar, mexico city: mexico, buenos aires: argentina, "
            "pretoria: south africa, beirut: lebanon, amman: jordan"
        ).split(", ")
    )
}
# A country's other names, each to the one CAPITAL_COUNTRIES uses (as query words fold them: "U.S." is "u s").
COUNTRY_NAMES = {
    name: country
    for country, names in (
        ("us", "u s|usa|u s a|united states|united states america|america"),
        ("uk", "u k|britain|great britain|united kingdom"),
        ("south korea", "republic korea"),
        ("north korea", "dprk"),
        ("china", "prc|people republic china"),
    )
    for name in names.split("|")
}
# US states (but those that are common given names: Virginia, Carolina, Dakota, Georgia) and big US
# cities that are no one's name: a lone one is never a person ("Rep. Tom Cole of Oklahoma, an ally of").
US_PLACES = _set(
    "alabama alaska arizona arkansas colorado connecticut delaware hawaii idaho illinois indiana iowa "
    "kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri "
    "montana nebraska nevada hampshire jersey ohio oklahoma oregon pennsylvania tennessee utah vermont "
    "wisconsin wyoming sacramento atlanta seattle philadelphia pittsburgh baltimore detroit milwaukee "
    "minneapolis nashville memphis cincinnati albuquerque tallahassee honolulu omaha tulsa manhattan "
    "brooklyn columbia"
)
# The fifty US states and the abbreviations US news copy writes them with after a lawmaker's name or
# party ("Sen. Ted Cruz, R-Tex.", "Rep. Bob Goodall (R-Va.)"; AP style).
US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
US_STATE_ABBREVIATIONS = (
    r"Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|"
    r"Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|"
    r"Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Tex\.|Vt\.|Va\.|Wash\.|W\.Va\.|Wis\.|Wyo\."
)
# Each abbreviation of US_STATE_ABBREVIATIONS, folded and without stops, to its state's name.
STATE_OF_ABBREVIATION = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
    "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
    "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
    "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "nh": "new hampshire",
    "nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina",
    "nd": "north dakota", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
    "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington", "wva": "west virginia",
    "wis": "wisconsin", "wyo": "wyoming",
}  # fmt: skip
# Given names ending like a participle ("-ed") that the US census lists lack.
GIVEN_NAMES_IN_ED = _set(
    "mohamed mohammed muhammed ahmed mehmed hamed javed naveed rasheed saeed waleed majed fareed"
)
# Nationality adjectives that sit in roles ("Chinese Foreign Minister"), never in names.
DEMONYMS = _set(
    "chinese american british russian ukrainian japanese korean indian french german italian spanish "
    "israeli palestinian iranian iraqi syrian turkish saudi egyptian european african asian australian "
    "canadian mexican brazilian taiwanese vietnamese filipino pakistani afghan polish dutch swedish "
    "norwegian danish finnish irish scottish welsh english greek hungarian czech austrian swiss belgian "
    "portuguese argentine argentinian chilean colombian venezuelan cuban nigerian kenyan arab kurdish "
    "lebanese jordanian qatari emirati yemeni libyan tunisian moroccan algerian ethiopian somali "
    "sudanese thai malaysian indonesian singaporean burmese mongolian kazakh uzbek georgian armenian "
    "azerbaijani belarusian lithuanian latvian estonian serbian croatian bosnian romanian bulgarian "
    "slovak slovakian slovenian slovene albanian macedonian montenegrin moldovan cypriot maltese "
    "peruvian ecuadorian bolivian uruguayan paraguayan haitian jamaican dominican salvadoran "
    "guatemalan honduran nicaraguan panamanian kuwaiti bahraini omani bangladeshi nepali nepalese "
    "ghanaian ugandan tanzanian zimbabwean zambian cameroonian ivorian rwandan liberian angolan "
    "namibian senegalese congolese malian tajik kyrgyz turkmen "
    # peoples of no one country: "El Paso Latinos", "Hispanic voters"
    "latino latina hispanic "
    "western eastern northern southern soviet "
    "northeastern northwestern southeastern southwestern midwestern"
)

# A country and its people's words where no regular ending joins them ("Poland" / "Polish", "Norway" /
# "Norwegian", "Turkey" / "Turks"): each group is one place. Not "pole", "poles" (a common noun first).
IRREGULAR_PLACE_PEOPLE = (
    "afghanistan afghan afghans",
    "argentina argentine argentines",
    "belgium belgian belgians",
    "britain british briton britons",
    "congo congolese",
    "cyprus cypriot cypriots",
    "czechia czech czechs",
    "denmark danish dane danes",
    "england english",
    "finland finnish finn finns",
    "france french",
    "germany german germans",
    "greece greek greeks",
    "iceland icelandic icelander icelanders",
    "ireland irish",
    "kazakhstan kazakh kazakhs",
    "kurdistan kurdish kurd kurds",
    "kyrgyzstan kyrgyz",
    "myanmar burmese",
    "netherlands dutch",
    "norway norwegian norwegians",
    "panama panamanian panamanians",
    "peru peruvian peruvians",
    "philippines filipino filipinos philippine",
    "poland polish",
    "portugal portuguese",
    "scotland scottish scot scots",
    "slovakia slovak slovaks",
    "slovenia slovene slovenes",
    "spain spanish spaniard spaniards",
    "sweden swedish swede swedes",
    "switzerland swiss",
    "tajikistan tajik tajiks",
    "thailand thai thais",
    "turkey turkish turk turks",
    "turkmenistan turkmen",
    "uzbekistan uzbek uzbeks",
    "wales welsh",
)

# Party labels glued before a name ("Republican Gwen Holt"): part of a description, never of a name.
# A US lawmaker's party initial, written before a state: "R-Texas", "D-Md.", "I-Vt.", or alone: "(D)".
US_PARTY_INITIAL = "[DRI]"
US_PARTY_STATE = rf"{US_PARTY_INITIAL}-[A-Z]"  # the party, a hyphen and the state's capital
PARTY_LABELS = _set("republican republicans democrat democrats democratic gop libertarian tory labour")
# A party's noun for one of its members: "Ohio Republican Zeb Tolliver", "a Democrat".
PARTY_MEMBERS = _set("republican democrat libertarian tory")

# Roles that speak for another person ("Gerald Whitcomb's lawyer", "a spokesman for Reyes").
REPRESENTATIVES = _set(
    "lawyer lawyers attorney attorneys counsel spokesman spokeswoman spokesperson representative "
    "agent publicist"
)

# Nouns heading a source that is no named person ("the company said", "a spokeswoman said").
SOURCE_NOUNS = _set(
    "spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides clerk "
    "liaison liaisons "
    "statement report letter memo ad advert clip video narrator announcer campaign camp company firm "
    "ministry government department agency commission committee council office police prosecutors "
    "lawyers attorneys family group organization organisation website article editorial paper "
    "newspaper brief complaint filing document lawsuit court administration party union bank "
    "authorities investigators officers regulator regulators insiders sources spokespeople "
    "white house pentagon kremlin military army navy study survey poll "
    "email emails release column suit petition headline transcript magazine tabloid tribunal judgment "
    "order ruling indictment affidavit passage excerpt footnote textbook message "
    # a paper's piece, read out as its article is: "“…,” the Harbor Gazette piece reads"
    "piece "
    # reviews, inquiries and the texts rules are written in: "the review says", "the charter defines"
    "review inquiry guidance guidelines charter convention treaty constitution regulation regulations "
    "code manual handbook audit assessment analysis evaluation findings verdict legislation act resolution "
    "memorandum dossier "
    # outlets and writings named by what they are: "the outlet reported", "the communique stated"
    "outlet publication communique communiqué cable notice commentary "
    # governments speaking as one: "the Chinese embassy said", "the regime said"
    "embassy consulate regime junta cabinet "
    # the reporters sharing one report of an event: "pool noted that “…”", "the pool reported"
    "pool "
    # printed and broadcast pieces that speak: "the guide states", "the commercial concludes"
    "guide booklet brochure pamphlet leaflet flyer mailer commercial "
    # exhibits and films that speak through their text: "the exhibit writes", "the film says"
    "exhibit exhibition documentary film chapter "
    # texts that state or read: "the budget states", "the site reads", "the bill says"
    "budget site bill agreement contract text note page post script draft policy motion "
    "announcement invitation caption "
    # laws and their parts, and digests of a text: "the ordinance says", "a summary from the office said"
    "ordinance statute provision summary "
    # a paper's piece speaking as its paper: "“…,” the story says"
    "story "
    # a rule and the parts of a text: "“…,” reads the rule", "“…,” the paragraph reads"
    "rule paragraph section "
    # an opinion piece and a headline's second line: "said a March 3 op-ed in The Gazette"
    "op-ed subhead "
    # forms filled in and filed: "“…,” the application states", "her consultant disclosure says"
    "application disclosure opinion"
)
# Businesses named by their trade ("the airline said", "the tech giant added"): organisations that speak
# as "the company" does, and refer back to the one of that trade the article names.
TRADE_NOUNS = _set(
    "airline carrier carmaker automaker retailer insurer lender broadcaster publisher manufacturer "
    "brewer winemaker charity watchdog studio conglomerate brokerage consultancy supermarket giant"
)
SOURCE_NOUNS = SOURCE_NOUNS | TRADE_NOUNS
# Bands and ensembles speak as bodies do ("“…,” the band said"), the one the article names so.
ENSEMBLE_NOUNS = _set("band orchestra choir ensemble")
SOURCE_NOUNS = SOURCE_NOUNS | ENSEMBLE_NOUNS
# Documents that "say" through a verb of saying ("Her economic plan promises to “…”", "the cable
# warns"), beyond the writings of SOURCE_NOUNS: the document speaks, not its owner.
DOCUMENT_NOUNS = _set("plan cable manifesto proposal platform blueprint")
# Source nouns that are organisations rather than unnamed people.
ORG_NOUNS = _set(
    "campaign camp company firm ministry government department agency commission committee council office "
    "police court administration party union bank newspaper paper website military army navy "
    "magazine tabloid tribunal embassy consulate regime junta cabinet"
)
ORG_NOUNS |= TRADE_NOUNS | ENSEMBLE_NOUNS
# A body's plain noun, beyond the organisations': "the group", "a housing lobbying organization".
BODY_NOUNS = ORG_NOUNS | _set("group organization organisation coalition movement nonprofit charity")

# Verbs of saying: a subject next to one of these is the speaker.
SPEECH_VERBS = _set(
    "said says say saying told tells tell telling added adds adding stated states stating "
    "declared declares declaring explained explains explaining noted notes noting wrote writes "
    "writing insisted insists insisting warned warns warning argued argues arguing claimed claims "
    "claiming replied replies replying responded responds responding asked asks asking answered "
    "answers recalled recalls recalling continued continues admitted admits admitting acknowledged "
    "acknowledges announced announces announcing urged urges urging vowed vows vowing pledged "
    "pledges promised promises promising stressed stresses stressing emphasised emphasized "
    "emphasises emphasizes conceded concedes suggested suggests suggesting predicted predicts "
    "complained complains complaining confirmed confirms confirming denied denies joked jokes "
    "quipped remarked remarks commented comments tweeted tweets posted posts described describes "
    "describing describe called calls calling dismissed dismisses accused accuses accusing cautioned "
    "cautions assured assures reiterated reiterates repeated repeats demanded demands hinted "
    "hints hinting testified testifies concluded concludes observed observes shouted screamed "
    "whispered mused wondered reflected boasted countered retorted lamented laments lamenting "
    "contended contends fumed raged ranted sobbed gushed sighed snapped seethed vented fumes rages "
    "blasted slammed raved beamed laughed tweeting reported reports advised advises chimed interjected "
    "agreed agrees maintained maintains cried began "
    "praised praises criticized criticised criticizes criticises attacked attacks blamed blames "
    "faulted faults assailed assails bashed bashes berated berates lauded lauds commended commends "
    "chides slams blasts applauds ridicules taunts "
    "branded brands dubbed dubs "
    "labelled labeled denounced denounces condemned condemns decried decries hailed hails mocked mocks "
    "ridiculed derided derides lambasted lambastes excoriated excoriates castigated castigates "
    "stating writing complaining confirming denying answering announcing joking accusing "
    "chanted chanting chants yelled yelling yells shouting shouts alleged alleges alleging "
    "asserted asserts asserting proclaimed proclaims proclaiming exclaimed remarking elaborated "
    "elaborates recounted recounts surmised opined confessed barked bemoaned bemoans echoed echoes "
    "griped scoffed sniped reads thanked thanking credited credits crediting applauded applauding "
    "congratulated congratulates congratulating "
    "implied implies clarified clarifies clarifying "
    # Manners of saying that take the quotation itself ("“It is about time,” exhorted X").
    "exhorted implored pleaded begged muttered murmured mumbled stammered bellowed hollered roared "
    "imploring pleading begging exhorting "
    "thundered intoned deadpanned gasped groaned grumbled bragged crowed gloated scolded scolds chided "
    "taunted teased rebutted rejoined objected protested marveled marvelled exulted texted emailed "
    "riffed riffs riffing confided confides blurted blurts groused grouses grousing grumbling "
    "moaned moans whined whines sighs laughs interjects interrupts interrupted relays relayed "
    # Present forms of those manners where no noun shares the spelling ("Under Governor Whitlow,
    # Ostrander intones, “…”"); never "gasps" or "groans", heard from a crowd as often.
    "intones intoning deadpans "
    # Fearing aloud ("“…,” worries Councilwoman Ada Pinkett"); never "worried", an adjective as often.
    "worries frets fretted "
    # "“Hooah!” Bevin exclaims", "“…,” offers Haley Barbour, a former governor", "“…,” Mr. Obama
    # reassured supporters"; never "crows", birds as often ("Crows and ravens are …")
    "exclaims offers reassured reassures "
    # Offering words unasked ("“I'm a three-time felon,” one man volunteered"); never "volunteers",
    # a noun for people as often.
    "volunteered "
    # Avowing and affirming ("in which he avows that he “…”"); never "avowed", which is an adjective
    # far more often than a verb ("an avowed Trump supporter").
    "avows avowing affirmed affirms affirming reaffirmed reaffirms reaffirming reminisced reminisces "
    # Their participles after the one addressed ("..., chiding him, “…”").
    "chiding scolding quipping "
    # Asking aloud, as "wondered" ("Dr. Omar Sayeed pondered who ... might “…”").
    "pondered ponders "
    # Preaching, lecturing and reasoning aloud ("the late Carl Sagan, who preached that “…”").
    "preached preaches lectured railed reasoned averred posited theorized theorised speculated "
    "speculates theorizes theorises posits surmises opines muses "
    # Advising aloud ("as Lou Garrity counseled in his 1971 song, “…”").
    "counseled counselled counsels "
    # Words put to what is described ("characterized the departure this way: “…”").
    "characterized characterised characterizes characterises cited cites "
    # A reply in a blog's or a wit's manner ("“…,” reacts Paul Mirengoff", "“…,” quips Ms. Pelko").
    "reacts reacted quips joshed "
    # Praising with warmth ("“…,” enthused Mr. Dunmore on his show"), as "gushed" does.
    "enthused enthuses "
    # Praising the dead in words ("eulogized Marne as “the kindest teacher this town ever had”").
    "eulogized eulogizes eulogised eulogises "
    # Participles that introduce words as "admitting" does ("..., acknowledging that she “…”").
    "acknowledging emphasising emphasizing pledging "
    # Praising as proof ("touted the figures as proof of “…”"), as "hailed" does.
    "touted touts "
    # An editorial board's saying ("The Ledger editorialized that the limits were “…”").
    "editorialized editorialised editorializes editorialises "
    # Framing a choice in words ("had framed the contest as one between a “…” and a “…”").
    "framed frames framing "
    # Offering or asking in a formal manner ("“We have a choice,” proffered Chairman Oren Whitcombe",
    # "“…?” queried the senator"); never "queries", a noun as often ("queries from reporters").
    "proffered queried"
)
# Words of number counting what follows ("four authors", "dozens of officials").
COUNT_WORDS = _set(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "hundreds thousand thousands million millions dozen dozens"
)
# The plainest verbs of saying: the only ones that make a lone capitalised word a speaker.
CORE_SPEECH_VERBS = _set("said says told tells added adds")
# Verbs whose grammatical object is a listener, never the speaker ("X told Gates").
LISTENER_VERBS = _set("told tells tell telling asked asks urged urges assured assures warned warns")
# Verbs that introduce indirect speech: "X stressed the importance of ..." is a paraphrase.
PARAPHRASE_VERBS = _set(
    "said says stressed stresses emphasised emphasized warned warns urged urges insisted insists "
    "argued argues claimed claims noted notes added adds explained explains acknowledged "
    "acknowledges announced announces vowed vows pledged pledges promised promises suggested "
    "suggests predicted predicts denied denies confirmed confirms told tells reiterated reiterates "
    "called calls accused accuses admitted admits cautioned cautions hinted hints"
)
# Participles that continue the subject's speech ("X hinted ..., saying ...").
PARTICIPLES = _set(
    "saying adding telling noting warning insisting arguing explaining stressing declaring "
    "claiming urging calling describing asking replying responding acknowledging recalling "
    "hinting promising pledging vowing suggesting emphasising emphasizing tweeting admitting stating "
    "writing complaining confirming denying answering announcing joking accusing chanting shouting "
    "yelling"
)
# Every other verb of saying in -ing is a participle too ("remarking", "asserting", "proclaiming"):
# its subject is its clause's, never a place or body after it ("remarking from New Hampshire").
PARTICIPLES = PARTICIPLES | frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))
# "..., charging that his former aide was “…”", "..., reporting that there was “…”": verbs of saying
# only before "that" or after "is" (speech_verbs).
PARTICIPLES = PARTICIPLES | _set("charging reporting")
# With "had" or "would" run on ("“…,” she’d said earlier"): the pronoun all the same.
PRONOUNS_MALE = _set("he he’d he'd")
PRONOUNS_FEMALE = _set("she she’d she'd")
# Words that may sit between a subject and its verb of saying ("Austin also said Friday").
# Adverbs proper ("also", "later"), which may also end a phrase ("a spokesman later said").
PLAIN_ADVERBS = _set(
    "also later then earlier again previously recently once still further separately privately "
    "often always sometimes usually publicly repeatedly initially finally quickly already "
    # "Okafor even shot back", "Holt flatly said": words of degree and manner before a verb
    "even immediately simply flatly swiftly promptly together jointly unanimously"
)
ADVERBS = PLAIN_ADVERBS | _set(
    "has had have on friday saturday "
    "sunday monday tuesday wednesday thursday today yesterday tonight last week month year this "
    "morning evening afternoon night in a an the statement interview speech press conference "
    "briefing news release recent separate written post tweet twitter x facebook "
    "would will could may might "
    # "Harris last November called ...": a month is a time as a weekday is
    "january february march april june july august september october november december"
)
WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
# Months written short with a stop ("Sept. 4"), which ends no sentence before the day.
MONTH_ABBREVIATIONS = _set("jan feb mar apr jun jul aug sep sept oct nov dec")
MONTHS = _set("january february march april may june july august september october november december")
MONTHS = MONTHS | MONTH_ABBREVIATIONS
WEEKDAYS_MONTHS = WEEKDAYS | MONTHS
# Ordinal words in their order, "first" to "twentieth" (a higher place is written in figures).
ORDINALS = tuple(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
)
# Capitalised words that open sentences or name groups, never a person.
NOT_NAMES = _set(
    "the a an he she it they we i you his her its their our this that these those there here neither either "
    "but and so yet or if in on at for after before when while as since although though however "
    "meanwhile still then now also later earlier some many most no one both all each every "
    "someone somebody anyone anybody everyone everybody nobody none nothing something everything "
    "officials official police authorities experts analysts critics sources residents witnesses "
    "reporters lawmakers diplomats leaders people others mr mrs ms dr "
    "god allah christmas easter ramadan thanksgiving halloween hanukkah passover "
    "internet covid covid-19 coronavirus "
    "sunday monday tuesday wednesday thursday friday saturday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec what who why how where which whose whom thank yes ok okay please well "
    "like unlike despite unless until without never even only another several multiple "
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "because by given absent whatever whenever wherever whether whereas against instead indeed moreover "
    "furthermore nonetheless nevertheless otherwise thus hence therefore besides once whilst afterwards "
    "afterward through throughout during amid amidst among amongst across within upon toward towards "
    "beyond beneath via "
    "eventually finally suddenly recently previously initially ultimately subsequently lately "
    # an adverb a sentence opening capitalises ("Perhaps Holt is ...")
    "perhaps maybe "
    # a connective or an adverb of time opening a sentence ("Plus Holt is ...", "Back in May, ...")
    "plus back "
    # an imperative opening a sentence before a name ("Expect Trump to ...", "Meet Ada Holt, ...",
    # a caption's "PHOTOS: See Holt's ...")
    "expect meet imagine take see "
    # a live blog's time run into the name after it ("10:10 A.M. Walt Brenn said")
    "a.m. p.m. "
    # an auxiliary opening a question ("Did Trump campaign and Kremlin collude?")
    "did does is are was were has have had "
    # a news page's furniture run into the text ("(Photo: …) Story Highlights Obama says ...")
    "highlights "
    # the last word of a book of rules ("the U.S. Attorneys' Manual says")
    "manual handbook rulebook "
    # the writer's "I" with its verb run on ("one thing he's looking at, I’m told: ...")
    "i’m i'm i’ve i've i’d i'd i’ll i'll "
    # a form of address standing for a monarch or a prelate ("Her Majesty", "His Holiness")
    "majesty highness holiness excellency "
    # the other pronouns with theirs ("They've vowed to wait for the “…”")
    "they’ve they've they’re they're they’d they'd they’ll they'll we’ve we've we’re we're we’d we'd "
    "we’ll we'll you’ve you've you’re you're he’s he's she’s she's it’s it's "
    # a headline's contest ("Mayor Reddick Vs. Candidate Reddick"): the word between two names
    "vs versus"
)
# Modals a title-case headline capitalises ("Bill Would Keep Holt from ..."): never part of a name;
# not "Will", "May" or "Can", given names and a surname as often.
HEADLINE_MODALS = _set("would could should must might shall")
NOT_NAMES = NOT_NAMES | HEADLINE_MODALS
# Given names/surnames of East Asian people whose family name comes first ("Qin Gang").
EAST_ASIAN_FAMILY_NAMES = _set(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang "
    "xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei "
    "su lu ding ren shen yao jin fu qin xi wen bo mao lai kong qian hou shi tan lei long duan hao ai "
    "kim park lee choi jung jeong kang cho yoon yun jang lim shin seo kwon hwang ahn hong "
    "moon yoo ko nguyen tran le pham hoang phan vu vo dang bui ngo ly"
)
# A romanised Chinese or Korean given name: short syllables with simple codas ("Jinping", "Jae-in").
_SYLLABLE = r"(?:zh|ch|sh|hs|ts|ny|hy|gy|ky|kw|[bpmfdtnlgkhjqxrzcsywv])?(?:[aeiouy]{1,3})(?:ng|n|m|k|l|p|t)?"
EAST_ASIAN_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}(?:-(?:{_SYLLABLE}){{1,2}})?", re.IGNORECASE)
# Suffixes that end a name without being its surname.
NAME_SUFFIXES = _set("jr jr. sr sr. ii iii iv")
# Abbreviations ending a firm's name, whose stop ends no sentence ("Acme Corp. said").
FIRM_ABBREVIATIONS = _set("corp inc co ltd bros")
# A pope's or monarch's regnal number in capitals ("Benedict XVI", "Gregory IX"), which ends a name as
# "Jr." does: two letters at least, so never an initial ("Malcolm X") nor "Roe v. Wade".
_REGNAL_NUMBER = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def is_name_suffix(text: str) -> bool:
    """Whether a word ends a name without being its surname ("Jr.", "III", "XVI")."""
    return text.lower() in NAME_SUFFIXES or _REGNAL_NUMBER.fullmatch(text) is not None


# Letters British and Commonwealth news writes after a name for an office or honour ("Brian Smith
# MSP", "Jane Doe QC"): never part of the name, and only a person holds them.
POSTNOMINALS = _set("mp msp mep am mla td qc kc obe mbe cbe kbe dbe frs")
# Suffixes that tell a son from his father of the same name ("Ray Tolliver Jr.", "John Hale III"); news
# writes them every time, while a father's "Sr." comes and goes ("Michael Brown Sr." is "Brown").
JUNIOR_SUFFIXES = _set("jr ii iii iv")
# Lower-case particles allowed inside a name ("Ursula von der Leyen").
NAME_PARTICLES = _set(
    "de da di del della der den van von vanden vander dal dalla degli bin ibn al el le la du dos das "
    "ter ten zu"
)
# Irish patronymic particles that are also given names ("Mac"): capitalised, but after a given
# name they open the surname ("Aoife Mac Giolla Bhríde"). "Ní", "Nic", "Ó" are no given names.
IRISH_PARTICLES = _set("mac mc")
# Short given names that stand for men's and women's names alike ("Mel" for Melvin or Melanie, "Sam"
# for Samuel or Samantha, "Jess" for Jesse or Jessica): the census lists hold them under one gender,
# but the name alone tells none; the article's he or she decides.
UNISEX_SHORT_NAMES = _set("mel sam alex jess jo charlie fran freddie frankie")
# Arabic name parts that open a kunya or a patronymic before a given name ("Abu Mohammed al-Jolani",
# "Umm Khalid", "Ibn Sina"): "father of", "mother of", "son of", "daughter of", part of the name.
NAME_OPENERS = _set("abu umm ibn bin bint")
# Words that turn a following quotation into a label, not speech ("so-called “peace plan”").
LABEL_CUES = _set(
    "so-called dubbed nicknamed titled entitled branded labelled labeled termed word term phrase"
)
