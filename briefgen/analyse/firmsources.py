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

So is a source that its own article quotes by its name (`own_voices`): '"Safety is at the heart of everything we do
…," Fjordgass said.' in Fjordgass's own statement. The T19 trial (2026-12-06) lost that quotation (a one-word name is
no firm's by its words; T18's Al Noor Maritime the same kind): the company's words go on its organisation's page, with
what other reports quote of it. An outlet may quote itself too ('"We stand by our reporting," the Warsaw Courier
said', sued over a report: BR25 #9), so a known outlet or a source whose name holds an outlet's word (`outlet_named`)
never speaks for itself so: the People pages list no outlet. An outlet named with none of those words (an unknown
"Semafor") cannot be told from a firm by its name: its `note:` in config.yaml tells it (`outlet_noted`: "US news
site"; FX21), and only a source with neither an outlet's word nor such a note is read by its name alone (a limit).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Container, Iterable, Mapping

from briefgen.analyse.companyforms import without_legal_form
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.lexicon import COMPANY_HEADS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.romancefirms import ROMANCE_FIRMS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare, name_forms, outlet_core, outlet_key
from briefgen.analyse.outletleads import leading_form

_MEDIA_HEADS = frozenset("media group publishing networks communications studios".split())
_OUTLET_WORD = re.compile(r"\b(?:times|post|journal|news|newswire|wire|herald|telegraph|tribune|gazette|press|radio|tv|"
                          r"television|digest|brief|dispatch|ledger|observer|monitor|chronicle|courier|daily|review|"
                          r"magazine|weekly|notes|blog|report|agency)\b")


# A source's `note:` (config.yaml) that says what a news outlet is, whatever its name ("Semafor", note "US news site";
# FX21 #7): the People pages never list it, nor does it speak for itself (`own_voices`) — unless the note says a
# company's own words ("the operator's press releases", "company statements"): `_COMPANY_NOTE` first
_OUTLET_NOTE = re.compile(r"\b(?:news|newspapers?|papers?|daily|dailies|weekly|monthly|agency|wire|sites?|website|magazines?|"
                          r"broadcasters?|channel|radio|tv|television|outlets?|publications?|journal|blogs?|aggregators?|"
                          r"tabloid|newsletters?|edition|press(?!\s+releases?)|newsroom|podcast|broadsheet)\b", re.IGNORECASE)
_COMPANY_NOTE = re.compile(r"\b(?:company|companies|operator|firm|corporate|statements?|press\s+releases?|manufacturer|"
                           r"producer|owner|plc|ltd|inc)\b", re.IGNORECASE)


def outlet_noted(note: str) -> bool:
    """Whether a source's `note` (as config.yaml writes it) says the source is a news outlet: a word of an outlet's
    kind ("US news site", "Energy trade paper", "A retired engineer's blog", "AI-assisted aggregator") and none of a
    company's own words ("Operator's statements": `_COMPANY_NOTE`). BR25's rule (docs/people.md: an outlet is never
    a party) then holds whatever the source's name (FX21 #7: "Semafor" quoting itself had a page)."""
    return bool(note) and _COMPANY_NOTE.search(note) is None and _OUTLET_NOTE.search(note) is not None


@lru_cache(maxsize=256)  # (a site has a few dozen sources)
def firm_source(name: str) -> bool:
    """Whether the source `name` is a company speaking for itself, no news outlet (module docstring)."""
    words = fold(name).split()
    if len(words) < 2 or bare(name) in ALIAS_TO_CANONICAL or name in KNOWN_OUTLETS or _OUTLET_WORD.search(" ".join(words)):
        return False
    return words[-1] in COMPANY_HEADS and words[-1] not in _MEDIA_HEADS or words[0] in {fold(w) for w in ROMANCE_FIRMS}


def listed_outlet_keys(outlets: Iterable[str], voices: Container[str] = (), news: Container[str] = ()) -> set[str]:
    """The `outlet_core` keys of the names people.people_of lists nobody by: the site's `outlets` and the known ones,
    by every name texts write them by (outletkeys.name_forms: "Polska Agencja Informacyjna (PAI)" is "PAI" too, the
    T19 trial's organisation page "PAI"; its leading words, outletleads.leading_form: "Radio Dalka" of "Radio Dalka
    Mogadishu", T23; the known outlets' aliases: "Valley Radio" is Valley Radio News), but a
    company speaking for itself (`firm_source`, T17) or a source whose own article quotes it by name (`voices`, keys:
    `own_voices`; T19); never a source its note says is an outlet (`news`: names, `outlet_noted`; FX21)."""
    return {outlet_core(outlet_key(form)) for name in (*outlets, *KNOWN_OUTLETS) if (not firm_source(name) or name in news)
            and outlet_key(name) not in voices for form in (*name_forms(name), leading_form(name) or name)} | {
        outlet_core(outlet_key(a)) for names in KNOWN_OUTLETS.values() for a in names}


def outlet_named(name: str) -> bool:
    """Whether the source `name` holds an outlet's word (`_OUTLET_WORD`: "Warsaw Courier", "PAI Wire", "Gas Weekly"),
    as `firm_source` reads it: a source so named is an outlet, never a party speaking for itself (`own_voices`)."""
    return _OUTLET_WORD.search(fold(name)) is not None


def own_voices(articles: Iterable, found: Mapping, news: Container[str] = ()) -> dict[str, str]:
    """The `outlet_key`s of the sources (→ the source's name) some article of which (`articles`: site Articles;
    `found`: slug → people.ArticlePeople) quotes its own source by name ("…," Fjordgass said. in Fjordgass's statement): parties
    speaking for themselves, listed where their quotations are (module docstring). A known outlet never is, nor a
    source named as an outlet (`outlet_named`: BR25 #9, the Warsaw Courier sued, '"We stand by our reporting," the
    Warsaw Courier said' made it an organisation page), nor one its note says is an outlet (`news`: the names of the
    site's sources that `outlet_noted` reads so; FX21 #7, an unknown "Semafor" sued); an article with no `source` (a
    bare slug holder, as some callers pass) names none."""
    voices: dict[str, str] = {}
    for article in articles:
        source = getattr(article, "source", "") or ""
        key = outlet_key(source) if source else ""
        known = not key or bare(source) in ALIAS_TO_CANONICAL or outlet_named(source) or source in news  # (an outlet never speaks so)
        forms = () if known else {outlet_key(form) for form in name_forms(source)}
        for quote in found[article.slug].quotes if forms else ():
            if outlet_key(without_legal_form(quote.speaker)) in forms:  # ("Fjordgass AS said": companyforms.py)
                voices.setdefault(key, source)
    return voices


def voiced(canonical: Callable[[str], str | None], voices: Mapping[str, str]) -> Callable[[str], str | None]:
    """`canonical` (names.NameIndex.canonical: a name as an article gives it → its canonical name), but a name that is
    a source of `voices` (`own_voices`), with or without a legal form, is that source's name: the statement's
    "Fjordgass AS said" and another report's "Fjordgass said" are one organisation's page, "Fjordgass" (T19)."""
    if not voices:
        return canonical
    return lambda name: voices.get(outlet_key(without_legal_form(name))) or canonical(name)
