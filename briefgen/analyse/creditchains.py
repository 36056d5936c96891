"""Credit chains in a story: which members re-tell another member's report, which outlets only re-tell, and whom a
credit of such an outlet reaches in the end (roles.py asks; the T24 trial, 2026-12-07).

Takes a story's members (`Article`s with their scoring `Report`s and the outlets each one credits, `voted`); gives
bools and frozensets of `outlet_key`s. Rules:

- A member re-tells another member's report when it credits that member's outlet and that report is not known to be
  published after it (`retells`; T17, 2026-12-06: the Seoul Herald's "SANTIAGO, Chile (Pacifica) —" print).
- An outlet *re-tells* in a story when every one of its members there re-tells another member's report that does not
  credit it back (`retells_one_way`, `retelling_outlets`): Reuters' "…, as first reported by Andes Business Wire on Monday" makes Reuters a re-teller of
  ABW's 11:40 scoop. A credit of such an outlet (a reprint's `via: Reuters`) reaches what it re-tells (`followed`): the
  T24 trial's reprint `via: Reuters` outvoted five members' credits of ABW, Reuters' report was called the original
  and ABW's an "Independent report" beside "First reported here by Andes Business Wire".
- An outlet *relays* in a story when every one of its members there passes the news on to another outlet: prints its
  copy (`via:`) or gives it the first report ("as first reported by Bloomberg": creditkinds.py), whether or not that
  outlet's report is in the story or known to be earlier (`relaying_outlets`, `passed_on`; BR39 class 2, FX75,
  2026-12-07: "Reuters 12:00Z, as first reported by Bloomberg" and the Courier's reprint `via: Reuters` made Reuters
  the original, Bloomberg having no report in the briefing; so did Bloomberg's report dated after Reuters' by a time
  zone's slip). A credit of a relay reaches those it passes the news on to (`followed`), not its plain credits ("X
  reported", "according to X": FX71's try followed those too and moved 12 of 477 roles of the synthetic 10x corpus,
  whose text credits are filler).
- A plain credit of a re-teller reaches what it re-tells only through its reports not known to be published after the
  crediting member (`followed`'s `dated`; FX88, 2026-12-07): "ABW 10:00 … Reuters reported", "Reuters 11:00 … El
  Altiplano reported", "El Altiplano 12:00 … ABW reported" made El Altiplano a re-teller of ABW, Reuters' credit of
  El Altiplano reached ABW, and the page said "First reported by ABW" of the report that credits Reuters before it:
  Reuters' credit is of an El Altiplano report before 11:00, not of the one at 12:00. Not a relay's claim of the first
  report (a claim of the story's first report holds whenever it is made), nor a `via:` (a print may be timed before
  its wire's own copy, BR10).
- Credits that close a cycle tell no order (`uncycled`, BR39, 2026-12-07): members crediting each other round a loop,
  none known to be later than the member it credits ("ABW 10:00 as first reported by Reuters", "Reuters 10:00 … El
  Altiplano", "El Altiplano 10:00 … ABW"), re-tell none of each other: their text credits there are dropped, the story
  credits none of them and no member is the original (it had said "First reported by ABW, according to ABW, …", every
  member a re-telling, or picked one of two by its slug). A `via:` is the editor's word and stays, as does the
  credit of a print (`prints_copy`).
- A member prints an outlet's copy when its `via:` or the wire dateline opening it names an outlet it credits
  (`prints_copy`): "SAN SALVADOR DE JUJUY (ASN) —" is the agency's copy, a re-telling of it whichever outlet the story
  credits and whether or not the agency's own report is in the briefing (T24, F2).
"""
from __future__ import annotations

from typing import Callable, Sequence

from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.similarity import Report
from briefgen.load.documents import Article


def known_earlier(first: Article, second: Article) -> bool:
    """Whether `first` is known to have been published before `second`: by the moment when both
    give a time, else by the day (the site's calendar: `published` is in its zone). A date without
    a time is that day, not its midnight: a report dated 6 March is not known to be earlier
    than the FT's of 6 March, 08:00 (a trial: it took the story's credit from the FT, "4 reports"
    instead of "Financial Times reported first", and the FT its lead)."""
    if first.has_time and second.has_time:
        return first.published < second.published
    return first.published.date() < second.published.date()


