"""Related stories by what their leads say of days: an announcement's event, and one outlet's live blogs day by day.

stories.py links two stories as related when their candidate pairs' mean undecayed cosine is at least
stories.RELATED_MIN (a follow-up, an announcement and its event: `cosine_links`). Two rules read the leads' days beside
it, and one what a lead says its news follows from:

- `another_event`: an announcement is related to the event it announces, not to what follows that event. A trial
  (2026-12-05, tests/stories/bakery/) linked "The Commons food and rural affairs committee will question Tomas
  Kerrigan … on Tuesday 17 March" (12 March) to the minister's visit to a laboratory "a day after MPs questioned him"
  (18 March; 0.31 on the minister, the MPs and the food inspectors), beside the hearing of the 17th, which is its
  event. A story one of whose reports announces a day (announcements.lead_announces) is not linked to a story one of
  whose reports' lead places an earlier event on that day (followups.lead_follows): that one follows the event. Not
  the days the leads place their news on: an announcement's day is often not the event's ("fixed to a parapet on
  Saturday …, should go live on Monday 27 April" announces Saturday; the evaluation set's tour "starting" one day
  has its talks in Kyiv days later), and such a link is right.
- `live_updates`: one outlet's live blogs of consecutive dates, each a story of its own, are its updates of one
  running story (the labelling convention's "update"), related whatever their cosine: each day's entries are new
  news, so two days share fewer words than a re-telling (the same trial's radio station's Thursday, Friday and
  Saturday updates on an outbreak, 0.18-0.26, were linked once of three). Only a candidate pair (they share key
  terms: blocking.py) is linked, so one outlet's live blogs of two matters are not.
- `consequences`: a later story told as a consequence of an earlier one, with its names: a report whose lead says its
  news follows from (lead_causes.cause_terms: "… as interim chief executive following the departure of Gerald
  Pryce") a key term that acts in the lead of a report of the other story (leadactors.py: "Gerald Pryce has stepped
  down …"), published a day (REACTION_DAYS) or more after it, is related to it when the two reports' own undecayed
  cosine reaches the stories' minimum (stories.RELATED_MIN), whatever the other reports of the two stories share
  (since 2026-12-05: the same trial's interim chief, 0.29 with the Ledger's report of the resignation, 0.07 with the
  two that told it in other words, a mean of 0.14, was not linked). A term the earlier lead only mentions is not
  enough (a name both leads write, "Vuelta", "Storm Idris", links races and storms a week apart), nor one that acts
  in it but is a topic word of the briefing (no key term).
- `announced_events`: an announcement and its event, whatever the stories' mean cosine: a report whose lead announces
  a day (announcements.lead_announces) and a later one, a candidate pair, whose lead places its news on that day
  (eventdays.lead_event_day) or, naming and announcing no day, was published on it (since 2026-12-05: the ferry
  trial's strike notice for Monday 16 November and the strike day's reports, under RELATED_MIN on the mean, were
  unlinked; so were the closures set's vote announced and the vote, the mosaic set's open day
  announced and the open day). An announcement is told in other words than its event (the plan, the ballot; then
  the pickets, the cancelled sailings), so the mean of its story's pairs is low; the day is what ties them.
- A name's pairs count once (`named_once`, T13, 2026-12-06): every link's cosine is read with the overlapping
  two-word terms of each name the two reports share counted as one, their heaviest. terms.py makes a term of each
  two adjacent words of a name, so a name of n words held n - 1 shared names besides its words: the tester's
  derailment and court ruling were linked at 0.14 (ANNOUNCED_MIN 0.1) with 0.025 of it the pairs of "María José
  García Ortega", whom both quote, and their evidence showed "José García, María José". A two-word name (one pair)
  weighs as before; measured on the labelled sets in docs/stories.md.
- A name with and without its accents is one term (`Folding`, FX26, 2026-12-06): the T20 trial's wire wrote "María
  Fernanda González Rojas", Reuters "Gonzalez"; its breach story and day two scored 0.242 on the mean, 0.255 with the
  two spellings one term of their summed document frequency. Related links only: the grouping keeps its terms.
- `follows_another_day`: a link by the mean cosine is not made to a later story whose leads date the event they follow
  to another time than the earlier story's (since 2026-12-05: the ferry trial's explainer, "Two weeks after the Morning
  Star ran aground …", was linked to the inquiry of eight days before at 0.31, which it explains; docs/stories.md).
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Callable, Mapping, Sequence

from briefgen.analyse.announcements import announced_day
from briefgen.analyse.eventdays import LIVE_DAY, event_day
from briefgen.analyse.followups import dated_span
from briefgen.analyse.latinletters import unaccented
from briefgen.analyse.linkage import Group
from briefgen.analyse.outletkeys import outlet_core
from briefgen.analyse.propernames import role_term
from briefgen.analyse.similarity import DAY, REACTION_DAYS, PairScore, Report, inverse_document_frequency, topical
from briefgen.analyse.termvectors import TermWeights

ANNOUNCED_MIN = 0.1  # a floor set by hand, not tuned: the labelled announcement-event pairs linked score 0.22-0.26


def named_once(weights: TermWeights, a: int, b: int, proper: frozenset[str] | None = None,
               folding: Folding | None = None) -> float:
    """The cosine of reports a and b (indices into the reports) with the overlapping two-word terms of each name they
    share counted once (module docstring): shared two-word terms one of which ends with the word the other opens with
    ("maría josé", "josé garcía", "garcía ortega") add only the heaviest one's product, when that word is one of
    `proper` (the terms the two write as proper names; None: any); single words and a name's one pair add as in the
    cosine. "westmarch rail" and "rail worker" (Westmarch Rail, the Federation of Rail Workers) are two names: "rail"
    is no proper name; nor are "li hui" and "li qiang" one. At most the pair's cosine (similarity.cosine). With
    `folding`, the cosine of the two reports' `Folding` vectors: one written "Pedro González" and the other "Pedro
    Gonzalez" share the name (FX26)."""
    va, vb = (folding.vector(a), folding.vector(b)) if folding else (weights.vector(a), weights.vector(b))
    if len(vb) < len(va):
        va, vb = vb, va
    if folding is not None and proper is not None:
        proper = frozenset(folding.key.get(t, t) for t in proper)
    shared = sorted(t for t in va if t in vb)  # (sums in term order: float addition in set order would vary)
    pairs = [t for t in shared if t.count(" ") == 1]
    root = {pair: pair for pair in pairs}

    def find(pair: str) -> str:
        while root[pair] != pair:
            root[pair] = root[root[pair]]
            pair = root[pair]
        return pair
    opening: dict[str, list[str]] = {}
    for pair in pairs:
        opening.setdefault(pair.partition(" ")[0], []).append(pair)
    for pair in pairs:
        word = pair.partition(" ")[2]
        if proper is None or word in proper:
            for following in opening.get(word, ()):
                root[find(following)] = find(pair)
    total, names = 0.0, {}
    for term in shared:
        product = va[term] * vb[term]
        if term in root:
            name = find(term)
            names[name] = max(names.get(name, 0.0), product)
        else:
            total += product
    total += sum(names[name] for name in sorted(names))
    if folding is not None:
        return total / (folding.norm(a) * folding.norm(b)) if total else 0.0
    return total / (weights.norm(a) * weights.norm(b)) if total else 0.0


