"""Stories placed in the site: the grouping's stories (analyse.stories) as `StoryEntry`s.

A story's page is "stories/<id>/" when it has several reports; a story of one article is
that article (its URL is the article's). Its former addresses, "stories/<member slug>/", redirect
to it (`former_ids`). Its topics are its lead's, primary first, then
those only other reports have; its order in listings is by its first report, which does
not change when later reports join (listings number their pages from the oldest).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Collection, Iterator, Mapping, Sequence

from briefgen.analyse.quotemarks import has_marks, pair_marks, quotations
from briefgen.analyse.storygrouping import StoryGrouping
from briefgen.load.config import Topic
from briefgen.load.documents import Article
from briefgen.site.editions import long_date
from briefgen.site.storytitle import story_title
from briefgen.site.model import (EditionStory, Entry, Grouping, Mention, Report, StoryComparison, StoryEntry,
                                 StoryLink)
from briefgen.site.urls import story_url

if TYPE_CHECKING:
    from briefgen.analyse.compare import Comparison


def place_stories(grouping: StoryGrouping, by_slug: Mapping[str, Entry]) -> tuple[StoryEntry, ...]:
    """Every story of the grouping, by first report, newest first (ties by id)."""
    placed: dict[str, StoryEntry] = {}
    for story in grouping.stories:
        lead = by_slug[story.lead]
        if len(story.roles) == 1:  # a story of one article (most stories): the same, made shorter
            (slug, role), = story.roles
            only = by_slug[slug]
            placed[story.id] = StoryEntry(story.id, lead.url, lead.article.title, lead,
                                          (Report(only, role, only.outlet.name),),
                                          lead.topics, story.original, only if role == "original" else None,
                                          only.article.published, only.article.published, ())
            continue
        entries = [by_slug[slug] for slug, _ in story.roles]
        labels = report_labels([(e.outlet.name, e.article) for e in entries],
                               [role == "update" for _, role in story.roles])
        told = {slug: (outlet, by_slug.get(report)) for slug, outlet, report in story.retells}
        reports = tuple(Report(entry, role, label, *told.get(entry.article.slug, ("", None)))
                        for entry, (_, role), label in zip(entries, story.roles, labels))
        times = [r.entry.article.published for r in reports]
        topics: list[Topic] = list(lead.topics)
        for report in reports:
            topics += [t for t in report.entry.topics if t not in topics]
        original = next((r.entry for r in reports if r.role == "original"), None)
        url = story_url(story.id) if len(reports) > 1 else lead.url
        # (no live blog's or update's mark in a story's title; the article keeps its own: storytitle.py, FX42)
        placed[story.id] = StoryEntry(story.id, url, story_title(lead.article.title), lead, reports, tuple(topics), story.original,
                                      original, min(times), max(times), ())
    related: dict[str, list[StoryLink]] = {}
    for link in grouping.related:
        first, second = placed.get(link.first), placed.get(link.second)
        if first is None or second is None:
            continue
        related.setdefault(first.id, []).append(StoryLink(second.id, second.url, second.headline, second.first))
        related.setdefault(second.id, []).append(StoryLink(first.id, first.url, first.headline, first.first))
    stories = [_with_related(story, related[story.id]) if story.id in related else story for story in placed.values()]
    stories.sort(key=lambda s: (-s.first.timestamp(), s.id))
    return tuple(stories)


def former_ids(stories: Sequence[StoryEntry]) -> tuple[tuple[str, StoryEntry], ...]:
    """The ids each story with a page may have had in an earlier build, by slug: (slug, story) pairs.

    A story's id is the slug of its earliest member unless pinned (docs/log/stories.md, "Story ids"),
    so it changes when an article earlier than every member joins, and the former id is then the
    slug of a member still in the story. Known from the content alone (no memory of earlier
    builds: deleting the cache never changes the output), every member's slug but the id is one:
    its address, "stories/<slug>/", redirects to the story (pages.moved_pages). Left out: a slug
    that is any story's id (that story's page, or the page it gets when a report joins it, wins),
    and a slug two stories claim (neither gets it; it cannot happen while an article is in one
    story, and whatever the build order, the answer is the same). By slug.
    """
    ids = {story.id for story in stories}
    claims: dict[str, list[StoryEntry]] = {}
    for story in stories:
        if story.has_page:
            for report in story.reports:
                slug = report.entry.article.slug
                if slug not in ids:
                    claims.setdefault(slug, []).append(story)
    return tuple((slug, owners[0]) for slug, owners in sorted(claims.items()) if len(owners) == 1)


def report_labels(reports: Sequence[tuple[str, Article]], updates: Sequence[bool] = ()) -> tuple[str, ...]:
    """How a story names each of its reports where a reader must tell them apart (the headings of
    "what each report adds", the columns of the shared passages, "Also reported by").

    `reports`: (outlet name as the site shows it, article), in story order. Gives, in the same
    order, the outlet; when the story has another report of that outlet, the outlet with the
    date the page shows ("Reuters (4 March 2024)"), with the time when that is the same too
    ("Reuters (4 March 2024, 17:40)"), then a number in story order ("…, report 2"); the labels
    are distinct.
    A trial: two Reuters reports of one cable break were both headed "Reuters", one listing
    additions and the other none, and a reader could not tell which report was which.
    `updates`, in the same order: whether each is its outlet's re-issue of a report of the story (the role "update",
    analyse.ownreports.reissues), labelled "Northshore Echo (update)" — the outlet's date then only when it has
    two updates — and its first version by the outlet alone (a trial's fire story, 2026-12-04, told them apart by
    date only, "Also reported by Northshore Echo (21 November 2026)" under the Echo's own report).
    """
    outlets = [outlet for outlet, _ in reports]
    if len(set(outlets)) == len(outlets):  # most stories (every one of one report)
        return tuple(outlets)
    parts: list[list[str]] = [["update"] if k < len(updates) and updates[k] else [] for k in range(len(reports))]

    def repeated() -> list[bool]:
        keys = [(outlet, *more) for outlet, more in zip(outlets, parts)]
        return [keys.count(key) > 1 for key in keys]

    for k, again in enumerate(repeated()):
        if again:
            parts[k].append(long_date(reports[k][1].published.date()))
    for k, again in enumerate(repeated()):
        if again and reports[k][1].has_time:
            parts[k].append(f"{reports[k][1].published:%H:%M}")
    counted: dict[tuple[str, ...], int] = {}
    for k, again in enumerate(repeated()):  # the same moment: numbered in story order
        if again:
            key = (outlets[k], *parts[k])
            counted[key] = counted.get(key, 0) + 1
            parts[k].append(f"report {counted[key]}")
    labels = [f"{outlet} ({', '.join(more)})" if more else outlet for outlet, more in zip(outlets, parts)]
    written = set(labels)
    for k, label in enumerate(labels):  # an outlet named like another's label ("Reuters (4 March 2024)")
        if label in labels[:k]:
            n = 2
            while f"{label} ({n})" in written:
                n += 1
            labels[k] = f"{label} ({n})"
            written.add(labels[k])
    return tuple(labels)


def _with_related(story: StoryEntry, links: list[StoryLink]) -> StoryEntry:
    if not links:
        return story
    from dataclasses import replace

    return replace(story, related=tuple(sorted(links, key=lambda link: (link.first, link.id))))


def edition_story(story: StoryEntry, reports: list[Report]) -> EditionStory:
    """A story in one edition: its reports there, the story's lead first if it is among them, then by time."""
    ordered = sorted(reports, key=lambda r: (r.entry.article.slug != story.lead.article.slug,
                                             r.entry.article.published, r.entry.article.slug))
    return EditionStory(story, tuple(ordered))


def groupings(grouping: StoryGrouping) -> dict[str, Grouping]:
    """Why each story's reports are together, by story id: its score, evidence and how many reports the
    editor's `story:` lines placed (the story page says who grouped them)."""
    return {story.id: Grouping(story.score, story.evidence, len(story.by_editor)) for story in grouping.stories}


def comparison_view(comparison: Comparison, reprint_of: tuple[tuple[str, str], ...] | None = None) -> StoryComparison:
    """A comparison (analyse.compare) as sentences a template prints directly: what each report adds (a sentence
    with the one before it when it needs it and that one is shown nowhere else: `_in_context`; a Q&A answer's
    sentences as one item, its label first: page_comparison.answered), the rows every report has (`shared`), the rows
    of some but not all of three reports or more (`some`), and the differences (of sentences, the same words of two
    reports once: page_comparison.merged_differences; then of headlines when the comparison was given them). A
    `PageComparison`: with, per addition, the sentence to show before it when the page names no speaker for it, and
    its reprints (`reprint_of`: found on the page as first built, page_comparison.reprints), a row that only a reprint
    and its original tell being what the original adds (page_comparison.own_rows)."""
    from briefgen.site.page_comparison import (PageComparison, answered, aside_words, context_of,  # (the comparison's modules:
                                               merged_differences, own_rows)  # loaded when a story is compared)
    from briefgen.site.page_evidence import name_runs

    sentences = {report.slug: report.sentences for report in comparison.reports}
    # (a sentence under "Where the reports differ" is shown: never carried along as an addition's context)
    in_rows = {(slug, index) for row in (*comparison.rows, *comparison.differ) for slug, index in row}
    adds, context = [], []
    for report in comparison.reports:
        shown = {i for slug, i in in_rows if slug == report.slug}
        items = list(_in_context(report.sentences, report.adds, shown))
        if any(report.answers):
            items = list(answered(report.sentences, items, report.answers))
        adds.append((report.slug, tuple(text for _, text in items)))
        context.append(context_of(report.sentences, items, shown))
    shared = tuple(tuple(sentences[slug][index] for slug, index in passage) for passage in comparison.shared)
    slugs = [report.slug for report in comparison.reports]
    some: tuple[tuple[tuple[str, str], ...], ...] = ()
    if comparison.rows and len(set(slugs)) == len(slugs):  # a report's several sentences of a row, in one cell
        cells = [{slug: " ".join(sentences[s][i] for s, i in row if s == slug) for slug, _ in row}
                 for row in comparison.rows]
        shared = tuple(tuple(cell[slug] for slug in slugs) for cell in cells if len(cell) == len(slugs) > 1)
        some = tuple(tuple((slug, cell[slug]) for slug in slugs if slug in cell) for cell in cells
                     if 1 < len(cell) < len(slugs))
    differ = merged_differences([tuple((slug, sentences[slug][index]) for slug, index in pair)
                                 for pair in comparison.differ])
    differ += comparison.headlines  # (headlines whose figures differ: compare.headline_differences)
    view = PageComparison(tuple(adds), shared, differ, some, tuple(context),  # type: ignore[arg-type]
                          name_runs(report.sentences for report in comparison.reports),
                          asides=tuple(aside_words(r.sentences, r.asides) for r in comparison.reports))
    if reprint_of is None:
        reprint_of = tuple(sorted(view.reprinted().items()))
        if reprint_of:  # (a row only a reprint and its original tell is what the original adds: page_comparison)
            return comparison_view(own_rows(comparison, dict(reprint_of)), reprint_of)
    return replace(view, reprint_of=reprint_of)


def _in_context(sentences: Sequence[str], adds: Sequence[int], in_rows: Collection[int] = ()
                ) -> Iterator[tuple[int, str]]:
    """(index, text shown) of the sentences at `adds`, each bare quotation and each sentence opening with "He", "She"
    or "They" with the sentence before it when that one is not shown as well, among the additions or in a row
    (`in_rows`: the indices of the report's sentences in a row of the comparison). A sentence in a row is no
    addition: a trial's page (2026-12-05) listed "The field belongs to Robert Hale …" in a shared row and again,
    carried along with "He said he was “still taking it in”.", under what the report adds; the speaker of such a
    quotation is named after it instead (`unnamed_speaker`), or, when the people stage has none, that sentence is
    shown before it (page_comparison.context_of)."""
    from briefgen.site.page_comparison import BARE_QUOTATION, PRONOUN_OPENING

    shown = set(adds) | set(in_rows)
    for i in adds:
        sentence = sentences[i]
        if i > 0 and i - 1 not in shown and (BARE_QUOTATION.fullmatch(sentence.strip())
                                             or PRONOUN_OPENING.match(sentence)):
            yield i, f"{sentences[i - 1]} {sentence}"
        else:
            yield i, sentence


def unnamed_speaker(sentence: str, mentions: Sequence[Mention]) -> Mention | None:
    """The person whose quotation `sentence` (one of an article's sentences) holds, when the sentence does not name
    them: "“It is an opportunistic bid,” she said." or a quotation continued alone. "What each report adds" shows a
    sentence without the one before it, and a trial's reader could not tell who was speaking (2026-12-04); the story
    page writes the speaker after it. `mentions`: the article's (Entry.mentions), whose quotes are its quotations'
    texts as written. None when no quotation of the sentence has a speaker, or the sentence names them (any word of
    the canonical name of two letters or more)."""
    inside: tuple[tuple[str, ...], ...] | None = None  # (the sentence's quotations: read once, and only when needed)
    for mention in mentions:
        for quote in mention.quotes:  # ("“No,” she replied.")
            if len(quote) < 2:
                continue
            if not _quoted(quote, sentence):
                if inside is None:
                    inside = _quotation_words(sentence)
                if not inside or not _part_of(_words(quote), inside):  # (no quotation: no part of one)
                    continue
            return None if any(len(word) > 1 and word in sentence for word in mention.person.split()) else mention
    return None


# A story page asks this for each sentence it shows against each quote of its report's people: ~130 calls a page,
# the same sentences and quotes again in its sections. Both reads are kept by their text (pure functions of it):
# `unnamed_speaker` was ~8 % of rendering the theme's pages (1,000 articles, SP17, docs/log/performance.md).
@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=4096)
def _quotation_words(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The words of each quotation of `sentence`, in any convention of marks (quotemarks.pair_marks)."""
    paired = pair_marks(sentence)
    return tuple(_words(paired[start:end]) for start, end in quotations(paired)) if has_marks(paired) else ()


def _part_of(quote: tuple[str, ...], inside: Sequence[tuple[str, ...]]) -> bool:
    """Whether a person's quote (its words) and a quotation of the sentence are one, or one holds the other as a run of
    three words or more. The people stage joins a quotation continued after its frame into one quote: Helen Mabry's
    "None of us came into politics to close schools. But we did come into politics to be honest about money." was
    no part of the sentence '“None of us came into politics to close schools,” she said.' (its comma), and a trial's
    vote story showed it with no name (2026-12-04)."""
    for words in inside:
        short, long = sorted((quote, words), key=len)
        if short and (short == long or (len(short) >= 3 and f" {' '.join(short)} " in f" {' '.join(long)} ")):
            return True
    return False


_OPENING = "\u201c\"\u2018'\u00ab\u00bb\u201e\u2039\u300c"


def _quoted(quote: str, sentence: str) -> bool:
    """Whether `quote` stands in `sentence` inside quotation marks, not as the same words unquoted: a trial's column
    wrote "a company with nothing to hide publishes …" after quoting the chief executive's "nothing to hide", and its
    sentence was signed with her name (2026-12-04)."""
    at = sentence.find(quote)
    while at >= 0:
        if sentence[:at].rstrip()[-1:] in _OPENING:
            return True
        at = sentence.find(quote, at + 1)
    return False
