"""Stories: articles about one news event (or one original report) grouped, with lead, credit and roles.

Takes the articles, their `StoryFeatures` (the per-article analysis `story_analysis`,
memoised and run in parallel by the build) and the config; gives a `StoryGrouping`:
every article in exactly one `Story` (singletons included), borderline merges as
`Suggestion`s for the editor (never shown to readers) and `Related` links between
stories. The method is described in docs/stories.md; in short:

1. `story: <id>` forces articles together (an article whose slug is the id joins them,
   so a suggestion is accepted with one line; when it has a line of its own, the chain is
   followed: storylines.py); `story: none` keeps one alone. Articles without a line join
   a forced story when they are close enough to any part of it.
2. Candidate pairs (same time window, a shared rare term) are scored (`similarity.py`); a live blog and a
   report that dates no news are capped (`eventdays.live_day_apart`).
3. Average linkage merges groups while their mean pair score is ≥ `stories.threshold`
   (`linkage.py`); groups with two different explicit ids never merge. Two reports of one day that each re-tell a
   third with its names count at the threshold, whatever words they share (`story_bridges.py`).
4. Groups whose mean score is within `stories.suggest` below the threshold are
   suggestions; stories whose candidate pairs have a mean *undecayed* cosine of at
   least RELATED_MIN are related (a follow-up or an announcement and its event), one outlet's live blogs of
   consecutive dates, and a later story whose lead says it follows from an earlier lead's actor; an announcement is
   not related to what follows its event, nor a story to a later one whose leads date another day's event
   (`relatedlinks.py`).

Story ids: the explicit id if a member has one, else the slug of the earliest member
(ties by slug). If two stories would get the same id, the one with the explicit id keeps
it and the other takes its next member's slug (then `<slug>-story`, `-story-2` …). A story's id is stable
when a later article joins it; it changes only if an earlier article joins.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from briefgen.analyse.outletkeys import outlet_core, outlet_key
from briefgen.analyse.outletlookalikes import desk_of
from briefgen.analyse.linkage import Group, Linked, average_linkage, editions_of, one_part_each
from briefgen.analyse.ownreports import edition, reissues, same_sitting
from briefgen.analyse.piecekinds import LISTED, piece_kind
from briefgen.analyse.relatedlinks import (ANNOUNCED_MIN, another_event, announced_events, consequences, cosine_links,
                                          follows_another_day, live_updates, named_incidents)
from briefgen.analyse.backgrounds import story_backgrounds
from briefgen.analyse.roles import Roles, assign_roles
from briefgen.analyse.eventdays import LIVE_DAY, live_day_apart, live_statement
from briefgen.analyse.entryzones import UNLABELLED, clock_offset
from briefgen.analyse.livedays import calendar_offset, day_sure, entries_day, names_apart, placed_entries, tells_entry, within_entries
from briefgen.analyse.evidence import bridging_terms, outlet_terms, shared_terms, telling_terms, written_names
from briefgen.analyse.givenapart import apart_terms
from briefgen.analyse.guides import explainer_headline, question_headline
from briefgen.analyse.briefingwords import briefing_terms
from briefgen.analyse.heldapart import HELD_APART, OTHER_DAYS, held_apart  # noqa: F401 (re-exported)
from briefgen.analyse.similarity import (CAP, ORIGINAL_BONUS, PairScore, Report, calibrate, document_frequencies,
                                         score_pairs)
from briefgen.analyse.story_bridges import bridged, via_explainers
from briefgen.analyse.storyfeatures import (AFTER_TERMS, CREDIT_CHARS, EMPTY, StoryFeatures, story_analysis,  # noqa: F401
                                            story_features)  # (re-exported)
from briefgen.analyse.storygrouping import Related, Story, StoryGrouping, Suggestion  # noqa: F401 (re-exported)
from briefgen.analyse.storylines import StoryLines, resolve_story_lines
from briefgen.load.config import Config
from briefgen.load.documents import Article
from briefgen.load.writtenoffsets import written_day

CAPPED_LINKAGE = CAP / 2  # what a capped pair counts for when groups merge (docs/log/stories.md, Method 5)
EVIDENCE_TERMS = 8
RELATED_MIN = 0.25  # set by hand, not tuned: links 3 of the 9 labelled related pairs and no distinct pair


@dataclass(frozen=True, slots=True)
class Archive:
    """What grouping reads of every article, made ready: reports and credits in slug order, and
    the document frequency of each term (the number of reports holding it).

    `prepare` makes it from the features; the build keeps one from build to build and
    updates it for the articles whose features changed (speed/storyarchive.py), so an edit
    to one lead does not split 10,000 articles' terms and count them again. Either way
    grouping gives the same result (tested as a property).
    """

    reports: tuple[Report, ...]
    credits: tuple[tuple[str, ...], ...]  # StoryFeatures.credits of each report
    df: Mapping[str, int]  # term → reports holding it (only terms some report holds)


def report_of(article: Article, terms: tuple[str, ...], weights: bytes, names: str, credits: tuple[str, ...],
              proper: str = "", capitalised: str = "", opening: str = "", actors: str = "", follows: str = "",
              guide: bool = False, scoop: str = "", announces: str = "", happens: str = "", places: str = "",
              lead: str = "", future: bool = False, causes: str = "", today: bool = False, copies: bytes = b"",
              dateline: str = "", placed: str = "", incidents: str = "", sourced: str = "",
              listed: bool = False, first_entry: int = -1, last_entry: int = -1, entry: str = "",
              first: str = "", zone: int = UNLABELLED) -> Report:
    """The `Report` of an article with its story features: after `terms` (split), every field of
    `StoryFeatures` after its own `terms`, in its order (speed/storyarchive.py passes them as columns)."""
    own = outlet_key(article.source)
    credited = {outlet_key(article.via)} if article.via else set()
    credited |= {outlet_key(name) for name in credits}
    core = outlet_core(own)  # its own: "told Valley Radio" (Valley Radio News), "told the Times" (Tidewater Times: a
    credited = {key for key in credited if outlet_core(key) != core and not core.endswith(f" {outlet_core(key)}")
                and not desk_of(own, key)}  # (and a desk's its outlet: "BBC World Service" and "BBC", outletlookalikes)
    # trial's vox pop credited the known outlet The Times, which became the story's "first reported by")
    written, at = article.written_offset, (first_entry, last_entry, article.published, article.has_time)
    clock = clock_offset(zone, written)  # (its entries' clock: a zone's label, else its writer's offset: FX95)
    return Report(article.slug, article.published.timestamp(), own, frozenset(credited), terms, weights, names,
                  proper, capitalised, opening, actors, follows, guide, bool(scoop) and outlet_key(scoop) == own,
                  announces, entries_day(*at, clock) if first_entry >= 0 else written_day(article.published, written),
                  happens,  # (a report's date on its writer's calendar: its day words' date, FX112)
                  piece_kind(article.title) or (LISTED if listed else ""), places, lead, future, causes, today, copies,
                  outlet_key(article.via) if article.via else "", dateline, placed, incidents, sourced,
                  entry if day_sure(*at, clock) else "",  # (FX80)
                  frozenset(key for key in map(outlet_key, first.split("\n")) if key in credited) if first else frozenset(),
                  calendar_offset(article.published, written), placed_entries(*at, clock))  # (FX86)


def _report(article: Article, found: StoryFeatures) -> Report:
    return report_of(article, found.term_list(), *(getattr(found, name) for name in AFTER_TERMS))


def prepare(ordered: Sequence[Article], features: Mapping[str, Any]) -> Archive:
    """The `Archive` of `ordered` (sorted by slug) and their features by slug, made from scratch."""
    found = [features.get(a.slug, EMPTY) for a in ordered]
    reports = tuple(_report(a, f) for a, f in zip(ordered, found))
    return Archive(reports, tuple(f.credits for f in found), document_frequencies(reports))


def _forced(lines: StoryLines) -> list[Group]:
    """Starting groups from the resolved `story:` lines: one per article with an id; `none` locked alone."""
    return [Group((i,), "", True) if alone else Group((i,), label)
            for i, (label, alone) in enumerate(zip(lines.ids, lines.alone)) if label or alone]


def group_stories(articles: tuple[Article, ...], features: Mapping[str, Any], config: Config,
                  archive: Archive | None = None) -> StoryGrouping:
    """Every article in exactly one story (module docstring); deterministic for any input order.

    `archive`, when given, is `prepare(sorted articles, features)` kept up to date by the
    caller (speed/storyarchive.py); `features` is then not read. Raises ValueError when it
    is not for these articles.
    """
    ordered = tuple(sorted(articles, key=lambda a: a.slug))
    if archive is None:
        archive = prepare(ordered, features)
    elif [r.slug for r in archive.reports] != [a.slug for a in ordered]:
        raise ValueError("the story archive is not for these articles")
    reports = archive.reports
    weights, scored = score_pairs(reports, config.story_window, archive.df, briefing_terms(config.title))  # (FX113)
    scored = _live_days_apart(reports, scored, weights.keys)
    threshold = config.story_threshold
    lines = resolve_story_lines(ordered)
    # A capped pair (similarity.CAP: no shared who or what, or another actor a day later) counts CAPPED_LINKAGE
    # when groups merge, a thin one (one shared word, scored for a credit) nothing; both count at their score for
    # the editor's suggestions (below), and a thin one links no related stories (readers see those).
    # One outlet's reports of two dates are never merged, nor suggested: its news and a development of it (ownreports.py)
    editions = [edition(r.source, r.day, a.title, r.time if a.has_time else None) for r, a in zip(reports, ordered)]
    bridges = bridged(reports, scored, threshold, weights.keys) | via_explainers(reports, scored, threshold)
    clustering = average_linkage(len(ordered), (  # (two re-tellings of a third that share no words; an explainer
        (p.a, p.b, threshold if (p.a, p.b) in bridges else CAPPED_LINKAGE if p.capped else p.score)  # via: the third's
        for p in scored if not p.thin), threshold, _forced(lines), editions, same_sitting)  # outlet: story_bridges.py)
    pair_score = {(p.a, p.b): p.score for p in scored}

    def evidence(members: tuple[int, ...], joining: tuple[int, ...] = ()) -> tuple[str, ...]:
        """Shared terms, each as most of the members holding it write it (a name, a compound, the word as written:
        writtenforms.py; of as many, the term itself, then the first member's form by slug); with `joining`, the terms linking
        `members` to the `joining` story (`bridging_terms`). The first member's form alone showed a trial "40-hour", which one report of
        four wrote, and "Sites" where one report opened a sentence with it (2026-12-04)."""
        forms: list[tuple[int, dict[str, str]]] = []
        for i in sorted(members + joining):
            written = dict(line.partition("\t")[::2] for line in reports[i].names.split("\n")) if reports[i].names else {}
            forms.append((i, written))
        terms = bridging_terms(weights, members, joining) if joining else shared_terms(weights, members)
        kept = telling_terms([term for term, _ in terms], outlet_terms([reports[i] for i in members + joining]) | apart_terms(
                                 [reports[i].names for i in members + joining]),  # (a given name of two people: givenapart.py)
                             frozenset(w for i in members + joining for w in reports[i].proper.split("\n")))

        def shown(term: str) -> str:
            votes: dict[str, int] = {}
            for i, written in forms:
                if term in weights.vector(i):
                    form = written.get(term, term)
                    votes[form] = votes.get(form, 0) + 1
            if not votes:
                return term
            # (capitalised only when most members write it so; "St Aldric's Hospital" in one report and "hospitals" in
            # another is the word. Then the commonest form, of as many the term itself, then the first member's)
            capital = {form for form in votes if form != form.lower()}
            if 2 * sum(votes[form] for form in capital) > sum(votes.values()):
                votes = {form: n for form, n in votes.items() if form in capital}
            else:
                votes = {form: n for form, n in votes.items() if form not in capital} or votes
            return max(votes, key=lambda form: (votes[form], form == term))
        first: dict[str, None] = {}  # (the first EVIDENCE_TERMS forms, one compound or name once; the rest unshown)
        for form in (form for term in kept for form in written_names(term, shown)):
            first[form] = None
            if len(first) == EVIDENCE_TERMS:
                break
        return tuple(first)

    def cohesion(members: tuple[int, ...]) -> float:
        if len(members) < 2:
            return 1.0
        total = sum(pair_score.get((a, b), 0.0) for k, a in enumerate(members) for b in members[k + 1:])
        return round(total / (len(members) * (len(members) - 1) / 2), 4)

    backgrounds = story_backgrounds([g.members for g in clustering.groups], ordered, reports, pair_score)
    roles: list[Roles] = [_with_updates(assign_roles([ordered[i] for i in g.members], [reports[i] for i in g.members],
                                                     [archive.credits[i] for i in g.members], background),
                                        [ordered[i] for i in g.members])
                          for g, background in zip(clustering.groups, backgrounds)]
    ids = _story_ids(ordered, clustering.groups)
    stories = [Story(ids[k], r.members, r.members[0], r.original, r.roles, cohesion(g.members),
                     evidence(g.members) if len(g.members) > 1 else (),
                     tuple(ordered[i].slug for i in g.members if g.label and lines.ids[i] == g.label), r.retells)
               for k, (g, r) in enumerate(zip(clustering.groups, roles))]
    suggestions, related = [], []
    band = threshold - config.story_suggest
    capped = [p for p in scored if p.capped]  # (what a suggestion's reasons are read from)
    named = frozenset(i for p in scored if p.guide for i in (p.a, p.b) if explainer_headline(ordered[i].title)
                      or reports[i].guide and question_headline(ordered[i].title))  # (guides.question_headline)
    for link in _links(clustering.groups, scored, threshold, named):
        x, y = clustering.groups[link.first], clustering.groups[link.second]
        if link.score < band or x.locked or y.locked or (x.label and y.label):
            continue  # not borderline, or the editor already decided (`none`, or an id on both sides); a mean at or
            # over the threshold that did not merge counts capped pairs at their cap here, at half in the merging: a
            # trial's pair fell between the two, neither merged nor suggested
        if not one_part_each(editions_of(x.members, editions), editions_of(y.members, editions), same_sitting):
            continue  # one outlet's news and its development (ownreports.py): never one story, so never suggested

        # The story that keeps its id: the one with an explicit id, else the smaller id. Its id
        # written as `story:` into the other story's articles merges them (the slug rule).
        first_keeps = bool(x.label) if bool(x.label) != bool(y.label) else \
            stories[link.first].id <= stories[link.second].id
        keep, join = (link.first, link.second) if first_keeps else (link.second, link.first)
        suggestions.append(Suggestion(stories[keep].id, stories[join].id, stories[join].members,
                                      round(link.score, 4), evidence(x.members, y.members),
                                      held_apart(_between(capped, x.members, y.members))))
    times = {r.slug: r.time for r in reports}
    links = [link for link in cosine_links(clustering.groups, [p for p in scored if not p.thin], RELATED_MIN, weights,
                                           reports, archive.df)
             if not follows_another_day(reports, *(clustering.groups[k].members for k in sorted(
                 link[:2], key=lambda k: min(reports[i].time for i in clustering.groups[k].members))))]
    linked = {(x, y) for x, y, *_ in links}
    for link in live_updates(reports, scored, clustering.groups) + consequences(
            reports, scored, clustering.groups, weights.keys, RELATED_MIN, weights) + announced_events(
            reports, scored, clustering.groups, ANNOUNCED_MIN, weights) + named_incidents(reports, scored, clustering.groups):
        if link[:2] not in linked:  # (a live blog's update, a consequence told with the other's names: relatedlinks.py)
            links.append(link)
            linked.add(link[:2])
    for first, second, score, a, b in links:
        if another_event(reports, clustering.groups[first].members, clustering.groups[second].members):
            continue  # an announcement links to its event, not to the news of another day after it (relatedlinks.py)
        if times[stories[second].lead] < times[stories[first].lead]:
            first, second = second, first
        related.append(Related(stories[first].id, stories[second].id, score, evidence((a, b))))
    stories.sort(key=lambda s: (-times[s.lead], s.id))
    return StoryGrouping(tuple(stories), tuple(suggestions), tuple(related), lines.cycles)


def _live_days_apart(reports: Sequence[Report], scored: list[PairScore], keys: frozenset[str]) -> list[PairScore]:
    """`scored` with each pair of a live blog and a report whose lead dates no news of its own capped, as their news
    on different days (eventdays.live_day_apart; the other rules are similarity.py's), unless the report is of the
    blog's day and its lead tells the news of the blog's leading entry (an event word of `keys`, similarity's:
    livedays.tells_entry)."""
    found = []
    for p in scored:
        x, y = reports[p.a], reports[p.b]
        if p.score > CAP and not p.capped and (x.happens == LIVE_DAY or y.happens == LIVE_DAY) and (
                live_day_apart(x.happens, y.happens) or live_day_apart(y.happens, x.happens)) and not live_statement(
                *((x.day, x.time, frozenset(x.terms), y.source, y.day, y.time) if x.happens == LIVE_DAY
                  else (y.day, y.time, frozenset(y.terms), x.source, x.day, x.time))) and not (  # (a party's statement)
                _blogs_day(*((x, y) if x.happens == LIVE_DAY else (y, x))) and _tells_entry(*((x, y) if x.happens == LIVE_DAY else (y, x)), keys)):
            p = replace(p, score=CAP, capped=True, other_day="live")
        found.append(p)
    return found


def _blogs_day(blog: Report, other: Report) -> bool:
    """Whether `other` is of a day `blog`'s entries ran on: on `other`'s calendar when the blog's entries are placed in
    time (its writer's offset written: livedays.within_entries, FX86), else the blog's first entry's day on the site's
    calendar (livedays.entries_day, a sure one: day_sure)."""
    return within_entries(blog.entries, other.time, other.offset) if blog.entries else blog.day == other.day


def _tells_entry(blog: Report, other: Report, keys: frozenset[str]) -> bool:
    """Whether `other`'s lead shares an event word with `blog`'s leading entry (livedays.tells_entry): not a name or
    a word either writes capitalised inside a sentence, nor one both write capitalised only where a sentence opens;
    and not when each names what the other never writes (livedays.names_apart: two events of one kind, FX80)."""
    def lines(text: str) -> frozenset[str]:
        return frozenset(text.split("\n")) if text else frozenset()
    not_words = lines(blog.capitalised) | lines(blog.proper) | lines(other.capitalised) | lines(other.proper) | (
        lines(blog.opening) & lines(other.opening))
    entry, lead = lines(blog.entry), lines(other.lead)
    blog_names, other_names = lines(blog.capitalised) | lines(blog.proper), lines(other.capitalised) | lines(other.proper)
    return tells_entry(entry, lead, keys, not_words) and not names_apart(
        entry & blog_names, frozenset(blog.terms), lead & other_names, frozenset(other.terms))  # (two events: FX80)


def _between(pairs: Sequence[PairScore], first: Sequence[int], second: Sequence[int]) -> list[PairScore]:
    """The pairs of `pairs` with one report in `first` and the other in `second` (indices into the reports)."""
    ones, others = set(first), set(second)
    return [p for p in pairs if (p.a in ones and p.b in others) or (p.a in others and p.b in ones)]


def _links(groups: tuple[Group, ...], scored: list[PairScore], threshold: float, named: frozenset[int]) -> list[Linked]:
    """Every pair of final groups with a scored pair between them and the mean of their pair scores, capped pairs at
    their capped score (unlike the merging), best first: what a suggestion is made of. A pair of a piece for readers
    and a report (`PairScore.guide`: by the labelling convention never one story) counts so only when its own score
    reaches `threshold` — the guide rule, not its words, held it apart —, else as in the merging (CAPPED_LINKAGE): no
    borderline merge (T14: a blog post and a readers' Q&A, 0.46, were suggested as one story; docs/stories.md); never
    when its headline names the guide an explainer (`named`: guides.explainer_headline, T16: no rule's guess)."""
    home = {i: k for k, group in enumerate(groups) for i in group.members}
    sums: dict[tuple[int, int], float] = {}
    for p in scored:
        x, y = home[p.a], home[p.b]
        if x != y and p.score > 0:
            key = (x, y) if x < y else (y, x)
            sums[key] = sums.get(key, 0.0) + (CAPPED_LINKAGE if p.guide and (p.a in named or p.b in named or (calibrate(
                p.cosine * p.decay * (ORIGINAL_BONUS if p.shared_original else 1.0)) if p.capped else p.score)
                < threshold) else p.score)
    links = [Linked(x, y, total / (len(groups[x].members) * len(groups[y].members)))
             for (x, y), total in sums.items()]
    links.sort(key=lambda link: (-link.score, link.first, link.second))
    return links


def _with_updates(found: Roles, articles: Sequence[Article]) -> Roles:
    """`found` with each re-issue of a member's report (ownreports.reissues: "Update: …", "UPDATE 1-…") as "update",
    never the lead: the lead is then the earliest original left when an outlet is credited, else the earliest report
    left (members: the lead, then by time and slug)."""
    again = reissues(articles) if len(articles) > 1 else frozenset()
    if not again:  # (nearly every story)
        return found
    role = {slug: ("update" if slug in again else kind) for slug, kind in found.roles}
    lead = found.members[0]
    if lead in again:
        left = [slug for slug in found.members[1:] if slug not in again]  # (by time; a first version is never one)
        lead = next((slug for slug in left if found.original and role[slug] == "original"),
                    next((slug for slug in left if role[slug] != "statement"), left[0]))
    by_time = [a.slug for a in sorted(articles, key=lambda a: (a.published, a.slug))]
    order = (lead, *(slug for slug in by_time if slug != lead))
    return Roles(order, found.original, tuple((slug, role[slug]) for slug in order),
                 tuple(told for told in found.retells if role[told[0]] == "re-report"))


def _story_ids(ordered: tuple[Article, ...], groups: tuple[Group, ...]) -> list[str]:
    """One id per group, all different (they are URLs: stories/<id>/). A group with an explicit
    id keeps it; another takes the slug of its earliest member that is no id yet, else
    `<earliest slug>-story`, `-story-2`, `-story-3` … whichever is free: the editor may have
    written `story: a-story` in another article (a trial: `a.md` said `story: none`, `b.md`
    `story: a`, `c.md` `story: a-story`, and the build crashed on two stories "a-story")."""
    taken = {g.label for g in groups if g.label}
    ids = []
    for group in groups:
        if group.label:
            ids.append(group.label)
            continue
        members = sorted(group.members, key=lambda i: (ordered[i].published, ordered[i].slug))
        choice = next((ordered[i].slug for i in members if ordered[i].slug not in taken), "")
        if not choice:
            base, n = f"{ordered[members[0]].slug}-story", 1
            choice = base
            while choice in taken:
                n += 1
                choice = f"{base}-{n}"
        taken.add(choice)
        ids.append(choice)
    return ids
