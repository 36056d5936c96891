"""Title and job words: abbreviated titles and the titles they spell out, and occupations written before a name.

Re-exported by lexicon.py, the home of the closed word lists (as placewords.py holds the places'); one list each, read
by nameruns.py (titles in a run), ranks.py (what an abbreviation spells out) and occupations.py (a job that opens a
sentence before a name). All entries are lower-case. Sources: the museum-theft trial (2026-12-05) and the style guides
named below.
"""
from __future__ import annotations

import re
from typing import Callable

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.malaytitles import MALAY_HONORIFICS  # noqa: F401 (re-exported for lexicon.py)
from briefgen.analyse.foreignranks import FOREIGN_RANKS  # noqa: F401 (re-exported for lexicon.py)

# A government's titles as the press writes them in capitals before a name (FX65, T25 F4: "“…,” PM Chính said" made a
# person "PM Chính", "the PM said" an organisation "PM"): Prime Minister, Foreign Minister, Deputy Prime Minister,
# Vice-President. Spelled out in `SPELLED_OUT`.
GOVERNMENT_INITIALS = frozenset("pm fm dpm vp".split())
# Titles abbreviated before a name, with or without a period (the BBC's, the Guardian's and the police forces' own
# styles): police ranks (Detective Inspector "DI", "DCI", "DS", "DC", "PC", "Sgt", "Insp", "Supt", "Det Supt",
# "Ch Supt", "ACC"), civic, academic, church, military and US styles ("Cllr", "Prof", "Rev", "Gen", "Lt", "Col",
# "Capt", "Sen", "Rep", "Gov", "Amb"). Stripped as the spelled-out title is, so that "DI Ruth Caldwell", "DI
# Caldwell" and "Detective Inspector Ruth Caldwell" are one person (a trial published three People pages for
# her). Written in capitals the initials are a title only so (nameruns._title_end: "Di Stefano" is a name); "Det" and
# "Ch" only before another title ("Det Supt", "Ch Insp").
INITIAL_TITLES = frozenset("di dci ds dc pc dsi dcs pcso acc dcc".split()) | GOVERNMENT_INITIALS  # a title only in
# capitals ("Di Stefano")
_WITH_PERIOD = "sgt insp supt det ch con cllr prof rev gen lt col capt cpl brig cmdr maj sen rep gov amb adm hon ven".split()
# West African and Kenyan styles (T21, 2026-12-07: "Engr. Chukwuma Eze, …, told Reuters" had no speaker; the Nigerian
# press writes "Engr." an engineer, "Pst." a pastor, "Alh." Alhaji, "Arc." an architect, "Barr." a barrister; the
# Engineers Board of Kenya "Eng."), and "H.E." His or Her Excellency, "H.H." His Highness (the East African and Gulf
# press): never a name. "Eng", "Arc", "Barr" are words or surnames too: titles only with the period (nameruns.TITLES,
# OPENING_TITLES; sentences.NAME_ABBREVIATIONS).
_WITH_PERIOD += "engr pst alh".split()
DOTTED_STYLES = frozenset(("h.e.", "h.h."))  # (before a given name and a surname; "H.E. Bates": initials, FX40)
WEST_AFRICAN_TITLES = frozenset("eng. arc. barr.".split()) | DOTTED_STYLES
ABBREVIATED_TITLES = frozenset([*_WITH_PERIOD, *(f"{w}." for w in _WITH_PERIOD), "dsupt", "revd"]) | WEST_AFRICAN_TITLES

