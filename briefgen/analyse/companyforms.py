"""Companies and installations by the words their names carry: a legal form, a company word, a facility's noun
(T19 #8, FX12, 2026-12-06).

    company_formed(("Fjordgass", "Polska"))               # -> True: a company ("… Polska", a Polish subsidiary)
    company_formed(("Anadolu", "Boru", "Mühendislik"))    # -> True: "Mühendislik", engineering (Turkish)
    company_formed(("Statoil", "ASA")), company_formed(("UAB", "Achema"))   # -> True: legal forms, after or before
    company_formed(("Anna", "Berg"))                      # -> False

A T19 trial (a gas-pipeline blast in Poland) listed four Person pages that were a company or a thing: "Fjordgass
Polska", "Anadolu Boru Mühendislik", "Klaipėda LNG" (filed "Polska, Fjordgass", "Boru Mühendislik, Anadolu", "LNG,
Klaipėda") and the pipeline "Amber Link" ("The Amber Link interconnector was shut."). English company heads
(`lexicon.ORG_HEADS`: Holdings, Energy, Engineering …) were known; other countries' were not.

- `LEGAL_FORMS`: the legal forms of companies as their names end in (case as written: "AS", not "as"): Norway's AS and
  ASA, Denmark's A/S and ApS, Sweden's AB, Finland's Oy and Oyj, Germany's AG, KG and GmbH, the Netherlands' and
  Belgium's BV and NV, France's, Spain's and Poland's SA, Italy's SpA and Srl, Hungary's Kft, Zrt and Nyrt, Turkey's
  A.Ş., Poland's "Sp. z o.o." (a run stops at its full stop: "Sp"), the Czech and Slovak s.r.o. and a.s., the
  Balkans' d.o.o., Estonia's OÜ, the EU's SE, Malaysia's Bhd and Berhad ("Sdn Bhd"), Indonesia's Tbk (a listed
  company; T22 #5), Japan's K.K. (kabushiki kaisha; T28 F9), and the English Ltd, PLC, LLC, Inc. `LEGAL_PREFIXES`: those written
  before the name (Lithuania's UAB and AB, Latvia's SIA, Denmark's A/S, Indonesia's PT, Russia's OOO, PAO, PJSC,
  JSC …). A person's name ends in no such word (letters after a name are read first: postnominals.py,
  `lexicon.ACRONYM_TITLES`; a person's title before a given name and a surname wins, FX21/FX30: "Dr Kim Ng SA",
  "Dr Sara Offshore SA" are people).
- `COMPANY_WORDS`: words that end companies' names in other languages and are nobody's surname: Polska (a Polish
  subsidiary's: "Orlen Polska"), Mühendislik (engineering), İnşaat (construction), Holding, Enerji, Sanayi (industry),
  Ticaret (trade), Energetyka, Energija, Energia, Offshore, Midstream, and the fuels a terminal or an operator is
  named by (LNG, LPG, CNG: "Klaipėda LNG"); Portuguese and Spanish trades' words (`TRADE_WORDS`: Mineração, Minera,
  Engenharia, Servicios …), metals (`COMMODITY_WORDS`: "Jinhe Copper") and countries (`COUNTRY_WORDS`: "Cobrebras
  Chile", a unit abroad), T20, FX24. Not after a given name alone (givenwords.known_given, of a sex or of none):
  "Tom Holding", "Anna Polska", "Kim Motor", "Sara Robotics" are people (BR25: "said Tom Holding, 54, a retired
  teacher" was an organisation; BR52, FX92); nor where the article shows the name a person's (wordedpersons.py).
- `UTILITY_WORDS`: a utility's or an industry's word that is a surname too (power, pipeline, cement, sugar) makes a
  company only after a country's, a nationality's or a city's name ("Kenya Power", "Zambia Sugar"; FX62), never after
  a given name or a title ("Samantha Power", "Lord Sugar"), and never where a person's pronoun refers back to it
  ("India Power told reporters she would appeal": `referred_to_as_person`, read by quotespeakers; FX69).
- `given_headed`: a known given name and one word of the older list of organisations' heads (`lexicon.ORG_HEADS`:
  Electric, Bank, Energy, Group …), which nameruns reads as a company whatever comes first: "Emma Electric, a nurse,
  said …" was an organisation (FX97, 2026-12-07). A surname too, as a company word is: a person's frame decides
  (`surname_worded`, read where `company_worded` is: runparts.parts, quotespeakers, wordedpersons.py), only a title
  or a person's appositive, never a pronoun ("Victoria Police, which she joined": a body).
- `FACILITY_NOUNS`: lower-case nouns after a name that make it an installation, not a person (read by
  orgnames.firms_and_things with `lexicon.THING_NOUNS`): interconnector, pipeline, terminal, refinery, plant,
  substation, reactor, compressor — a name is no one's wherever its article writes it so ("the Amber Link
  interconnector"), and across the archive (places.py: one sense per discourse).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Set as AbstractSet

from briefgen.analyse.acronymfirms import acronym_firm
from briefgen.analyse.givenwords import known_given
from briefgen.analyse.industryplaces import INDUSTRY_PLACES
from briefgen.analyse.industrywords import INDUSTRY_WORDS, SURNAME_INDUSTRY_WORDS, industry_word
from briefgen.analyse.namekeys import fold
from briefgen.analyse.oneeventlists import COUNTRIES
from briefgen.analyse.placewords import NATIONALITIES, PLACES
from briefgen.analyse.lexicon import ORG_HEADS, TRADE_HEADS
from briefgen.analyse.postnominals import titled_name

LEGAL_FORMS = frozenset("""
AS ASA A/S I/S K/S P/S S/A ApS AB Oy Oyj AG KG GmbH BV NV SA SpA Srl Kft Zrt Nyrt AŞ Sp OÜ SE Ltd PLC Plc LLC Inc
Bhd Berhad Tbk Limited Incorporated KK
""".split()) | frozenset(f for dotted in "B.V. N.V. S.A. S.p.A. Kft. Zrt. Nyrt. A.Ş. s.r.o. a.s. d.o.o. Ltd. Inc. Sp. K.K.".split()
                         for f in (dotted, dotted.rstrip(".")))  # (as written, and as a run or a word ends before its dot)
# Latin America's, Spain's and Portugal's (T20 #2, FX24; Wikipedia, "List of legal entity types by country"): Brazil's and
# Chile's Ltda (limitada), Peru's S.A.C. and S.A.A., Peru's and Chile's E.I.R.L., Colombia's and France's S.A.S., Spain's
# S.L. and S.L.U., Argentina's S.R.L. and S.A.U., Portugal's Lda, Mexico's "S.A. de C.V.", "SAB de CV" (a run ends in
# "CV"), Brazil's EIRELI.
LATIN_FORMS = frozenset("Ltda SAC SAA EIRL EIRELI SAS SL SLU SRL SAU Lda SAB CV".split()) | frozenset(
    f for dotted in "Ltda. S.A.C. S.A.A. E.I.R.L. S.A.S. S.L. S.L.U. S.R.L. S.A.U. Lda. S.A.B. C.V.".split()
    for f in (dotted, dotted.rstrip(".")))
LEGAL_FORMS |= LATIN_FORMS
_DOT = "\u2024"  # nameruns.DOT, quotes.py's mask of an abbreviation's period (not imported: nameruns imports this module)
# Written before the name (FX30: "A/S Norske Shell" was a person "S Norske Shell"): Lithuania's UAB and AB, Sweden's and
# Finland's AB and Oy ("AB Volvo", "Oy Karl Fazer"), Latvia's SIA, Denmark's and Norway's A/S, I/S, K/S, P/S (older
# names: "A/S Norske Shell"), Russia's OOO, OAO, ZAO, PAO, PJSC, JSC, Indonesia's PT ("PT Freeport Indonesia"). Not
# Estonia's AS ("AS Tallink Grupp"): "as" opening a run is the word, dropped (runparts.parts).
LEGAL_PREFIXES = frozenset("UAB AB Oy SIA A/S I/S K/S P/S OOO OAO ZAO PAO PJSC JSC PT".split())
COMPANY_WORDS = frozenset(fold(w) for w in """
Polska Mühendislik İnşaat Holding Enerji Sanayi Ticaret Energetyka Energija Energia Offshore Midstream LNG LPG CNG
Agri Agro Plantations Perkebunan Sawit
""".split())  # (Agri …: Malaysia's and Indonesia's planters, "Tanjung Emas Agri", "Sawit Sumbermas"; T22 #5, landformfirms.py)
# A trade's word that ends Portuguese and Spanish companies' names as "Mining" and "Engineering" end English ones
# (lexicon.COMPANY_HEADS): Brazil's "Cobrebras Mineração" was a person (T20 #2, FX24), as T19's "Mühendislik" was.
# The company without it is the company (orgnames.company_stem: "Cobrebras said" after "Cobrebras Mineração").
TRADE_WORDS = frozenset(fold(w) for w in """
Mineração Mineradora Mineira Minera Minería Minerals Metais Metales Engenharia Ingeniería Construtora Constructora
Construções Construcciones Siderurgia Siderúrgica Participações Energias Energía Petróleo Química Metalúrgica Industrial
Industrias Indústrias Servicios Serviços Transportes Logística Inmobiliaria
""".split())
# A commodity a miner, a smelter or a trader is named by ("Jinhe Copper", "Albemarle Lithium"; T20 #6, FX24): not Gold,
# Silver, Steel, Iron, Tin, Coal, which are surnames or given names a briefing meets ("Ari Gold", "Nate Silver").
COMMODITY_WORDS = frozenset("copper lithium nickel zinc cobalt uranium platinum palladium potash aluminium aluminum".split())
# A country's name after a company's, a subsidiary or a unit there ("Cobrebras Chile", "Vale Canada", as "Orlen
# Polska"; T20 #6, FX24), in English and the country's own spelling: the UN's member states of one word, less those that
# are surnames or given names (Jordan, Israel, Ireland, England, Wales, France, Chad, Georgia, India, Kenya, Brasil) and
# those a place's two words end in (New Zealand, South Africa, North Korea).
COUNTRY_WORDS = frozenset(fold(w) for w in """
Chile Perú Peru Argentina Bolivia Colombia Ecuador Venezuela Uruguay Paraguay Mexico México Panama Panamá Guatemala Honduras
Nicaragua Brazil Portugal España Spain Italia Italy Deutschland Germany Österreich Austria Schweiz Suisse Nederland
Belgique België Belgium Danmark Denmark Norge Norway Sverige Sweden Suomi Finland Česko Slovensko Magyarország Hungary
România Romania Bulgaria Hellas Greece Türkiye Turkey Ukraine Russia Kazakhstan Mongolia China Japan Vietnam Thailand
Malaysia Singapore Indonesia Philippines Australia Canada Morocco Algeria Tunisia Egypt Nigeria Ghana Zambia Zimbabwe
Namibia Botswana Mozambique Angola Congo Tanzania Uganda Ethiopia
""".split())
COMPANY_WORDS |= TRADE_WORDS | COMMODITY_WORDS | COUNTRY_WORDS | INDUSTRY_WORDS  # ("Toyota Motor", "Daiwa Jidosha": industrywords.py, T28 F1)
# A utility's or an industry's word that ends a company's name and is a surname too, so no company word alone (FX62:
# "Kenya Power told customers … “…,” the company said" had no speaker, "Kenya Power" a person): a company after a
# country or a city's name ("Kenya Power", "India Power", "Zambia Sugar", "Uganda Pipeline", "Tokyo Electric Power").
# After any other name it stays a person's ("Samantha Power", "Ms Power", "Lord Sugar"; "Tata Power" too: left).
UTILITY_WORDS = frozenset("power pipeline pipelines cement sugar".split()) | SURNAME_INDUSTRY_WORDS  # ("Nippon Steel": industrywords.py)
_COUNTRIES = (frozenset(w.lower() for w in COUNTRY_WORDS) | PLACES | COUNTRIES | NATIONALITIES | frozenset(
    "kenya uganda rwanda burundi malawi zambia ghana india nairobi mombasa kampala lagos abuja accra nippon nihon".split())) - frozenset(
    "jordan georgia israel chad france ireland wales england".split())  # (given names and surnames: "Jordan Power")
_COUNTRIES |= INDUSTRY_PLACES  # ("Sheffield Steel", "Pittsburgh Steel", "Ohio Power": industryplaces.py, FX92)
_COUNTRIES |= frozenset(f"{w} electric" for w in _COUNTRIES)  # ("Tokyo Electric Power")
FACILITY_NOUNS = frozenset("""
interconnector interconnectors pipeline pipelines terminal terminals refinery refineries plant plants substation
substations reactor reactors compressor
mine mines dam dams smelter smelters quarry quarries
""".split())  # (mine … quarries: "the Antamayo mine", "the El Toqui dam", T20 #6, FX24)


def company_formed(tokens: Sequence[str]) -> bool:
    """Whether a run of two words or more (as written) is a company's name by a legal form after it (`LEGAL_FORMS`) or
    before it (`LEGAL_PREFIXES`), or by a company word last (`COMPANY_WORDS`; module docstring) after more than a
    given name: "Tom Holding", "Sandra Energia" are people (givenwords.known_given; a company word is a surname too, BR25);
    never after a person's title and a given name ("Dr Kim Ng SA", "Prof Sara Offshore": postnominals.titled_name;
    FX21). A legal form's periods may be quotes.py's mask of an abbreviation's (`_DOT`, in "Hondaka Motor K.K.",
    "Aalto Holdings N.V."), read as periods (T28 F9: "Mr Hondaka said" after "Hondaka Motor K.K." had no speaker)."""
    return len(tokens) > 1 and (tokens[-1].replace(_DOT, ".") in LEGAL_FORMS and not titled_name(list(tokens[:-1])) or tokens[0] in LEGAL_PREFIXES
                                or (company_worded(tokens) or acronym_firm(tokens)) and not titled_name(list(tokens)))  # (acronymfirms.py)


def company_worded(tokens: Sequence[str]) -> bool:
    """Whether a run of two words or more (as written) is a company's by a company word last (`COMPANY_WORDS`), no
    legal form: a surname too, which a person's frame makes one (a title before, a person's appositive after: FX21,
    runparts.parts, stopnames.appositive_person, wordedpersons.shown_person); never after a given name alone, of a
    sex or of none ("Tom Holding", "Sara Robotics", "Kim Motor", "Yuki Denki": givenwords.known_given; FX92, BR52)."""
    if utility_worded(tokens):
        return True  # "Kenya Power", "Tokyo Electric Power" (`UTILITY_WORDS`)
    return len(tokens) > 1 and (fold(tokens[-1]) in COMPANY_WORDS or industry_word(tokens[-1])) and not (len(tokens) == 2 and known_given(tokens[0])) and (
        tokens[0] not in LEGAL_PREFIXES)


def given_headed(tokens: Sequence[str]) -> bool:
    """Whether a run (as written) is two words, a known given name (givenwords.known_given) and one of `ORG_HEADS` or
    `TRADE_HEADS` in capitals and small letters, no legal form: "Emma Electric", "Anna Bank", "Emma Motors" → True; "Zubo Electric", "Emma Ltd", "Tom
    Holding" → False (module docstring; FX97)."""
    return len(tokens) == 2 and tokens[1].lower() in ORG_HEADS | TRADE_HEADS and tokens[1].lower() not in PUBLIC_BODY_HEADS and not tokens[1].isupper() and tokens[1] not in LEGAL_FORMS and (
        tokens[1].lower() not in ("ltd", "plc", "inc", "co", "llc", "gmbh", "corp")) and known_given(tokens[0])