class Folding:
    """The reports' weight vectors with the terms that differ only in their Latin letters' accents read as one
    (latinletters.unaccented, as FX22 reads names for the who-and-what cap): "gonzález" and "gonzalez", "maría
    fernanda" and "maria fernanda", "copiapó" and "copiapo" are one term whose document frequency is the sum of
    theirs, weighted as similarity.weigh weighs a term of that many reports (each report's tf kept), so a name
    the wire writes with its accents and another outlet without weighs in a pair what it weighs when both write it
    alike (FX26: the T20 trial's breach story and its day two, 0.242 with "González" and "Gonzalez" two terms).
    `df`: the archive's document frequencies (stories.StoryArchive.df), `n` its reports. A report none of whose terms
    is written with accents anywhere in the archive keeps its vector and norm. For related links only: the story
    grouping's pairs keep their terms (FX22's measurement: folding them moved a merge)."""

    __slots__ = ("weights", "key", "idf", "_vectors", "_norms")

    def __init__(self, weights: TermWeights, df: Mapping[str, int], n: int) -> None:
        forms: dict[str, list[str]] = {}
        for term in df:
            if not term.isascii():
                forms.setdefault(unaccented(term), []).append(term)
        self.weights = weights
        self.key: dict[str, str] = {}  # a term written with and without accents in the archive → its folded form
        self.idf: dict[str, float] = {}  # folded form → its idf
        for key, terms in forms.items():
            terms += [key] if key in df and key not in terms else []
            if len(terms) < 2:
                continue  # (written one way only: its weight as it is)
            count = sum(df[t] for t in terms)
            self.idf[key] = inverse_document_frequency(count) * topical(count, max(n, 1))
            self.key.update((t, key) for t in terms)
        self._vectors: dict[int, dict[str, float]] = {}
        self._norms: dict[int, float] = {}

    def touches(self, i: int) -> bool:
        """Whether report i holds a term the folding reads as another (its vector differs from TermWeights')."""
        return bool(self.key) and any(term in self.key for term in self.weights.vector(i))

    def vector(self, i: int) -> dict[str, float]:
        """Report i's weights, folded: term (accents off where the archive writes it both ways) → tf × idf."""
        found = self._vectors.get(i)
        if found is None:
            vector, idf = self.weights.vector(i), self.weights.idf
            if not self.touches(i):
                found, norm = vector, self.weights.norm(i)
            else:
                found = {}
                for term, weight in vector.items():
                    key = self.key.get(term)
                    if key is not None:
                        weight = weight / idf[term] * self.idf[key] if idf[term] else 0.0
                        term = key
                    found[term] = max(found.get(term, 0.0), weight)
                norm = math.sqrt(sum(w * w for w in found.values())) or 1.0
            self._vectors[i], self._norms[i] = found, norm
        return found

    def norm(self, i: int) -> float:
        """The Euclidean norm of report i's folded weights (1.0 for a report with none)."""
        if i not in self._norms:
            self.vector(i)
        return self._norms[i]


