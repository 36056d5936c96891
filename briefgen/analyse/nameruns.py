"""Runs of capitalised words and what they are as names, apart from their context (its parts: runparts.py).
    RUN.finditer(text)               # runs: "Foreign Minister Dmytro Kuleba", "NATO", "The"
    classify(["Foreign", "Minister", "Dmytro", "Kuleba"])  # -> ("person", 2): title, then the name

`names.py` reads these in their context (earlier names in the article, speech verbs, places); `quotes.py` reads runs
in attribution frames. Everything here is a pure function of the words of one run, so the readings of a run are
computed once per distinct run (lru_cache: names recur in every article; memos of pure functions, they change speed,
never results). The rules are described in names.py's docstring; the word lists live in lexicon.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.audience import AUDIENCE_NOUNS, audience_member
from briefgen.analyse.groupnouns import PARTY_PLURALS, members_before, plural_group  # ("Ten Republicans": FX50)
from briefgen.analyse.capitals import CAPITAL, capital_ranges; from briefgen.analyse.marks import MARKS  # noqa: E702 (T26 F1)
from briefgen.analyse.lexicon import (BRIEF_WORDS, ABBREVIATED_TITLES, INITIAL_TITLES, ARABIC_ARTICLES, DEMONYMS, FAMILY_NAME_FIRST, GIVEN_NAME_MONTHS, HONORIFICS,
                                      MONTHS_DAYS, NATIONALITIES, ORG_HEADS, ORG_NAMES, PLACE_HEADS, PLACE_LEADS, PLACES, PORTFOLIO_WORDS, REGION_PREFIXES,
                                      street_word, PRODUCT_WORDS, ROLE_NOUNS, SAINT_WORDS, STOPWORDS, SURNAME_PARTICLES, THING_HEADS,
                                      TITLE_QUALIFIERS, TITLE_WORDS, TRADE_HEADS)
from briefgen.analyse.postnominals import club_named, name_words; from briefgen.analyse.generations import generation_read, generation_word, numbered_thing; from briefgen.analyse.donstyles import don_styled  # noqa: E702 (FX110)
from briefgen.analyse.briefends import brief_word, name_after, name_opening
from briefgen.analyse.titlewords import NO_SURNAMES, OFFICE_COMPLEMENTS, TITLE_LEADS, opening_title, title_participle
from briefgen.analyse.vesselnames import COAST_HEADS, body_headed, crown_body, ship_prefixed
from briefgen.analyse.commonacronyms import COMMON_ACRONYMS
from briefgen.analyse.companyforms import company_formed
from briefgen.analyse.namekeys import fold as _fold
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.orgnames import DO_PARTICLE, FRENCH_BODIES, PARTY_NAMES, camel_name, product_shaped, romance_body, romance_place, two_parties
from briefgen.analyse.seats import seat_end, seat_holder; from briefgen.analyse.functionfamilies import KOREAN_STOPWORDS  # noqa: E702
from briefgen.analyse.hyphentitles import hyphen_title; from briefgen.analyse.governmentinitials import initials_title  # noqa: E702 (BR38)
from briefgen.analyse.installations import force_titled, installation; from briefgen.analyse.officebodies import office_of_body  # noqa: E702 (military bases: FX50; clubs: postnominals.club_named; FX97)
from briefgen.analyse.malaytitles import malay_title; from briefgen.analyse.seanames import sea_named; from briefgen.analyse.foreignranks import rank_alone  # noqa: E702 (T27)
from briefgen.analyse.innertitles import inner_name_word  # ("Hassan Sheikh Mohamud")
from briefgen.analyse.amountwords import amount_word, state_named; from briefgen.analyse.iberianarticles import article_run  # noqa: E702 (statenames.py; FX106)
from briefgen.analyse.initialnames import AMPERSANDED as _AMPERSANDED, SLASHED as _SLASHED, INITIALS_ON as _INITIALS_ON, ampersanded, dotted_person

PERSON, ORGANISATION = "person", "organisation"


def _capitals() -> str:
    """A character class body of every capital letter (Unicode Lu and Lt) of the BMP: "A-Z", "À-Ö",
    "Ø-Þ", "Ā", "Ă" … "Š" … "А-Я" …, as ranges (analyse/capitals.py). Latin-1's capitals alone left
    "Ingrida Šimonytė", "Łukasz Kowalski" and "Володимир Зеленський" unread past their first capital
    outside it: a quote was credited to "Ingrida", a person of that one name."""
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in capital_ranges())


_UPPER = _capitals()
CAPITALS = _UPPER  # public: credits.py reads outlet names with the same capitals
DOT = "\u2024"  # quotes.py masks abbreviation periods with it; runs read both
# Titles abbreviated with a period ("Mr.", "Rev.", "Cllr."; every one of lexicon.TITLE_WORDS so written): the period is no
_LOWER_LEADS = rf"(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))})[ \t]+)*"  # sentence end (quotemask.py masks it); the name goes on, past lower-case particles too ("Mrs. von der Leyen": FX121)
TITLES = ("Mr Mrs Ms Mx Dr Prof Gen Sen Rep Gov Lt Col Adm Sgt Capt St Rev Amb Cllr Supt Insp Det Cpl Brig Cmdr Maj "
          "Smt Shri Shree Sushri Tmt Thiru Janab Engr Eng Pst Alh Hon Ir Comr Sra Srta Dña Mevr Dhr Mw Sig").split()  # (South Asian, West African: titlewords.py; Indonesian "Ir.": malaytitles.py; Spanish: T29; Dutch, Italian: europeantitles.py)
_TITLES, OPENING_TITLES = TITLES, [*TITLES, "Barr", "Arc"]  # "Barr.", "Arc." only opening a run: not "William Barr. The"
_ABBREVIATION = rf"(?:{'|'.join(_TITLES)})[.\u2024](?=[ \t]+{_LOWER_LEADS}{CAPITAL})"  # (any alphabet's: "Mr. Żółć", "Ł. Żółć", T19)
_WORD = (rf"(?:(?:[A-Z][.\u2024]){{2,}}|{_ABBREVIATION}|[{_UPPER}][.\u2024](?=[ \t]+[{_UPPER}])"
         rf"|[{_UPPER}][\w{MARKS}\u2019'\-]*{_AMPERSANDED}{_SLASHED})")
# Sentence words most often capitalised, skipped inside the regex when they stand alone (speed); not before a hyphen
# ("I-San Luis Obispo", AP style) or "/S" ("A/S Norske Shell", a Danish legal form first: FX30), read whole.
_COMMON = ("The A An In On At It He She They We I This That These Those But And As For If His Her Their Its "
           "Our There What When While After Before Some Many Most Officials Analysts").split()
# "&" joins the names of a firm ("Marks & Spencer", "Procter & Gamble"): one run, an organisation (`_classify`)
_PARTICLE = rf"(?:{'|'.join(sorted(SURNAME_PARTICLES))}|of|of the|for|for the|&|{DO_PARTICLE})"  # (orgnames.DO_PARTICLE)
# A lower-case Arabic article joined to a name ("Bashar al-Assad", "Abdel Fattah al-Sisi", "said al-Haddad"): the
# name goes on through it, and a run may start at the capital after it (a trial's "Yusuf al-Haddad" was no name, and
# "Abdel Fattah al-Sisi" read as "Abdel Fattah", 2026-12-04). `_AFTER_ARTICLE` sees it before a run's first capital.
_JOINED = rf"(?:{'|'.join(sorted(ARABIC_ARTICLES))})-"
_AFTER_ARTICLE = "|".join(rf"(?<=(?<![\w\u2019'\-.]){article}-)" for article in sorted(ARABIC_ARTICLES))
# A run of capitalised words (the rule; `RUN` is the same pattern, rewritten for speed); none after "#" or "@" (a hashtag, a handle):
_RUN_RULE = (rf"(?:(?<![\w{MARKS}\u2019'\-.#@])|{_AFTER_ARTICLE})(?!(?:{'|'.join(_COMMON)})\b(?!-|/S\b)(?![ \t]+{CAPITAL})(?!{_INITIALS_ON})){_WORD.replace('|'.join(_TITLES), '|'.join(OPENING_TITLES), 1)}"
             rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_JOINED})?{_WORD})*")


def _after_first(words: list[str]) -> str:
    """An alternation of `words` for a pattern that has just read their first letter: 'Mr', 'Ms',
    'Dr' → '(?<=M)(?:r|s)|(?<=D)r'."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in rests.items())