# What an abbreviated title spells out (ranks.spelled_out): the police forces' own (College of Policing ranks), the
# civic, church and military ones the BBC's and the Guardian's style guides write, and the US ones of AP style.
SPELLED_OUT = {
    "di": ("detective", "inspector"), "dci": ("detective", "chief", "inspector"), "ds": ("detective", "sergeant"),
    "dc": ("detective", "constable"), "pc": ("police", "constable"), "dcs": ("detective", "chief", "superintendent"),
    "dsupt": ("detective", "superintendent"), "acc": ("assistant", "chief", "constable"),
    "dcc": ("deputy", "chief", "constable"), "pcso": ("police", "community", "support", "officer"),
    "det": ("detective",), "ch": ("chief",), "con": ("constable",), "sgt": ("sergeant",), "insp": ("inspector",),
    "supt": ("superintendent",), "cllr": ("councillor",), "councilor": ("councillor",), "prof": ("professor",),
    "rev": ("reverend",), "revd": ("reverend",), "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",),
    "capt": ("captain",), "cpl": ("corporal",), "brig": ("brigadier",), "cmdr": ("commander",), "maj": ("major",),
    "sen": ("senator",), "rep": ("representative",), "gov": ("governor",), "amb": ("ambassador",),
    "adm": ("admiral",), "hon": ("honourable",), "ven": ("venerable",), "engr": ("engineer",), "eng.": ("engineer",),
    "pm": ("prime", "minister"), "fm": ("foreign", "minister"), "dpm": ("deputy", "prime", "minister"),
    "vp": ("vice", "president"), "pst": ("pastor",), "alh": ("alhaji",), "arc.": ("architect",), "barr.": ("barrister",), "h.e.": ("excellency",),
}

# Jobs and roles that lexicon.FALSE_TITLES, ROLE_NOUNS and DESCRIPTOR_ROLES leave out, as a trial's reports wrote them
# before a name (2026-12-05: "Mediator Marta Velloso", "Curator Tomasz Brodecki" made People pages with the job in
# the name); occupations.opening_occupation reads all four. No common given name (Victor, Trevor, Connor, Taylor,
# Hunter, Mason, Porter, Dean).
OCCUPATIONS = frozenset("""
curator attendant editor author sculptor painter artist poet composer conductor instructor counsellor counselor janitor guard
ranger warden keeper gamekeeper dealer collector gallerist broker agent auctioneer valuer conservator restorer
archivist custodian trustee treasurer chairman chairwoman presenter journalist reporter correspondent
columnist photographer filmmaker producer actor actress singer musician dancer designer developer
inventor arbitrator coach captain referee umpire athlete footballer cricketer golfer swimmer runner climber
astronaut cosmonaut striker goalkeeper midfielder defender winger jockey boxer sprinter skier
""".split())  # (the last line: T12, 2026-12-06, 'Astronaut Osterhagen: "…"' made a person of the job: jobtitled.py)