def _proper(reports: Sequence[Report], a: int, b: int) -> frozenset[str] | None:
    """The terms reports a and b write as proper names (Report.proper), for `named_once`; None without reports."""
    if not reports:
        return None
    return frozenset(reports[a].proper.split("\n")) | frozenset(reports[b].proper.split("\n"))


def cosine_links(groups: Sequence[Group], scored: Sequence[PairScore], minimum: float,
                 weights: TermWeights | None = None, reports: Sequence[Report] = (),
                 df: Mapping[str, int] | None = None) -> list[tuple[int, int, float, int, int]]:
    """Story pairs (group x, group y, mean, report a, report b; x < y) whose candidate pairs have a mean *undecayed*
    cosine ≥ `minimum` (stories.RELATED_MIN), best first; moved from stories.py (2026-12-05). With `weights`, a
    story pair whose mean reaches `minimum` is read again with each shared name's pairs counted once (`named_once`,
    the names told by `reports`), and linked when that mean reaches it too, at that mean. With `df` too (the
    archive's document frequencies), that reading is of the terms folded (`Folding`: a name written with and
    without its accents one term), and a story pair one of whose reports holds such a term is read so whatever its
    mean (FX26).

    Each with its most similar article pair (a, b), whose shared terms are the evidence.
    Only pairs inside the grouping window are candidates, so a follow-up more than
    `stories.window` days later is not linked (docs/log/stories.md, limits).
    """
    home = {i: k for k, g in enumerate(groups) for i in g.members}
    sums: dict[tuple[int, int], float] = {}
    best: dict[tuple[int, int], PairScore] = {}
    between: dict[tuple[int, int], list[PairScore]] = {}
    for pair in scored:
        x, y = sorted((home[pair.a], home[pair.b]))
        if x != y:
            sums[(x, y)] = sums.get((x, y), 0.0) + pair.cosine
            between.setdefault((x, y), []).append(pair)
            if (x, y) not in best or pair.cosine > best[(x, y)].cosine:
                best[(x, y)] = pair
    found = []
    folding = Folding(weights, df, len(reports)) if weights is not None and df is not None else None
    for (x, y), total in sums.items():
        size = len(groups[x].members) * len(groups[y].members)
        mean = total / size
        if weights is not None and (mean >= minimum or folding is not None and any(
                folding.touches(i) for i in groups[x].members + groups[y].members)):
            once = [(named_once(weights, p.a, p.b, _proper(reports, p.a, p.b), folding), p) for p in between[(x, y)]]
            mean = sum(c for c, _ in once) / size
            best[(x, y)] = max(once, key=lambda o: (o[0], -o[1].a, -o[1].b))[1]
        if mean >= minimum:
            found.append((x, y, round(mean, 4), best[(x, y)].a, best[(x, y)].b))
    return sorted(found, key=lambda f: (-f[2], f[0], f[1]))


