"""Closed word lists shared by `names`, `quotes` and `propernames`: small, hand-made, English news style.

Sources of the lists: the sample briefing (`content/`), the synthetic benchmark corpus
(`benchmarks/corpus_text.py`) and the labelled cases in `tests/analyse/data/`; every
entry is there because a case needed it. All entries are lower-case; look words up with
`word.lower()`. Nothing here is configurable: declared `people:` in config.yaml are the
editor's lever, these lists only keep common words out of the names found.
"""
from __future__ import annotations

import re

# Places (countries, nationalities, the words that make a run a place): `placewords`, re-exported here.
from briefgen.analyse.placewords import (DEMONYMS, GEO_NOUNS, NATIONALITIES, PLACE_HEADS, PLACE_LEADS, street_word,  # noqa: F401
                                         PLACE_PREPOSITIONS, PLACES, REGION_PREFIXES, SAINT_WORDS, STREET_SURNAMES)
# Abbreviated titles, what they spell out, occupations before a name: `titlewords`, re-exported here.
from briefgen.analyse.titlewords import ABBREVIATED_TITLES, CHURCH_TITLES, CLERICAL_TITLES, INITIAL_TITLES, OCCUPATIONS, SOUTH_ASIAN_HONORIFICS, WEST_AFRICAN_HONORIFICS, IBERIAN_HONORIFICS, SPELLED_OUT, STYLE_TITLES, TITLES_ALONE, SURNAME_TITLES, title_alone, MALAY_HONORIFICS, FOREIGN_RANKS; from briefgen.analyse.pressverbs import PRESS_VERBS; from briefgen.analyse.europeantitles import EUROPEAN_HONORIFICS, IRISH_OFFICES  # noqa: F401, E702 (T26)

# Verbs that introduce reported speech ("X said", "said X", "X told reporters").
SPEECH_VERBS = frozenset("""
said says say told tells added adds asked asks wrote writes warned warns insisted insists
argued argues stated states declared declares noted notes explained explains stressed
stresses replied replies responded responds acknowledged acknowledges admitted admits
conceded concedes cautioned cautions claimed claims urged urges vowed vows promised
promises announced announces posted posts tweeted tweets remarked observed recalled
recalls predicted predicts suggested suggests continued continues concluded concludes
commented comments complained complains countered counters confirmed confirms described
describes called calls repeated repeats reiterated reiterates admitted pledged pledges
recommended demanded maintained protested boasted mused wondered
quipped joked told telling saying accused accuses dismissed dismisses
""".split()) | frozenset("assured assures informed informs reminded reminds".split())  # (no PRESS_VERBS: FX84, pressverbs.py)
# (not "advised": "Harcourt Bell and Ashby and Crane advised" — on a deal — made a person "Crane")
# Verbs that tell someone, whose reported speech opens after their object (quoteframes.governs): each a speech verb
# as "told" is (the last three were in quoteframes' reach list alone, so "Ruth Caldwell informed the jury that “…”"
# had no frame at all: a hostile re-test, 2026-12-05). "tell", "telling": no finite verb, or a participle.
TELL_VERBS = frozenset("told tells tell telling assured assures informed informs reminded reminds".split())

# Common irregular past-tense verbs and auxiliaries: "Lavrov met Li", "Xi did not commit", a lone word as the
# subject of its verb (antecedents.acts).
PAST_VERBS = frozenset("""
met saw gave took made went came left held won lost sent led began wrote flew brought thought knew found
kept stood sat ran read heard felt paid meant put set cut hit let struck fought sought taught caught bought
drew grew threw rode rose fell broke chose spent lent built became forgot spoke told said got
did does has had was is were would will could can
""".split())

# Words that may stand between a subject and its speech verb ("Kuleba later said").
SPEECH_ADVERBS = frozenset("""
also later then again previously earlier repeatedly once has had have was is were would
will reportedly publicly privately recently separately bluntly flatly simply just
""".split())

