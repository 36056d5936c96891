"""The story grouping's prepared archive, kept from build to build and updated by what changed.

Grouping reads every article's story features: split into terms, with the number of
articles holding each term (analyse/stories.py, `Archive`). Made from scratch that is
0.2 s of a 10,000-article build (py-spy: reading 10,000 features from the memo, splitting
800,000 terms, counting them), paid whenever any lead changes. This layer keeps the
prepared archive in the memo under one key and, on the next build, splits and counts
only the articles whose features changed (by their result digests, speed/stages.py
`Results`), subtracting the old terms' counts and adding the new ones: the same
`Archive` as `prepare` gives (a property test compares them over random edit sequences).

The archive holds each distinct term once (and pickles it once): 800,000 references to
~5,000 strings at 10,000 benchmark articles. A term new to the archive is looked up among
the kept ones (the document frequencies' keys, which the pickle gives back as the same
objects the terms refer to), so rebuilds add no second copies.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from briefgen.analyse.stories import EMPTY, Archive, report_of
from briefgen.load.documents import Article
from briefgen.speed.memo import Memo
from briefgen.speed.stages import Results

KEY = ("stories.archive", "0" * 31 + "3")  # one entry; its digests say which features each part was made from
# (the last digit is the columns' version: "2" since the follow-up column, "3" since the guide column)


@dataclass(frozen=True, slots=True)
class KeptArchive:
    """What is kept between builds, as columns of builtin values (they pickle in C: 10,000 parts
    as named tuples and reports took 0.14 s to pickle and 0.1 s to load, as columns ~0.03 s each).

    Row k is one article: `slugs[k]`, the digest of its StoryFeatures (speed/stages.py
    `Results.digests`) and those features with the terms split (one object per distinct term). The article
    fields a report also reads (time, outlet, via) are read afresh by every build.
    """

    slugs: tuple[str, ...]
    digests: tuple[str | None, ...]
    terms: tuple[tuple[str, ...], ...]
    tf: tuple[bytes, ...]
    names: tuple[str, ...]
    credits: tuple[tuple[str, ...], ...]
    proper: tuple[str, ...]  # StoryFeatures.proper, .capitalised and .opening, as packed
    capitalised: tuple[str, ...]
    opening: tuple[str, ...]
    actors: tuple[str, ...]  # StoryFeatures.actors, as packed
    follows: tuple[str, ...]  # StoryFeatures.follows
    guide: tuple[bool, ...]  # StoryFeatures.guide
    df: dict[str, int]  # term → rows holding it


def story_archive(memo: Memo, ordered: Sequence[Article], features: Results) -> Archive:
    """`analyse.stories.prepare(ordered, features)`, made from the kept archive where the digests
    still match; the updated archive is kept in `memo` for the next build
    (when anything changed).

    `ordered` is sorted by slug. A kept archive that is missing (a first build, or the memo dropped a
    damaged or older shard), or any other value under the key, counts as empty: everything is
    prepared again.
    """
    kept = memo.get(KEY)
    if not isinstance(kept, KeptArchive):
        kept = KeptArchive((), (), (), (), (), (), (), (), (), (), (), (), {})
    row = {slug: k for k, slug in enumerate(kept.slugs)}
    df: Counter[str] = Counter(kept.df)
    columns: tuple[list, ...] = ([], [], [], [], [], [], [], [], [], [], [], [])  # as KeptArchive's, slugs to guide
    slugs, digests, terms, tf, names, credits, proper, capitalised, opening, actors, follows, guide = columns
    touched: set[str] = set()  # terms whose count went down (dropped when it reaches 0)
    changed = len(ordered) != len(kept.slugs)
    # One object per distinct term, also across builds: the kept archive's terms come back from the
    # pickle as one object each (the df's keys), which `sys.intern` would not find again.
    vocabulary: dict[str, str] | None = None
    for article in ordered:
        digest = features.digests.get(article.slug)
        k = row.pop(article.slug, None)
        slugs.append(article.slug)
        digests.append(digest)
        if k is not None and digest is not None and kept.digests[k] == digest:
            terms.append(kept.terms[k])
            tf.append(kept.tf[k])
            names.append(kept.names[k])
            credits.append(kept.credits[k])
            proper.append(kept.proper[k])
            capitalised.append(kept.capitalised[k])
            opening.append(kept.opening[k])
            actors.append(kept.actors[k])
            follows.append(kept.follows[k])
            guide.append(kept.guide[k])
            continue
        found = features.get(article.slug, EMPTY)
        if vocabulary is None:
            vocabulary = {term: term for term in df}
        terms.append(tuple(vocabulary.setdefault(term, term) for term in found.term_list()))
        tf.append(found.weights)
        names.append(found.names)
        credits.append(found.credits)
        proper.append(found.proper)
        capitalised.append(found.capitalised)
        opening.append(found.opening)
        actors.append(found.actors)
        follows.append(found.follows)
        guide.append(found.guide)
        if k is not None:
            df.subtract(kept.terms[k])
            touched.update(kept.terms[k])
        df.update(terms[-1])
        changed = True
    for k in row.values():  # articles gone (deleted, drafts, renamed)
        df.subtract(kept.terms[k])
        touched.update(kept.terms[k])
        changed = True
    for term in touched:
        if df[term] <= 0:
            del df[term]
    if changed:
        memo.put(KEY, KeptArchive(*map(tuple, columns), dict(df)))
    reports = tuple(map(report_of, ordered, terms, tf, names, credits, proper, capitalised, opening, actors, follows,
                        guide))
    return Archive(reports, tuple(credits), df)