def follows_another_day(reports: Sequence[Report], earlier: Sequence[int], later: Sequence[int]) -> bool:
    """Whether the reports of a later story (`later`, indices into `reports`), published REACTION_DAYS or more after
    every report of the `earlier` one, whose leads date the event they follow (followups.lead_follows: "Two weeks
    after the Morning Star ran aground …") date it, each, to a time no report of the earlier story was published in
    (followups.dated_span), and one does, while no report of the earlier story follows an event of that time: the
    later story follows another day's event, and is no follow-up of the earlier one (module docstring). Within a day
    the two tell one news cycle; two stories that follow one event (a restore "ten days after the cyber incident" and
    its completion "three weeks after" it) may be one matter's steps."""
    if min(reports[j].time for j in later) - max(reports[i].time for i in earlier) < REACTION_DAYS * DAY:
        return False
    spans = [span for j in later if reports[j].follows and (span := dated_span(reports[j].follows, reports[j].time))]
    if not spans or any(lo <= reports[i].time < hi for lo, hi in spans for i in earlier):
        return False
    own = [span for i in earlier if reports[i].follows and (span := dated_span(reports[i].follows, reports[i].time))]
    return not any(lo < other_hi and other_lo < hi for lo, hi in spans for other_lo, other_hi in own)


def another_event(reports: Sequence[Report], first: Sequence[int], second: Sequence[int]) -> bool:
    """Whether one of two stories (their members, indices into `reports`) announces a day that a report of the other
    places an earlier event on (its lead's follow-up date, followups.dated_span, covers the day's noon UTC), so the
    other follows the announced event: no announcement and its event, not related (module docstring)."""
    for one, other in ((first, second), (second, first)):
        announced = {announced_day(reports[i].announces, reports[i].day) for i in one if reports[i].announces}
        announced.discard(None)
        for j in other if announced else ():
            span = dated_span(reports[j].follows, reports[j].time) if reports[j].follows else None
            if span is not None and any(span[0] <= _noon(day) < span[1] for day in announced):  # type: ignore[arg-type]
                return True
    return False


def _noon(day: int) -> float:
    """Noon UTC of a day (`date.toordinal()`), in POSIX seconds."""
    return dt.datetime.combine(dt.date.fromordinal(day), dt.time(12), dt.timezone.utc).timestamp()


def live_updates(reports: Sequence[Report], scored: Sequence[PairScore],
                 groups: Sequence[Group]) -> list[tuple[int, int, float, int, int]]:
    """Related links (group x, group y, score, report a, report b; x < y, indices into `groups` and `reports`)
    between one outlet's live blogs of consecutive dates that are stories of their own, for each candidate pair of
    `scored` (not a thin one) of two such blogs; the score is the pair's undecayed cosine (module docstring)."""
    home = {i: k for k, g in enumerate(groups) for i in g.members}
    found = []
    for p in scored:
        x, y = reports[p.a], reports[p.b]
        if p.thin or x.happens != LIVE_DAY or y.happens != LIVE_DAY or abs(x.day - y.day) != 1:
            continue
        gx, gy = home[p.a], home[p.b]
        if len(groups[gx].members) == 1 and len(groups[gy].members) == 1 and x.source and \
                outlet_core(x.source) == outlet_core(y.source):
            found.append((min(gx, gy), max(gx, gy), round(p.cosine, 4), p.a, p.b))
    return found


def consequences(reports: Sequence[Report], scored: Sequence[PairScore], groups: Sequence[Group], keys: frozenset[str],
                 minimum: float, weights: TermWeights | None = None) -> list[tuple[int, int, float, int, int]]:
    """Related links (group x, group y, score, report a, report b; x < y, indices into `groups` and `reports`), the
    best pair of each two groups, for each pair of `scored` (not a thin one) between two groups whose undecayed
    cosine is at least `minimum` and whose later report, REACTION_DAYS or more after the other, names among its
    `causes` a key term (`keys`, no title or role) that acts in the other's lead (module docstring); the score is
    that cosine; with `weights`, read with each shared name's pairs counted once (`named_once`)."""
    def follows_from(early: Report, late: Report) -> bool:
        if not late.causes or not early.actors or late.time - early.time < REACTION_DAYS * DAY:
            return False
        actors = set(early.actors.split("\n"))
        return any(t in actors and t in keys and not role_term(t) for t in late.causes.split("\n"))
    return _best_links(reports, scored, groups, minimum, follows_from, weights)


