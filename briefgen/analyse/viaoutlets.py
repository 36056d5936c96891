"""`via:` values that mean an outlet of the briefing but do not name it: a warning with the name to write.

`via:` says whose reporting an article re-tells. Stories compare it with outlet names as
`analyse.credits.outlet_key` does (known aliases such as WSJ or FT, case, a leading "the").
A `via:` naming an outlet that is not in the briefing is fine: the original need not be in it.
But a `via:` written as the outlet's website ("ft.com", or a link to a page on it), possessive
("The Verge's"), with words added ("Financial Times
(London)", "Reuters, London") or misspelt ("Finacial Times") credits nobody, silently: the
article counts as an independent report, and its story loses its original and its credit
line. Such a value gets a warning at its line naming the outlet meant; the value is kept as
written (the editor may mean another outlet).

The outlets known are those of `sources:` in config.yaml, the articles' own `source:`s and the
well-known outlets (`analyse.credits.KNOWN_OUTLETS`); their websites are the `url:` of
`sources:` and the host most of an outlet's articles link to. Found in a trial (issue 9):
`via: ft.com` and `via: Financial Times (London)` showed "Independent report" beside "via ft.com".
So did, in a later trial, the link to the original (`via: https://www.theverge.com/2026/10/7/…`)
and the possessive (`via: The Verge’s`): an address on the outlet's website is its website, and
a name made possessive, words following or not, is the name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Sequence
from urllib.parse import urlsplit

from briefgen.analyse.credits import KNOWN_OUTLETS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare, name_forms, outlet_core, outlet_key
from briefgen.diagnostics import Diagnostic, did_you_mean, warning
from briefgen.load.config import Config
from briefgen.load.documents import Article

# a host, or an address on it ("ft.com", "https://www.ft.com/content/4a1b…": the link to the original)
_WEBSITE = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$", re.I)
_ADDED = re.compile(r"^\s*(?:\(.*\)|[,;:/|&+\u2013\u2014-].*)$|^\s+and\s")  # "(London)", ", London",
# " - Moscow bureau", " and partners"
# outlets written together: "The Verge and Reuters", "AP/Reuters", "Reuters, AFP", "FT & WSJ"
_SEVERAL = re.compile(r"\s*(?:[,;&/+]|\band\b)\s*")
MIN_SIMILARITY = 90  # rapidfuzz ratio (0-100) of two outlet names taken as one misspelt
MIN_LENGTH = 5  # characters of a name compared for misspelling: "CNN" and "CNBC" are two outlets


def misnamed_vias(articles: Sequence[Article], config: Config) -> list[Diagnostic]:
    """A warning for each article whose `via:` names its own outlet, or is none of the known outlets but
    reads as one of them (its website, its name with words added, or a spelling close to it); in article
    order."""
    if not any(article.via for article in articles):
        return []  # (most briefings: no name to compare on every rebuild)
    outlets = dict.fromkeys((*KNOWN_OUTLETS, *(s.name for s in config.sources), *(a.source for a in articles)))
    names = {outlet_key(name): name for name in outlets}  # (each distinct name once, not one per article)
    listed = {outlet_key(name): name for name in (*KNOWN_OUTLETS, *(s.name for s in config.sources))}
    found, websites = [], None
    for article in articles:
        if article.via and outlet_key(article.via) == outlet_key(article.source):
            # (a trial: `via:` copied with the front matter of another article of the same outlet; the page
            # said "Re-told report … first published by SpaceWire" of SpaceWire's own report, without a word)
            found.append(warning(article.path, article.via_line,
                                 f'"via" is "{article.via}", the article\'s own outlet (its "source"): `via:` names '
                                 "another outlet whose reporting this article re-tells, so the page calls it a "
                                 f"re-telling of {article.source}'s reporting. Remove `via:` if it is "
                                 "its own reporting, or write the outlet it re-tells"))
            continue
        if not article.via or outlet_key(article.via) in listed:
            continue
        if outlet_key(article.via) in names:  # (another article's `source:` with the same typo is no outlet: T24)
            close = _close(outlet_key(article.via), listed)
            if close:
                found.append(_misnamed(article, close, "a spelling close to"))
            continue
        if websites is None:  # (made once, and only when a `via:` names no outlet)
            websites = _websites(articles, config)
        meant = _meant(article.via, names, websites)
        if meant is not None:
            found.append(_misnamed(article, *meant))
    return found


def _misnamed(article: Article, name: str, how: str) -> Diagnostic:
    return warning(article.path, article.via_line, f'"via" is "{article.via}", {how} {name}: as written it credits no '
                   f"outlet of this briefing, so the article counts as an independent report. Write "
                   f'"via: {name}" to credit {name}, or leave it if you mean another outlet')


def resolved_outlets(articles: Sequence[Article], config: Config) -> tuple[tuple[Article, ...], list[Diagnostic]]:
    """`articles` with each `source:` and `via:` that writes a `sources:` outlet by another of its names (`source_named`:
    `source: AIP` for "Agencia Informativa del Pacífico (AIP)", `via: PAI`, `via: Polska Agencja Informacyjna`) given
    as the source's name, as the credits in the text give it (credits.py); and the warnings of `source_named` at the
    `source:` or `via:` line, and an unknown `source:` close to a `sources:` name (a typo: `Reuter` would otherwise
    become a second outlet next to `Reuters`). The one resolution of these fields: the build reads the articles it
    returns, and so do the story evaluations (tests/stories/storyeval.py, benchmarks/stories_eval.py). FX20
    (2026-12-06): `via: PAI` credited no outlet of the briefing, so its article counted as an independent report
    though the text's "PAI reported" credited the agency; FX29 (2026-12-07): `source: AIP` was an outlet of its own,
    beside its `sources:` entry, never the outlet the other reports' "AIP reported" credit."""
    sources = {outlet_key(s.name): s.name for s in config.sources}
    forms: dict[str, set[str]] = {}  # (by `bare`, as the credits' finder reads them: before a known outlet's alias)
    for name in sources.values():
        for form in name_forms(name):
            forms.setdefault(bare(form), set()).add(name)
    found, problems, hints = [], [], {}
    named: dict[tuple[str, str], tuple[str, str]] = {}  # (written, field) → source_named's answer: once per distinct
    # value, not per article (an outlet_key per field of each of 100,000 articles was ~0.3 s of every rebuild)
    for article in articles:
        changed = {}
        for field, line in (("source", article.source_line), ("via", article.via_line)):
            written = getattr(article, field)
            asked = (written, field)
            name, problem = named[asked] if asked in named else named.setdefault(
                asked, source_named(written, field, sources, forms))
            if name:
                changed[field] = name
            elif problem:
                problems.append(warning(article.path, line, problem))
            elif field == "source" and written and sources and written not in sources.values():
                hint = hints[written] if written in hints else hints.setdefault(written, did_you_mean(
                    written, sources.values()))
                if hint:
                    problems.append(warning(article.path, line, f'unknown source "{written}"{hint}; outlets are listed '
                                            "under `sources:` in config.yaml (add it there if it is a new one)"))
        found.append(replace(article, **changed) if changed else article)
    return tuple(found), problems