# Capitalised words that start sentences or headings but are never part of a name.
STOPWORDS = frozenset("""
a an the and but or nor so yet for in on at by to of from with without into onto over under
after before during since until while when whenever where why how what which who whom whose
if unless though although because as than then there here this that these those it its he
she they we i you his her their our my your him them us me not no yes all any both each every
either neither some many most much more few several such only also even still just now
meanwhile however moreover instead indeed thus therefore later earlier today tomorrow
yesterday tonight last next first second third one two three four five six seven eight nine
ten according asked speaking read key main points takeaways what's why's stops paris's
mr mrs ms dr prof sir madam mme mlle among about against along around across between beyond
despite except inside outside through toward towards upon via amid amidst
is are was were be been has have had do does did will would can could should may might must
shall let let's it's he's she's we're they're don't doesn't didn't isn't aren't wasn't
former acting deputy vice interim new old late senior junior top chief
nobody everybody somebody anybody everyone anyone no-one
""".split())  # (the indefinite pronouns since 2026-12-03: "Nobody told us" gave a person "Nobody")

MONTHS_DAYS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())

# Months that are also given names ("Jan Borkowski", "April Nowak"; "Theresa May" as a surname):
# a name when more name words follow, unless a time word comes before ("in April", "since May").
GIVEN_NAME_MONTHS = frozenset("jan april may june august".split())
TIME_WORDS = frozenset("""
in on since until till by from last next early late mid of during through before after between this
that each every throughout around
""".split())

# Civic, police, military, church, academic and occupational titles written capitalised before a name
# ("Councillor Priya Raman", "Cllr Raman", "Economist Ingrid van der Berg" opening a sentence); not the ones
# that are also common surnames or given names (Bishop, Nurse, Dean, Porter, Marshal, Pastor, Canon).
OTHER_TITLES = frozenset("""
councillor councilor cllr cllr. councilman councilwoman councilmember alderman alderwoman assemblyman
assemblywoman assemblymember supervisor comptroller treasurer sheriff coroner magistrate prosecutor attorney
solicitor-general ombudsman superintendent inspector detective sergeant sgt sgt. constable trooper captain capt.
capt lieutenant corporal brigadier commodore archbishop cardinal rabbi imam reverend rev. rev ayatollah sheikh
provost rector vicar recorder headteacher headmaster headmistress baroness baron earl duke duchess countess viscount
viscountess marquess marchioness
economist analyst historian lawyer barrister advocate researcher scientist academic epidemiologist virologist surgeon
physician paramedic midwife campaigner activist novelist playwright pollster strategist lobbyist sociologist
psychologist criminologist demographer prof mx mx.
executive officer ceo cfo coo cto cio chairperson
""".split()) | CHURCH_TITLES | STYLE_TITLES

# Units that name a rank with "Chief" after them ("Cal Fire Battalion Chief Lena Park", "Unit Chief", "Bureau Chief"):
# the rank's words, not the end of an organisation's name (the wildfire trial listed "Cal Fire Battalion" and "Cal
# Fire Unit" as organisations; runparts.split_run).
RANK_UNITS = frozenset("battalion unit division bureau section".split())

# Titles and role words that come before a name ("Foreign Minister Dmytro Kuleba").
TITLE_WORDS = frozenset("""
president prime minister chancellor secretary foreign defence defense finance interior
deputy vice first state director national intelligence pope king queen prince princess
general gen. gen lt. lt col. col colonel major maj. admiral adm. sen. sen senator rep. rep
representative congressman congresswoman gov. gov governor mayor ambassador envoy
special spokesman spokeswoman spokesperson commissioner chairman chairwoman chair administrator
chief adviser advisor presidential minister's speaker premier leader commander
mr. mrs. ms. dr. prof. professor sir dame lord lady judge justice mr mrs ms dr mme mlle
security council's economy trade energy justice health affairs
high representative dni assistant coach manager undersecretary under-secretary rapporteur
""".split()) | OTHER_TITLES | SOUTH_ASIAN_HONORIFICS | MALAY_HONORIFICS | FOREIGN_RANKS | WEST_AFRICAN_HONORIFICS | IBERIAN_HONORIFICS | EUROPEAN_HONORIFICS | IRISH_OFFICES  # (malaytitles.py; foreignranks.py; T26; T29; europeantitles.py)

