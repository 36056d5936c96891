"""How alike two articles are as reports of one event: weighted term overlap, time, shared original.

Takes, per article, its time, outlet, `via:` and `StoryFeatures`; gives the scored
candidate pairs (`score_pairs`), without comparing all pairs. Rules and their sources:

- Term weights are tf-idf (Salton & Buckley 1988): the article's sublinear tf
  (`terms.py`) times an inverse document frequency *against a fixed reference size*: with df articles of the archive containing a term,
  idf = min(ln((REFERENCE_DOCS + PRIOR_DOCS) / (df + PRIOR_DOCS × PRIOR_RATE)), IDF_CAP).
  The archive's own size N is deliberately not in the formula: a pair's score then
  depends only on how many articles share its terms, so adding an article that shares
  no term with a pair changes nothing about it (no split, no merge: tested as a
  property), and a term's weight falls only when the archive really uses it more. A
  term in a handful of articles gets the cap (rare is rare, whatever the archive).
- Topic words: a term in more than TOPICAL_SHARE (40 %) of the archive's articles is what the briefing is about, not
  what one event is: its idf is multiplied by ln(N/df) ÷ ln(1/TOPICAL_SHARE), 1 at that share and 0 in every article.
  Against the fixed reference alone, a small briefing on one subject had its subject's words at the cap: in a trial of
  34 articles on a mackerel dispute, "mackerel" (25 articles), "Norway" and "talks" merged the London talks, the
  Faroes' own quota set two days later and a prime minister's meeting in Brussels into one story of 7 reports. Such a
  share needs a small archive or a word every article uses (no key term of a large one: each is in at most ~60
  articles), so the reference rule above holds wherever no term of a pair passes the share (in the 10× evaluation, 776
  articles, no figure changed at the default threshold; docs/stories.md).
- Small briefings: N counts as at least TOPICAL_MIN_DOCS (8) for a term's weight, and as at least KEY_MIN_DOCS (14)
  for whether it is a key term (below). The weight's floor: a term in 3 articles or fewer is never a topic word (two
  or three reports of one event keep their words whole in any briefing), and in 8 articles the words of one dispute
  (brazil, steel, tariff in 7 of 8) weigh as topic words; with a floor of 20 (until 2026-12-02) no term of an
  8-article briefing was ever one, and random 8-article subsets of tests/stories/reactions/ were grouped with
  precision 0.43 (16 articles: 0.66; benchmarks/stories_small.py), now 0.75 (0.81). Floor 6 gave the same subset
  figures but split the tariff's 6 reports, alone, into 5 stories; 10 and 12 gave 0.63 and 0.55 at 8 articles. The key
  floor: a story of up to 8 reports that is the whole briefing keeps its key terms. With the weight's floor for both
  (8), 8-article subsets gained more (0.88, recall 0.87 instead of 0.96) but the tariff's reports alone fell under
  KEY_IDF from 5 of 8 articles and split into 3 stories; with 20, the 16-article subsets kept the dispute's words key
  (precision 0.75 instead of 0.81). From 20 articles up nothing changed (the evaluation set at 1× and 10× gives the
  same digests); the sample briefing (17 articles) keeps its stories, and its story pages list more specific shared
  words. What an article that holds none of a term still cannot do: lower its weight, take away its key status, or
  change it at all while the term is in at most TOPICAL_SHARE × max(N, TOPICAL_MIN_DOCS) articles (tested as
  properties).
- The briefing's own words (the site title's: briefingwords.py) are no event word, in a pair or in its leads (FX113):
  a small briefing's document frequencies cannot tell them from an event's ("flood" in 3 of 9 Drava flood articles,
  as "spillway"); a levee at Ptuj and insurers' claims merged at 0.60 on "flood, Drava, Ožbalt".
- Similarity is the cosine of the two weight vectors (Manning et al., IIR §6.3).
- Time: × 0.5^(max(0, Δ − GRACE_DAYS) / HALF_LIFE_DAYS), Δ in days: reports of one event come within days (issue 9:
  "time decay over about a week"); pairs more than `window_days` apart are never compared. A day's grace, then a
  half-life of a day (two until 2026-12-03: no re-telling of the labelled sets that shares no original comes 1.6 days
  after its story's other reports; a running story's follow-ups two to three days on scored 0.56-0.83:
  docs/log/stories.md, "A trial on a count and a flood").
- Shared original: × ORIGINAL_BONUS when one is the credited outlet's report the other re-tells (originals.py), or
  both credit one outlet (`via:` or the text) and share a key name and an event word besides (originals.credit_alone,
  2026-12-06; `via:` too, FX29). A factor, not an addend: a shared "according to Reuters" or `via: Reuters` groups nothing.
- Who and what: a report of an event names who or where (a person, place or organisation) and says what happened. The
  outlets a report is from or credits are not who (a trial merged two Reuters reports of blockades in Peterhead and
  Killybegs at 0.94: the one name they shared was "Reuters", from their datelines). A pair that shares no original and
  either no *key name* — a key term (below) both write as a proper name (propernames.py: not a title, nationality,
  month or opening word), accents or not (Reuters' "Wisniewska" is PAI's "Wiśniewska", two key terms: latinletters.py)
  — or no *event word* — a key one-word term neither writes as a name or capitalised inside a sentence, and no title,
  nationality or month — scores at most CAP, under the default threshold: an editor's suggestion, never merged at the
  defaults. Two events of one kind a day apart share only the kind's words ("leak", "evacuation", "chemical"), which a
  small archive cannot yet tell are common (a trial merged two chemical leaks 200 km apart at 0.84, and drone attacks
  on Lviv and Zhytomyr at 0.92 on "Mayor", "Air" and "Russian"); two events of one person share only names and titles
  (a minister announcing grain talks in Oslo and visiting Kyiv two days later: 0.64 on "Marsh", "Minister", "Norway",
  "Kyiv", "Norwegian"). A name in more than ~60 articles of 1,000 ("Ukraine" in a Ukraine briefing) names no event, as
  an event word that common tells none; so the key terms, as for blocking. In a one-subject briefing, the subject's
  name (a topic word) is who for a pair of one news cycle whose leads' actors agree, and so is a topic word that a
  report writes in a name ("the cathedral" of "St Aldwyn's Cathedral"; subjectnames.py). A place is where, not who
  (2026-12-04, wherenames.py): a pair whose shared key names are all places needs a shared figure or two shared event
  words (of any weight above 0), else it scores at most CAP ("Herring prices firm at Liepaja auction" and "Central
  herring quota held steady", ".. processors in Liepaja", merged at 0.55; docs/stories.md).
- Who acts: a reaction is not the event it reacts to. A report of a reaction re-tells the event (Brazil's WTO filing:
  "... a trade dispute over Washington's new tariff on Brazilian steel slabs"), so it shares the event's names and
  words and scores like a re-telling (0.59-0.74 for the filing against the tariff, a day later, in
  tests/stories/reactions/). What differs is who acts in the lead (leadactors.py: "Brazil on Wednesday formally
  requested ..." against "The U.S. Commerce Department on Tuesday imposed ..."). A pair at least REACTION_DAYS apart
  whose leads both name actors, none shared, and that shares no original scores at most CAP. Only beyond the grace
  day, the news cycle the decay already grants: within it, the convention's own reports of one event have different
  lead actors as often as a reaction does (the other side's account of a meeting, the Baltic protests re-telling Lu
  Shaye's remarks; rule 4 and 6 of docs/stories.md). Measured from 0.75 days to 1 day: docs/log/stories.md,
  "Reactions". So is a pair as far apart whose one lead names actors that the other report names nowhere (since
  2026-12-03: "The Dutch Electoral Council certified ..." and a scoop a day before that never names the council merged
  at 0.53-0.90; docs/log/stories.md, "Who acts").
- Follow-ups: a follow-up re-tells the event it follows and scores like a re-telling (an advice piece three days
  after a recall: 0.60-0.69 with its reports, tests/stories/rates/). Its lead places the event in the past with a
  date ("After this week's recall of ...", "a day after two men were detained"; followups.py): a pair whose later
  report's lead dates an earlier event to when the other was published, at least REACTION_DAYS before it (a count
  of days: by the calendar, from the day of its news, its lead's or its date), and whose other report dates none
  (or another day), scores at most CAP, a shared original or not.
- Opinion and roundups: a column on an event is a view, not a report of it (issue 9: Semafor's news and view); a
  trial merged "Opinion: The valley's gardeners are paying …" into its news at 0.71. A pair of which exactly one is an
  opinion piece, or one a roundup of several events ("Week in review: …"), scores at most CAP (piecekinds.py).
- Guides: a guide for readers (a how-to after a flood or a recall) names the event's makers, places and products
  and scores like a re-telling; its lead addresses the reader (guides.py). One guide: at most CAP, as above.
- Scoops: a pair whose later report's lead claims the news for its own outlet ("Sky News understands", scoops.py),
  at least REACTION_DAYS after the other, which does not credit that outlet, scores at most CAP (a fifth trial).
- Announcements: an announcement ("will meet in Oslo on Wednesday") and the report of the event after the
  day it named share everything but the outcome: a pair where one lead announces an event for a day before the
  other's date, and the other does not announce that day itself, scores at most CAP (announcements.py).
- Event days: a pair whose leads place their news on different days ("reacted with relief on Thursday", "stopped on
  Friday morning"; not a day dating a statement, "officials said on Tuesday"; a bus strike's trial, 0.72) scores at
  most CAP (eventdays.py), as does one whose lead places its news on a day after the other was published, a day or
  more before it (`eventdays.news_after`); two announcements are compared as before.
- Background: a pair BACKGROUND_DAYS apart or more, no original shared, whose headlines and first sentences share no
  key event word (two events, one background) scores at most CAP (leadwords.py).
- Another act: a pair a day (REACTION_DAYS) to BACKGROUND_DAYS apart, no original shared, whose leads share no key
  event word and of which exactly one announces a day while the other's lead has no future form at all (an
  announcement and an act done: a trial's vote announced and an opposition's call for an officer to step aside a
  day later, 0.77) scores at most CAP (leadwords.announcement_and_act).
- Calibration: r = cosine × decay × bonus maps to 1 / (1 + (CALIBRATION_MIDPOINT / r)^CALIBRATION_SLOPE), the
  form a logistic regression on ln r gives; the midpoint (of 0.11, 0.12, 0.13) puts the threshold 0.5 inside the band
  where the evaluation set's tune part has precision ≥ 0.95 and F1 ≥ 0.9 alone and in 700 background articles.
- Blocking (blocking.py): only pairs inside the time window that share MIN_SHARED_KEYS *key terms*
  (idf ≥ KEY_IDF, i.e. each in at most ~60 articles) are scored, and *thin* pairs of one key term where one
  report credits the other's outlet: capped, never merged.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Mapping, Sequence

from briefgen.analyse.blocking import DAY, MIN_SHARED_KEYS, candidate_pairs  # noqa: F401 (DAY, MIN_SHARED_KEYS: read here by others)
from briefgen.analyse.announcements import UNDATED, UNDATED_HOURS, announced_before, undated_and_act
from briefgen.analyse.eventdays import different_days, news_after
from briefgen.analyse.followups import follows_event
from briefgen.analyse.leadwords import BACKGROUND_DAYS, announcement_and_act, share_lead_word
from briefgen.analyse.givenapart import names_alike  # (latinletters.alike_names less given names of two people)
from briefgen.analyse.latinletters import among
from briefgen.analyse.copies import copied
from briefgen.analyse.wirecopy import filed_for_two_places
from briefgen.analyse.originals import CREDIT, REPORT, shared_originals, shares_original  # noqa: F401 (shares_original: its home until 2026-12-03)
from briefgen.analyse.namekeys import fold
from briefgen.analyse.outletwords import only_in_names
from briefgen.analyse.piecekinds import LISTED, OPINION_PIECE, ROUNDUP
from briefgen.analyse.propernames import role_term
from briefgen.analyse.samedaynews import NO_ACTORS, waive_actors
from briefgen.analyse.scoops import scoop_after
from briefgen.analyse.subjectnames import subject_is_who, subject_words
from briefgen.analyse.terms import words
from briefgen.analyse.termvectors import TermWeights

REFERENCE_DOCS = 1000.0
PRIOR_DOCS, PRIOR_RATE = 20.0, 0.01
IDF_CAP = 5.0
KEY_IDF = 2.8
GRACE_DAYS = 1.0
HALF_LIFE_DAYS = 1.0  # 2.0 until 2026-12-03 (module docstring, "Time")
ORIGINAL_BONUS = 1.5
TOPICAL_SHARE = 0.4  # a term in more of the archive's articles is a topic word (module docstring)
TOPICAL_MIN_DOCS = 8  # a term's weight: shares of fewer articles are taken of 8 (a term in 3 or fewer: never topical)
KEY_MIN_DOCS = 14  # whether a term is key: shares of fewer are taken of 14 (a story of 8 reports alone keeps its keys)
CAP = 0.45  # pairs that share no key name or no event word: under the default threshold 0.5, in its suggestion band
REACTION_DAYS = GRACE_DAYS  # pairs at least this far apart whose leads' actors differ are capped (module docstring)
CALIBRATION_MIDPOINT, CALIBRATION_SLOPE = 0.12, 2.0


@dataclass(frozen=True, slots=True)
class Report:
    """What the scoring needs of one article: slug, time (seconds), and outlets as `outlet_key`s."""
    slug: str
    time: float  # POSIX seconds
    source: str  # outlet_key of the article's outlet
    credited: frozenset[str]  # outlet_keys it credits (via: and text), its own outlet excluded
    terms: tuple[str, ...]
    tf: bytes  # float64 per term (native order): its sublinear tf (StoryFeatures.weights)
    names: str = ""  # StoryFeatures.names: "term<TAB>written name" lines of the terms written as names
    proper: str = ""  # StoryFeatures.proper: the terms written as proper names, one per line
    capitalised: str = ""  # StoryFeatures.capitalised: the terms written capitalised inside a sentence, one per line
    opening: str = ""  # StoryFeatures.opening: the terms written capitalised only where a sentence opens
    actors: str = ""  # StoryFeatures.actors: the terms that act in the lead (leadactors.py), one per line
    follows: str = ""  # StoryFeatures.follows: the date its lead places an earlier event at (followups.py), or ""
    guide: bool = False  # StoryFeatures.guide: its lead addresses the reader (guides.py)
    scoop: bool = False  # its lead claims the news for its own outlet ("Sky News understands": scoops.py)
    announces: str = ""  # StoryFeatures.announces: the day its lead announces an event for (announcements.py), or ""
    day: int = 0  # its date on its writer's calendar where written, else the site's (a live blog's: livedays.py; FX112)
    happens: str = ""  # StoryFeatures.happens: the day its lead places its news on (eventdays.py), or ""
    opinion: str = ""  # piece_kind: "opinion", "roundup" ("Week in review: …"), "listed" (a body listing events: bodyroundups) or ""
    places: str = ""  # StoryFeatures.places: the terms of its names it writes as places (wherenames.py), one per line
    lead: str = ""  # StoryFeatures.lead: the terms of its headline and lead's first sentence (leadwords.py)
    future: bool = False  # StoryFeatures.future: its headline or lead's first sentence has a future form (leadwords.py)
    causes: str = ""  # StoryFeatures.causes: the terms of what its lead says its news follows from (lead_causes.py)
    today: bool = False  # StoryFeatures.today: its lead places its news on its own date (eventdays.lead_days)
    copies: bytes = b""  # StoryFeatures.copies: its sentences' prints (copies.py)
    via: str = ""  # outlet_key of its `via:` (the editor's word for whose report it re-tells), "" when none
    dateline: str = ""  # StoryFeatures.dateline: "place<TAB>agency" of the wire dateline opening it (wirecopy.py)
    placed: str = ""  # StoryFeatures.placed: per credit, the days and words that place it (credit_days.py)
    incidents: str = ""  # StoryFeatures.incidents: the named incidents its lead tells of (incidents.py), one per line
    sourced: str = ""  # StoryFeatures.sourced: the newsmakers (outlet_keys) it names only as its sources, one per line
    entry: str = ""  # StoryFeatures.entry: the terms of a live blog's leading entry's first sentence (livedays.py)
    first: frozenset[str] = frozenset()  # those of `credited` its text gives the first report (StoryFeatures.first)
    offset: int = 0  # minutes east of UTC of its calendar beside a live blog: its writer's where written, else the site's
    entries: tuple[int, int] | tuple[()] = ()  # a live blog's entries in UTC minutes, its writer's offset written (livedays)


@dataclass(frozen=True, slots=True)
class PairScore:
    a: int  # index into the reports, a < b
    b: int
    score: float  # in [0, 1]
    cosine: float
    decay: float
    shared_original: bool
    shared_name: bool = True  # a key name both write, or a shared original
    event_word: bool = True  # a key event word both hold, or a shared original; True when the score is under CAP anyway
    one_actor: bool = True  # the leads share an actor, or one names none and the other's are in it (leadactors.py)
    capped: bool = False  # a rule above lowered the score to CAP: no evidence for a merge (stories.py), a suggestion at most
    follow_up: bool = False  # the later one's lead dates an earlier event when the other was published (followups.py)
    reaction: bool = False  # not one_actor, no shared original, a day or more apart: the reaction rule's case
    guide: bool = False  # one of the two is a guide for readers, the other not (guides.py)
    thin: bool = False  # one key term shared, scored for a credit alone: never merged (blocking.py)
    scoop: bool = False  # the later one is a scoop a day or more after the other, which does not credit it (scoops.py)
    announcement: bool = False  # one announces an event for a day before the other was published (announcements.py)
    other_day: str = ""  # "days": leads on different days, "after": news after the other's date; "live" (eventdays.py)
    opinion: str = ""  # "opinion" (one only), "roundup" (a headline's), "listed" (a body's list: bodyroundups) or ""
    where_only: bool = False  # the key names both write are places, and they share one event word at most
    background: bool = False  # two days or more apart, no shared original, no event word in both leads (leadwords.py)
    another_act: bool = False  # a day or more apart, one lead announces, the other tells an act done (leadwords.py)
    filed_apart: bool = False  # copies of one agency's text under datelines of two places (wirecopy.py)


def inverse_document_frequency(df: int) -> float:
    """The idf of a term in `df` articles (module docstring); never below 0."""
    p = (df + PRIOR_DOCS * PRIOR_RATE) / (REFERENCE_DOCS + PRIOR_DOCS)
    return max(0.0, min(-math.log(p), IDF_CAP))


def topical(df: int, n: int, floor: int | None = None) -> float:
    """The factor of the idf of a term in `df` of the archive's `n` articles: 1, and for a term in
    more than TOPICAL_SHARE of them ln(n/df) ÷ ln(1/TOPICAL_SHARE), down to 0 for a term in all;
    an archive of fewer than `floor` articles counts as that many (module docstring, "Small briefings":
    TOPICAL_MIN_DOCS, the default, for the weight; KEY_MIN_DOCS for whether the term is key)."""
    share = df / max(n, TOPICAL_MIN_DOCS if floor is None else floor)
    if share <= TOPICAL_SHARE:
        return 1.0
    return max(0.0, math.log(1.0 / share) / math.log(1.0 / TOPICAL_SHARE))


def document_frequencies(reports: Sequence[Report]) -> dict[str, int]:
    """term → how many of `reports` hold it (each report's terms are distinct)."""
    return Counter(chain.from_iterable(r.terms for r in reports))  # counted in C: ~10x faster


def weigh(reports: Sequence[Report], df: Mapping[str, int] | None = None) -> TermWeights:
    """The archive's term weights and key terms; `df` is `document_frequencies(reports)`, computed when
    not given. A term is key when its idf with the topic factor of floor KEY_MIN_DOCS is ≥ KEY_IDF: the
    same as its weight's idf for archives of KEY_MIN_DOCS articles or more (module docstring)."""
    if df is None:
        df = document_frequencies(reports)
    n = max(len(reports), 1)
    counts = set(df.values())
    idf = {count: inverse_document_frequency(count) * topical(count, n) for count in counts}
    key = {count for count in counts if inverse_document_frequency(count) * topical(count, n, KEY_MIN_DOCS) >= KEY_IDF}
    return TermWeights({term: idf[count] for term, count in df.items()}, reports,
                       frozenset(term for term, count in df.items() if count in key))


def calibrate(raw: float) -> float:
    """The score in [0, 1] of a raw product cosine × decay × bonus (module docstring)."""
    if raw <= 0.0:
        return 0.0
    powered = raw ** CALIBRATION_SLOPE  # as r^s / (r^s + m^s): (m / r)^s overflowed for r near 1e-300
    return powered / (powered + CALIBRATION_MIDPOINT ** CALIBRATION_SLOPE)


def decay(days: float) -> float:
    return 0.5 ** (max(0.0, days - GRACE_DAYS) / HALF_LIFE_DAYS)


def cosine(weights: TermWeights, a: int, b: int) -> float:
    va, vb = weights.vector(a), weights.vector(b)
    if len(vb) < len(va):
        va, vb = vb, va
    dot = sum(w * vb[t] for t, w in va.items() if t in vb)
    return dot / (weights.norm(a) * weights.norm(b))


def score_pairs(reports: Sequence[Report], window_days: float, df: Mapping[str, int] | None = None,
                briefing: frozenset[str] = frozenset()) -> tuple[TermWeights, list[PairScore]]:
    """The weights of the archive and every candidate pair's score (module docstring); `df` as for `weigh`; `briefing`:
    the terms of the site's title (briefingwords.briefing_terms), never an event word."""
    df = document_frequencies(reports) if df is None else df
    weights, n = weigh(reports, df), max(len(reports), 1)
    scored = []
    read: dict[tuple[str, int], frozenset[str]] = {}

    def lines(field: str, i: int) -> frozenset[str]:
        """The lines of report i's `field` ("proper", "capitalised", "opening", "actors", "places", "lead"), a set."""
        found = read.get((field, i))
        if found is None:
            text = getattr(reports[i], field)
            found = read[(field, i)] = frozenset(text.split("\n")) if text else frozenset()
            if field == "capitalised":  # (the names too: a proper name is written capitalised)
                found = read[(field, i)] = found | lines("proper", i)
        return found

    def names_of(i: int) -> frozenset[str]:
        return lines("proper", i)

    def named_in(i: int, j: int) -> bool:
        """Whether report j names (among its terms or proper names) one of the actors of report i's lead."""
        terms = weights.vector(j)
        return any(t in terms or t in names_of(j) for t in lines("actors", i))

    keys = weights.keys
    outlet_words: dict[tuple[int, bool], frozenset[str]] = {}

    def outlets_of(i: int, whole: bool = False) -> frozenset[str]:
        """The terms of the outlets report i is from or credits: never who an event is about. Accent-free (as
        `outlet_key` is): a term is looked up `fold`ed ("Føroya" in a text is Kringvarp Føroya's). `whole`: only the
        outlets named in one word ("Reuters"). A town the report writes apart from its outlet's name counts (outletwords.py)."""
        found = outlet_words.get((i, whole))
        if found is None:
            names = [n for n in (reports[i].source, *reports[i].credited) if not whole or len(words(n)) == 1]
            found = outlet_words[(i, whole)] = only_in_names(names, reports[i].terms, reports[i].tf)  # (outletwords.py)
        return found

    def not_words_of(a: int, b: int) -> frozenset[str]:  # (names, capitalised words, both only opening a sentence,
        return lines("capitalised", a) | lines("capitalised", b) | (lines("opening", a) & lines("opening", b)) | briefing
    # the title's words: FX113)

    def tell_what(a: int, b: int, enough: int = 1, key: bool = True) -> int:
        """How many event words the two share, counted up to `enough` (a figure is enough alone): key words (with
        `key` False, any of weight above 0) neither writes as a name or capitalised inside a sentence, not both only
        where a sentence opens ("Helena Marsh, Norway's ..."), and no title, nationality or month (two-word terms
        are capitalised runs: never)."""
        va, vb = weights.vector(a), weights.vector(b)
        if len(vb) < len(va):
            va, vb = vb, va
        not_words = not_words_of(a, b)
        found = 0
        for t in va:
            if t in vb and (t in keys if key else va[t] > 0) and " " not in t and t not in not_words \
                    and not role_term(t):
                found += enough if any(c.isdigit() for c in t) else 1
                if found >= enough:
                    break
        return found

    pairs, thin_pairs = candidate_pairs(reports, weights.keys, window_days)
    topic = {count for count in set(df.values()) if topical(count, n) < 1.0}  # (none, as a large archive: no names read)
    subjects = subject_words((r.proper for r in reports), (t for t, c in df.items() if c in topic) if topic else ())
    similarities = [cosine(weights, a, b) for a, b in pairs]
    fadings = [decay(abs(reports[a].time - reports[b].time) / DAY) for a, b in pairs]
    # (a thin pair is the credited outlet's report a re-telling re-tells only when no other report of it pairs)
    for (a, b), similar, fading, kind in zip(pairs, similarities, fadings, shared_originals(
            reports, pairs, [-1.0 if p in thin_pairs else c * f for p, c, f in zip(pairs, similarities, fadings)])):
        x, y = reports[a], reports[b]
        copy = copied(x.copies, y.copies)  # (a copy of one text word for word shares its original: copies.py)
        credit_only, shared = kind == CREDIT and not copy, kind == REPORT or copy  # (originals.shared_originals)
        filed_apart = copy and filed_for_two_places(x.dateline, y.dateline)  # (one wire's text for two places)
        alike = () if shared else names_alike(names_of(a), names_of(b), x.names, y.names)  # (accents or not; givenapart)
        both = [t for t, _ in alike if fold(t) not in outlets_of(a, True) | outlets_of(b, True)]
        shared_names = [t for t, u in alike if t in keys and u in keys and fold(t) not in outlets_of(a) | outlets_of(b)]
        score = calibrate(similar * fading * (ORIGINAL_BONUS if shared or credit_only else 1.0))
        waived = score > CAP and waive_actors(x.today, y.today, x.day, y.day, abs(x.time - y.time), REACTION_DAYS * DAY,
                                              lines("actors", a), lines("actors", b), lambda: share_lead_word(
                                                  lines("lead", a), lines("lead", b), keys, not_words_of(a, b)))
        named = shared or bool(shared_names) or score > CAP and subject_is_who(
            chain(both, (t for t in subjects.intersection(weights.vector(a), weights.vector(b))
                         if fold(t) not in outlets_of(a) | outlets_of(b))), lambda t: topical(df[t], n) < 1.0,
            *((NO_ACTORS,) * 2 if waived else (lines("actors", a), lines("actors", b))), abs(x.time - y.time),
            REACTION_DAYS * DAY, lambda: tell_what(a, b, 2))  # (the subject as who, or a word of its name: subjectnames.py;
        # its actors not asked of one day's news: samedaynews.py)
        # (only a score above the cap needs to know; where only places are shared, two event words are asked for)
        where = named and not shared and score > CAP and among(shared_names, lines("places", a) | lines("places", b))
        what = shared or score <= CAP or tell_what(a, b) > 0
        where_only = where and what and tell_what(a, b, 2, False) < 2
        one = (not lines("actors", a).isdisjoint(lines("actors", b)) if x.actors and y.actors
               else (not x.actors or named_in(a, b)) and (not y.actors or named_in(b, a)))
        follow_up = follows_event(x.follows, x.time, y.follows, y.time, REACTION_DAYS * DAY, x.day, x.happens, y.day,
                                  y.happens)
        reaction = not one and not shared and abs(x.time - y.time) >= REACTION_DAYS * DAY
        guide = x.guide != y.guide and not (x.via and x.via in (y.source, y.via) or y.via and y.via == x.source)
        opinion = next((k for k in (ROUNDUP, LISTED) if k in (x.opinion, y.opinion)), OPINION_PIECE * (x.opinion != y.opinion))
        apart = abs(x.time - y.time)
        far = not shared and score > CAP and apart >= REACTION_DAYS * DAY  # (leads' words: leadwords.py)
        act = apart < BACKGROUND_DAYS * DAY and (far and announcement_and_act(  # (an undated one tells a future)
            x.announces, x.day, x.future or x.announces == UNDATED, y.announces, y.day, y.future or y.announces == UNDATED)
            or not shared and score > CAP and apart >= UNDATED_HOURS * 3600 and undated_and_act(
                x.announces, x.future, y.announces, y.future))  # (from hours apart: announcements.UNDATED_HOURS)
        unshared = (far or act) and (act or apart >= BACKGROUND_DAYS * DAY) and not share_lead_word(
            lines("lead", a), lines("lead", b), keys, not_words_of(a, b))
        background, another_act = unshared and not act, unshared and act
        thin = (a, b) in thin_pairs
        scoop = scoop_after(y, x, REACTION_DAYS * DAY) if y.time >= x.time else scoop_after(x, y, REACTION_DAYS * DAY)
        announcement = announced_before(x.announces, x.day, y.announces, y.day)
        other_day = "" if x.announces and y.announces else "days" if different_days(  # (which rule: stories.held_apart)
            x.happens, x.day, y.happens, y.day) else "after" if news_after(x.happens, x.day, x.time, y.day, y.time) or \
            news_after(y.happens, y.day, y.time, x.day, x.time) else ""
        score, shared, what = (calibrate(similar * fading), False, what) if credit_only and not named else (
            score, shared or credit_only, what or credit_only)  # (a credit and no name: no bonus; originals.credit_alone)
        capped = score > CAP and (not (named and what) or follow_up or reaction or guide or thin or scoop or filed_apart
                                  or announcement or other_day or opinion or where_only or background or another_act)
        score = CAP if capped else score
        scored.append(PairScore(a, b, round(score, 6), similar, fading, shared, named, what, one, capped, follow_up,
                                reaction, guide, thin, scoop, announcement, other_day, opinion, where_only,
                                background, another_act, filed_apart))
    return weights, scored