def retells(i: int, articles: Sequence[Article], reports: Sequence[Report], credited: frozenset[str]) -> bool:
    """Whether member `i` credits an outlet (`credited`: its `voted` outlets) with a report in the story not known to
    be published after it: it re-tells that report, whichever outlet the story credits (module docstring)."""
    return bool(credited) and any(reports[j].source in credited and not known_earlier(articles[i], articles[j])
                                  for j in range(len(articles)) if j != i)


def retells_one_way(i: int, articles: Sequence[Article], reports: Sequence[Report],
                    credited: Sequence[frozenset[str]]) -> bool:
    """Whether member `i` re-tells another member's report (`retells`) that does not credit `i`'s outlet back, `i`'s
    report not known to be later (two reports crediting each other, of one day without times, tell no order: the
    synthetic 10× corpus's "via: Baltic Wire" print dated that day made Baltic Wire's report, which credits the print's
    outlet in passing, a re-telling of its own print)."""
    return any(reports[j].source in credited[i] and not known_earlier(articles[i], articles[j])
               and not (reports[i].source in credited[j] and not known_earlier(articles[j], articles[i]))
               for j in range(len(articles)) if j != i and reports[j].source != reports[i].source)


def retelling_outlets(articles: Sequence[Article], reports: Sequence[Report],
                      credited: Sequence[frozenset[str]]) -> frozenset[str]:
    """The outlets (`outlet_key`s) every one of whose members (`articles` with their `reports` and `credited`, one
    order) re-tells another member's report one way (`retells_one_way`): they re-tell in this story (module
    docstring)."""
    outlets: dict[str, bool] = {}
    for i, report in enumerate(reports):
        outlets[report.source] = outlets.get(report.source, True) and retells_one_way(i, articles, reports, credited)
    return frozenset(key for key, all_retell in outlets.items() if all_retell)


def passed_on(report: Report, credited: frozenset[str]) -> frozenset[str]:
    """The outlets (`outlet_key`s) of `credited` (a member's credits, as roles.voted and `uncycled` leave them) to which
    its `report` passes the news on: its `via:`, and those its text gives the first report ("as first reported by
    Bloomberg": `Report.first`, creditkinds.py; or its dateline's wire, `dateline_wire`), not those it credits with a
    plain "according to"."""
    wire = report.via or dateline_wire(report)  # (a print's dateline counts as its `via:`: BR53, FX93)
    return credited & (report.first | {wire}) if report.first or wire else frozenset()


def dateline_wire(report: Report) -> str:
    """The outlet (`outlet_key`) the wire dateline opening `report`'s text names by its name or an alias ("SANTIAGO,
    Chile (Reuters) —"), when the report credits it and it is not its own; "" when none. Such a print counts as one
    with `via:` (BR53, FX93, 2026-12-07: roles._wire, `passed_on`)."""
    key = outlet_key(report.dateline.partition("\t")[2]) if report.dateline else ""
    return key if key and key in report.credited and key != report.source else ""


def relaying_outlets(reports: Sequence[Report], credited: Sequence[frozenset[str]]) -> frozenset[str]:
    """The outlets (`outlet_key`s) every one of whose members (`reports` with their `credited` outlets, one order) passes
    the news on to another (`passed_on`): whether or not that one's report is in the story, or known to be earlier, they
    say they were not first (module docstring, BR39 class 2)."""
    outlets: dict[str, bool] = {}
    for report, outlets_credited in zip(reports, credited):
        outlets[report.source] = outlets.get(report.source, True) and bool(passed_on(report, outlets_credited))
    return frozenset(key for key, relays in outlets.items() if relays)