# A minister's brief after "of"/"for" in a title ("Minister of Agriculture", "Minister of State for
# Fisheries", "Chancellor of the Exchequer", "Secretary of State for Northern Ireland"): title words
# there, never a name (nameruns.py; British, Irish and Commonwealth titles name the brief this way).
PORTFOLIO_WORDS = frozenset("""
agriculture food fisheries fishing marine maritime ocean oceans rural environment climate energy transport
infrastructure housing health education justice home interior foreign finance treasury exchequer economy
economic enterprise industry trade commerce business labour labor employment work pensions welfare social
protection culture heritage sport sports tourism media communications digital science technology innovation
research development international cooperation defence defense security veterans immigration migration
citizenship equality equalities women children youth family families local government regional planning
public works water natural resources mines mining petroleum oil gas forests forestry lands aquaculture
european europe state affairs relations commonwealth overseas northern levelling communities investment
budget revenue customs taxation tax policy
""".split())
# The briefs in the names of bodies that hold "and" (andnames.py: "Securities and Exchange Commission", "Food and Drug
# Administration", "Office for Product Safety and Standards", "Centers for Disease Control and Prevention"): a
# minister's briefs and the words of US federal and UK public bodies' names (usa.gov's and gov.uk's lists of agencies).
BRIEF_WORDS = PORTFOLIO_WORDS | frozenset("""
securities exchange exchanges markets market drug drugs medicines medicine healthcare product products safety
standards consumer consumers competition human urban disease diseases control prevention alcohol tobacco firearms
explosives border enforcement fish wildlife parks statistics weather space aeronautics atmospheric oceanic nuclear
regulatory financial conduct prudential audit accounts excise income arts humanities skills training jobs net zero
land property registry animal plant care quality national federal trading services service
""".split())
# Honorifics: the word after one is a name even when it is also a title word ("Mr Major", "Dr King").
HONORIFICS = frozenset("mr mrs ms dr prof professor sir dame lord lady mme mlle mr. mrs. ms. dr. prof.".split()) | SOUTH_ASIAN_HONORIFICS | MALAY_HONORIFICS | WEST_AFRICAN_HONORIFICS | IBERIAN_HONORIFICS | EUROPEAN_HONORIFICS
# Peerages: a peer is named by the title and one word, which is no surname alone ("Lord Cranleigh", "Baroness
# Ellery", "Lady Hale"; a peer's given name is not written), so the title stays in the name, as "Lady Gaga" and
# "Duke Ellington" keep theirs; after a given name it is an honorific ("Lord Peter Mandelson" → Peter Mandelson).
# The fifth trial's People page listed "Cranleigh" and "Ellery" (names._mention, fullnames.peer: unless a person of
# the article is named in full by that word, "Alan Sugar … Lord Sugar").
PEERAGE = frozenset("lord lady baroness baron viscount viscountess earl countess marquess marchioness duke duchess".split())
# Royal titles, which with a peer's take a territorial "of" into the name (territorial.py: "Prince Harry of Wales").
ROYAL_TITLES = frozenset("prince princess king queen emperor empress archduke archduchess infante infanta".split())
# Words that qualify a title before it ("Junior Minister of Government", "Acting Director of Health",
# "Shadow Chancellor"): with them the run is still a title, not an organisation named by its brief's
# head word (a CI draw: "the Junior Minister of Government said" was the organisation speaking).
TITLE_QUALIFIERS = frozenset("""
former acting deputy vice interim new old late senior junior top chief assistant associate shadow
outgoing incoming caretaker
""".split())
# False titles: a descriptor written before a name as a title is ("resident Sian Price", "pensioner Joan
# Hart"), capitalised only where a sentence or a headline opens. There it is no first name: a trial's
# People page had "Resident Sian Price" (nameruns._title_end: only as a run's first word, before two more).
FALSE_TITLES = frozenset("""
resident pensioner shopkeeper homeowner householder grandmother grandfather grandmother-of-two neighbour
neighbor volunteer tenant landlord landlady businessman businesswoman publican commuter motorist villager
protester protestor survivor witness widow widower parent teenager student teacher nurse farmer fisherman
shopper passenger cyclist engineer architect planner surveyor consultant accountant auditor trader investor
entrepreneur founder owner electrician plumber miner driver skipper boatman rancher grower winemaker
lecturer tutor academic organiser organizer worker steelworker shipbuilder welder docker dockworker labourer laborer
builder fitter apprentice graduate undergraduate postgraduate pupil headteacher librarian historian porter cleaner
caretaker carer midwife paramedic firefighter pilot chef baker butcher lawyer solicitor barrister vicar priest
steward convenor convener
matron sister registrar orderly chaplain physio physiotherapist surgeon sonographer
""".split())  # (and trades by their ending: `occupational`; "Welder Dougie Fairweather", a shipyard trial; a hospital's
# ranks and trades, "Matron Ilse Marrow said", read as a three-word name at a sentence's start, 2026-12-04)
# Plurals for the people of a body, which "of the" leads from to the body ("Members of the Utility Workers Union":
# runparts._members_of, orgvoices._OPENING); not "Friends", "Doctors", "Sisters", "Daughters", "Veterans": names of
# bodies open so.
MEMBER_NOUNS = frozenset("""
members leaders officials supporters employees workers representatives delegates executives directors lawyers
negotiators officers staffers spokesmen spokeswomen spokespeople activists investors shareholders customers
""".split())
# An occupation by its ending (`occupational`): "Hydrologist Bridget Ormsby said", "Statistician Ana Ruiz" (two trials
# of 2026-12-04 made People pages "Hydrologist Bridget Ormsby" and "Hydrologist Nguyen Thi Huong"); -ist only in a word
# of seven letters or more that is no Swedish surname's -qvist/-kvist/-vist ("Lindqvist") nor "Baptist".
_OCCUPATION_ENDING = re.compile(r"(?:(?:olog|ograph|onom|ometr)(?:ist|er)|ician|iatrist|(?<![qkv])(?<![bdfghjkmnpqrstvwxz]l)(?<!playl)ist)\Z")