# Heads of public bodies that are no one's surname (FX109, item 5: '“…,” said Victoria Police, a nurse at the hospital.'
# made the force a person): a job appositive after "<given name> <one of these>" is a self-contradiction, not a
# person's job, so the run stays the body's. A closed subset of `lexicon.ORG_HEADS` (its public bodies, the forces and
# the institutions); left out, as surnames too: Bank (Melissa Bank), Court (Margaret Court), Power, House, Union, Fleet.
PUBLIC_BODY_HEADS = frozenset("""
police constabulary council ministry department authority commission committee agency bureau administration office
parliament government cabinet senate congress assembly army navy forces corps brigade regiment battalion inspectorate
directorate secretariat prefecture municipality tribunal institute institution university hospital infirmary embassy
""".split())


def surname_worded(tokens: Sequence[str]) -> bool:
    """Whether a run (as written) is a company's by a word that is a surname too, which a person's frame makes a
    person's: `company_worded` or `given_headed` (module docstring)."""
    return company_worded(tokens) or given_headed(tokens)


def utility_worded(tokens: Sequence[str]) -> bool:
    """Whether a run (as written) is a company's only by a utility's word after a country's or a city's name
    (`UTILITY_WORDS`): "Kenya Power", "India Sugar" → True; "Samantha Power", "Fjordgass Polska" → False."""
    return len(tokens) > 1 and tokens[-1].lower() in UTILITY_WORDS and " ".join(tokens[:-1]).lower() in _COUNTRIES


