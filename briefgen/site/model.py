"""The site model: every value a page can show, as plain frozen data.

`assemble` makes a `Site` from the loaded content and the analyses; page families
(`pages.py`) turn it into `Page`s. URLs here are site-relative ("articles/x/"); templates
prefix them with the page's relative root so the output works under any sub-path.

Articles are placed as `Entry`s; articles about one event are one `StoryEntry` (its
reports, lead first); editions and topic listings show stories, each article once, under
its story's primary topic.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from briefgen.analyse.outletkeys import outlet_key
from briefgen.load.config import Config, Topic
from briefgen.load.documents import Article, Note
from briefgen.site.editions import Period
from briefgen.site.urls import outlet_url


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    slug: str
    url: str  # the outlet's own website, from config (may be "")
    note: str
    language: str = ""  # BCP 47: the language every article of it declares (`language:`), else "" (the site's)

    @property
    def page(self) -> str:
        return outlet_url(self.slug)


@dataclass(frozen=True, slots=True)
class Mention:
    """Someone an article names, and the quotations it attributes to them."""

    person: str  # canonical name
    url: str  # their page, "people/<slug>/"
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """An article as placed in the site: its URL, topics, outlet, edition, story, people named.

    It does not carry the article's body (pages that print it get a `Body`), so an edit
    to a body re-renders only the pages that print it, not every listing it appears in.
    """

    article: Article
    url: str
    topics: tuple[Topic, ...]  # the primary topic first (analyse.topics.primary), then config order
    outlet: Outlet
    edition: str
    period: Period
    via_page: str  # the "via" outlet's page when it has articles here, else ""
    mentions: tuple[Mention, ...]
    story: str  # id of the story it belongs to
    story_url: str  # the story's page; "" when the story is this article alone
    role: str  # in its story: "original" | "re-report" | "independent" | "statement" | "update"
    corrected: bool = False  # an editor's correction note names it: listings say so (a trial read the error uncorrected)


@dataclass(frozen=True, slots=True)
class Report:
    """One article in a story, with what kind of report it is."""

    entry: Entry
    role: str  # "original" (the outlet that broke it) | "re-report" (credits another) | "independent" | "statement"
    label: str  # how the story names it: its outlet, distinct within the story (stories.report_labels)
    credits: str = ""  # a re-telling's: the outlet whose report it re-tells (analyse/roles.retold), else ""
    retells: Entry | None = None  # a re-telling's: that report, when it is in the story


@dataclass(frozen=True, slots=True)
class MovedTo:
    """Where a redirect left at a former address sends the reader (site/pages.moved_pages, moved.html)."""

    url: str  # the page's address now, from the site root: "stories/<id>/", "people/<slug>/"
    title: str  # the story's headline, the person's or organisation's name
    kind: str  # "story" | "person"


@dataclass(frozen=True, slots=True)
class StoryLink:
    """A reference to another story (related stories link each other; never merged)."""

    id: str
    url: str
    headline: str
    first: dt.datetime


@dataclass(frozen=True, slots=True)
class StoryEntry:
    """One news event or original report, told by one or more articles."""

    id: str
    url: str  # "stories/<id>/" for a story of several reports, else its only article's page
    headline: str  # the lead's title without a live blog's, an update's or a flash's marks (storytitle.py); one article's: its title
    lead: Entry  # the original reporting when the briefing has it, else the earliest report
    reports: tuple[Report, ...]  # lead first, then by time
    topics: tuple[Topic, ...]  # the lead's primary topic first, then every other member topic
    original: str  # outlet credited as the original ("The Wall Street Journal"), "" if none
    original_entry: Entry | None  # the original's article, when it is in the briefing
    first: dt.datetime  # the earliest report
    last: dt.datetime  # the newest report
    related: tuple[StoryLink, ...]

    @property
    def has_page(self) -> bool:
        return len(self.reports) > 1

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.entry.outlet.name for r in self.reports))

    @property
    def distinct_reports(self) -> int:
        """Reports that are neither re-tellings of another nor an outlet's update of its own (Ground News counts
        these, not reprints; a party's statement is no report: analyse/parties.py)."""
        return sum(1 for r in self.reports if r.role not in ("re-report", "update", "statement"))

    @property
    def rereports(self) -> int:
        return sum(1 for r in self.reports if r.role == "re-report")

    @property
    def same_day_first(self) -> tuple[str, ...]:
        """The outlets whose reports share the lead's date when the briefing cannot tell which came first (two or
        more on that day, and one of them given a date without a time), else (): the story page then names them
        all instead of "first reported here by" the one listed first (a trial, 2026-12-04: three reports dated
        11 March without times, and the page said the Echo reported first)."""
        day = self.lead.article.published.date()
        same = [r for r in self.reports if r.entry.article.published.date() == day]
        if len(same) < 2 or all(r.entry.article.has_time for r in same):
            return ()
        return tuple(dict.fromkeys(r.entry.outlet.name for r in same))

    @property
    def crediting(self) -> tuple[str, ...]:
        """The outlets of the re-tellings that credit `original` (a `via:` naming it, or none: a credit in the text),
        when the original's report is not in the briefing: the story page says whose word "first reported by" is.
        A tester's page (T12, 2026-12-06) said "First reported by Financial Observer." above the Observer's own report,
        dated after the re-telling crediting it and so called independent (analyse/roles.py): whose claim it was
        did not show. () when the original's report is in the briefing or nothing is credited."""
        if not self.original or self.original_entry is not None:
            return ()
        credited = outlet_key(self.original)
        return tuple(dict.fromkeys(r.entry.outlet.name for r in self.reports if r.role == "re-report" and (
            not r.entry.article.via or outlet_key(r.entry.article.via) == credited)))

    @property
    def original_outlet_here(self) -> bool:
        """Whether a report of the credited outlet is in the story (not the original: dated after a re-telling of it,
        analyse/roles.py): the credit line then does not say the credited report is missing — a wire's own item, timed
        by its feed after a paper's re-telling, may be it (a breaker, BR11, 2026-12-06)."""
        credited = outlet_key(self.original) if self.original else ""
        return bool(credited) and any(outlet_key(r.entry.outlet.name) == credited for r in self.reports)

    @property
    def retellings(self) -> tuple[int, int, tuple[str, ...]]:
        """(re-tellings of the first report, re-tellings of later reports, those later reports' outlets in report
        order), counting the re-tellings in the story that re-tell a report in it (`Report.retells`, else the report
        of the role "original" whose outlet it credits): the credit line's "First reported here by X; one report
        re-tells it, and two re-tell a later report by Y". A tester's page (T22, 2026-12-07) said "others re-tell a
        later report by AFP" where one report did, and left out the trade weekly's re-telling of the first report.
        A re-telling of a re-telling counts for the report that one re-tells, along the chain (FX75, 2026-12-07: T24's
        reprint `via: Reuters` of Reuters' re-telling of ABW's scoop is one of "2 re-tellings of it", not a re-telling
        of "a later report by Reuters")."""
        first = self.reports[0].entry
        later = [r for r in self.reports[1:] if r.role == "original"]
        by_outlet = {outlet_key(r.entry.outlet.name): r.entry for r in later}
        of_first = of_later = 0
        outlets: dict[str, None] = dict.fromkeys(r.entry.outlet.name for r in later)
        told_by = {id(r.entry): r.retells or (by_outlet.get(outlet_key(r.credits)) if r.credits else None)
                   for r in self.reports if r.role == "re-report"}
        for r in self.reports:
            told, seen = told_by.get(id(r.entry)), {id(r.entry)}
            if r.role != "re-report" or told is None:
                continue
            while told is not first and told_by.get(id(told)) is not None and id(told) not in seen:
                seen.add(id(told))  # (a re-telling of a re-telling: the report that one re-tells)
                told = told_by[id(told)]
            if told is first:
                of_first += 1
            else:
                of_later += 1
                outlets.setdefault(told.outlet.name)
        order = {r.entry.outlet.name: n for n, r in reversed(list(enumerate(self.reports)))}
        return of_first, of_later, tuple(sorted(outlets, key=lambda name: order.get(name, len(order))))

    @property
    def updates(self) -> int:
        """An outlet's re-issues of its own report ("Update:", "UPDATE 1-": analyse/ownreports.py)."""
        return sum(1 for r in self.reports if r.role == "update")