def occupational(word: str) -> bool:
    """Whether a lower-case word names an occupation by its ending (hydrologist, statistician, psychiatrist, pharmacist;
    not a list: checklist, shortlist, playlist, BR17), as a false title does before a name (`FALSE_TITLES`)."""
    match = _OCCUPATION_ENDING.search(word)
    return match is not None and (len(word) >= 7 or not match.group().endswith("ist")) and word != "baptist"

# Head words that make a capitalised run an organisation ("Brookings Institution").
ORG_HEADS = frozenset("""
institution institute council department ministry commission committee agency office bio biotech biosciences biologics
union bank fund organisation organization foundation service services party parliament
assembly authority court army navy forces force corps fleet brigade regiment battalion group company
corporation inc ltd alliance association center centre university college academy forum summit bureau administration
federation confederation league society cooperative co-operative syndicate guild
government cabinet senate house congress duma rada times post journal independent herald
gazette tribune news press agency review monitor telegraph guardian observer express
network channel radio television tv company fund programme program embassy
digest brief dispatch ledger chronicle courier daily wire therapeutics genomics pharma rovers wanderers albion athletic fc afc
""".split()) | frozenset("""
trust trustees board hospital hospitals infirmary clinic school museum library charity coalition movement front
consortium collective partnership tribunal panel taskforce police constabulary unit club holdings plc llc gmbh co corp elementary
laboratories labs pharmaceuticals industries technologies partners ventures associates airlines airways railways guard guards
engineering construction contractors consulting logistics centers centres capital aerospace investments securities
ratings advisors advisers foods resources solutions studios networks communications analytics properties insurance assurance
energy gas water rail railway oil petroleum electric electricity utilities telecom telecoms mining airport airports
workers coaches buses trains transit management shipbuilding shipbuilders shipping manufacturing chemicals
textiles brewing brewery breweries distillery fisheries publishing software devices aviation maritime homes estates
developments inspectorate directorate secretariat commissariat regulator registry observatory prefecture
primary infants juniors nursery preschool kindergarten
treasury exchange watchdog caucus ports harbours harbors freight trading
""".split())  # outlet words (credits.py) end the first list: "Atlantic Ledger", "Kyiv Courier" (so not Heath
# Ledger; clubs' "Rovers", "Albion", "FC" …: "Castlebridge Rovers" was a person, 2026-12-04); the second: health, civic
# and business bodies ("Harwick Health Trust" was a person "Trust", titled "Harwick Health", and "Harwick Water Trust" a person) and guards ("Coast Guard" was a person), none of them a
# common surname; an American school by its grade ("Marlow Elementary" was a person, 2026-12-03), a British one
# ("Foxhollow Primary", "Millbrook Infants" were persons "Primary, Foxhollow", a school-closures trial, 2026-12-04); "Co" and "Corp" as
# "Inc" and "Plc" (a property of the fifth trial's drew "Hartley Rowe Co." as a person); a broker's "Securities"
# ("said Ben Carrow of Hartline Securities" named no one: the run was neither a person nor a firm); public bodies'
# heads ("State Mining Inspectorate" was a person "Inspectorate, Mining" on the People page, 2026-12-04); energy … airports
# since a trial's "Octopus Energy said" named no one, 2026-12-03 (not Power or Steel: surnames); workers … transit since
# a bus strike's trial, 2026-12-04: "United Transit Workers" (a union) and "Harrow Coaches" were people on the People page; ports … freight since a port trial, 2026-12-05 (TRADE_HEADS); trading: T17's "Huaxin Nonferrous Trading"