def source_named(written: str, field: str, sources: dict[str, str], forms: dict[str, set[str]]) -> tuple[str, str]:
    """The `sources:` name that `written` (an article's `source:` or `via:`, `field`) means when it writes that outlet
    by another of its names (outletkeys.name_forms: its initials in brackets, its name before them), else ""; and a
    warning's text when it writes a form of several sources (kept as written; also a short form two share: `source:
    Nation` with "The Nation" and "Daily Nation"), or a source's bracketed letters that are no form of its name (`via:
    UN` for "Ulster News (UN)": outletkeys.bracket_initials; kept as written, it names another body), else "".
    `sources`: outlet_key → name; `forms`: `bare` form → the names it is a form of (a source's form wins over a known
    outlet's alias of the same letters). A `via:` the outlet's key already matches, and a known outlet's alias no
    source writes (`via: FT`), are kept as written (compared by key); a `source:` the key matches ("reuters", "the
    Reuters") is the name `sources:` writes (one outlet page, not two)."""
    key = outlet_key(written) if written else ""
    as_named = key in sources and " ".join(written.casefold().split()) == " ".join(sources[key].casefold().split())
    shared = [name for k, name in sources.items() if k.endswith(" " + key)] if key in sources and not as_named else []
    # ("Nation" for "The Nation" and "Daily Nation": BR29, 2026-12-07; it became "The Nation" silently)
    if shared:
        owners = sorted({sources[key], *shared})
        return "", (f'"{field}" is "{written}", a name of several outlets of `sources:` ({", ".join(owners)}): write '
                    f'the one meant, as in "{field}: {owners[0]}"')
    if not key or key in sources:  # (a `source:` is the outlet's page: its name as `sources:` writes it)
        return (sources[key] if key and field == "source" and written != sources[key] else ""), ""
    owners = sorted(forms.get(bare(written), ()))  # (a source's own form before a known alias: `via: NBC` with the
    # "Namibian Broadcasting Corporation (NBC)" is it, not NBC News — as credits.credit_finder reads them; BR29)
    if len(owners) == 1:
        return owners[0], ""
    if owners:
        return "", (f'"{field}" is "{written}", a name of several outlets of `sources:` ({", ".join(owners)}): write '
                    f'the one meant, as in "{field}: {owners[0]}"')
    bracketed = [name for name in sources.values() if (m := _BRACKET.search(name)) and outlet_key(m.group(1)) == key]
    if bracketed and key not in ALIAS_TO_CANONICAL:
        return "", (f'"{field}" is "{written}", the letters in brackets of {bracketed[0]}, which are no name of it (they '
                    "are another body's or no initials of its name): as written it "
                    f'{"credits" if field == "via" else "names"} no outlet of this briefing. Write "{field}: {bracketed[0]}"')
    return "", ""