# South Asian honorifics (T16, 2026-12-06: "said Smt. Narayanan" gave a person "Smt", "Shri Satish Kumar Verma" and
# "Shri Verma" a People page each): Hindi "Shri"/"Shree" (Mr), "Shrimati"/"Smt"/"Srimati"/"Shreemati" (Mrs), "Sushri"
# (Ms), Tamil "Thiru" (Mr), "Thirumathi"/"Tmt" (Mrs), Urdu "Janab" (Mr): never a name, dropped from it as "Mr" is
# (lexicon.HONORIFICS), with a period or without. Not "Sri": a given name too ("Sri Mulyani Indrawati") and Sri Lanka.
_SOUTH_ASIAN = "shri shree shrimati smt srimati shreemati sushri thiru thirumathi tmt janab".split()
SOUTH_ASIAN_HONORIFICS = frozenset([*_SOUTH_ASIAN, *(f"{w}." for w in _SOUTH_ASIAN)])
# Those that are also names: "Begum" (a Bangladeshi and Pakistani surname: "Rokeya Begum"), "Sardar" (a surname:
# "Ali Sardar"), "Kumari" (a given name and a surname: "Kumari Selja", "Anita Kumari"), "Selvi" (a given name): a
# title only as the first word of a run of three or more, before a name of two words ("Begum Khaleda Zia",
# "Sardar Vallabhbhai Patel"), as the church titles below are (CLERICAL_TITLES, SURNAME_TITLES).
SOUTH_ASIAN_NAMED_TITLES = frozenset("begum sardar kumari selvi".split())
# West and East African and Gulf titles before a name, read so (T21, 2026-12-07: "Alhaji Musa Danjuma" was filed
# "Danjuma, Alhaji Musa"): Hausa and Yoruba "Alhaji"/"Alhaja"/"Hajia"/"Hajiya" (one who made the hajj), "Mallam"/
# "Malam" (a scholar; Mr), the Yoruba "Oba" (a king) and "Otunba" (a chief), Swahili "Mzee" (an elder) and
# "Mheshimiwa" (Hon.), the Gulf's "Sheikha". Given names too ("Alhaji Kamara", the footballer): a title only as the
# first word of a run of three or more, before a name of two words, as "Begum" is. Not "Haji" (a surname: "Noordin Haji").
AFRICAN_NAMED_TITLES = frozenset("alhaji alhaja hajia hajiya mallam malam oba otunba mzee mheshimiwa sheikha".split())
# The Akan "Nana" (a chief, a queen mother: "Nana Kwame Osei-Bonsu"; T26, 2026-12-07) and the Nigerian Pidgin "Oga" (a
# boss) are such titles too: given names as well ("Nana Mouskouri", "Nana Akufo-Addo", whom the press names so, his
# "Nana" a title become part of the name he is known by), so they are titles only as named titles are, before a name
# of two words; "Nana Addo Dankwa Akufo-Addo" (four words) and "Nana Akufo-Addo" (two) keep it.
AFRICAN_NAMED_TITLES |= frozenset("nana oga".split())
# The named titles that are given names too, by the notes above ("Nana Mouskouri", "Oga", "Kumari Selja", "Selvi",
# "Alhaji Kamara"; not "Begum", "Sardar": surnames, a title where a given name stands): before a surname alone they
# are the title of a person of that surname where that person's full name stands in an earlier sentence ("Aliko
# Dangote … Alhaji Dangote"), a name of their own where they come first or in one sentence with it ("Nana Walren and
# Dase Walren spoke": two people; givennametitles.py, FX119, FX123). A wrong reading costs a split page for the
# title's reading, a lost person and a misattributed quotation for the name's.
GIVEN_NAME_TITLES = frozenset("nana oga kumari selvi alhaji".split())
# West African styles that are never a name's word, titles wherever they stand as "Mr" is (lexicon.HONORIFICS and
# TITLE_WORDS hold them; T26, 2026-12-07, published "Comrade Joe Ajaero", "Comrade Kofi Adjei Mensah" and a person
# "Comrade Ojo" beside "Adewale Ojo", and "HRH Oba Rilwan Akiolu"): "Comrade"/"Comr." (the Nigerian and Ghanaian union
# style), "HRH"/"HRM" (His/Her Royal Highness, Majesty: a traditional ruler), the Yoruba "Kabiyesi" (a king, addressed).
# "His Royal Highness" and "His Royal Majesty": "Highness" and "Majesty" are styles (`STYLE_TITLES`) and "Royal" before
# them no name (nameruns._title_end reads it as "Right" before "Honourable" is read).
WEST_AFRICAN_HONORIFICS = frozenset("comrade comr comr. hrh hrm h.r.h. h.r.m. kabiyesi".split())
# Spanish courtesy titles before a name, honorifics as "Mr"/"Mrs" are (lexicon.HONORIFICS, TITLE_WORDS; T29 F5, FX100,
# 2026-12-07: "Doña María Fernanda said" made a person "Doña María Fernanda" beside María Fernanda Ruiz de la Torre, and
# "Sra. Ruiz de la Torre told" gave no speaker): Doña/Dña. (a lady's style before her given name), Sra. (señora),
# Srta. (señorita), Sr. (señor). Not "Don", "Dona", "Dom": English and Portuguese given names too ("Don Johnson").
IBERIAN_HONORIFICS = frozenset("doña dña dña. sra sra. srta srta. sr.".split())