# Single or multi-word organisations recognised without a head word (lower-cased).
ORG_NAMES = frozenset("""
kremlin pentagon élysée elysee nato cia nsc fbi g7 g20 eu un iaea osce imf wto opec
brookings reuters bloomberg politico meduza vatican bundestag congress tass xinhua unite unison usdaw aslef nasuwt
""".split() + ["white house", "state department", "european union", "united nations",
              "european commission", "downing street", "le monde", "ria novosti",
              "wall street journal", "financial times", "kyiv independent", "moscow times",
              "hm revenue and customs", "immigration and customs enforcement", "customs and border protection",
              "red cross", "red crescent", "city hall", "town hall"])  # (a wildfire trial's People page had
# "Cross, Red"; a bus strike's trial "Hall, City": 2026-12-04)

# Firms whose names are personal names, so that no rule can tell them from people ("Morgan Stanley called the
# update 'reassuringly boring'" made a person "Stanley, Morgan"; docs/people.md, "Organisations and products").
# Where they come from: the brief of issue 9 (its trial met Morgan Stanley and Goldman Sachs), then the firms of
# the same shape a business briefing names most — the largest investment banks and brokers, the Big Four and
# auction houses, and consumer firms named after their founders — each as the firm writes its name, its
# possessive-free and "&"-less forms too ("Ernst & Young" is read whole by the "&" rule; these are the forms
# written without it). Only names of two or more words, or one word that is nobody's name alone (JPMorgan,
# Barclays): "Goldman", "Morgan" or "Ford" alone stay names of people; and none that is as often a person of the
# news (John Lewis, Ralph Lauren, Calvin Klein: declare those `kind: organisation` where they are firms).
FIRM_NAMES = frozenset([
    "morgan stanley", "goldman sachs", "jpmorgan", "jp morgan", "jpmorgan chase", "j.p. morgan", "merrill lynch",
    "charles schwab", "philip morris", "dow jones", "lehman brothers", "salomon brothers", "warner bros",
    "warner brothers", "sotheby", "sotheby's", "christie's", "lloyd's", "lloyds", "barclays",
    "rolls-royce", "boeing", "hewlett-packard", "wells fargo",
    "jones lang lasalle", "allen overy", "clifford chance", "freshfields", "baker mckenzie", "johnson matthey",
    "marks and spencer", "ben and jerry's", "harley-davidson", "louis vuitton", "yves saint laurent",
    "kellogg's", "deloitte", "kpmg", "lazard", "credit suisse", "morningstar", "moody's",
    "fitch ratings",
])
ORG_NAMES = ORG_NAMES | FIRM_NAMES

