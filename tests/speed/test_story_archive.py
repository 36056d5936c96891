"""The story archive kept between builds (speed/storyarchive.py) equals one prepared from scratch.

Property: after any sequence of edits (an article's features changed, an article added,
removed, moved in time or outlet, or its `via:` changed), with the memo saved to disk and read back in
between, `story_archive` gives what `prepare` gives, and grouping with it gives what
grouping without it gives — whether the changes are kept beside the base or folded into a new
one (drawn). A damaged or foreign kept archive is prepared again; changes of another base are
ignored. An edit to one lead writes the changes' shard, not the base's.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections import Counter
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.stories import StoryFeatures, group_stories, prepare, report_of, story_analysis
from briefgen.speed.memo import Memo, digest
from briefgen.speed.stages import Results, result_digest
from briefgen.speed.storyarchive import CHANGES, FIELDS, FOLD, KEY, KeptArchive, story_archive
from support import factories

VOCABULARY = ("zhang", "vilnius", "envoy", "drone", "grain", "odesa", "corridor", "wheat", "summit", "kyiv")
OUTLETS = ("Reuters", "Bloomberg", "The Wall Street Journal")
CONFIG = factories.config()


def features(draw: st.DrawFn) -> StoryFeatures:
    terms = draw(st.lists(st.sampled_from(VOCABULARY), max_size=6, unique=True))
    weights = tuple(sorted((t, float(draw(st.integers(1, 3)))) for t in terms))
    shown = tuple((t, t.title()) for t in terms if draw(st.booleans()))
    written = tuple(sorted(t for t, _ in shown if draw(st.booleans())))
    proper = tuple(t for t in written if draw(st.booleans()))
    opening = tuple(t for t in terms if t not in written and draw(st.booleans()))
    actors = tuple(t for t in terms if draw(st.booleans()))
    return StoryFeatures.pack(weights, shown, tuple(draw(st.lists(st.sampled_from(OUTLETS), max_size=1))), proper,
                              written, opening, actors, draw(st.sampled_from(("", "2023-05-08"))), draw(st.booleans()),
                              draw(st.sampled_from(("",) + OUTLETS)))  # (every field: a scoop was once not kept)


def article(draw: st.DrawFn, slug: str):  # type: ignore[no-untyped-def]
    made = factories.article(slug, factories.MAY_10 + dt.timedelta(hours=draw(st.integers(0, 24 * 6))),
                             source=draw(st.sampled_from(OUTLETS)), via=draw(st.sampled_from(("",) + OUTLETS)))
    return replace(made, revision=digest(slug))  # the memo shards by a hex revision


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[dict, dict]]:
    """Successive states of an archive: (slug → article, slug → features)."""
    articles = {f"a{n}": article(draw, f"a{n}") for n in range(draw(st.integers(0, 8)))}
    found = {slug: features(draw) for slug in articles}
    states = [(dict(articles), dict(found))]
    for step in range(draw(st.integers(1, 6))):
        for _ in range(draw(st.integers(1, 3))):
            kind = draw(st.sampled_from(("features", "add", "remove", "move", "via")))
            if kind == "add" or not articles:
                slug = f"n{step}-{len(articles)}"
                articles[slug], found[slug] = article(draw, slug), features(draw)
                continue
            slug = draw(st.sampled_from(sorted(articles)))
            if kind == "features":
                found[slug] = features(draw)
            elif kind == "remove":
                del articles[slug], found[slug]
            elif kind == "via":  # only the credited original changes
                articles[slug] = replace(articles[slug], via=draw(st.sampled_from(("",) + OUTLETS)))
            else:
                articles[slug] = article(draw, slug)
        states.append((dict(articles), dict(found)))
    return states


def results_of(memo: Memo, articles: dict, found: dict) -> Results:
    """The build's lazy story results over `found` (real `Results`, digests by value)."""
    results = Results(story_analysis(CONFIG), "settings", memo, lambda revision: "")
    for slug, value in found.items():
        results.put(articles[slug], value, result_digest(value))
    return results