@dataclass(frozen=True, slots=True)
class Grouping:
    """Why a story's reports were grouped, shown on the story's own page only (so that a score
    moving with an edit does not re-render every listing the story is in)."""

    score: float  # how closely the reports agree, 0–1 (1.0 for one report)
    evidence: tuple[str, ...]  # the shared names and terms, most telling first
    by_editor: int = 0  # reports the editor's `story:` lines put in it (analyse.stories.Story.by_editor)


@dataclass(frozen=True, slots=True)
class StoryComparison:
    """What each report of a story adds, and what they all say, as the story page shows it."""

    adds: tuple[tuple[str, tuple[str, ...]], ...]  # (article slug, its sentences no other report has), lead first
    shared: tuple[tuple[str, ...], ...]  # passages every report has: one sentence per report, in report order
    differ: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = ()  # ((slug, sentence), (slug, sentence)): one fact,
    # figures that contradict (analyse.figures), the earlier report's sentence first
    # Facts told by some reports but not all (a story of 3 or more): per row, (slug, its sentences there) of each report
    # that tells it, in report order; "Told by 2 of 3 reports" on the page (a trial, 2026-12-05: they were shown nowhere)
    some: tuple[tuple[tuple[str, str], ...], ...] = ()


@dataclass(frozen=True, slots=True)
class EditionStory:
    """A story as one edition shows it: the reports published in that edition."""

    story: StoryEntry
    reports: tuple[Report, ...]  # lead of these first, then by time

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(r.entry for r in self.reports)


