"""The story grouping's prepared archive, kept from build to build and updated by what changed.

Grouping reads every article's story features: split into terms, with the number of
articles holding each term (analyse/stories.py, `Archive`). Made from scratch that is
0.2 s of a 10,000-article build (py-spy: reading 10,000 features from the memo, splitting
800,000 terms, counting them), paid whenever any lead changes. This layer keeps the
prepared archive in the memo under one key and, on the next build, splits and counts
only the articles whose features changed (by their result digests, speed/stages.py
`Results`), subtracting the old terms' counts and adding the new ones: the same
`Archive` as `prepare` gives (a property test compares them over random edit sequences).

Terms are interned, so the archive holds each distinct term once (and pickles it once):
800,000 references to ~5,000 strings at 10,000 benchmark articles.
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Sequence

from briefgen.analyse.similarity import Report
from briefgen.analyse.stories import EMPTY, Archive, report_of
from briefgen.load.documents import Article
from briefgen.speed.memo import Memo
from briefgen.speed.stages import Results

KEY = ("stories.archive", "0" * 32)  # one entry; its digests say which features each part was made from


class Part(NamedTuple):
    """One article's share of the kept archive, with what it was made from."""

    digest: str | None  # of the article's StoryFeatures (speed/stages.py `Results.digests`)
    published: datetime  # the article fields its report reads
    source: str
    via: str
    report: Report
    credits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KeptArchive:
    """What is kept between builds: each article's part by slug, and the terms' document frequencies."""

    parts: dict[str, Part]
    df: dict[str, int]


def story_archive(memo: Memo, ordered: Sequence[Article], features: Results) -> Archive:
    """`analyse.stories.prepare(ordered, features)`, made from the kept archive where the digests
    and article fields still match; the updated archive is kept in `memo` for the next build
    (when anything changed).

    `ordered` is sorted by slug. A kept archive that is missing or of another shape (a damaged or
    older cache) counts as empty: everything is prepared again.
    """
    kept = memo.get(KEY)
    old = kept.parts if isinstance(kept, KeptArchive) else {}
    df: Counter[str] = Counter(kept.df if isinstance(kept, KeptArchive) else {})
    parts: dict[str, Part] = {}
    touched: set[str] = set()  # terms whose count went down (dropped when it reaches 0)
    changed = len(ordered) != len(old)
    intern = sys.intern
    for article in ordered:
        digest = features.digests.get(article.slug)
        part = old.get(article.slug)
        if part is None or digest is None or part.digest != digest:
            found = features.get(article.slug, EMPTY)
            terms = tuple(map(intern, found.term_list()))
            if part is not None:
                df.subtract(part.report.terms)
                touched.update(part.report.terms)
            df.update(terms)
            part = Part(digest, article.published, article.source, article.via,
                        report_of(article, terms, found.weights, found.names, found.credits), found.credits)
            changed = True
        elif part.published != article.published or part.source != article.source or part.via != article.via:
            was = part.report
            part = Part(digest, article.published, article.source, article.via,
                        report_of(article, was.terms, was.tf, was.names, part.credits), part.credits)
            changed = True
        parts[article.slug] = part
    for slug in old.keys() - parts.keys():  # articles gone (deleted, drafts, renamed)
        df.subtract(old[slug].report.terms)
        touched.update(old[slug].report.terms)
        changed = True
    for term in touched:
        if df[term] <= 0:
            del df[term]
    if changed:
        memo.put(KEY, KeptArchive(parts, dict(df)))
    return Archive(tuple(p.report for p in parts.values()), tuple(p.credits for p in parts.values()), df)