_BRACKET = re.compile(r"\(([^()]+)\)\s*$")  # a source name's closing bracket ("Ulster News (UN)")


def _meant(via: str, names: dict[str, str], websites: dict[str, str]) -> tuple[str, str] | None:
    website = _WEBSITE.match(via.strip())
    if website:
        host = website.group(1).lower()
        for known, name in websites.items():
            if host == known or host.endswith("." + known) or known.endswith("." + host):
                return name, "the website of" if website.group(0).rstrip("/").endswith(website.group(1)) \
                    else "a page on the website of"
        return None
    named = [names[outlet_key(part)] for part in _SEVERAL.split(via) if outlet_key(part) in names]
    if len(named) > 1:  # "The Verge and Reuters": one `via:` credits one outlet
        return named[0], (f"which names several outlets (`via:` credits one; credit the others in the text, as in "
                          f"\"told {named[-1]}\"), the first of them")
    bare = outlet_key(via)
    for key in sorted(names, key=lambda w: (-len(w), w)):  # the longest name first: "the times of india" before "the times"
        if bare.startswith(key) and _ADDED.match(bare[len(key):]):
            return names[key], "which adds words to"
        if bare.startswith(key) and _possessive(key, bare[len(key):]):
            return names[key], "the possessive of"
    # a short form of one outlet's name: its last words ("The Gazette" for Dornhaven Gazette) or its name without
    # "News", "Online" … (outlet_core: "Valley Radio" for Valley Radio News); a tram trial's was silent (2026-12-04)
    short = [name for key, name in names.items() if key != bare and (key.endswith(" " + bare) or (
        outlet_core(key) == outlet_core(bare)))]
    if len(short) == 1:
        return short[0], "a short form of"
    if len(bare) < MIN_LENGTH:
        return None
    close = _close(bare, names)
    return (close, "a spelling close to") if close else None


def _close(key: str, names: dict[str, str]) -> str:
    """The name among `names` (outlet_key → name) one of whose forms (outletkeys.name_forms) is spelt close to `key`
    (an `outlet_key`; rapidfuzz ratio ≥ MIN_SIMILARITY), "" when none: "Agencia Sudamericana de Noticia" is one letter
    off "Agencia Sudamericana de Noticias", the name before its bracketed initials, not off the whole "… (ASN)" (ratio
    89: T24, 2026-12-07, `via:` with that typo was not warned of)."""
    from rapidfuzz import fuzz, process  # (only for the rare `via:` no name matches)

    forms = {outlet_key(form): name for name in names.values() for form in name_forms(name)}
    best = process.extractOne(key, [form for form in forms if len(form) >= MIN_LENGTH and form != key],
                              scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
    return forms[best[0]] if best else ""


def _possessive(key: str, rest: str) -> bool:
    """`rest`, after an outlet's name `key` (as `outlet_key` writes it: "'" for ’), makes it possessive,
    words may follow: "The Verge's", "The Verge’s report", "Reuters'" (a trial: `via: The Verge’s`
    credited nobody, without a word)."""
    return bool(re.match(r"'s(?:\s.*)?$", rest) or (key.endswith("s") and re.match(r"'(?:\s.*)?$", rest)))


def _websites(articles: Iterable[Article], config: Config) -> dict[str, str]:
    """Host ("ft.com", without "www.") → outlet name: from `sources:` urls, then the host most of
    each outlet's articles link to; a host two outlets share (an aggregator's) names neither."""
    hosts: dict[str, set[str]] = {}
    for source in config.sources:
        if source.url:
            hosts.setdefault(_host(source.url), set()).add(source.name)
    linked: dict[str, Counter[str]] = {}
    for article in articles:
        if article.url:
            linked.setdefault(article.source, Counter())[_host(article.url)] += 1
    for name, counts in linked.items():
        hosts.setdefault(counts.most_common(1)[0][0], set()).add(name)
    return {host: next(iter(owners)) for host, owners in hosts.items() if host and len(owners) == 1}


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