# An office's complement after "of the" in a title ("Leader of the Opposition", "Leader of the House", "Speaker of the
# House"): the title's words, no name (T16, 2026-12-06: "Leader of the Opposition Faisal bin Hamid" was a person
# "Opposition Faisal bin Hamid"; nameruns._in_brief reads these as a minister's brief is read).
OFFICE_COMPLEMENTS = frozenset("opposition house lords commons".split())

# Church titles that are also surnames (Canon, Bishop, Pastor, Prior …): a title only as the first word of a run of
# three or more, before a name of two words ("Canon Mark Hale said"), as an occupation is
# (occupations.opening_occupation). A trial (2026-12-05, a cathedral's storks) published a People page "Dean Judith
# Amery" beside "Judith Amery"; "Dean" is a common given name ("Dean Hugo Smith"), so it is not here (a title only in
# context, not yet read). "Canon Hale" and "Mark Bishop" stay names. Those that are no names
# (archdeacon, prebendary, precentor, subdean, monsignor, chaplain) are titles anywhere: `CHURCH_TITLES`.
CLERICAL_TITLES = frozenset("canon bishop deacon pastor abbot abbess prior cantor curate".split()) | SOUTH_ASIAN_NAMED_TITLES | AFRICAN_NAMED_TITLES
CHURCH_TITLES = frozenset("archdeacon prebendary precentor subdean monsignor chaplain".split())

# Styles written before a name, never part of it (Debrett's forms of address): "The Venerable" (an archdeacon), "The
# Right Honourable"/"The Rt Hon" (a privy counsellor), "The Honourable", "His/Her Excellency" (an ambassador, a
# governor). "Reverend", "Very", "Right", "Most" were read already; "The Venerable Mary Ellis" made a People page
# "Venerable Mary Ellis" (a hostile re-test, 2026-12-05). "Right"/"Rt"/"Most" before one are passed over as words that
# are no name (nameruns._title_end).
STYLE_TITLES = frozenset("venerable honourable honorable excellency highness majesty".split())  # (the last two: T26)


# Title and job words written alone ("Canon said its new cameras …" after "Canon Peter Hale said" made a person
# "Canon", "Curator said" one "Curator": a hostile re-test, 2026-12-05): no one's name by speaking, only as the surname of
# a full name the article gives. Not the common surnames (Bishop, Prior, Painter, Singer …): "Bishop, who voted to
# hold rates, said" is the archive's Mark Bishop (the rates set), unless the article writes the word as a title before
# a name of two words (`title_alone`: "Bishop Peter Hale said … Bishop said").
SURNAME_TITLES = frozenset("""bishop prior pastor deacon cantor painter singer dancer keeper warden ranger dealer
collector coach runner broker guard carver agent boxer winger""".split()) | SOUTH_ASIAN_NAMED_TITLES | AFRICAN_NAMED_TITLES
TITLES_ALONE = (CLERICAL_TITLES | OCCUPATIONS) - SURNAME_TITLES