# `_RUN_RULE` with its first letter read first: a pattern that starts with a character set is
# scanned for in C, not tried at every position (names_in spent half its time in this regex).
# Every branch of the rule starts with a capital, so after reading it the lookbehind looks one
# character further back, and the branches test that letter with a lookbehind of their own.
# The matches are the same (tests/analyse/test_fast_paths.py compares the two).
RUN = re.compile(rf"[{_UPPER}](?:(?<![\w\u2019'\-.#@].)|{_AFTER_ARTICLE.replace('-)', '-.)')})"
                 rf"(?!(?:{_after_first(_COMMON)})\b(?!-|/S\b)(?![ \t]+{CAPITAL})(?!{_INITIALS_ON}))"
                 rf"(?:(?<=[A-Z])[.\u2024](?:[A-Z][.\u2024])+|(?:{_after_first(OPENING_TITLES)})[.\u2024](?=[ \t]+{_LOWER_LEADS}{CAPITAL})"
                 rf"|[.\u2024](?=[ \t]+[{_UPPER}])|[\w{MARKS}\u2019'\-]*{_AMPERSANDED}{_SLASHED})"
                 rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_JOINED})?{_WORD})*")
_TOKEN = re.compile(r"\S+")
# Titles written as initials before a name ("Local MP Rupert Osei-Mensah", "Labour MEP Anna Berg", "MSP Kate Ross"):
# a member of a parliament or an assembly. Title words as lexicon.TITLE_WORDS are, so that everything up to them is
# the title ("Local MP", "Labour MP"); a trial's People page had "Local MP Rupert Osei-Mensah" (2026-12-04).
ACRONYM_TITLES = frozenset("mp mp's mps mep meps msp msps mla mlas mpp mpps".split())
# Abbreviated titles ("DI", "Cllr", "Det Supt"): lexicon.INITIAL_TITLES, lexicon.ABBREVIATED_TITLES (titlewords.py).
_QUALIFYING_ABBREVIATIONS = frozenset("det det. ch ch. con con.".split())
_ALL_TITLES = TITLE_WORDS | ACRONYM_TITLES | ABBREVIATED_TITLES | INITIAL_TITLES
_NEVER_ALONE = PARTY_PLURALS | STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | (_ALL_TITLES - INITIAL_TITLES) | ORG_HEADS
POSSESSIVE = re.compile(r"(?:[\u2019']s?)$")
# Head words of bodies the lexicon's ORG_HEADS leaves out (a trial, 2026-12-05, listed "Art Recovery Register", a database company, as a person; "Castle FM", a station: FX65).
MORE_ORG_HEADS = frozenset("register fm records".split()) | TRADE_HEADS | FRENCH_BODIES  # (TRADE_HEADS: "Hartwell's Bakeries", "Fenwick Farms")
# A commodity exchange is a building named after the trade once done in it ("the Corn Exchange", "Hop Exchange"): a
# place, no one's name (a trial listed "Corn Exchange" as an organisation); "London Metal Exchange" stays a body.
_TRADE_HALLS = frozenset("corn wool coal cotton hop butter cloth grain".split())