# Last words that make a capitalised run a product, not a person ("PowerCell Mini", "Aira Pro", "Galaxy Ultra"):
# the model words makers put after a product's name. Only after another word: "Max" alone is a given name.
PRODUCT_WORDS = frozenset("mini pro max ultra plus lite se xl xr fe neo".split())

# Lower-case nouns after a capitalised run that make it a product or a system, not a person ("the EU's Safety
# Gate portal", "Aira Pro earbuds", "PowerCell Mini chargers"), as GEO_NOUNS make one a place.
THING_NOUNS = frozenset("""
system systems portal platform platforms app apps website database scheme device devices product products charger
chargers earbuds headphones handset handsets smartphone smartphones tablet tablets console consoles battery batteries
software chip chips index
""".split())  # not nouns a person's name goes before in the news: "the Trump card", "the Biden laptop", "the
# Beckham brand", "the Weinstein case", "a Putin phone call"

# Lower-case words before a capitalised run that make it a company ("Danish audio company Nordvik", "claims firm
# Crawford Lane", "the retailer Next"): the nouns a report puts before a firm's name.
COMPANY_NOUNS = frozenset("""
company firm maker carmaker automaker chipmaker drugmaker retailer lender insurer bank brand manufacturer group
startup start-up supplier conglomerate chain operator airline carrier broker brokerage subsidiary
consultancy union platform fund grocer supermarket housebuilder bookmaker outsourcer consortium
""".split())  # (consultancy … consortium since the fifth trial: "the consultancy Garland Pryor", "the union Usdaw")
# Who works "at" an organisation, never at a person: "an analyst at Quill Laing", "retail director at Garland Pryor"
# (orgnames.firms_and_things; the fifth trial listed both firms as people).
WORKS_AT = frozenset("""
analyst analysts economist economists strategist strategists director directors manager managers partner partners
head banker bankers trader traders lawyer lawyers solicitor barrister associate consultant researcher fellow
professor chairman chairwoman founder executive executives official officials spokesman spokeswoman spokesperson
""".split())

