"""A site outlet written without, or with, the generic last word of its name: "Kaleva Radio reported" for the
site's Kaleva Radio News, "Yle News said" for the site's Yle (credits.py reads both as the site's outlet).

Reporters shorten an outlet's name by its generic last words: a trial (T27, 2026-12-07) wrote "Kaleva Radio
reported" and "told Kaleva Radio" for the site's "Kaleva Radio News"; both re-tellings stood as independent reports,
crediting an outlet "Kaleva Radio" that no member was. The generic words are `outletkeys.outlet_core`'s (News,
Online, Digital, TV, Television, Network, Media, Group: "Valley Radio News" is "Valley Radio"). Not "Radio",
"Daily", "Service" or "Agency": they carry the name ("Tallinn Daily" is no "Tallinn", "BBC World Service" no
"BBC World"; agencies' short forms are creditagencies.py's).

Rule (`core_forms`): each site outlet's name without those last words (its core, as written: "Kaleva Radio") and
its name with one of them added ("Yle News", "Yle Online" for "Yle") stand for it, unless that form

- is itself another site outlet's or a known outlet's name or alias (`canonical` holds it: "Sky" stays no short
  form of a site's "Sky News Arabia"; a site's "Mail Online" never takes the Daily Mail's "Mail Online"),
- is the core or a longer form of two site outlets ("Nord Radio" of Nord Radio News and Nord Radio TV: neither), or
- is the core of a known outlet other than itself ("Sky" of a site's "Sky News" is kept; "ABC" of a site's "ABC
  News Online" stays ABC's), or
- is one word that is a function word, a month or day or a time word ("Today" of Today News; "Yle" is kept), or
- is a longer form of a name that opens with "The", a newspaper's title: "The Mercury News" (San Jose) is no form of
  a site's "The Mercury" (Hobart), as "The Times Free Press" is none of The Times; such a run is read as the known
  outlets' are (outletlookalikes.within_known: another outlet, credited by its own name; FX110, 2026-12-07).

A short form (the core) is further kept only when it is two words or more and its last word names a medium
(`MEDIUM_WORDS`: "Kaleva Radio", "Valley Times"): a breaker (BR43, FX83, 2026-12-07) had a site's "Police News",
"Kremlin TV", "White House Media", "Trump Media", "Smith Media", "Global News", "Sky News" credit "Police said",
"The Kremlin said", "Trump said", "Global said", "Sky said its broadband customers …" to the site outlet — a core is
as often an institution, a person's name, a common word or a body's acronym, and no list tells them all apart in
time; a medium's word does. And a core credits only in a newsroom's frame ("reported", "according to", "told",
"citing"), never as "X said" (credits.py skips `finder.cores` there): "Kaleva Radio said" may be a firm's act.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from functools import lru_cache

from briefgen.analyse.lexicon import MONTHS_DAYS, STOPWORDS, TIME_WORDS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare, outlet_core, outlet_key

# The generic words added to a site outlet's name for its longer forms, as written ("Yle" → "Yle News")
_ADDED = ("News", "Online", "TV", "Network", "Media")
# The last words of a core that name a medium, lower case: "Kaleva Radio" (of Kaleva Radio News) is an outlet's name,
# "Police" (of Police News), "White House" (of White House Media), "Trump" (of Trump Media) are not (module docstring)
MEDIUM_WORDS = frozenset("""radio fm channel times post herald journal gazette tribune press daily weekly telegraph express
mirror courier chronicle observer standard examiner broadcasting broadcaster newspaper magazine review""".split())


def core_forms(outlets: Iterable[str], canonical: Mapping[str, str]) -> dict[str, str]:
    """The short and long forms of the site's outlets `outlets` (`sources:` names), as written ("Kaleva Radio") →
    the outlet's name ("Kaleva Radio News"); `canonical` (bare name or alias → canonical name: the known outlets and
    the site's own forms) holds the names no form may take (module docstring). Empty for names with no such form.
    The form maps to the name as `canonical` has it (a site's "Sky News" to the known Sky News)."""
    found: dict[str, set[str]] = {}
    for name in dict.fromkeys(" ".join(n.split()) for n in outlets if n.strip()):
        words = name.split()
        core = len(outlet_core(outlet_key(name)).split())
        shorter = [" ".join(words[:len(words) - len(bare(name).split()) + core])] if core < len(bare(name).split()) \
            else []
        shorter = [form for form in shorter if " " in form and form.split()[-1].lower() in MEDIUM_WORDS]
        longer = [f"{name} {word}" for word in _ADDED] if outlet_core(outlet_key(name)) == outlet_key(name) and not (
            words[0] == "The" and len(words) > 1) else []  # (no "The Mercury News" of The Mercury: another paper, FX110)
        for form in (*shorter, *longer):
            found.setdefault(form, set()).add(name)
    return {form: canonical.get(bare(next(iter(names))), next(iter(names))) for form, names in found.items()
            if len(names) == 1 and bare(form) not in canonical
            and _known_cores().get(outlet_core(bare(form)), {canonical.get(bare(name), name) for name in names})
            == {canonical.get(bare(name), name) for name in names}
            and not (" " not in bare(form) and bare(form) in STOPWORDS | MONTHS_DAYS | TIME_WORDS)}


@lru_cache(maxsize=1)
def _known_cores() -> dict[str, set[str]]:
    """The `outlet_core`s of the known outlets' names and aliases, each with the outlets it is the core of: a form
    that is one names those outlets ("Sky" is Sky News's, a short form of a site's "Sky News" alone)."""
    cores: dict[str, set[str]] = {}
    for alias, canonical in ALIAS_TO_CANONICAL.items():
        for name in (alias, bare(canonical)):
            cores.setdefault(outlet_core(name), set()).add(canonical)
    return cores
