"""One edition on several pages, when it holds more stories than a page should.

Takes an `Edition` and `listings.edition_size` (stories per page); gives its `EditionPart`s
in reading order: part 1 at the edition's own URL ("editions/2023-W19/"), then
"editions/2023-W19/page/2/", … A topic section too long for what is left of a page
continues on the next one under the same heading, marked as continued. Every part lists
the edition's sections with a link to the part where each starts, and links its
neighbours (`rel="prev"`/`"next"`).

Why: a weekly edition of a briefing that imports hundreds of articles a day holds
thousands of stories (~1.1 KB of HTML each); issue 10 asks that no page exceed 300 KB.
An edition is a closed period, so its parts settle once the week is over; while it is
the current one, a new story may move later stories to the next part (reading order,
like the people index; site/listing.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.site.listing import PageLink, page_url
from briefgen.site.model import Edition, Section


@dataclass(frozen=True, slots=True)
class TocEntry:
    """A section of the whole edition, for the "In this edition" links on every part."""

    section: Section  # the whole section (all its stories in the edition)
    href: str  # site-relative: "editions/2023-W19/page/2/#topic-china-role"


@dataclass(frozen=True, slots=True)
class SectionShare:
    """What one part shows of a section: some of its stories, in order."""

    section: Section  # the stories shown on this part
    whole: Section  # the whole section (for its counts)
    continued: bool  # its first stories are on the part before


@dataclass(frozen=True, slots=True)
class EditionPart:
    """One page of an edition: a run of its sections (the first may continue from the part before)."""

    url: str  # site-relative: "editions/2023-W19/" for part 1
    number: int  # 1, 2, …
    sections: tuple[SectionShare, ...]  # in the edition's order
    previous: PageLink | None
    following: PageLink | None
    parts: tuple[PageLink, ...]  # every part, when there are several (else empty)
    toc: tuple[TocEntry, ...]


def section_anchor(section: Section) -> str:
    return f"topic-{section.topic.id}" if section.topic else "other-articles"


def edition_parts(edition: Edition, size: int) -> tuple[EditionPart, ...]:
    """The parts of `edition`, at most `size` stories each (at least one part, also when empty)."""
    chunks: list[list[SectionShare]] = [[]]
    starts: list[int] = []  # per section: the chunk where it starts
    room = size
    for section in edition.sections:
        stories, first = section.stories, True
        while first or stories:
            if room == 0:
                chunks.append([])
                room = size
            if first:
                starts.append(len(chunks) - 1)
            taken, stories = stories[:room], stories[room:]
            chunks[-1].append(SectionShare(Section(section.topic, taken), section, not first))
            room -= len(taken)
            first = False
    urls = [page_url(edition.url, 0 if n == 1 else n) for n in range(1, len(chunks) + 1)]
    links = tuple(PageLink(url, n, _label(chunk)) for n, (url, chunk) in enumerate(zip(urls, chunks), 1))
    toc = tuple(TocEntry(section, f"{urls[start]}#{section_anchor(section)}")
                for section, start in zip(edition.sections, starts))
    return tuple(EditionPart(urls[n], n + 1, tuple(chunk), links[n - 1] if n else None,
                             links[n + 1] if n + 1 < len(links) else None, links if len(links) > 1 else (), toc)
                 for n, chunk in enumerate(chunks))


def _label(chunk: list[SectionShare]) -> str:
    names = [s.whole.topic.title if s.whole.topic else "Other" for s in chunk]
    if not names:
        return ""
    return names[0] if len(names) == 1 else f"{names[0]} \u2013 {names[-1]}"