REFERENCE_CHARS = 250  # the words after a name read for a pronoun that refers back to it (its sentence and the next)
_PERSON_PRONOUN = re.compile(r"(?<![\w'\u2019-])(?:she|he|her|his|him|herself|himself)(?![\w'\u2019-])", re.IGNORECASE)
_COMPANY_REFERENCE = re.compile(r"(?<![\w'\u2019-])(?:it|its|itself|they|their|the\s+(?:company|utility|firm|group|"
                                r"operator|producer|supplier|corporation|board|miller|manufacturer|maker|monopoly))"
                                r"(?![\w'\u2019-])", re.IGNORECASE)
# Someone else the pronoun may stand for, between the name and it ("Kenya Power's chief executive said he …")
_OTHER_PERSON = re.compile(r"^['\u2019]s\b|(?<![\w'\u2019-])(?:chief|executive|ceo|spokes\w*|director|manager|minister|"
                           r"official|officials|chair\w*|head|boss|president|secretary|engineer|worker|customer|resident|"
                           r"woman|man|mother|father|wife|husband|son|daughter|lawyer|judge)(?![\w'\u2019-])",
                           re.IGNORECASE)


def referred_to_as_person(text: str, end: int) -> bool:
    """Whether the words of `text` after a name ending at `end` (a character offset) refer back to it as a person: a
    personal pronoun ("she", "he", "her", "his") within REFERENCE_CHARS, before any company's reference ("it", "its",
    "the company", "the utility") and with no one else named between (a role's noun, the name's possessive). FX69
    (BR37): "India Power told reporters she would appeal. “…,” she said." is a person's, where `utility_worded` alone
    made a company; "Kenya Power told customers … “…,” the company said" stays the company's."""
    window = text[end:end + REFERENCE_CHARS]
    person = _PERSON_PRONOUN.search(window)
    if person is None:
        return False
    company = _COMPANY_REFERENCE.search(window, 0, person.start())
    return company is None and _OTHER_PERSON.search(window, 0, person.start()) is None


