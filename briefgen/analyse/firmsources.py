"""A site source that is a company speaking for itself, not a news outlet (T17, 2026-12-06).

    firm_source("Minera Atacama Norte")   # True: a mining company's press release among the briefing's sources
    firm_source("Pacifica Newswire"), firm_source("AFP"), firm_source("The Santiago Courier")   # False: outlets

The People pages list no news outlet: the site's `sources:` are sources, with pages of their own
(`people.people_of`). A briefing may also take a company's own statement as a source (T17: "Minera Atacama Norte", the
mine's operator, issues a statement; other reports write 'Minera Atacama Norte said: "…"'), and the company's words
are then an organisation's voice like any other's (docs/people.md, "Organisations' voices"): a trial lost both its
quotations, the operator's page with them. A source is such a company when its name is a firm's by its words — its
last word a company's head (`lexicon.COMPANY_HEADS`: "Mining", "Holdings", "Plc", "SA"; not the words media
companies' names end in: media, group, publishing, networks, communications, studios), or its first a Spanish or
Portuguese firm's noun (`romancefirms.ROMANCE_FIRMS`: "Minera", "Grupo", "Banco") — and holds no outlet's word (Times,
Post, News, Courier, Daily, Ledger …) and is no outlet `credits.KNOWN_OUTLETS` knows. Such a source is listed where
its quotations are, and nowhere else: the articles' mentions of a site source stay dropped (`people.find_people`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.lexicon import COMPANY_HEADS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.romancefirms import ROMANCE_FIRMS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare, name_forms, outlet_core, outlet_key

_MEDIA_HEADS = frozenset("media group publishing networks communications studios".split())
_OUTLET_WORD = re.compile(r"\b(?:times|post|journal|news|newswire|wire|herald|telegraph|tribune|gazette|press|radio|tv|"
                          r"television|digest|brief|dispatch|ledger|observer|monitor|chronicle|courier|daily|review|"
                          r"magazine|weekly|notes|blog|report|agency)\b")


@lru_cache(maxsize=256)  # (a site has a few dozen sources)
def firm_source(name: str) -> bool:
    """Whether the source `name` is a company speaking for itself, no news outlet (module docstring)."""
    words = fold(name).split()
    if len(words) < 2 or bare(name) in ALIAS_TO_CANONICAL or name in KNOWN_OUTLETS or _OUTLET_WORD.search(" ".join(words)):
        return False
    return words[-1] in COMPANY_HEADS and words[-1] not in _MEDIA_HEADS or words[0] in {fold(w) for w in ROMANCE_FIRMS}


def listed_outlet_keys(outlets: Iterable[str]) -> set[str]:
    """The `outlet_core` keys of the names people.people_of lists nobody by: the site's `outlets` and the known ones,
    by every name texts write them by (outletkeys.name_forms: "Polska Agencja Informacyjna (PAI)" is "PAI" too, the
    T19 trial's organisation page "PAI"; the known outlets' aliases: "Valley Radio" is Valley Radio News), but a
    company speaking for itself (`firm_source`, T17)."""
    return {outlet_core(outlet_key(form)) for name in (*outlets, *KNOWN_OUTLETS) if not firm_source(name)
            for form in name_forms(name)} | {outlet_core(outlet_key(a)) for names in KNOWN_OUTLETS.values() for a in names}
