"""A company's head word by its industry, in English (singular and plural) and in the languages the press copies
company names from (T28 F1, FX89, 2026-12-07).

    from briefgen.analyse.industrywords import INDUSTRY_WORDS, SURNAME_INDUSTRY_WORDS
    "motor" in INDUSTRY_WORDS, "jidosha" in INDUSTRY_WORDS, "gruppe" in INDUSTRY_WORDS   # True (folded words)
    "steel" in SURNAME_INDUSTRY_WORDS                                                    # True: a surname too

A T28 trial (a Japanese carmaker's test-data scandal) listed five companies as persons: "Hondaka Motor", "Kurose
Motor", "Sakuragi Motor", "Daiwa Jidosha", "Renkai Semiconductor" (filed "Motor, Hondaka"), and "Toyota Motor said in
a statement" made a person "Toyota Motor". The company heads known (`lexicon.COMPANY_HEADS`, `lexicon.ORG_HEADS`,
companyforms.COMPANY_WORDS) held "Motors", "Chemicals", "Pharmaceuticals" but not the singulars a company's name
carries as often ("Toyota Motor", "Mitsui Chemical", "Takeda Pharmaceutical"), nor Japan's, Korea's, China's or
Germany's words for a carmaker, an industry, a trading house or a group.

- `INDUSTRY_WORDS`: folded (namekeys.fold: lower case, no accents: "Kōgyō" is "kogyo") words that end a company's
  name and are nobody's surname or given name in the press: the English singulars of listed plurals and industries'
  words not listed (motor, semiconductor, chemical, pharmaceutical, automotive, robotics, machinery …); Japanese
  romanised (jidosha "automobile", kogyo "industry", jukogyo "heavy industry", seisakusho "works", denki and denko
  "electric", seiyaku "pharmaceutical", kagaku "chemical", sangyo "industries", kensetsu "construction", tekko and
  seitetsu "steel", zosen "shipbuilding", kaiun and kisen "shipping", unyu "transport", shoken "securities", hoken
  "insurance", tsusho and boeki "trading", denryoku "electric power", tetsudo "railway", sekiyu "oil", shokuhin
  "food", kaisha "company"; Wikipedia, "Japanese company names" and the firms' English names); Korean (jeonja
  "electronics", jadongcha "automobile"); Chinese pinyin (jituan "group", qiche "automobile"); German (Gruppe, Werke,
  Motoren, Chemie, Elektronik, Versicherung, Maschinenbau, Konzern, Automobil); French (Groupe, Assurances); Italian
  (Gruppo, Assicurazioni); Dutch (Groep); and a compound of "works" (`industry_word`: "Formosa Gearworks"). Read by companyforms.company_worded (with COMPANY_WORDS: never after a
  given name alone, "Anna Motor" stays a person) and orgnames.company_stem ("Kurose said" after "Kurose Motor" is the
  company; a person named in full in the article wins: "Kenji Hondaka … Hondaka said" is his).
- `SURNAME_INDUSTRY_WORDS`: an industry's word that is a surname or a given name too (Steel: "Danielle Steel",
  "Helen Steel"; Stahl: "Lesley Stahl"; Shoji and Ginko, Japanese given names; Glass: "Philip Glass"): a company
  only after a country's, a nationality's or a city's name, as companyforms.UTILITY_WORDS ("Nippon Steel", "Tokyo
  Steel", "China Steel"); after any other name a person's ("Tata Steel" too: left, as "Tata Power").
- `INDUSTRY_NOUNS`: a company's industry as a lower-case noun before its name ("the utility Iberagua", "the miner
  Codelco", "the refiner Petroperú"), beside `lexicon.COMPANY_NOUNS` ("the lender X", "the carrier X"): T29 (F3, FX100,
  2026-12-07) listed "the utility Iberagua" as a person. `firm_noun` reads both for orgnames' company context; an
  industry's noun never before a name whose first word is a known given name (givenwords.known_given: "the miner Juan
  Pérez, 43, said" is a miner; "Ana Gil met the utility Ana Gil" made Ana Gil a company for the whole article, BR62),
  and a noun that names a worker too ("miner", "brewer", "refiner": `_WORKERS_TOO`) only before a one-word name ("the
  miner Codelco"): before two capitalised words or more the noun is no evidence, and the article's other evidence
  decides, else a person ("the miner Kestrel Hollin … Kestrel Hollin said" was a company; FX106, BR62).
"""
from __future__ import annotations

