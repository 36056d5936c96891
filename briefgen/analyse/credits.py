"""Credits: which outlet a text says its news comes from ("told The Wall Street Journal").

Takes plain text (and optionally outlet names the site knows, from `sources:` in config.yaml); gives `Credit`s in text
order: the outlet (canonical name), the words that credit it, and where they start. The forms recognised (issue 9):

- "told The Wall Street Journal", "told French broadcaster LCI", "in an interview with X", "confirmed to X", "spoke to
  X"; one word of an outlet's name alone ("told the Journal") is the outlet it stands for (`_short_form`), never an
  outlet "Journal"; so is a site outlet's short name after "the" ("told the Echo", "The Echo reported", "the Evening
  Post said": shortnames.py), and "told the paper" (resolved, see below)
- a wire service in a dateline: "WASHINGTON (AP) —" (wire copy printed by another outlet)
- "according to Reuters", "according to the newspaper" (resolved, see below), "per Reuters", "documents seen
  (reviewed, obtained, viewed, examined) by X", "(first) revealed (disclosed, broken) by X", "(first) reported in X"
- "Bloomberg reported", "Bloomberg reported, citing …", "The NYT was first to report", "first reported by X", "a
  report by X", "X has learned", "X quoted", "X, which first reported (revealed, broke) …", "X's report (reporting,
  investigation, story) said"; "X said" when X is a known or site outlet (never of its own act: "NPR said it would cut
  10 percent of its staff", credit_ownacts.py)
- an outlet's report: "according to a Reuters report", "a Reuters report said", "citing an exclusive Reuters report",
  "according to a Tuesday report in X" (creditcues.py; FX20: none was read)
- "the newspaper reported", "the agency said", "the paper notes", also opening a sentence ("The newspaper reported")
  and qualified ("the German newspaper", "the business daily"); "the (technology) site reported" (a site that "said"
  is a place): a generic noun is resolved to the nearest outlet named before it in the text (after it when none is
  before); unresolved, it credits nothing.

An outlet is a name in `KNOWN_OUTLETS` (abbreviations such as WSJ, NYT, FT, AP included) or in the site's sources,
read as the config writes them ("dpa", "RFE/RL": creditcues.site_cues; a source "Long Name (LN)" by its whole name,
"Long Name" and "LN": outletkeys.name_forms; "Polska Agencja Informacyjna (PAI) said" reads the name before the
bracket; "LN" only where it names the outlet: initialcredits.py; "Kaleva Radio" for Kaleva Radio News and "Yle News"
for Yle: sourcecores.py), or a capitalised name after a descriptor or with one
as its appositive ("broadcaster LCI", "news agency TASS", "the daily Kommersant", "the Spanish sports daily AS",
"trade publication Midstream Week", "X, a trade publication, reported" — or an aside there, "X, citing …, reported
(said)": creditdescriptors.py; "the Polish agency PAI" only of a known or site outlet), or a capitalised name ending
in an outlet word (Times, Post, Journal, …). A name is read whole in the world's spellings: any capital letter
("Équipe", "Šiaulių"), an elided article ("L'Équipe", "l'Unità") and the lower-case particles that join the words of
titles ("La Gazzetta dello Sport", "Corriere della Sera", "De Standaard van ..."); a trial of a cycling briefing lost
every credit to L'Équipe, La Gazzetta dello Sport, AS and NOS ("told the Dutch broadcaster NOS"), counting their
re-tellings as independent reports. People are never outlets: "according to Kuleba" credits nothing. `outlet_key` is
the form in which credits, `via:` and `source:` are compared (accents folded: "L'Equipe" is "L'Équipe").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from briefgen.analyse.agencyinitials import loose_initials
from briefgen.analyse.quotedcredits import spoken
from briefgen.analyse.agencynames import agency_form, bracketed_agency, longer_bracketed
from briefgen.analyse.creditagencies import with_agencies
from briefgen.analyse.knownruns import dated, longer
from briefgen.analyse.findspans import after_words, search_end, triggers, windows
from briefgen.analyse.initialcredits import misread_initials, other_case_mentions
from briefgen.analyse.foreigncredits import FIRST_CUE, LANGUAGE_SEARCHES
from briefgen.analyse.credit_leadins import LEAD_IN as _LEAD_IN, known_tail as _known_tail, lead_in as _lead_in
from briefgen.analyse.credit_writers import writer_credits
from briefgen.analyse.creditjoins import joined_name
from briefgen.analyse.creditscoops import scoop_credits
from briefgen.analyse.outletcountries import dateline_at_home, placed_at_home
from briefgen.analyse.signoffcredits import signoff_credits
from briefgen.analyse.credit_times import past_report
from briefgen.analyse.credit_timed import timed_unnamed
from briefgen.analyse.credit_newsmakers import credits_newsmaker, newsmaker_keys
from briefgen.analyse.credit_disowned import disowned
from briefgen.analyse.credit_retracted import without_retracted
from briefgen.analyse.credit_ownacts import own_act, own_announcement
from briefgen.analyse.programmes import programme_credits
from briefgen.analyse.creditcues import NAME, OPENING_NAME, OUTLET_WORDS, PARTICLES, REPORT_NOUNS, cues, odd_names, report_start, site_cues
from briefgen.analyse.creditdescriptors import ANY_DESCRIPTORS, DESCRIPTOR_NOUNS, DESCRIPTORS, NOUN_SAID, WEAK_NOUNS; from briefgen.analyse.fieldcredits import field_described  # noqa: E702 (FX116)
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS, bare_network  # (KNOWN_OUTLETS re-exported: people.py …)
from briefgen.analyse.languages import lexicon_of
from briefgen.analyse.nameruns import classify
from briefgen.analyse.namekeys import fold
from briefgen.analyse.outletnests import with_site_names
from briefgen.analyse.outletlookalikes import calendar_name, head_credit, person_named, place_described, possessed_known, titled, within_known; from briefgen.analyse.shoutednames import recased  # noqa: E702 (FX110)
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare as _bare, name_forms, unaccented
from briefgen.analyse.shortnames import nearest_outlet as _nearest_outlet, short_form, site_tails
from briefgen.analyse.sourcecores import MEDIUM_WORDS, core_forms
from briefgen.analyse.wirecopy import dateline_outlet, wire_datelines

# The descriptors of an outlet ("the Polish agency", "trade publication", ", a trade publication,"): creditdescriptors.py
_ANY_DESCRIPTORS, _DESCRIPTOR_NOUNS, _DESCRIPTORS = ANY_DESCRIPTORS, (*DESCRIPTOR_NOUNS, *WEAK_NOUNS), DESCRIPTORS
_OUTLET_WORDS, _PARTICLES, _NAME, _OPENING_NAME = OUTLET_WORDS, PARTICLES, NAME, OPENING_NAME  # (how a name is read: creditcues)
_NEXT_OUTLET, _OUTLET_BEFORE = cues()[2:]  # outlets credited together ("told Reuters and AS")


@dataclass(frozen=True, slots=True)
class Credit:
    """One attribution: `outlet` (canonical name), the crediting words `cue`, their offset `start` in the text."""

    outlet: str
    cue: str
    start: int


@dataclass(frozen=True, slots=True)
class CreditFinder:
    """Compiled patterns for a set of known outlet names (built once per configuration)."""

    known: re.Pattern[str]
    canonical: dict[str, str]  # bare alias → canonical name
    cues: tuple[re.Pattern[str], ...]
    anaphora: re.Pattern[str]
    last_words: frozenset[str]  # the last word of each name: what stands before "said" when an outlet says
    tails: frozenset[str] = frozenset()  # the site's outlets' short names, bare ("echo": shortnames.site_tails)
    newsmakers: frozenset[str] = frozenset()  # the site's outlets that act in the news, bare (credit_newsmakers.py)
    newsrooms: re.Pattern[str] | None = None  # `known` without the newsmakers: what "the newspaper" may stand for
    initials: tuple[tuple[str, str], ...] = ()  # the site's outlets' bracketed initials, each with its name (initialcredits)
    next_outlet: re.Pattern[str] = _NEXT_OUTLET  # outlets credited together (`_joined_credits`), after the first …
    outlet_before: re.Pattern[str] = _OUTLET_BEFORE  # … and before the last (with names read as written: creditcues)
    spelled: tuple[tuple[str, ...], str] = ((), "")  # lower-case agencies' names; the odd names when a text has one
    loose: tuple[tuple[tuple[str, str], ...], frozenset[str]] = ((), frozenset())  # (creditagencies.with_agencies)
    cores: frozenset[str] = frozenset()  # the site's outlets' short forms, bare: no "X said" (sourcecores.py)


def credit_finder(extra_outlets: Iterable[str] = ()) -> CreditFinder:
    """Patterns for `KNOWN_OUTLETS` plus the site's own outlet names, compiled once a process for each
    list of names (~20 ms: the story features, the people and `detect_credits`'s default ask for them)."""
    return _credit_finder(tuple(extra_outlets))


@lru_cache(maxsize=16)
def _credit_finder(extra_outlets: tuple[str, ...]) -> CreditFinder:
    canonical = dict(ALIAS_TO_CANONICAL)
    forms = {name.strip(): name_forms(name) for name in extra_outlets if name.strip()}  # ("X (PAI)": X, PAI too)
    canonical = with_site_names(forms, canonical)  # (the site's "BBC News" beside its "BBC": outletnests.py)
    cores = core_forms(forms, canonical)  # ("Kaleva Radio" for Kaleva Radio News: sourcecores.py)
    canonical, agencies, lower, loose = with_agencies({**canonical, **{_bare(f): n for f, n in cores.items()}})
    written = {alias for canonical_name, aliases in KNOWN_OUTLETS.items() for alias in (canonical_name, *aliases)} | {
        form for written_as in forms.values() for form in written_as} | set(agencies) | set(cores)
    # "the Daily Meridian said" for The Daily Meridian: a name of two words or more after "The" is found without it
    written |= {n[4:] for n in written if n.startswith("The ") and " " in n[4:]}
    plain = {unaccented(n) for n in written}  # "L'Equipe" for "L'Équipe"
    names = sorted(written | plain, key=lambda n: (-len(n), n))
    newsmakers = newsmaker_keys(extra_outlets)
    newsrooms = [n for n in names if _bare(n) not in newsmakers and _bare(f"The {n}") not in newsmakers]
    # a site outlet whose name `NAME` does not read whole ("dpa", "RFE/RL") is read as written (creditcues.py); not the
    # whole "Long Name (LN)" of one known by its other forms
    site = {f for written_as in forms.values() for f in written_as[len(written_as) > 1:]}
    odd_names_ = [n for n in names if n in site or unaccented(n) in site or f"The {n}" in site]
    last = {n.split()[-1] for n in names}  # (and as `fold` writes them: "CTK said" for ČTK, "Belta said" for BelTA)
    odd, spelled = odd_names(odd_names_), odd_names((*odd_names_, *(n for n, _ in lower)))  # ("dpa": creditagencies)
    found, anaphora, next_outlet, outlet_before = site_cues(odd) if odd else cues()
    _ENDINGS.setdefault(outlet_before.pattern, _ENDINGS[_OUTLET_BEFORE.pattern])
    return CreditFinder(_names_pattern(names), canonical, found, anaphora, last_words=frozenset(
        last | set(map(fold, last))), tails=site_tails(extra_outlets), newsmakers=newsmakers,
        newsrooms=_names_pattern(newsrooms) if newsmakers else None, initials=tuple(dict.fromkeys((*(
            (written_as[2], name) for name, written_as in forms.items() if len(written_as) > 2), *lower))),
        next_outlet=next_outlet, outlet_before=outlet_before, loose=loose, cores=frozenset(_bare(f) for f in cores if f.split()[-1].lower() in MEDIUM_WORDS),
        spelled=(tuple(n for n, _ in lower), spelled) if spelled != odd else ((), ""))


def _spelled(finder: CreditFinder, text: str) -> CreditFinder:
    """`finder`, with the cues that read the lower-case agencies' names as written when `text` holds one (compiled
    once a process, ~65 ms, only then: creditagencies.py); else `finder` itself."""
    if not any(name in text for name in finder.spelled[0]):
        return finder
    found, anaphora, next_outlet, outlet_before = site_cues(finder.spelled[1])
    _ENDINGS.setdefault(outlet_before.pattern, _ENDINGS[_OUTLET_BEFORE.pattern])
    return replace(finder, cues=found, anaphora=anaphora, next_outlet=next_outlet, outlet_before=outlet_before)


def _names_pattern(names: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


_ENDS_WITH_DESCRIPTOR = re.compile(_DESCRIPTORS + r"\s+$")
_ENDS_WITH_DESCRIPTOR_OR_THE = re.compile(rf"(?:the|The)\s+(?:{_ANY_DESCRIPTORS}\s+)?$|{_ANY_DESCRIPTORS}\s+$")


def _search_end(pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> re.Match[str] | None:
    """`pattern.search(text, pos, end)` for the patterns above, searched only when the span ends as they must."""
    return search_end(pattern, *_ENDINGS[pattern.pattern], text, pos, end)


# What a match of each pattern ends in before its trailing white space, and whether it has any; keyed by the
# pattern's text: a compiled pattern's hash digests its code anew each time (2–13 µs for these, ~0.1 M
# instructions an article of the story features).
_ENDINGS = {_ENDS_WITH_DESCRIPTOR.pattern: (DESCRIPTOR_NOUNS, True),
            _ENDS_WITH_DESCRIPTOR_OR_THE.pattern: (_DESCRIPTOR_NOUNS + ("the", "The"), True),
            _OUTLET_BEFORE.pattern: ((",", "and"), False)}


def _joined_credits(text: str, match: re.Match[str], start: int, index: int, finder: CreditFinder,
                    found: dict[int, Credit], stop: int = 0) -> list[Credit]:
    """The outlets credited together with the one `match` found at `start` by cue `index`: those
    after it joined by "and" or commas for "told X"/"according to X" (0, 1), those before it for
    "X reported" (2) and "X said" (SAID_CUE: known and site outlets only, as that cue reads them). Only names that
    are outlets by `_as_outlet` or the site's short names ("as the Record and Isles FM reported": the Record was lost,
    2026-12-05) — "told Reuters and Zelensky's office" credits Reuters alone; the cue is the phrase that credits them
    all; `stop`: where the first outlet's name ends when it is read past the match (creditjoins.py)."""
    joined: list[Credit] = []
    if index == REPORT_CUE:
        return joined
    if index in (2, SAID_CUE):
        described = _search_end(_ENDS_WITH_DESCRIPTOR_OR_THE, text, max(0, start - 80), start)
        end = described.start() if described else start
        while (before := _search_end(finder.outlet_before, text, max(0, end - 160), end)) is not None:
            raw, at = before.group("outlet"), before.start("outlet")
            opening = re.search(r"(\w+)\s+$", text[max(0, at - 20):at])  # as in detect_credits
            skipped = _lead_in(raw, bool(opening) and opening.group(1).lower() in _LEAD_IN)
            raw, at = raw[skipped:], at + skipped
            outlet = (finder.canonical.get(_bare(raw)) if index == SAID_CUE else _as_outlet(raw, finder, False, text[max(0, at - 20):at])) \
                or _site_short_form(text, at, at, raw, finder, found)
            if outlet is None:
                outlet, skipped = _known_tail(raw, finder.canonical, text[max(0, at - 20):at])
                at += skipped
            if outlet is None or index == SAID_CUE and _bare(outlet) in finder.newsmakers:
                break
            end = at
            joined.append(Credit(outlet, " ".join(text[end:match.end()].split()).rstrip(".,"), end))
            described = _search_end(_ENDS_WITH_DESCRIPTOR_OR_THE, text, max(0, end - 80), end)  # "the Dutch broadcaster NOS"
            end = described.start() if described else end
        return joined
    at = max(stop, match.end())
    while (after := finder.next_outlet.match(text, at)) is not None:
        outlet = _as_outlet(raw := after.group("outlet"), finder, field_described(_search_end(_ENDS_WITH_DESCRIPTOR, after.group("lead")), after.group("lead"), raw), after.group("lead")) \
            or (None if _titled_person(raw) else head_credit(text, raw, after.end(), finder.known, finder.canonical))  # (as the first's)
        if outlet is None:
            break
        at = after.end()
        joined.append(Credit(outlet, " ".join(text[match.start():at].split()).rstrip(".,"), after.start("outlet")))
    return joined


def _as_outlet(name: str, finder: CreditFinder, descriptor: bool, before: str = "") -> str | None:
    """The canonical outlet that `name` (a capitalised run after the text `before`) names, or None (outletlookalikes.py)."""
    name = titled(re.sub(r"'s$", "", name.strip().rstrip(".,")), before, finder.known)  # ("according to The Times of …")
    bare = _bare(name)
    if bare in finder.canonical:
        return finder.canonical[bare]
    match = finder.known.search(name)
    if match and (dated(name[:match.start()], match.group(0)) or placed_at_home(  # ("Qatar's Gulf Horizon", not
            name[:match.start()], finder.canonical.get(_bare(match.group(0)), ""),  # "Jamaica's Press Association":
            lambda owner: _bare(owner) in finder.canonical)) and not (  # creditplaces, outletcountries)
            descriptor and longer(name, match)):
        return None if _titled_person(name) else within_known(name, match, finder.canonical.get(_bare(match.group(0))))
    if descriptor and not calendar_name(name) or re.search(rf"\b{_OUTLET_WORDS}$", name) and not person_named(name, before):  # (no "The" of an agency, no press office: agencynames)
        return possessed_known(name, finder.canonical) or agency_form(name, descriptor, before)
    return None


def _titled_person(name: str) -> bool:
    """Whether a run is a titled person: "seen by Economist Oksana Hrytsenko" credits no Economist."""
    found = classify(name.split())
    return found is not None and found[0] == "person" and found[1] > 0


# Each cue is searched only around the words that must occur in it (str.find is ~10x faster than a regex over the whole
# text): (cue index, trigger words, characters before, characters after). (", said": after an aside, creditdescriptors)
_SEARCHES = (
    (0, triggers(("told", "telling", "tells", "interview", "speaking to", "speaking with", "Speaking to", "Speaking with",
         "spoke to", "explained to", "confirmed", "statement to")), 20, 110),
    (1, triggers(("ccording", "reported by", "reported in", "report by", "report in", "report from", "reports by", "reports in", "reports from", "cited by", "quoted by",
         "published by", "citing", "revealed by", "disclosed by", "broken by", "seen by", "reviewed by", "obtained by", "viewed by", "examined by", "per ", "Per ")), 20, 110),
    (2, triggers(("reported", "reports", "wrote", "writes", "notes", "noted", "cited", "learned", "quoted", "revealed",
         "first to report", "which broke", "s report", "s reporting", "s investigation", "s story", "' report",
         "\u2019 report", "' investigation", "\u2019 investigation", "s website", "' website", "\u2019 website", ", said",
         ", says", ", added", ", stated", *NOUN_SAID)), 100, 40),
)
SAID_CUE = FIRST_CUE + 2  # after the German and the French cues; searched where an outlet's name ends before it
_SEARCHES += ((SAID_CUE, triggers(()), 0, 0),)
REPORT_CUE = SAID_CUE + 1  # "according to a Reuters report", "a Reuters report said" (creditcues.report_cue)
_SEARCHES += ((REPORT_CUE, triggers(REPORT_NOUNS[:1] + REPORT_NOUNS[2:]), 90, 30),)  # ("report": cue 2's anchor)
_SAYS = (" said", " says", " added", " stated")
_ANAPHORA_TRIGGERS = triggers(("newspaper", "paper", "daily", "weekly", "tabloid", "agency", "wire service",
                               "broadcaster", "outlet", "magazine", "publication", "website", "site", "report"))


def detect_credits(text: str, finder: CreditFinder | None = None, language: str = "") -> tuple[Credit, ...]:
    """Every outlet `text` credits, in text order; "the newspaper" resolved to an outlet named nearby.
    `finder`: the site's (`credit_finder(outlets)`); None: `KNOWN_OUTLETS` alone.

    Only the text around the words of each form ("told", "according", "reported", ...) is searched; a known outlet's name in capitals is read in a title's case (shoutednames.py). German and French text (`language`, BCP 47) is read for its forms too (foreigncredits.py).
    """
    finder = finder or credit_finder()
    finder, text = _spelled(finder, text), recased(text, finder.known)  # (names in capitals: shoutednames.py; "according to dpa" with no `sources:` line: creditagencies.py)
    found: dict[int, Credit] = {}
    seen: dict[str, list[int]] = {}  # where each trigger word's anchor occurs (findspans.py)
    for index, words, before, after in _SEARCHES + LANGUAGE_SEARCHES.get(lexicon_of(language), ()):
        cue = finder.cues[index]
        spans = (after_words(text, _SAYS, finder.last_words, 70, seen, fold) if index == SAID_CUE  # (~10 % of the story
                 else windows(text, words, before, after, seen))  # features searched around every "said")
        for begin, end in spans:
            for match in cue.finditer(text, begin, end):
                raw = match.group(group := "outlet" if match.group("outlet") is not None else "outlet2")  # German, French
                lead_in = text[match.start():match.start(group)]
                start, outlet = report_start(text, match.start()) if index == REPORT_CUE else match.start(), None
                if index == SAID_CUE:  # only a known or the site's outlet says: "the Daily Meridian said"
                    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
                    skipped = 0 if _bare(raw) in finder.canonical else _lead_in(  # ("Just The News": an outlet)
                        raw, bool(before) and before.group(1).lower() in _LEAD_IN)
                    raw, start = raw[skipped:], start + skipped
                    outlet = finder.canonical.get(_bare(raw)) or _site_short_form(text, start, start, raw, finder, found) or (
                        None if _titled_person(raw) else _known_tail(raw, finder.canonical, text[max(0, start - 20):start])[0]) or longer_bracketed(text, raw, start, finder.known) or bracketed_agency(
                        text, raw, start)  # ("Maghreb Arabe Presse (MAP) said": agencynames.py)
                    if outlet is not None and _bare(outlet) not in finder.newsmakers and _bare(raw) not in finder.cores and not own_act(text, match.end()):
                        for credit in (Credit(outlet, " ".join(text[start:match.end()].split()), start),
                                       *_joined_credits(text, match, start, index, finder, found)):
                            found.setdefault(credit.start, credit)
                    continue
                frame = lead_in  # (the cue's words before the name: "according to the ")
                if index == 2:  # the run may start before the outlet: "On Tuesday Reuters", "In Madrid El País"
                    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
                    skipped = 0 if _bare(raw) in finder.canonical else _lead_in(  # ("Just The News": an outlet)
                        raw, bool(before) and before.group(1).lower() in _LEAD_IN)
                    raw, start = raw[skipped:], start + skipped
                    if _bare(raw) not in finder.canonical:
                        outlet, skipped = _known_tail(raw, finder.canonical, text[max(0, start - 20):start])
                        raw, start = raw[skipped:], start + skipped
                if index == 2:  # the descriptor is before the name ("Dutch broadcaster RTL Nieuws reported") or after it
                    lead_in = text[max(0, start - 80):start] + (  # (", a trade publication,": creditdescriptors.py)
                        f"{match.group('described')[1:-1].strip()} " if match.groupdict().get("described") else "")
                if outlet is None and _bare(raw) not in finder.canonical:  # "told the Echo" (shortnames.py)
                    outlet = _site_short_form(text, start, start if index == 2 else match.start(group), raw, finder,
                                              found)
                whole = None if outlet is not None else joined_name(text, start if index == 2 else match.start(group), raw, index == 2, lambda run: _as_outlet(run, finder, False) is not None, _titled_person, finder.known, _NAME, (lambda name: _bare(name) in finder.canonical) if index in (0, 1) else None)
                if whole is not None and not whole[0]:  # a name with "&" or "and" read whole, never its tail: "Oil & Gas
                    continue  # Journal reported" ("Gas Journal", T20); not after a sentence's first word (creditjoins.py)
                raw, start, stop = (whole[0], whole[1] if index == 2 else start, whole[1] + len(whole[0])) if whole else (raw, start, 0)
                outlet = outlet or longer_bracketed(text, raw, start, finder.known) or _as_outlet(raw, finder, field_described(_search_end(_ENDS_WITH_DESCRIPTOR, lead_in), lead_in, raw), lead_in) or \
                    bracketed_agency(text, raw, start)
                if outlet is not None and _ONE_OUTLET_WORD.fullmatch(outlet):  # "told the Journal"
                    outlet = _short_form(text, start, outlet, finder, found)
                elif outlet is not None and outlet[:4] in ("The ", "the ") and _ONE_OUTLET_WORD.fullmatch(outlet[4:]):
                    outlet = _short_form(text, start, outlet[4:], finder, found) or outlet  # "The Herald reported"
                if outlet is None and index != 2 and not _titled_person(raw):  # "Reuters Ukraine's ministry"
                    outlet = head_credit(text, raw, stop or match.end(group), finder.known, finder.canonical)
                if index == 2 and (match.group("said") and not match.group("described") and _bare(raw) not in finder.canonical
                                   or timed_unnamed(match, raw, lead_in, finder.canonical, finder.tails)):  # ("Emily Post
                    continue  # on Tuesday reported": credit_timed.py; "X, citing …, said": a known or site outlet's only)
                if outlet is not None and index == REPORT_CUE and any(start <= at < match.end() for at in found):
                    continue  # (read by a cue before: "the FT's report said", "Reuters reported")
                if outlet is not None and not (index == 2 and own_act(  # "NPR said it would cut …" (credit_ownacts.py)
                        text, match.end(), match.group(0).rstrip().endswith(("reported", "reports")))) and not place_described(text, start, outlet):  # ("the New York daily")
                    cue_text = " ".join(text[start:max(stop, match.end())].split()).rstrip(".,")
                    # a newsmaker (a company, a council …) only by a reporting frame (credit_newsmakers.py)
                    reporting = not finder.newsmakers or index != REPORT_CUE and credits_newsmaker(  # (its report:
                        index, frame, cue_text, text[match.end():match.end() + 40])  # its own document, as "X's report")
                    for credit in (Credit(outlet, cue_text, start), *_joined_credits(text, match, start, index, finder, found, stop)):
                        if reporting or _bare(credit.outlet) not in finder.newsmakers:
                            found.setdefault(credit.start, credit)
    for at, agency in wire_datelines(text):  # wire copy: "WASHINGTON (AP) —"
        outlet = dateline_outlet(agency, finder.canonical)  # (its name, or the head of one: "(Pacifica)")
        if outlet is not None and dateline_at_home(text, at, agency, outlet, finder.loose[1]):  # (not "RAMALLAH (PA)")
            found.setdefault(at, Credit(outlet, f"({agency})", at))
    closing = signoff_credits(text, finder.canonical)  # "— AFP" closing the text (signoffcredits.py)
    for outlet, cue, at in (*writer_credits(text, finder.canonical),
                            *scoop_credits(text, finder.known, finder.canonical, finder.newsmakers), *closing):
        found.setdefault(at, Credit(outlet, cue, at))  # "first spotted by …, who writes the X blog"; "X has the story"
    titles = []  # "told ABC's This Week": the outlet, never the title's words ("Meet the Press": no AP; programmes.py)
    for outlet, cue, at, title_start, title_end in programme_credits(text, finder.canonical):
        found[at] = Credit(outlet, cue, at)
        titles.append((title_start, title_end))
    found = {at: c for at, c in found.items() if not any(a < at < b for a, b in titles)}
    def misnamed(credit: Credit) -> bool:  # a name that names another body there ("the DPA"): no "the agency" of it
        return ((misread_initials(text, credit, finder.initials)  # (a sign-off's initials alone on its line name it)
                 and (credit.outlet, credit.cue, credit.start) not in closing) or bare_network(credit.outlet, credit.cue)
                or loose_initials(text, credit, finder.loose[0]) or spoken(text, credit))  # ("EFE said"; a quotation's)
    for begin, end in windows(text, _ANAPHORA_TRIGGERS, 40, 60, seen):
        for match in finder.anaphora.finditer(text, begin, end):
            if match.start() in found or any(c.start <= match.start() < c.start + len(c.cue) for c in found.values()):
                continue
            named = {**other_case_mentions(text, finder.initials, found), **found}  # (and "DPA" that names no dpa)
            outlet = (_nearest_outlet(text, match.start(), finder, named, misnamed) if finder.newsrooms is None else
                      _nearest_outlet(text, match.start(), replace(finder, known=finder.newsrooms),
                                      {at: c for at, c in named.items() if _bare(c.outlet) not in finder.newsmakers},
                                      misnamed))
            if outlet is not None and not own_announcement(text, match.start(), match.end(), finder.known,  # ("… it would
                    finder.canonical, outlet) and not place_described(text, match.start(), outlet):  # cut"; "the New York daily")
                found[match.start()] = Credit(outlet, " ".join(match.group(0).split()).rstrip(","), match.start())
    # one credit read by two cues is one: "A report by Reuters said" (a report's cue, and "Reuters said")
    spans = [(c.start, c.start + len(c.cue), c.outlet) for c in found.values()]
    return without_retracted(text, tuple(sorted((c for c in found.values() if not past_report(text, c.start, c.cue)
                         and not any(a < c.start < b and outlet == c.outlet for a, b, outlet in spans)
                         and not misnamed(c)  # (initials where they name it; "CBS" alone: knownoutlets.py)
                         and not disowned(text, c.start, c.cue)),  # ("CNN reported, wrongly, …": credit_disowned.py)
                        key=lambda c: c.start)))  # ("CNN later retracted the report.": credit_retracted.py)


# One word of an outlet's name alone ("told the Journal") names no outlet "Journal": a trial's outvoted the WSJ's.
_ONE_OUTLET_WORD = re.compile(_OUTLET_WORDS)


def _short_form(text: str, at: int, word: str, finder: CreditFinder, found: dict[int, Credit]) -> str | None:
    """The outlet one outlet word of its name stands for at `at` ("the Journal"; "The Herald reported …" opening a
    sentence, a trial's credit of "The Herald" beside the site's Lindmouth Herald): the last one named before it
    whose name ends in it, else the only known or site outlet that does; None when several do ("the Post")."""
    return short_form(text, at, word.lower(), finder, found, lambda tail, name: _bare(name).rsplit(" ", 1)[-1] == tail)


def _site_short_form(text: str, start: int, at: int, raw: str, finder: CreditFinder, found: dict[int, Credit]
                     ) -> str | None:
    """The site outlet a short name after "the" stands for ("told the Echo", "The Echo reported": shortnames.py),
    `raw` the run read at `at` of the credit at `start`; None when it is no short name or has no "the"."""
    raw = re.sub(r"['\u2019]s$", "", raw.strip().rstrip(".,"))
    the = raw[:4] in ("The ", "the ")
    tail = _bare(raw[4:] if the else raw)
    if tail not in finder.tails or not (the or re.search(r"\b[Tt]he\s+$", text[max(0, at - 6):at])):
        return None
    return short_form(text, start, tail, finder, found)