# Head words of a company's name ("Brightwell Technologies", "Halden Group", "Acme Inc"): the rest of the name,
# written alone in the same article or anywhere in the archive, is that company ("Brightwell said"). Not
# foundations, centres or universities, which are named after people ("the Clinton Foundation": "Clinton said").
# Trades whose plural names a business after its owner's possessive ("Hartwell's Bakeries", "Dixon's Motors",
# "Fenwick Farms"): a firm's head word, never a person's name. A trial (2026-12-05) made a person "Bakeries" of
# "In a statement, Hartwell's Bakeries said" (the run split at the possessive); terminals … towage since a port trial's "Calderway Terminals" person (2026-12-05; not ORG_HEADS: a story lost a re-telling).
TRADE_HEADS = frozenset("""
bakeries bakers butchers dairies motors stores garages kitchens farms pharmacies chemists opticians jewellers
outfitters wines supplies hauliers caterers builders interiors creameries confectioners fishmongers grocers foods
breweries fisheries terminals haulage stevedores stevedoring towage
""".split())
COMPANY_HEADS = TRADE_HEADS | frozenset("""
technologies technology group inc inc. ltd ltd. plc llc gmbh ag sa nv corp corp. corporation company co co.
holdings industries labs laboratories pharmaceuticals pharma bank motors energy systems electronics bio biotech
biosciences biologics therapeutics genomics engineering construction contractors consulting logistics capital aerospace
investments ratings advisors advisers foods resources solutions studios networks communications analytics properties
insurance assurance shipbuilding shipbuilders shipping manufacturing chemicals textiles brewing brewery breweries
distillery fisheries publishing software devices aviation maritime homes estates developments
mining minerals metals oil petroleum utilities telecom telecoms airlines airways railways rail trading automotive media
""".split())  # (rail since 2026-12-06, T13: "Westmarch said" was a person beside "Westmarch Rail"; shipbuilding … developments since 2026-12-04: a shipyard trial's "Eastwater Shipbuilding" was a person)
# (mining … media since 2026-12-04: an editor's trial had "Kestrava Mining" and a person "Kestrava" whose "Kestrava said
# it had complied" was the company's)
# (ratings … assurance since 2026-12-04: a water trial's "Corvid Ratings" was a person, "Ratings, Corvid")
# (engineering … logistics since 2026-12-03: "Bryn Lewis Civil Engineering" was a person; capital,
# aerospace, investments the same day: "Northfield Capital", "Kestrel Aerospace" were people; bio … genomics: "Brennmark Bio")

# Head words that make a capitalised run a thing rather than a name ("UN Charter").
THING_HEADS = frozenset("""
charter prize award treaty agreement accord plan formula declaration initiative conference
pact deal act law bill code doctrine strategy programme program summit talks process format regulation regulations directive directives convention protocol ordinance statute decree mechanism principles criteria guidelines
offensive counteroffensive war operation campaign day week year fire wildfire blaze
""".split())  # (fire … since 2026-12-03: a named fire is an event, no one's name — the wildfire trial's People page
# had "Fire, Cedar Ridge", named in 26 articles, "Fire, Juniper Creek" and the agency "Fire, Cal"; code since the
# fifth trial's "Code, Takeover"; regulation … guidelines since 2026-12-07, T22 #9: "the European Union Deforestation Regulation" was a person "Union Deforestation Regulation")

# Institutions named by a lower-case noun after a country ("China's foreign ministry").
INSTITUTION_NOUNS = frozenset("""
ministry government embassy office army military council committee readout statement
administration cabinet parliament presidency delegation mission secretariat
""".split())

# Nouns that make an unnamed speaker ("one official said", "the minister told reporters").
ROLE_NOUNS = frozenset("""
official officials diplomat diplomats spokesman spokeswoman spokesperson minister ministers
president leader leaders analyst analysts expert experts source sources aide aides adviser
advisers advisor advisors envoy envoys ambassador commander commanders officer officers
chancellor premier secretary director general senator lawmaker lawmakers negotiator
negotiators observer observers resident residents soldier soldiers someone person people
colleague colleagues critic critics supporter supporters spokespeople representative
representatives mayor governor mediator mediators
""".split())

# Descriptors of business and finance people before a name, beside ROLE_NOUNS ("Bank of England
# policymaker Ingrid Halvorsen", "chipmaker", "regulator"): a trial of a central-bank and product-recall
# briefing (tests/stories/rates/), whose leads and pronouns' antecedents stopped at such words.
DESCRIPTOR_ROLES = frozenset("""
policymaker policy-maker rate-setter member firm maker lender insurer retailer regulator watchdog
broadcaster newspaper carmaker chipmaker startup start-up giant operator owner founder boss manager
economist strategist executive banker
""".split())



def role_alone(word: str) -> bool:
    """Whether a word written alone and capitalised (a headline's or a sentence's first: "Auditor tells councillors:
    …") is a role, no one's name: one of ROLE_NOUNS, DESCRIPTOR_ROLES, FALSE_TITLES or an occupation (`occupational`).
    A school-closures trial (2026-12-04) made a person "Auditor" of a headline; the caller keeps a surname of someone
    the text names in full ("Baker" after "Tom Baker")."""
    plain = word.lower()
    return plain in ROLE_NOUNS or plain in DESCRIPTOR_ROLES or plain in FALSE_TITLES or occupational(plain)