# A title word as the last word of a full name is a surname ("Anna Brig said", "Tom King", "John Judge"): a title is
# a title only before a name (a re-test, 2026-12-05, lost "Anna Brig" and misnamed others; "Mark Bishop" was kept by
# SURNAME_TITLES alone). Not these, which are no holder's noun (a modifier, a brief, an honorific's abbreviation:
# "Anna Affairs" is none), nor a word in capitals ("Brightwell CEO": the firm's chief), nor after a word that leads a
# title in a compound rather than a given name (the lexicon's lists and `TITLE_LEADS`: "Culture Secretary", "Police
# Chief", "Crown Prince", "Town Mayor" stay titles; nameruns._title_end).
NO_SURNAMES = frozenset("""affairs national special high first prime presidential state council's minister's mr mrs ms mx
mme mlle dr prof sir excellency honourable honorable venerable vice deputy acting assistant chief foreign interior
finance economy energy health trade defence defense security intelligence solicitor-general undersecretary under-secretary""".split())
TITLE_LEADS = frozenset("""crown team air ship borough parish town city village ward church cathedral diocese tory
conservative liberal democrat democratic republican green opposition shadow government club""".split())
# Participles that open an office's title in title case, never a given name: "the Returning Officer", "the Presiding
# Officer", "Commanding Officer" (a trial, T11, 2026-12-06, published a person "Returning Officer": read as a given name and
# a surname "Officer", `nameruns._title_surname`). With a name after them they are its title, as before.
TITLE_LEADS |= frozenset("""returning presiding commanding investigating reporting arresting examining visiting
consulting governing outgoing incoming retiring""".split())
# Any such participle of seven letters or more ("Coordinating Minister for Food Zulkifli Hasan": the Indonesian cabinet's
# title made a person "Coordinating Minister", surname "Minister", and split "Food Zulkifli Hasan" off it, T22; "Founding
# Director", "Supervising Judge"), but the given names so spelt.
_GIVEN_ING = frozenset("sterling channing manning fleming browning harding golding darling keating".split())


def title_participle(word: str) -> bool:
    """Whether a lower-cased `word` is a participle that opens an office's title, no given name: one of `TITLE_LEADS`'
    participles, or a word of seven letters or more ending in "-ing" that no given name is (`_GIVEN_ING`)."""
    return word in TITLE_LEADS or len(word) >= 7 and word.endswith("ing") and word not in _GIVEN_ING


def title_alone(word: str, text: str) -> bool:
    """Whether a capitalised `word` written alone in `text` is a title or a job, no one's name: one of
    `TITLES_ALONE`, or of CLERICAL_TITLES | OCCUPATIONS where `text` writes it before a name of two words — not "Nana",
    "Oga" (`_NAME_ALONE`): alone they are what a person is called ("“We are ready,” Nana said. Nana Kwame Bediako said
    nothing." lost its speaker: FX84)."""
    _NAME_ALONE = frozenset(("nana", "oga"))  # (a given name, a form of address: AFRICAN_NAMED_TITLES' notes)
    plain = word.lower()
    return plain in TITLES_ALONE or (plain in CLERICAL_TITLES | OCCUPATIONS and plain not in _NAME_ALONE and re.search(
        rf"\b{re.escape(word)}[ \t]+{CAPITAL}[\w'\u2019-]+[ \t]+{CAPITAL}", text) is not None)


# Named titles that are a known person's given name before a longer name: a title only before a name of two words
_TWO_WORDS_AFTER = frozenset(("nana",))  # ("Nana Kwame Osei-Bonsu"; not "Nana Addo Dankwa Akufo-Addo")


def opening_title(lowered: list[str], i: int, first: int, occupation: Callable[[str], bool]) -> bool:
    """Whether lowered[i], a lower-cased word of a run, is a title or an occupation that opens it before a name of two
    words or more, no given name (`occupation`: occupations.opening_occupation, which reads CLERICAL_TITLES and so
    AFRICAN_NAMED_TITLES): the run's first word, or the first after a West African honorific or a style ("HRH Oba Rilwan
    Akiolu", "His Royal Highness Oba …": T26) — `first`, where the name may start after the title words read so far.
    "Nana" only before exactly two words (`_TWO_WORDS_AFTER`: the module's notes on AFRICAN_NAMED_TITLES)."""
    after = len(lowered) - i - 1
    if not (i == 0 or i == first and lowered[i - 1] in WEST_AFRICAN_HONORIFICS | STYLE_TITLES):
        return False
    return after == 2 if lowered[i] in _TWO_WORDS_AFTER else after >= 2 and occupation(lowered[i])