def announced_events(reports: Sequence[Report], scored: Sequence[PairScore], groups: Sequence[Group],
                     minimum: float, weights: TermWeights | None = None) -> list[tuple[int, int, float, int, int]]:
    """Related links (group x, group y, score, report a, report b; x < y) between an announcement and its event: a
    candidate pair (not a thin one) whose earlier report announces a day (announcements.announced_day) that the
    later one's lead places its news on (eventdays.event_day), or, its lead naming no day and announcing none, the
    day it was published on; their undecayed cosine at least `minimum`; the score is that cosine (2026-12-05, the
    ferry trial: the union's strike notice for Monday 16 November and the strike day's reports, 0.1-0.2, unlinked);
    with `weights`, the cosine is read with each shared name's pairs counted once (`named_once`)."""
    def announces_it(early: Report, late: Report) -> bool:
        if not early.announces or late.day <= early.day:
            return False
        day = announced_day(early.announces, early.day)
        news = event_day(late.happens, late.day) if late.happens else (None if late.announces else late.day)
        return day is not None and news == day
    return _best_links(reports, scored, groups, minimum, announces_it, weights)


def named_incidents(reports: Sequence[Report], scored: Sequence[PairScore], groups: Sequence[Group]
                    ) -> list[tuple[int, int, float, int, int]]:
    """Related links (group x, group y, score, report a, report b; x < y) from each story whose report's lead names an
    incident (`Report.incidents`: "Storm Idris", "the Cedar Ridge Fire"; incidents.py) to the story of the earliest
    report that names it, whatever their cosine: the incident's follow-ups to its report, never to each other, and
    not from a report whose lead names another incident of the same kind too ("Storm Jana … a week after Storm
    Idris"). Only across a scored pair (they share key terms: blocking.py); the score is the best such pair's cosine,
    its reports the evidence's."""
    home = {i: k for k, g in enumerate(groups) for i in g.members}
    naming: dict[str, list[int]] = {}
    for i, report in enumerate(reports):
        for incident in report.incidents.split("\n") if report.incidents else ():
            naming.setdefault(incident, []).append(i)
    best: dict[tuple[int, int], PairScore] = {}
    for p in scored:
        x, y = sorted((home[p.a], home[p.b]))
        if x != y and ((x, y) not in best or p.cosine > best[(x, y)].cosine):
            best[(x, y)] = p
    links: dict[tuple[int, int], tuple[int, int, float, int, int]] = {}
    for incident, holders in naming.items():
        origin = home[min(holders, key=lambda i: (reports[i].time, reports[i].slug))]
        kind = incident.partition("\t")[0]
        for i in holders:
            own = [other for other in reports[i].incidents.split("\n") if other != incident and other.startswith(kind + "\t")]
            key = (min(origin, home[i]), max(origin, home[i]))
            if home[i] == origin or own or key not in best or key in links:
                continue
            pair = best[key]
            links[key] = (*key, pair.cosine, pair.a, pair.b)
    return sorted(links.values(), key=lambda link: (-link[2], link[0], link[1]))


def _best_links(reports: Sequence[Report], scored: Sequence[PairScore], groups: Sequence[Group], minimum: float,
                accepts: Callable[[Report, Report], bool], weights: TermWeights | None = None
                ) -> list[tuple[int, int, float, int, int]]:
    """The best pair (group x, group y, cosine, report a, report b; x < y) of each two groups among the pairs of
    `scored` (not thin, undecayed cosine ≥ `minimum`, across two groups) that `accepts(earlier, later)` (by
    publication time), best first: the loop `consequences` and `announced_events` share. With `weights`, the
    cosine of a pair accepted is read with each shared name's pairs counted once (`named_once`), and must reach
    `minimum`."""
    home = {i: k for k, g in enumerate(groups) for i in g.members}
    best: dict[tuple[int, int], tuple[int, int, float, int, int]] = {}
    for p in scored:
        if p.thin or p.cosine < minimum or home[p.a] == home[p.b]:
            continue
        first, second = reports[p.a], reports[p.b]
        if not (accepts(first, second) if first.time <= second.time else accepts(second, first)):
            continue
        score = p.cosine if weights is None else named_once(weights, p.a, p.b, _proper(reports, p.a, p.b))
        if score < minimum:
            continue
        x, y = sorted((home[p.a], home[p.b]))
        if (x, y) not in best or score > best[(x, y)][2]:
            best[(x, y)] = (x, y, round(score, 4), p.a, p.b)
    return sorted(best.values(), key=lambda f: (-f[2], f[0], f[1]))