def followed(keys: frozenset[str], reports: Sequence[Report], credited: Sequence[frozenset[str]],
             retellers: frozenset[str], relays: frozenset[str] = frozenset(),
             dated: tuple[Sequence[Article], int] | None = None) -> frozenset[str]:
    """`keys` (credited `outlet_key`s) with, for each of them in `retellers`, the outlets its members credit, for each
    in `relays` (`relaying_outlets`) the outlets its members pass the news on to (`passed_on`), and so on along the
    chain (a cycle ends where it closes): a credit of a re-teller or a relay reaches what it re-tells.
    `dated`: (the members' articles, the index of the member whose text credits `keys`): a plain re-telling known to
    be published after the member that credits its outlet is not the report credited, and its credits are not
    followed from there (FX88, module docstring); None (a `via:`, whose print may be timed before its wire's copy):
    every member's."""
    found, todo = set(keys), [(key, None if dated is None else dated[1]) for key in keys if key in retellers or key in relays]
    while todo:
        key, at = todo.pop()
        for j, (report, outlets) in enumerate(zip(reports, credited)):
            if report.source != key or at is not None and key in retellers and not passed_on(report, outlets) and \
                    known_earlier(dated[0][at], dated[0][j]):  # type: ignore[index]
                continue
            for other in (outlets if key in retellers else passed_on(report, outlets)) - found:
                found.add(other)
                if other in retellers or other in relays:
                    todo.append((other, None if at is None else j))
    return frozenset(found)


def prints_copy(article: Article, report: Report, credited: frozenset[str], names: Sequence[str],
                prints_for: Callable[[Article, Report, str], bool]) -> bool:
    """Whether `article` says it prints the copy of an outlet it credits (`credited`: `outlet_key`s, named in `names`
    as its text and `via:` name them): its `via:` or opening wire dateline names it (`prints_for`: roles._prints_for)."""
    return bool(printed(article, report, credited, names, prints_for))


def printed(article: Article, report: Report, credited: frozenset[str], names: Sequence[str],
            prints_for: Callable[[Article, Report, str], bool]) -> frozenset[str]:
    """The outlets (`outlet_key`s) whose copy `article` says it prints (`prints_copy`, same arguments): a dateline's
    wire counts as a `via:` does (roles.py: BR53, FX93)."""
    return frozenset(outlet_key(name) for name in names if outlet_key(name) in credited
                     and outlet_key(name) != report.source and prints_for(article, report, name))


def _edges(articles: Sequence[Article], reports: Sequence[Report], credited: Sequence[frozenset[str]]) -> list[list[int]]:
    """Per member, the members of other outlets whose report it may re-tell: their outlet credited (`credited`), not
    known to be published after it (`known_earlier`)."""
    return [[j for j in range(len(articles)) if j != i and reports[j].source != reports[i].source
             and reports[j].source in credited[i] and not known_earlier(articles[i], articles[j])]
            for i in range(len(articles))]


def _reach(start: int, edges: Sequence[Sequence[int]]) -> set[int]:
    """The members reached from `start` along `edges` (itself included)."""
    seen, todo = {start}, [start]
    while todo:
        for j in edges[todo.pop()]:
            if j not in seen:
                seen.add(j)
                todo.append(j)
    return seen


def uncycled(articles: Sequence[Article], reports: Sequence[Report], credited: Sequence[frozenset[str]],
             fixed: Sequence[bool]) -> list[frozenset[str]]:
    """`credited` (per member, the `outlet_key`s it credits) less each credit of an outlet all of whose members it may
    re-tell (`_edges`) credit their way back to it (module docstring: a cycle tells no order); a member with `fixed`
    (its `via:`, its print of a credited outlet's copy) keeps its credits. The lists are in one order; a new list, `credited` untouched."""
    edges = _edges(articles, reports, credited)
    reach = [_reach(i, edges) for i in range(len(articles))]
    found = []
    for i, outlets in enumerate(credited):
        looped = {reports[j].source for j in edges[i]} - {reports[j].source for j in edges[i] if i not in reach[j]}
        found.append(outlets if fixed[i] else outlets - looped)
    return found