@dataclass(frozen=True, slots=True)
class NoteEntry:
    note: Note
    anchor: str  # id on the edition page
    url: str
    edition: str
    articles: tuple[Entry, ...]
    topics: tuple[Topic, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """The stories of one topic in an edition; topic None is "Other" (matched no topic)."""

    topic: Topic | None
    stories: tuple[EditionStory, ...]

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(e for s in self.stories for e in s.entries)


@dataclass(frozen=True, slots=True)
class Edition:
    period: Period
    url: str
    sections: tuple[Section, ...]
    notes: tuple[NoteEntry, ...]
    count: int  # articles
    stories: int  # stories (each counted once, however many of its reports are in this edition)
    outlets: int  # distinct outlets


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    entry: Entry


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person or organisation the articles name (their stories and quotes: `Site.person_stories`,
    `Site.person_quotes`, so that a page listing people does not change with every story about them)."""

    name: str  # canonical
    index_name: str  # as the people index sorts it: "Haines, Avril"; "Xi Jinping"; "Brookings Institution"
    kind: str  # "person" | "organisation"
    url: str  # "people/<slug>/"
    anchor: str  # id on the people index
    declared: bool  # listed under `people:` in config.yaml
    also_written_as: tuple[str, ...]  # other spellings actually seen in the content
    articles: int  # articles naming them
    stories: int  # stories those articles belong to
    quotes: int  # quotations attributed to them


@dataclass(frozen=True, slots=True)
class Site:
    """The whole briefing as plain values; templates see it as `briefing`."""

    config: Config
    entries: tuple[Entry, ...]  # newest first
    notes: tuple[NoteEntry, ...]  # newest first
    editions: tuple[Edition, ...]  # newest first
    outlets: tuple[tuple[Outlet, tuple[Entry, ...]], ...]
    people: tuple[PersonEntry, ...]  # by surname
    person_stories: dict[str, tuple[StoryEntry, ...]]  # canonical name → their stories, newest first
    person_quotes: dict[str, tuple[Quote, ...]]  # canonical name → what they were quoted saying, newest first
    other: tuple[Entry, ...]  # entries that matched no topic
    stories: tuple[StoryEntry, ...]  # by first report, newest first (ties by id)
    grouping: dict[str, Grouping]  # story id → why its reports were grouped
    body_html: Callable[[str], str]  # an article's sanitised body HTML by its revision
    compare: Callable[[tuple[tuple[str, str], ...]], StoryComparison]  # ((slug, revision), ...), lead first


@dataclass(frozen=True, slots=True)
class Page:
    """One output file to render: `template` with `context` (plain values) at `path`."""

    path: str  # output path, e.g. "articles/x/index.html"
    template: str
    context: dict[str, Any]
    origin: str  # what produced it, named when two things claim one path
    # A redirect left at a former address (pages.moved_pages): not in the sitemap, and left out,
    # without a word, where any other page or file claims its path (output.guards.give_way).
    redirect: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """An article's body, fetched only when a template prints it (most pages are not re-rendered)."""

    revision: str  # the source file's content hash: the body is a function of it alone
    # (briefgen's code, which every fingerprint covers, makes the body from `revision`: not hashed)
    fetch: Callable[[str], str] = field(compare=False, repr=False, metadata={"shown": False})

    def __html__(self) -> str:
        return self.fetch(self.revision)


@dataclass(frozen=True, slots=True)
class Deferred:
    """A value computed only when a template asks for it (`.value`), from `key` alone.

    Used for what-each-adds comparisons: a story page's fingerprint covers `key` (its
    reports' revisions), and the work is done only if the page is rendered.
    """

    key: tuple[Any, ...]
    compute: Callable[[tuple[Any, ...]], Any] = field(compare=False, repr=False)

    @property
    def value(self) -> Any:
        return self.compute(self.key)