# Particles that lead a surname ("Khalid Al Nuaimi" → "Al Nuaimi said", "Marine Le Pen" → "Le Pen",
# "Ursula von der Leyen" → "Von der Leyen" at a sentence start); "al-"/"el-" (and the assimilated
# forms) written onto the surname are often dropped ("Bashar al-Assad" → "Assad"). A reference of
# particles + surname names someone only after the full name: alone it may be a first name ("Al
# Gore", "Ben Wallace") or a place ("Abu Dhabi", "Le Monde").
SURNAME_PARTICLES = frozenset("""
al el bin ibn bint binti binte bte abu abou ben van von de da di du dos das del della der den le la á í við zu ó ní nic mac uí ua ap ab ferch verch ul ud ur
""".split())  # also the lower-case words that join a name's run (nameruns.py): not "ten", "ter"; Welsh "ap" (2026-12-05); Urdu "ul", "ud", "ur" ("Zia ul Rahman", T16)
ARABIC_ARTICLES = frozenset("al el ad an ar as ash at az ul ud ur".split())  # (Urdu "ul-Haq", "ud-Din": T16)

PRONOUNS = frozenset("he she they it we i".split())

# Family names written first (Chinese in pinyin; Taiwanese and Hong Kong names in Wade-Giles and
# Cantonese spellings; Korean): "Xi Jinping" sorts under X, "Li Hui" under L, "Cho Hyun" under C.
# The commonest ones; a name of two words starting with one of them is read family-name-first, and
# a hyphenated given name after one is a name, not an adjective ("Lee Jae-myung", "Tsai Ing-wen";
# nameruns.romanised_given_name). Korean: the commonest family names, in the spellings the press
# uses (An, Ha, Jo, Min, Na left out: given names in English, "Jo Cox"); Taiwan and Hong Kong: the
# commonest, in the spellings their passports use.
FAMILY_NAME_FIRST = frozenset("""
Bai Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Gong Gu Guo Han Hao He Hou Hu Hua
Huang Jia Jiang Jin Kang Kong Lai Lei Li Liang Liao Lin Liu Long Lu Luo Ma Mao Meng Pan Peng Qian Qiao Qin Qiu
Ren Shao Shen Shi Song Su Sun Tan Tang Tian Wan Wang Wei Wen Wu Xi Xia Xiao Xie Xiong Xu Xue Yan Yang Yao Ye
Yi Yin Yu Yuan Zeng Zhang Zhao Zheng Zhong Zhou Zhu Zou Kim Park Lee Choi Jung Yoon Moon
Ahn Bae Baek Ban Byun Cha Chae Cho Choo Chun Chung Goh Heo Hong Hwang Jang Jeon Jeong Kwon
Lim Nam Noh Oh Rhee Roh Ryu Seo Shin Sohn Son Woo Yeo Yoo Yook Yun
Chang Chao Chiang Chou Chu Hsieh Hsu Kao Ko Kuo Lien Soong Tsai Yeh
Chan Cheung Chow Ho Lam Lau Leung Ng Tsang Wong Yip
""".split())
# Vietnamese names are written family name first, as in the press ("Nguyen Thi Huong", "Dang Van Minh"): the
# commonest family names and middle names, accents folded (people.filing_order). A trial filed "Nguyễn Thị Hương"
# under H as "Hương, Nguyễn Thị" (2026-12-04). "Viet Thanh Nguyen", given names first, opens with neither.
VIETNAMESE_FAMILY = frozenset("""
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh truong doan luong lam mai ta
quach cao dao
""".split())
# One Vietnamese syllable, accents folded: an initial consonant, one to three vowels, a final consonant ("thi",
# "huong", "nghia", "giap"); "Smith", "Lopez" are none.
VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
