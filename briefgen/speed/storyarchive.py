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

Kept as a base and its changes (a log-structured update): the base holds every row as some
earlier build left it, and a second, small entry (its own memo shard) the rows made since then,
the slugs gone since then and the whole archive's document frequencies. An edit to one lead
rewrites the changes, not the base: the base was 18 MB at 10,000 benchmark articles, pickled,
sealed and written again by every regrouping (0.12 s of a 2.6 s edit: a script timing the
build's stages) and ~180 MB at 100,000. When the changes reach `FOLD` of the rows they are
folded into a new base, so an edit writes at most a sixteenth of the archive on average.
"""
from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from briefgen.analyse.storyfeatures import AFTER_TERMS, EMPTY
from briefgen.load.documents import Article
from briefgen.speed.memo import Memo
from briefgen.speed.stages import Results

if TYPE_CHECKING:
    from briefgen.analyse.stories import Archive

# Two entries, in two memo shards (the shard is read from the key's first four digits, speed/memo.py).
# The last digit is the layout's version: "2" since the follow-up column, "3" since the guide column,
# "4" since the base and its changes, "5" since the columns are StoryFeatures' fields, "6" since the copies column,
# "7" since the dateline column, "8" since the placed column (credit_days.py), "9" since the incidents column, "10" since the sourced column (citedsources.py),
# "11" since the listed column (bodyroundups.py), "12" since the first_entry, last_entry and entry columns (livedays.py),
# "13" since the first column (creditkinds.py), "14" since the zone column (entryzones.py).
KEY = ("stories.archive", "0" * 30 + "14")  # the base
CHANGES = ("stories.archive", "0001" + "0" * 26 + "14")  # the rows changed since the base
KEYS = (KEY, CHANGES)
FOLD = 16  # the changes are folded into a new base when they hold a FOLD-th of the rows (or more) ...
FOLD_MIN = 64  # ... and at least this many rows (a small archive is rewritten whole: it is small)


# StoryFeatures' fields after `terms`, in order: one column each, as `report_of` takes them (a test holds its
# parameters equal to them). Named from the class, so that a field added to the features is kept too: the
# scoop column was once left out, and builds, which group from this archive, never held a scoop apart.
FIELDS = AFTER_TERMS


@dataclass(frozen=True, slots=True)
class KeptArchive:
    """What is kept between builds, as columns of builtin values (they pickle in C: 10,000 parts
    as named tuples and reports took 0.14 s to pickle and 0.1 s to load, as columns ~0.03 s each).

    Row k is one article: `slugs[k]`, the digest of its StoryFeatures (speed/stages.py
    `Results.digests`), its terms split (one object per distinct term) and `columns[j][k]` its
    features' field `FIELDS[j]`, as packed. The article fields a report also reads (time, outlet,
    via) are read afresh by every build. `stamp` names the base (random hex) that a `KeptChanges`
    belongs to.
    """

    slugs: tuple[str, ...]
    digests: tuple[str | None, ...]
    terms: tuple[tuple[str, ...], ...]
    columns: tuple[tuple, ...]  # one per FIELDS
    df: dict[str, int]  # term → rows holding it (in a base with changes: as it was when the base was made)
    stamp: str = ""


@dataclass(frozen=True, slots=True)
class KeptChanges:
    """The rows made since the base `stamp` (new articles, and changed features: `rows`, whose `df` is
    the whole archive's now; None: no change since the base) and the base's slugs no longer in the
    archive (`gone`)."""

    stamp: str
    rows: KeptArchive | None
    gone: frozenset[str]


_EMPTY = KeptArchive((), (), (), tuple(() for _ in FIELDS), {})


def _kept(memo: Memo) -> tuple[KeptArchive, KeptChanges | None]:
    """The base and its changes as the memo holds them; a missing or foreign base is empty, and
    changes of another base (the memo dropped a damaged shard, or folded since) are none."""
    base = memo.get(KEY)
    if not isinstance(base, KeptArchive):
        base = _EMPTY
    changes = memo.get(CHANGES)
    if not isinstance(changes, KeptChanges) or not base.stamp or changes.stamp != base.stamp or changes.rows is None:
        changes = None
    return base, changes


def story_archive(memo: Memo, ordered: Sequence[Article], features: Results, fold_min: int = FOLD_MIN) -> Archive:
    """`analyse.stories.prepare(ordered, features)`, made from the kept archive where the digests
    still match; the updated archive is kept in `memo` for the next build (when anything
    changed): the rows changed since the base, or a new base (module docstring).

    `ordered` is sorted by slug. A kept archive that is missing (a first build, or the memo dropped a
    damaged or older shard), or any other value under the key, counts as empty: everything is
    prepared again; changes made for another base are ignored. `fold_min`: `FOLD_MIN` (the tests
    fold small archives).
    """
    from briefgen.analyse.stories import Archive, report_of  # (the grouping's modules: only a regrouping loads them)

    base, changes = _kept(memo)
    parts = (base, changes.rows) if changes is not None and changes.rows is not None else (base,)
    row = {slug: (0, k) for k, slug in enumerate(base.slugs)}
    # One object per distinct term, also across builds: the base's terms come back from its pickle as
    # one object each (the df's keys), which `sys.intern` would not find again; the changes' own copies
    # are mapped to those (a fold writes the base with them).
    vocabulary: dict[str, str] | None = None
    if changes is not None and changes.rows is not None:
        vocabulary = {term: term for term in base.df}
        for slug in changes.gone:
            del row[slug]
        for k, slug in enumerate(changes.rows.slugs):
            row[slug] = (1, k)
        df: Counter[str] = Counter({vocabulary.setdefault(term, term): n for term, n in changes.rows.df.items()})
    else:
        df = Counter(base.df)
    slugs: list[str] = []
    digests: list[str | None] = []
    terms: list[tuple[str, ...]] = []
    columns: tuple[list, ...] = tuple([] for _ in FIELDS)
    touched: set[str] = set()  # terms whose count went down (dropped when it reaches 0)
    unchanged: list[bool] = []  # row by row: as in the base
    changed = False
    for article in ordered:
        digest = features.digests.get(article.slug)
        at = row.pop(article.slug, None)
        slugs.append(article.slug)
        digests.append(digest)
        if at is not None:
            kept = parts[at[0]]
            k = at[1]
            if digest is not None and kept.digests[k] == digest:
                terms.append(kept.terms[k] if at[0] == 0 else tuple(map(vocabulary.__getitem__, kept.terms[k])))
                for column, kept_column in zip(columns, kept.columns):
                    column.append(kept_column[k])
                unchanged.append(at[0] == 0)
                continue
        found = features.get(article.slug, EMPTY)
        if vocabulary is None:
            vocabulary = {term: term for term in df}
        terms.append(tuple(vocabulary.setdefault(term, term) for term in found.term_list()))
        for column, name in zip(columns, FIELDS):
            column.append(getattr(found, name))
        unchanged.append(False)
        if at is not None:
            old = parts[at[0]].terms[at[1]]
            df.subtract(old)
            touched.update(old)
        df.update(terms[-1])
        changed = True
    for part, k in row.values():  # articles gone (deleted, drafts, renamed)
        df.subtract(parts[part].terms[k])
        touched.update(parts[part].terms[k])
        changed = True
    for term in touched:
        if df[term] <= 0:
            del df[term]
    if changed:
        _keep(memo, base, (slugs, digests, terms, *columns), unchanged, dict(df), fold_min)
    else:
        memo.keep_all(KEYS)
    reports = tuple(map(report_of, ordered, terms, *columns))
    return Archive(reports, tuple(columns[FIELDS.index("credits")]), df)


def _keep(memo: Memo, base: KeptArchive, rows: tuple[list, ...], unchanged: list[bool], df: dict[str, int],
          fold_min: int) -> None:
    """Put the archive whose rows are `rows` (slugs, digests, terms, then a column per FIELDS) into
    `memo`: the rows not `unchanged` since `base` as its changes, or, when they are many (`FOLD`), a
    new base."""
    made = [k for k, same in enumerate(unchanged) if not same]
    kept_slugs = set(rows[0])
    gone = frozenset(slug for slug in base.slugs if slug not in kept_slugs)
    if not base.stamp or len(made) + len(gone) >= max(fold_min, len(unchanged) // FOLD):
        stamp = secrets.token_hex(8)
        memo.put(KEY, KeptArchive(*map(tuple, rows[:3]), tuple(map(tuple, rows[3:])), df, stamp))
        memo.put(CHANGES, KeptChanges(stamp, None, frozenset()))  # (replaces the last base's)
        return
    picked = [tuple(column[k] for k in made) for column in rows]
    changes = KeptArchive(*picked[:3], tuple(picked[3:]), df)
    memo.keep(KEY)
    memo.put(CHANGES, KeptChanges(base.stamp, changes, gone))