def _adjectival(token: str, lowered: str) -> bool:
    """'Ukrainian', 'Afghan', 'German-made', 'Kremlin-backed': words that describe rather than name (every
    nationality: with DEMONYMS alone, "said the Afghan Nadia Karimi" named a person "Afghan Nadia Karimi")."""
    return lowered in DEMONYMS or lowered in NATIONALITIES or ("-" in token and token.rsplit("-", 1)[1][:1].islower())


_GIVEN_SYLLABLES = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def romanised_given_name(tokens: tuple[str, ...] | list[str], at: int) -> bool:
    """Whether tokens[at], a hyphenated word whose second part is lower-case, is a given name in
    the romanisations that hyphenate its syllables after the family name: Korean ("Lee Jae-myung",
    "Kim Jong-un", "Ban Ki-moon", Revised Romanisation and McCune-Reischauer as the press writes
    them), Wade-Giles and Taiwanese passports ("Chiang Kai-shek", "Tsai Ing-wen", "Lai Ching-te").
    Read by its context: the word before it is a family name written first (`FAMILY_NAME_FIRST`).
    Without this a lower-case second part made it an adjective ("German-made"), and the person
    was not found at all (nor their quotes)."""
    return (0 < at < len(tokens) and (tokens[at - 1] in FAMILY_NAME_FIRST or tokens[at - 1].lower() in KOREAN_STOPWORDS)  # ("So Ji-sub")
            and _GIVEN_SYLLABLES.fullmatch(tokens[at]) is not None)


