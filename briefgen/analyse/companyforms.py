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
  Balkans' d.o.o., Estonia's OÜ, the EU's SE, and the English Ltd, PLC, LLC, Inc. `LEGAL_PREFIXES`: those written
  before the name (Lithuania's UAB and AB, Latvia's SIA, Russia's OOO, PAO, PJSC, JSC). A person's name ends in no
  such word (letters after a name are read first: postnominals.py, `lexicon.ACRONYM_TITLES`).
- `COMPANY_WORDS`: words that end companies' names in other languages and are nobody's surname: Polska (a Polish
  subsidiary's: "Orlen Polska"), Mühendislik (engineering), İnşaat (construction), Holding, Enerji, Sanayi (industry),
  Ticaret (trade), Energetyka, Energija, Energia, Offshore, Midstream, and the fuels a terminal or an operator is
  named by (LNG, LPG, CNG: "Klaipėda LNG").
- `FACILITY_NOUNS`: lower-case nouns after a name that make it an installation, not a person (read by
  orgnames.firms_and_things with `lexicon.THING_NOUNS`): interconnector, pipeline, terminal, refinery, plant,
  substation, reactor, compressor — a name is no one's wherever its article writes it so ("the Amber Link
  interconnector"), and across the archive (places.py: one sense per discourse).
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse.namekeys import fold

LEGAL_FORMS = frozenset("""
AS ASA A/S ApS AB Oy Oyj AG KG GmbH BV NV SA SpA Srl Kft Zrt Nyrt AŞ Sp OÜ SE Ltd PLC Plc LLC Inc
""".split()) | frozenset(f for dotted in "B.V. N.V. S.A. S.p.A. Kft. Zrt. Nyrt. A.Ş. s.r.o. a.s. d.o.o. Ltd. Inc. Sp.".split()
                         for f in (dotted, dotted.rstrip(".")))  # (as written, and as a run or a word ends before its dot)
LEGAL_PREFIXES = frozenset("UAB AB SIA OOO PAO PJSC JSC".split())
COMPANY_WORDS = frozenset(fold(w) for w in """
Polska Mühendislik İnşaat Holding Enerji Sanayi Ticaret Energetyka Energija Energia Offshore Midstream LNG LPG CNG
""".split())
FACILITY_NOUNS = frozenset("""
interconnector interconnectors pipeline pipelines terminal terminals refinery refineries plant plants substation
substations reactor reactors compressor
""".split())


def company_formed(tokens: Sequence[str]) -> bool:
    """Whether a run of two words or more (as written) is a company's name by a legal form after it (`LEGAL_FORMS`) or
    before it (`LEGAL_PREFIXES`), or by a company word last (`COMPANY_WORDS`; module docstring)."""
    return len(tokens) > 1 and (tokens[-1] in LEGAL_FORMS or tokens[0] in LEGAL_PREFIXES
                                or fold(tokens[-1]) in COMPANY_WORDS)


def without_legal_form(name: str) -> str:
    """`name` without a legal form after it ("Fjordgass AS" → "Fjordgass"; people.people_of compares it with the
    site's outlets: a source's own name with its legal form is the source, not a listed organisation); else `name`."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in LEGAL_FORMS else name