@settings(max_examples=examples(120), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(histories(), st.lists(st.booleans(), min_size=7, max_size=7), st.integers(1, 5))
def test_kept_archive_equals_one_prepared_from_scratch(tmp_path_factory, history: list, reload: list,
                                                       fold_min: int) -> None:
    folder = tmp_path_factory.mktemp("memo")
    memo = Memo(folder)
    for (articles, found), from_disk in zip(history, reload):
        if from_disk:  # a CLI build: the memo as the last build saved it
            memo.save()
            memo = Memo(folder)
        memo.begin()
        ordered = sorted(articles.values(), key=lambda a: a.slug)
        kept = story_archive(memo, ordered, results_of(memo, articles, found), fold_min)
        fresh = prepare(ordered, found)
        assert kept.reports == fresh.reports and kept.credits == fresh.credits
        assert dict(kept.df) == dict(Counter(fresh.df))
        assert all(count > 0 for count in kept.df.values())
        assert group_stories(tuple(ordered), {}, replace(CONFIG, story_threshold=0.3), kept) == \
            group_stories(tuple(ordered), found, replace(CONFIG, story_threshold=0.3))
        assert_one_object_per_term(memo.get(KEY))
        assert_one_object_per_term(kept.reports)


def assert_one_object_per_term(kept) -> None:  # type: ignore[no-untyped-def]
    """Each distinct term is held once (no second copies as builds go by: review of 0cd311d), in a
    kept base (`KeptArchive`) or in the reports made for grouping."""
    if kept is None:
        return
    seen: dict[str, int] = {}
    for terms in kept.terms if isinstance(kept, KeptArchive) else (report.terms for report in kept):
        for term in terms:
            assert seen.setdefault(term, id(term)) == id(term), f"{term!r} is held by two string objects"


def test_a_term_is_held_once_after_an_edit_and_a_reload(tmp_path: Path) -> None:
    """The reported case: the archive read back, one lead edited, 'zhytomyr' had two copies."""
    articles = {s: replace(factories.article(s, factories.MAY_10), revision=digest(s)) for s in "abc"}
    found = {s: StoryFeatures.pack((("drone", 1.0), (s, 1.0), ("zhytomyr", 1.0))) for s in "abc"}
    memo = Memo(tmp_path)
    story_archive(memo, sorted(articles.values(), key=lambda a: a.slug), results_of(memo, articles, found))
    memo.save()
    memo = Memo(tmp_path)  # the next CLI build
    found["b"] = StoryFeatures.pack((("b", 1.0), ("drone", 1.0), ("zhytomyr", 2.0)))
    for fold_min in (1, 64):  # folded into a new base; kept as changes beside the base
        kept = story_archive(memo, sorted(articles.values(), key=lambda a: a.slug), results_of(memo, articles, found),
                             fold_min)
        assert_one_object_per_term(memo.get(KEY))
        assert_one_object_per_term(kept.reports)
        memo.save()
        memo = Memo(tmp_path)
        found["c"] = StoryFeatures.pack((("c", 1.0), ("kharkiv", 1.0), ("zhytomyr", 1.0)))


def test_one_lead_edited_writes_the_changes_not_the_base(tmp_path: Path) -> None:
    """The base's shard is written again only when the changes reach a FOLD-th of the rows (`fold_min`
    lowered to 1: a small archive is otherwise rewritten whole until it has FOLD_MIN changes)."""
    articles = {f"a{n:03d}": replace(factories.article(f"a{n:03d}", factories.MAY_10), revision=digest(str(n)))
                for n in range(FOLD * 8)}
    found = {slug: StoryFeatures.pack(((slug, 1.0), ("drone", 1.0))) for slug in articles}
    ordered = sorted(articles.values(), key=lambda a: a.slug)
    memo = Memo(tmp_path)
    story_archive(memo, ordered, results_of(memo, articles, found))
    memo.save()
    base_file, changes_file = (tmp_path / "stories.archive-00.pickle", tmp_path / "stories.archive-01.pickle")
    first = base_file.read_bytes()
    for edits, slug in enumerate(sorted(articles)[:9], start=1):
        memo = Memo(tmp_path)  # the next CLI build
        memo.begin()
        found[slug] = StoryFeatures.pack(((slug, 1.0), ("grain", 2.0)))
        kept = story_archive(memo, ordered, results_of(memo, articles, found), fold_min=1)
        assert kept.reports == prepare(ordered, found).reports
        before = changes_file.read_bytes()
        memo.save()
        assert changes_file.read_bytes() != before
        if edits < 8:  # 8 of 128 rows: a sixteenth, the fold
            assert base_file.read_bytes() == first, f"the base was written again after {edits} edits"
    assert base_file.read_bytes() != first


def test_changes_of_another_base_are_ignored(tmp_path: Path) -> None:
    """The memo lost the base's shard (damaged, deleted) but kept the changes: they describe rows of a
    base that is gone, so everything is prepared again."""
    articles = {s: replace(factories.article(s, factories.MAY_10), revision=digest(s)) for s in "abc"}
    found = {s: StoryFeatures.pack(((s, 1.0), ("drone", 1.0))) for s in "abc"}
    ordered = sorted(articles.values(), key=lambda a: a.slug)
    memo = Memo(tmp_path)
    story_archive(memo, ordered, results_of(memo, articles, found))
    memo.save()
    memo = Memo(tmp_path)
    found["b"] = StoryFeatures.pack((("b", 1.0), ("grain", 1.0)))
    story_archive(memo, ordered, results_of(memo, articles, found))
    memo.save()
    assert memo.get(CHANGES).rows.slugs == ("b",)
    (tmp_path / "stories.archive-00.pickle").unlink()
    memo = Memo(tmp_path)
    del articles["c"], found["c"]
    ordered = ordered[:2]
    kept = story_archive(memo, ordered, results_of(memo, articles, found))
    assert kept.reports == prepare(ordered, found).reports and dict(kept.df) == {"a": 1, "b": 1, "drone": 1, "grain": 1}


def test_a_foreign_or_damaged_kept_archive_is_prepared_again(tmp_path: Path) -> None:
    memo = Memo(tmp_path)
    one = replace(factories.article("one", factories.MAY_10), revision=digest("one"))
    found = {"one": StoryFeatures.pack((("kyiv", 1.0), ("talk", 2.0)))}
    for foreign in ("not an archive", None):
        if foreign is not None:
            memo.put(KEY, foreign)
        kept = story_archive(memo, [one], results_of(memo, {"one": one}, found))
        assert kept.reports == prepare([one], found).reports and dict(kept.df) == {"kyiv": 1, "talk": 1}


def test_the_archive_keeps_every_field_of_the_features_as_reports_take_them() -> None:
    """The kept columns are StoryFeatures' fields after its terms, which `report_of` takes in that order
    (a field left out of the archive reached `prepare`'s reports but not a build's)."""
    parameters = list(inspect.signature(report_of).parameters)
    assert parameters[:2] == ["article", "terms"] and tuple(parameters[2:]) == FIELDS
    assert FIELDS == tuple(f.name for f in dataclasses.fields(StoryFeatures))[1:]


def test_grouping_refuses_an_archive_of_other_articles() -> None:
    one, two = factories.article("one", factories.MAY_10), factories.article("two", factories.MAY_10)
    found = {"one": StoryFeatures.pack((("kyiv", 1.0),)), "two": StoryFeatures.pack((("kyiv", 1.0),))}
    try:
        group_stories((one, two), found, CONFIG, prepare([one], found))
    except ValueError:
        return
    raise AssertionError("an archive of other articles was used")
