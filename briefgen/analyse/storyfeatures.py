"""Story features: what story grouping reads of one article, memoised per article (stories.py groups them).

`story_features(title, text)` gives a `StoryFeatures`: the article's weighted terms (terms.py), the written form of
its names, the outlets its lead credits (credits.py), which terms it writes as proper names or capitalised
(propernames.py), who acts in its lead (leadactors.py), and what its lead says of time and kind: the earlier event
it follows (followups.py), whether it addresses the reader (guides.py), whose scoop it claims (scoops.py), the day
it announces an event for (announcements.py), the day it places its news on (eventdays.py), which names it
writes as places (wherenames.py), what its headline and lead say happened (leadwords.py) and follows from
(lead_causes.py), its sentences' prints, which find copies of its text (copies.py), what places each credit on a
report (credit_days.py), whether its body lists several events' news items, a roundup's (bodyroundups.py), and which
credited outlets it gives the first report (creditkinds.py).
`story_analysis(config)` runs it as a per-article analysis. Split from stories.py (2026-12-04), which re-exports these
names. Pure functions; rules and sources in each module.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, fields
from operator import itemgetter
from typing import Iterator, Sequence

from briefgen.analyse.announcements import lead_announces
from briefgen.analyse.asidecredits import news_credits
from briefgen.analyse.bodyroundups import listed_roundup
from briefgen.analyse.compounds import compound_forms, shown_with_compounds
from briefgen.analyse.copies import copy_prints
from briefgen.analyse.credit_days import credit_placings
from briefgen.analyse.citedsources import sourced as sourced_outlets
from briefgen.analyse.creditkinds import first_reports
from briefgen.analyse.credits import CreditFinder, credit_finder, detect_credits
from briefgen.analyse.signoffcredits import signoff_credits
from briefgen.analyse.eventdays import LIVE_DAY, lead_days
from briefgen.analyse.entryzones import UNLABELLED, entry_zone
from briefgen.analyse.livedays import entry_span, first_entry_start
from briefgen.analyse.followups import lead_follows
from briefgen.analyse.guides import for_readers
from briefgen.analyse.incidents import lead_incidents
from briefgen.analyse.lead_causes import cause_terms
from briefgen.analyse.moneyterms import shown_amount
from briefgen.analyse.leadactors import lead_actors
from briefgen.analyse.leadwords import lead_sentence, lead_terms, tells_future
from briefgen.analyse.numberwords import SPELLING_WORDS, numbers_as_digits
from briefgen.analyse.propernames import capitals
from briefgen.analyse.scoops import scoop_claim
from briefgen.analyse.terms import MAX_CHARS, article_terms, counted
from briefgen.analyse.textmatch import TextAnalysis, by_language
from briefgen.analyse.wherenames import place_terms
from briefgen.analyse.wirecopy import opening_dateline
from briefgen.analyse.writtenforms import written_forms
from briefgen.load.config import Config

CREDIT_CHARS = 1500  # credits are looked for in the lead: a re-telling names its source early


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """The memoised per-article value: weighted terms, the written form of names, credited outlets,
    and which terms are proper names or written capitalised (`propernames.Capitals`).

    Packed, like render.searchtext.SearchText: the terms one per line, their weights as
    float64 bytes (native order: the memo never leaves its machine), the names as
    "term<TAB>name" lines. Terms and names never hold a tab or a line break (analyse.terms
    splits on every non-word byte). An edit to an article's lead makes the grouping read
    every article's features again: as ~160 small objects each, that was 0.23 s of a
    10,000-article edit (py-spy); packed, it is a few large objects per article.
    """

    terms: str  # "\n".join of the terms, in `Terms.weights` order
    weights: bytes  # one float64 per term: 1 + ln tf
    names: str  # "\n".join of "term\tname"
    credits: tuple[str, ...]  # canonical outlet names credited in the text, first mention first
    proper: str = ""  # "\n".join of the terms written as proper names (propernames.Capitals.names)
    capitalised: str = ""  # "\n".join of the terms written capitalised inside a sentence (Capitals.written)
    opening: str = ""  # "\n".join of the terms written capitalised only where a sentence opens (Capitals.opening)
    actors: str = ""  # "\n".join of the terms that act in the lead (leadactors.lead_actors)
    follows: str = ""  # the date the lead places an earlier event at (followups.lead_follows), or ""
    guide: bool = False  # a piece for readers, a guide or an explainer, not a report (guides.for_readers)
    scoop: str = ""  # who the lead says has learnt the news ("Sky News understands"), or "" (scoops.scoop_claim)
    announces: str = ""  # the day the lead announces an event for (announcements.lead_announces), or ""
    happens: str = ""  # the day the lead's first sentence places its news on (eventdays.lead_event_day), or ""
    places: str = ""  # "\n".join of the proper-name terms it writes as places (wherenames.place_terms)
    lead: str = ""  # "\n".join of the terms of its headline and lead's first sentence (leadwords.lead_terms)
    future: bool = False  # its headline or lead's first sentence has a future form (leadwords.tells_future)
    causes: str = ""  # "\n".join of the terms of what its headline and lead say its news follows from (lead_causes.py)
    today: bool = False  # its lead's first sentence places its news on its own date, "today" (eventdays.lead_days)
    copies: bytes = b""  # its sentences' prints, to find copies of its text word for word (copies.copy_prints)
    dateline: str = ""  # "place<TAB>agency" of the wire dateline opening its text, or "" (wirecopy.opening_dateline)
    placed: str = ""  # per credit, "outlet_key<TAB>days<TAB>its sentence's terms" (credit_days.credit_placings)
    incidents: str = ""  # "\n".join of the named incidents its headline and lead's first sentence tell of (incidents.py)
    sourced: str = ""  # "\n".join of the outlet_keys of the newsmakers it names only as its sources (citedsources.py)
    listed: bool = False  # its body is a roundup's list of several events' items (bodyroundups.listed_roundup)
    first_entry: int = -1  # a live blog's first entry in time, minutes into its day; -1 for any other text (livedays.py)
    last_entry: int = -1  # a live blog's last entry in time, minutes from the midnight before its first; -1 for others
    entry: str = ""  # "\n".join of the terms of a live blog's first entry's (in time) first sentence, "" for others
    first: str = ""  # "\n".join of the outlets of `credits` its lead credits with the first report (creditkinds.py)
    zone: int = UNLABELLED  # the UTC offset (minutes) a live blog's entries' clocks are labelled with (entryzones.py)

    @classmethod
    def pack(cls, terms: Sequence[tuple[str, float]], shown: Sequence[tuple[str, str]] = (),
             credits: tuple[str, ...] = (), proper: Sequence[str] = (), capitalised: Sequence[str] = (),
             opening: Sequence[str] = (), actors: Sequence[str] = (), follows: str = "",
             guide: bool = False, scoop: str = "", announces: str = "", happens: str = "",
             places: Sequence[str] = (), lead: Sequence[str] = (), future: bool = False,
             causes: Sequence[str] = (), today: bool = False, copies: bytes = b"", dateline: str = "",
             placed: str = "", incidents: Sequence[str] = (), sourced: Sequence[str] = (),
             listed: bool = False, first_entry: int = -1, last_entry: int = -1,
             entry: Sequence[str] = (), first: Sequence[str] = (), zone: int = UNLABELLED) -> StoryFeatures:
        """From (term, weight) pairs, (term, written name) pairs, credits, the terms of `Capitals`, the
        lead's actors, the code of the earlier event it follows, whether it is a guide, whose scoop it claims,
        the code of the day it announces an event for and of the day it places its news on, and the terms of its
        names it writes as places, the terms of its headline and lead's first sentence, whether they tell of a
        future event, the terms of what they say the news follows from, whether its news is of its own date, and its
        sentences' prints (copies.copy_prints), the wire dateline opening its text (wirecopy.opening_dateline), what
        places each credit (credit_days.credit_placings), the named incidents its lead tells of (incidents.py), the
        newsmakers it names only as its sources (citedsources.py), whether its body is a roundup's list (bodyroundups.py),
        a live blog's first and last entries' minutes and the terms of its leading entry (livedays.py), and the
        credited outlets it gives the first report (creditkinds.py), and the zone its entries' clocks are labelled with
        (entryzones.py)."""
        return cls("\n".join(map(itemgetter(0), terms)), array("d", map(itemgetter(1), terms)).tobytes(),
                   "\n".join(map("\t".join, shown)), credits, "\n".join(proper), "\n".join(capitalised),
                   "\n".join(opening), "\n".join(actors), follows, guide, scoop, announces, happens, "\n".join(places),
                   "\n".join(lead), future, "\n".join(causes), today, copies, dateline, placed, "\n".join(incidents),
                   "\n".join(sourced), listed, first_entry, last_entry, "\n".join(entry), "\n".join(first), zone)

    def term_list(self) -> tuple[str, ...]:
        return tuple(self.terms.split("\n")) if self.terms else ()

    def pairs(self) -> tuple[tuple[str, float], ...]:
        """(term, weight) pairs, as `pack` was given them."""
        return tuple(zip(self.term_list(), memoryview(self.weights).cast("d")))

    def shown(self) -> Iterator[tuple[str, str]]:
        """(term, written name) pairs, as `pack` was given them."""
        for line in self.names.split("\n") if self.names else ():
            term, _, name = line.partition("\t")
            yield term, name


AFTER_TERMS = tuple(f.name for f in fields(StoryFeatures))[1:]  # `stories.report_of`'s parameters after the terms

EMPTY = StoryFeatures("", b"", "", ())  # the features of an article the analysis did not reach


def story_features(title: str, text: str, finder: CreditFinder | None = None, language: str = "") -> StoryFeatures:
    """The story features of one article (pure; `story_analysis` runs it per article); `language`: the
    article's (BCP 47; "": English), whose credit forms are read (credits.detect_credits)."""
    read = text[:MAX_CHARS]
    body = counted(read)  # (split once: terms and capitals read the same words)
    if not SPELLING_WORDS.isdisjoint(body.tally):  # ("three hundred and twelve" is 312, as other reports write it)
        read = numbers_as_digits(read)
        body = counted(read)
    head = counted(title)  # (split once: the article's terms, its lead's and the written forms read it)
    if not SPELLING_WORDS.isdisjoint(head.tally) and (digits := numbers_as_digits(title, head.tally)) != title:
        title, head = digits, counted(digits)
    terms = article_terms(title, read, body=body, head=head)
    lead = text[:CREDIT_CHARS]
    credits = detect_credits(lead, finder, language)
    first = lead_sentence(text)  # (the lead's first sentence: what it says happened, and follows from)
    kept_set = set(map(itemgetter(0), terms.weights))
    kept = kept_set.__contains__
    happens, today = lead_days(text, [c.cue for c in credits])  # (a day on an outlet's "reported": outletdays.py)
    span = entry_span(text) if happens == LIVE_DAY else (-1, -1)  # (a live blog's entries' clocks: livedays.py)
    credits = news_credits(lead, credits)  # (not an outlet credited with one later quotation only: asidecredits.py)
    closing = [outlet for outlet, _, _ in signoff_credits(text, (finder or credit_finder()).canonical)] if len(
        text) > CREDIT_CHARS else []  # ("— AFP" closing a long text, beyond the lead: signoffcredits.py)
    found = capitals(read, body)
    shown = dict(terms.shown)  # (display only: a term written only inside "O'Neill" is shown so, "organisation" so)
    shown.update(written_forms(head, body, kept_set))  # (one-word terms as written: not "organization")
    shown_with_compounds(shown, compound_forms(f"{title}\n{read}"), [t for t, _ in terms.weights])
    for term in kept_set:  # (an amount's one word as readers write it: "1200kgbp" is "£1.2m", moneyterms.py)
        if term[0].isdigit() and (amount := shown_amount(term)) is not None:
            shown[term] = amount
    return StoryFeatures.pack(terms.weights, [(t, shown[t]) for t, _ in terms.weights if shown.get(t, t) != t],
                              tuple(dict.fromkeys([*(c.outlet for c in credits), *closing])),
                              list(filter(kept, found.names)), list(filter(kept, found.written)),
                              list(filter(kept, found.opening)), lead_actors(text, found.names, found.opening), lead_follows(text),
                              for_readers(text[:MAX_CHARS], title), scoop_claim(lead), lead_announces(text, title),
                              happens, place_terms(title, read, found.names), lead_terms(title, text, first, head),
                              tells_future(title, first), cause_terms(title, first), today, copy_prints(text),
                              opening_dateline(text), credit_placings(lead, [(c.outlet, c.cue, c.start) for c in credits]),
                              lead_incidents(title, first), sourced_outlets(title, read, finder),
                              listed_roundup(title, read), *span, _leading_entry(text, first) if span[0] >= 0 else (),
                              first_reports(credits), entry_zone(text) if span[0] >= 0 else UNLABELLED)


def _leading_entry(text: str, first: str) -> tuple[str, ...]:
    """The terms of the first sentence of a live blog's first entry in time (`first`: its text's lead sentence, when
    that entry is its top paragraph; else its last, newest first: livedays.first_entry_start, FX86)."""
    start = first_entry_start(text)
    return lead_terms("", text, first) if start == 0 else lead_terms("", text[start:])


def story_analysis(config: Config) -> TextAnalysis:
    """Story features as a per-article analysis, in each article's language (its own, else the site's); its
    settings are the site's outlet names and the word lists of the site's language (textmatch.by_language)."""
    outlets, language = tuple(sorted({s.name for s in config.sources})), config.language
    # (the finder's patterns are compiled for the first article read, not by a build whose articles are all memoised)
    return TextAnalysis("stories", by_language(repr(("stories-v184", outlets)), language),
                        lambda title, text: story_features(title, text, credit_finder(outlets), language),
                        run_in=lambda title, text, lang: story_features(title, text, credit_finder(outlets), lang),
                        language=language)