# An American legislator's party and state, the appositive of AP style ("Rep. Mike Callahan, R-Ohio,",
# "D-N.Y.", "I-Vt."): no name (a trial gave "long overdue" to a person "R-Ohio"). A state legislator's is
# party and home town, which may take words ("Sen. Laura Benning, R-Yuba City,", "D-San Luis Obispo"): the
# fourth trial published a person "City, R-Yuba" (`_classify`: a run that opens with one is no name).
PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}['\u2019]?s")


def classify(tokens: list[str]) -> tuple[str, int] | None:
    """(kind, index of the first name token) of a run, or None when it is not a name at all.

    The index splits the title from the name; for organisations it is 0.
    """
    return _classify(tuple(tokens))


@lru_cache(maxsize=16384)  # a pure function of a few words, which recur in every article
def _classify(tokens: tuple[str, ...]) -> tuple[str, int] | None:
    lowered = [t.lower().replace(DOT, ".") for t in tokens]
    if len(tokens) > 1 and lowered[-1] in ACRONYM_TITLES and tokens[-1][:2].isupper() and not PLURAL_ACRONYM.fullmatch(
            tokens[-1]):
        return _classify(tokens[:-1])  # "Kate Ross MSP": the name, then the title (not "Opposition MPs": a group)
    if (kept := name_words(list(tokens))) < len(tokens) or len(tokens) > 1 and (tokens[-1] == "VC" or club_named(tokens)):  # (kept: a fund's, postnominals._FIRM_LETTERS)
        return _classify(tokens[:kept]) if kept < len(tokens) else (ORGANISATION, 0)  # "Anna Berg MP OBE", "Priya Sen KC": letters after the name (postnominals.py)
    member = None if (thing := numbered_thing(tokens)) else generation_read(tokens, _classify) or _party_member(tokens) or members_before(tokens, _classify, _NO_GIVEN, HONORIFICS)  # ("Democrats Nancy Pelosi"; "Martin Luther King III": generations.py)
    if member is not None or thing:
        return member  # (None: "World War II", "Title IX", a thing's number: generations.numbered_thing, FX121)
    phrase = " ".join(lowered)
    if phrase in PLACES or len(tokens) > 1 and lowered[-1] == "exchange" and lowered[-2] in _TRADE_HALLS or romance_place(lowered) or sea_named(lowered) or two_parties(lowered) or state_named(lowered) or amount_word(tokens[0]) or article_run(lowered) and not (len(tokens[0]) > 1 and tokens[0].isupper()):  # ("EL said": initials)
        return None  # (a building: `_TRADE_HALLS`; a state: "Democratic Republic", statenames.py; money: "N14", amountwords.py; "Los", "El Sr": iberianarticles.py)
    if len(tokens) == 1 and (phrase in STOPWORDS or phrase in ORG_HEADS or (phrase in _ALL_TITLES and (
            phrase not in INITIAL_TITLES or tokens[0].isupper()) and not _acronym_alone(tokens[0], phrase) and not rank_alone(lowered, ORG_HEADS))
                             or phrase in ROLE_NOUNS or _adjectival(tokens[0], phrase)):
        return None
    if PARTY_STATE.fullmatch(tokens[0]) and not (len(tokens) > 1 and lowered[-1] in ORG_HEADS):
        return None  # "R-Ohio", "R-Yuba City", "D-San Luis Obispo" (not "D-Day Museum")
    if ship_prefixed(tokens) or len(tokens) > 1 and lowered[-1] in COAST_HEADS or audience_member(lowered) or office_of_body(tokens, _classify):
        return None  # a ship, a reef: "MV Morning Star", "Craigan Reef" (vesselnames.py; a ferry trial, 2026-12-05); "Listener Dave" (audience.py); an office: "Chairman of Hondaka Motor" (officebodies.py, FX97)
    if len(tokens) > 2 and lowered[0] in AUDIENCE_NOUNS and _classify(tokens[1:]) == (PERSON, 0):
        return PERSON, 1  # "Caller Dave Smith": the audience's noun, then a name (audience.py)
    if crown_body(tokens) or body_headed(lowered) or company_formed(tokens):  # (and "Fjordgass Polska": companyforms.py)
        return ORGANISATION, 0  # "HM Coastguard", "Northsound Ferries", "Marine Accident Investigation Branch"
    lead = 0
    while lead < len(tokens) - 1 and lowered[lead] in TITLE_QUALIFIERS:
        lead += 1  # "Junior Minister of …", "Acting Director of …"
    if lowered[lead] in _ALL_TITLES and _title_end(tokens, lowered) == len(tokens) and not (
            len(tokens) == 1 and _acronym_alone(tokens[0], phrase) or rank_alone(lowered, ORG_HEADS)):
        return None  # a title and no name: "the Prime Minister", "the Minister of State for Fisheries"
    linked = next((i for i, w in enumerate(lowered) if w in ("of", "for")), 0)
    if "&" in tokens[1:-1] and not _brief_ampersand(lowered) or _fire_service(lowered) or ampersanded(tokens):
        return ORGANISATION, 0  # "Marks & Spencer", "Johnson & Johnson", "Thames P&I"; a fire service andnames.py joined ("Fire and Rescue NSW"): never a person (issue 9)
    if _person_of_body(tokens, lowered):
        return None  # "DI Rhona Vale of Harcastle Police": two names, a person and her body (`_person_of_body`)
    if (phrase in ORG_NAMES or phrase in PARTY_NAMES or plural_group(lowered, _NO_GIVEN, HONORIFICS) == "party" or (len(tokens) > 1 and (lowered[-1] in ORG_HEADS or lowered[-1] in MORE_ORG_HEADS)) or (len(tokens) > 2 and " ".join(
            lowered[-2:]) in ORG_NAMES and lowered[-2] not in _ALL_TITLES)  # "Calderbridge City Hall" (was a person)  # a public body of a brief and a country: "Natural Resources Wales"
            or (linked > 0 and lowered[linked - 1] in ORG_HEADS) or romance_body(lowered) or (linked == 1 and lowered[0] == "friends") or (len(tokens) > 1 and lowered[-1] in PLACES and all(w in PORTFOLIO_WORDS for w in lowered[:-1]))):
        return ORGANISATION, 0
    if PLURAL_ACRONYM.fullmatch(tokens[-1]) or plural_group(lowered, _NO_GIVEN, HONORIFICS) == "group":
        return None  # a group: "Opposition MPs", "Labour MEPs", "Tech CEOs" (a trial: a People page "Opposition MPs")
    if lowered[-1] in THING_HEADS or installation(tokens, TITLE_WORDS) or (len(tokens) > 1 and (lowered[-1] in PLACE_HEADS or lowered[0] in PLACE_LEADS)) or (
            street_word(lowered[-1])) or (len(tokens) == 1 and phrase in PLACE_HEADS and not tokens[0].isupper()) or (
            lowered[0] in SAINT_WORDS):
        return None  # "UN Charter", "Mokri Yaly River", "Mount Hood", "St Albans", "St Brigid" (of "St Brigid's")
    if len(tokens) == 2 and lowered[0] in REGION_PREFIXES and not _adjectival(tokens[1], lowered[1]):
        return None  # a region: "Middle Rhine", "Lower Saxony" (lexicon.REGION_PREFIXES)
    if (initialled := dotted_person(tokens, _classify) or force_titled(tokens, TITLE_WORDS, _classify)) is not None:
        return initialled  # "S.K. Verma", "J.K. Rowling": initials, no body's capitals (initialnames.py; T16)
    if lowered[0] in ORG_NAMES or (tokens[0].isupper() and len(tokens[0]) > 2 and (
            lowered[0] not in _ALL_TITLES or len(tokens) == 1 and _acronym_alone(tokens[0], phrase))
                                   and lowered[0] not in PLACES and lowered[0] not in DEMONYMS):
        if len(tokens) == 1 and lowered[0] in COMMON_ACRONYMS:
            return None  # "LNG", "GDP", "VAT": a noun, no body (commonacronyms.py)
        return ORGANISATION, 0
    if len(tokens) == 1 and len(tokens[0]) == 2 and tokens[0].isupper() and tokens[0].isalpha() and phrase not in _ALL_TITLES:
        return ORGANISATION, 0  # "BP said", "GE said", "AP said": a firm's or an agency's initials, no person (a check)
    first = _title_end(tokens, lowered)
    if first == len(tokens):
        return (PERSON, 0) if rank_alone(lowered, ORG_HEADS) else None  # (a foreign rank alone: a surname, foreignranks.py)
    if first == 0 and len(tokens) == 2 and (lowered[0] in NATIONALITIES or lowered[0] in DEMONYMS):
        # A nationality and one word is a body's or a firm's name ("British Gas", "Scottish Power", "Polish
        # Radio", "US Steel"): English writes a person with a given name or a title after it ("the Ukrainian
        # Olena Kovalenko", "Polish Prime Minister Tusk"). Read as the one word, a trial's "British Gas said"
        # made a person "Gas" and gave him the firm's words.
        return ORGANISATION, 0
    if first == 0 and len(tokens) == 2 and lowered[0] in _BODY_ADJECTIVES and (
            lowered[1] in _BODY_NOUNS or lowered[1] in ORG_HEADS or lowered[1] in MORE_ORG_HEADS):
        return ORGANISATION, 0  # "Royal Mail said", "Daily Mirror said": no given name (a breaker, 2026-12-05); not
        # "Royal Ivey said", a given name "Royal" before a surname (a second breaker, 2026-12-05)
    while first < len(tokens) - 1 and (lowered[first] in ("of", "the") or lowered[first] in PLACES and not (first and lowered[first - 1] in HONORIFICS)
                                       or _adjectival(tokens[first], lowered[first])):  # ("Ms Georgia Meloni": an honorific's name, no place: FX74)
        first += 1
    rest = " ".join(lowered[first:])
    # "Theresa May", "Bob June": a month that is also a name ends a two-word name after a first name
    month_last = lowered[-1] in MONTHS_DAYS and not (lowered[-1] in GIVEN_NAME_MONTHS and first == len(tokens) - 2)
    if (rest in PLACES and not (first and lowered[first - 1] in HONORIFICS and first == len(tokens) - 1) or rest in ORG_NAMES or month_last
            or (_adjectival(tokens[-1], lowered[-1]) and not romanised_given_name(tokens, len(tokens) - 1))
            or any(w in ("of", "for", "the") for w in lowered[first:])):
        return None
    if (any(map(product_shaped, tokens[first:])) or (len(tokens) - first > 1 and lowered[-1] in PRODUCT_WORDS)
            or "&" in tokens[first:]):
        return (ORGANISATION, 0) if len(tokens) == 1 and camel_name(tokens[0]) else None  # a brand: "BlackRock" (camelnames.camel_name); a product: "Aira Pro", "PowerCell Mini"; "Media & Sport" (issue 9)
    if first > 1 and lowered[first - 1] in ("of", "for") and (first == len(tokens) - 1 or _classify(tokens[first:]) is None):
        return None  # "Returning Officer for West Harrowmere", "Oba of Lagos": a title's seat, no one's name (T11; FX38)
    return PERSON, first


# A member's title in capitals, after a party's name (issue 9, 2026-12-05: "SNP MSP Nicola Sturgeon said" and "DUP MLA
# Gordon Lyons said" were organisations, the party's initials opening them; "Sinn Féin TD Pearse Doherty" a person of
# five words, "Plaid Cymru MS Siân Gwenllian" no one).
MEMBER_TITLES = frozenset("MP MSP MS MLA TD MEP AM MPP MHK MLC MHA MNA".split())


def _party_member(tokens: tuple[str, ...]) -> tuple[str, int] | None:
    """(PERSON, index of the name) for a party's name of one to three capitalised words, a member's title in capitals
    (`MEMBER_TITLES`) and a person's name of two words or more ("SNP MSP Nicola Sturgeon", "Sinn Féin TD Pearse
    Doherty"); None for any other run (then classify reads it as before)."""
    at = next((i for i, t in enumerate(tokens[1:4], 1) if t in MEMBER_TITLES), None)
    if at is None or len(tokens) - at < 3 or not all(t[:1].isupper() and t.lower() not in _ALL_TITLES for t in tokens[:at]):
        return None
    rest = _classify(tokens[at + 1:])
    return (PERSON, at + 1) if rest == (PERSON, 0) else None


def _person_of_body(tokens: tuple[str, ...], lowered: list[str]) -> bool:
    """Whether a run is a person, "of" and an organisation ("DI Rhona Vale of Harcastle Police", "Rhona Vale of
    Harcastle Museum", "Supt Vale of the Harcastle Police"): no one name, though its last word is a body's head
    word. Before "of" a person's name of two words or a title and a name (not "Duke of …", "Bank of …"); after it
    a name that reads as an organisation by its words. A trial (2026-12-05) published a People page "DI Rhona Vale
    of Harcastle Police" beside "Rhona Vale" and gave it the force's "No comment" (the run read whole was an
    organisation). runparts.split_run parts such a run; this keeps every reader of a whole run from taking it
    for the body."""
    if "of" not in lowered[2:-1]:
        return False
    at = lowered.index("of", 2)
    before = _classify(tokens[:at])
    after = tokens[at + 2:] if lowered[at + 1] == "the" else tokens[at + 1:]
    return (before is not None and before[0] == PERSON and (at - before[1] >= 2 or before[1] > 0)
            and bool(after) and _classify(after) == (ORGANISATION, 0))


def _fire_service(lowered: list[str]) -> bool:
    """Whether a run andnames.py joined is a fire service's name ("Scottish Fire and Rescue", "Fire and Rescue NSW"):
    "fire and rescue"/"fire and emergency" inside, and no title or "of" ("Chief Fire Officer X of Y Fire and Rescue")."""
    at = next((i for i in range(1, len(lowered) - 1) if lowered[i] == "and" and lowered[i - 1] == "fire"), 0)
    return at > 0 and lowered[at + 1] in ("rescue", "emergency") and not (_ALL_TITLES.intersection(lowered) or "of" in lowered)


def _brief_ampersand(lowered: list[str]) -> bool:
    """Whether an "&" of a run joins the words of a minister's brief ("Culture, Media & Sport", "Trade & Industry"),
    not the names of a firm."""
    return any(lowered[i - 1] in PORTFOLIO_WORDS or lowered[i + 1] in PORTFOLIO_WORDS
               for i in range(1, len(lowered) - 1) if lowered[i] == "&")


def _in_brief(token: str, word: str) -> bool:
    """Whether a word after a title's "of"/"for" is part of the brief ("Minister of [State for Fisheries]")."""
    return (word in TITLE_WORDS or word in PORTFOLIO_WORDS or word in ORG_HEADS or word in PLACES
            or word in OFFICE_COMPLEMENTS or _adjectival(token, word) or brief_word(word, BRIEF_WORDS))  # ("Leader of the Opposition", "Climate Change": titlewords.py)


def _title_end(tokens: tuple[str, ...], lowered: list[str]) -> int:
    """Where the name starts after the title words of a run: after the last title word, its brief
    included ("Minister of State for Fisheries Colm Mac Giolla Bhríde" → 5, "Chancellor of the Exchequer
    Rachel Reeves" → 4); len(tokens) when the run is a title and nothing else ("Prime Minister",
    "Secretary of State"), so that no title word is taken for a person. After an honorific the last
    word is a name ("Mr Major")."""
    first, brief, joined, anded = 0, False, False, -1
    for i, word in enumerate(lowered):
        last = i == len(lowered) - 1
        if last and i > 0 and lowered[i - 1] in HONORIFICS and not malay_title(lowered, i, first) or last and _title_surname(tokens, lowered, first, i) and not malay_title(lowered, i, first) or i == 0 and len(lowered) == 2 and generation_word(tokens[-1]):
            break  # "Mr Major", "Anna Brig", "Dr Anna Brig": a title only before a name; "Mr King III": a surname and its suffix (FX115)
        if word in _ALL_TITLES and word != "tun" and not inner_name_word(lowered, i, first, lambda: _title_surname(tokens, lowered, first, i)) and (word in TITLE_WORDS or _abbreviated_title(tokens, lowered, i)) or malay_title(lowered, i, first) or hyphen_title(word) or word[:3] in ("co-", "ex-") and (word[3:] in TITLE_WORDS or i == 0 < len(tokens) - 2 and opening_occupation(word[3:])) or (brief and _in_brief(tokens[i], word)) or opening_title(lowered, i, first, opening_occupation) or don_styled(lowered, i) or (
                i == 0 and word in _BODY_ADJECTIVES and len(lowered) > 1 and lowered[1] in TITLE_WORDS):
            first = i + 1  # ("Federal Minister for Health Mark Butler": "Federal" qualifies the title, a breaker's
            # person "Federal Minister", 2026-12-05)
        elif word == "for" and first == i > 0 and seat_holder(tokens, i):
            return seat_end(tokens, lowered, i + 1)  # "MP for Bristol West Thangam Debbonaire": a seat, no brief (seats.py)
        elif word in ("of", "for") and first == i > 0:
            first, brief = i + 1, True
        elif word == "the" and brief and first == i:
            first = i + 1
        elif word in ("and", "&") and brief and first == i and i + 1 < len(lowered):
            first, joined, anded = i + 1, True, i + 1  # "Minister for Trade and Industry Ana Silva" (quotes.py joins runs split at "and")
        else:
            first, brief = (brief and first == i and name_after(tokens, i, lowered[i - 1] in ("of", "for", "the", "and", "&") or _adjectival(tokens[i - 1], lowered[i - 1]))) or first, False  # ("… Middle East Steve Witkoff": briefends.py)
            if last:
                break
    if first == len(tokens) and lowered[-1] in ("of", "for", "the"):
        return len(tokens) - 1
    if joined and first == anded and len(tokens) - first in (3, 4) and not _ALL_TITLES.intersection(lowered[first:]):
        return len(tokens)  # no list knows the words after "and": where the brief ends is unknown ("… Health and Aged
        # Care Mark Butler", "… Homelessness Mary Lou McDonald"; taking the last two cut names: BR8), so no one
    if joined and len(tokens) - first - (lowered[-1].rstrip(".") in ("jr", "sr", "ii", "iii")) > 2 and not (first > anded and len(tokens) - first == 3 and name_opening(tokens[first])):
        return len(tokens)  # a brief with "and" before more than two words: "… and Climate Change Tom Reid", "… and
        # Net Zero Ed Miliband" gave "Change Tom Reid", "Net Zero Ed Miliband" (a breaker's R4, 2026-12-05); a brief's
        # word no list holds cannot be told from a given name ("Mary Lou McDonald" is lost): no one
    return first


# Words that open a body's or a paper's two-word name and no person's: "Royal Mail", "Daily Mail", "Morning Star",
# "Evening Standard", "Financial Times" (said without "the", a person with the quotation: a breaker, 2026-12-05).
_BODY_ADJECTIVES = frozenset("royal daily evening weekly financial federal imperial".split())
# The second words of such bodies and papers (besides ORG_HEADS): with another word, the run is a person's given name
# and surname ("Royal Ivey", "Royal Phillips", "Daily Thompson": persons listed as organisations, a breaker, 2026-12-05).
_BODY_NOUNS = frozenset("""mail mirror mint reserve standard star express telegraph record times post news herald courant
sketch gazette observer chronicle review sport sports echo examiner mercury telegram journal advertiser leader brands
tobacco leather ascot marines marine navy mail's opera ballet shakespeare household collection airlines airways
holdings institution infirmary hospital museum gallery trust society academy observatory""".split())  # (not "morning": the ferry
# trial's ship "Morning Star", an organisation, took its owner's "the company said")
# Words that are no given name before a title word: the lexicon's, which lead a title in a compound ("Culture
# Secretary", "Police Chief", "Labour Leader", "Shadow Chancellor", "Crown Prince").
_NO_GIVEN = (_ALL_TITLES | STOPWORDS | PORTFOLIO_WORDS | ORG_HEADS | MORE_ORG_HEADS | PLACES | PLACE_HEADS | PLACE_LEADS
             | DEMONYMS | NATIONALITIES | TITLE_QUALIFIERS | ROLE_NOUNS | THING_HEADS | ORG_NAMES | MONTHS_DAYS | SAINT_WORDS
             | REGION_PREFIXES | TITLE_LEADS)


@lru_cache(maxsize=4096)  # a pure function of one word, asked of every one-word run that is never a name alone
def surname_title(word: str) -> bool:
    """Whether a title word may be a surname: a holder's noun, not in capitals ("Brig", "King", "Judge"; not
    "Affairs", "Mr", "CEO": titlewords.NO_SURNAMES), as the last word of a full name and alone after it ("Brig said")."""
    plain = word.lower().rstrip(".\u2024")
    return not word.isupper() and plain not in NO_SURNAMES and (plain in TITLE_WORDS or plain in ABBREVIATED_TITLES)


def _title_surname(tokens: tuple[str, ...], lowered: list[str], first: int, at: int) -> bool:
    """Whether tokens[at], a title word ending the run, is the surname of a name that starts at `first`
    (`surname_title`), after name words only (none of `_NO_GIVEN`, none in capitals, no adjective): "Anna Brig", "Tom
    King", "Dr Anna Judge"; not "Culture Secretary", "Police Chief" (a title is a title only before a name)."""
    if first >= at or not surname_title(tokens[at]):
        return False
    return all(tokens[k][:1].isupper() and not tokens[k].isupper() and lowered[k] not in _NO_GIVEN
               and not _adjectival(tokens[k], lowered[k]) and not opening_occupation(lowered[k]) and not title_participle(lowered[k]) for k in range(first, at))


def _acronym_alone(word: str, lowered: str) -> bool:
    """Whether one word standing alone, an abbreviated title written in capitals of three letters or more ("AMB",
    "GEN", "COL"), is an acronym, not the title ("Amb", "Gen", "Col" before a name): a property draw of 2026-12-05
    lost the archive's one organisation "AMB" (Aaaa Maaa Bank) to the abbreviated titles."""
    return lowered in ABBREVIATED_TITLES and len(word) > 2 and word.isupper()


def _abbreviated_title(tokens: tuple[str, ...], lowered: list[str], i: int) -> bool:
    """Whether tokens[i], an acronym title or an abbreviation (`ABBREVIATED_TITLES`, `ACRONYM_TITLES`), is a title
    where it stands: initials in capitals ("DI", "MP", not "Di"), a qualifier before another title ("Det Supt")."""
    word = lowered[i]
    if word in _QUALIFYING_ABBREVIATIONS:
        return i + 1 < len(lowered) and lowered[i + 1] in _ALL_TITLES and lowered[i + 1] not in _QUALIFYING_ABBREVIATIONS
    if word in ABBREVIATED_TITLES:
        return True  # "Supt", "Cllr", "Insp.", "SGT"
    return tokens[i].isupper() and initials_title(tokens, lowered, i)  # (not "VP Records", "PM Tuesday")


@lru_cache(maxsize=16384)
def alone(word: str) -> tuple[bool, bool, str]:
    """(never a name, always one, folded key) of a one-word run: a common word is never a name
    alone; an organisation always is; any other word only as a surname seen earlier or a speaker."""
    lowered = word.lower()
    if lowered.endswith(("'s", "\u2019s")):
        lowered = lowered[:-2]
    if (lowered in _NEVER_ALONE and not _acronym_alone(word, lowered)) or (lowered in INITIAL_TITLES and word.isupper()) or amount_word(word):
        return True, False, ""
    if lowered in ORG_NAMES or (word.isupper() and len(word) > 2):
        return False, True, ""
    if product_shaped(word):
        return not camel_name(word), camel_name(word), ""  # "BlackRock" always, "NGOs" never (camelnames.camel_name)
    return False, False, lowered if lowered.isascii() else _fold(lowered)