def without_legal_form(name: str) -> str:
    """`name` without a legal form after it ("Fjordgass AS" → "Fjordgass"; people.people_of compares it with the
    site's outlets: a source's own name with its legal form is the source, not a listed organisation); else `name`."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in LEGAL_FORMS else name


_LEGAL_SUFFIXES = frozenset("co co. corp corp. inc inc. ltd ltd. llc plc".split())


def legal_forms(names: dict[str, str], organisations: AbstractSet[str], normalise: Callable[[str], str],
                counts: Mapping[str, int] | None = None) -> None:
    """An organisation the corpus writes without its legal suffix is the one with it, as a company's name without its
    company word is the company (orgnames.company_stem): "Golden Valley Power & Light" is "Golden Valley Power & Light Co."
    (the wildfire trial listed both). `names`: normalised name → canonical (NameIndex.build's, changed in place),
    `normalise` its key of a name (textmatch.normalise), `counts`: normalised name → articles that write it. The
    canonical is the form more articles write, the suffixed one on a tie: the fifth trial's People page listed
    "Hartley Rowe Plc", which two of its 28 articles wrote, for the "Hartley Rowe" of 24. A declared name keeps its own
    canonical. Other countries' legal forms too (`LEGAL_FORMS`: "Fjordgass AS" is Fjordgass, T19)."""
    for full in sorted(organisations):
        words = full.split()
        if len(words) > 1 and (words[-1].lower() in _LEGAL_SUFFIXES or words[-1] in LEGAL_FORMS) and names.get(normalise(full)) == full:
            plain = " ".join(words[:-1]).rstrip(",")
            if names.get(normalise(plain)) == plain and plain in organisations:  # ("Giorgio Armani", a person's: BR25)
                if counts is not None and counts.get(normalise(plain), 0) > counts.get(normalise(full), 0):
                    names[normalise(full)] = plain
                else:
                    names[normalise(plain)] = full