from briefgen.analyse.givenwords import known_given
from briefgen.analyse.lexicon import COMPANY_HEADS, COMPANY_NOUNS
from briefgen.analyse.namekeys import fold

INDUSTRY_WORDS = frozenset(fold(w) for w in """
motor electric electrical semiconductor semiconductors chemical pharmaceutical automotive automobile automobiles auto robotics dynamics
machinery materials instruments beverages tobacco tyres tires batteries appliances cosmetics petrochemical
petrochemicals refining fertilisers fertilizers telecommunications shipyard shipyards steelworks ironworks
jidosha jidousha kogyo kougyou jukogyo seisakusho denki denko seiyaku kagaku sangyo kensetsu tekko seitetsu zosen
kaiun kisen unyu shoken hoken tsusho boeki denryoku tetsudo sekiyu shokuhin kaisha
jeonja jadongcha jituan qiche
gruppe werke motoren chemie elektronik versicherung versicherungen maschinenbau konzern automobil
groupe assurances gruppo assicurazioni groep
""".split())
SURNAME_INDUSTRY_WORDS = frozenset("steel stahl shoji ginko glass".split())


def industry_word(word: str) -> bool:
    """Whether a word (as written) ends a company's name by its industry: one of `INDUSTRY_WORDS` (folded), or a
    compound of "works" ("Gearworks", "Ironworks", "Glassworks": T28's "Formosa Gearworks" was a person) longer than
    the word itself. Surnames too (`SURNAME_INDUSTRY_WORDS`) are not: companyforms.utility_worded reads them."""
    folded = fold(word)
    return folded in INDUSTRY_WORDS or len(folded) > 6 and folded.endswith("works") and folded.isalpha()


_GIVEN_TOO = frozenset("shoji ginko".split())  # (Japanese given names: "Tanaka Shoji" may be Mr Tanaka)


def no_given_name(word: str) -> bool:
    """Whether a word (as written) after a family name is a company's head, never a given name, so that the two are no
    person named family name first ("Toyoda Steel", "Hondaka Motor", "Brandt Industries": `lexicon.COMPANY_HEADS`,
    `industry_word`, `SURNAME_INDUSTRY_WORDS` but Shoji and Ginko). Read by fullnames.full_name (T28 F2): "Akio Toyoda
    … Toyoda Steel … “…,” Mr Toyoda said" was no one's, the company a second person "Mr Toyoda" might name."""
    plain = word.lower()
    return plain in COMPANY_HEADS or industry_word(word) or plain in SURNAME_INDUSTRY_WORDS and plain not in _GIVEN_TOO


INDUSTRY_NOUNS = frozenset("""utility utilities miner miners refiner refiners steelmaker steelmakers shipbuilder
shipbuilders shipper shippers telco telcos exporter exporters distributor distributors wholesaler wholesalers bottler
brewer brewers cementmaker papermaker""".split())
_WORKERS_TOO = frozenset("miner miners refiner refiners brewer brewers shipper shippers distributor distributors".split())


def firm_noun(noun: str, name: str) -> bool:
    """Whether the lower-case `noun` right before the name `name` (as written) makes it a company: a company's noun
    (`lexicon.COMPANY_NOUNS`) or an industry's (`INDUSTRY_NOUNS`), the latter not before a name that opens with a
    known given name, nor when it names a worker too and the name has two words or more (module docstring)."""
    if noun in COMPANY_NOUNS:
        return True
    if noun not in INDUSTRY_NOUNS:
        return False
    words = name.split()
    return not known_given(words[0]) and not (noun in _WORKERS_TOO and len(words) > 1)
