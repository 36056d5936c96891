"""Page fingerprints (`speed.fingerprint`) follow every field of the values a page shows.

No field list is written down anywhere: a field added to Article, Entry or NoteEntry
later must change the fingerprint of every page that shows it. These tests change each
field of each type in turn (whatever fields the type has today) and look at real pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from briefgen.load.config import Person
from briefgen.load.documents import Article
from briefgen.site.model import Entry, NoteEntry, Page, Site
from briefgen.site.pages import plan_pages
from briefgen.speed.fingerprint import Fingerprinter
from support import factories
from support.factories import MAY_10, TALKS, article, note


def changed(value: Any) -> Any:
    """Another value of the same kind (for dataclasses: with their first field changed)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, dt.datetime):
        return value + dt.timedelta(minutes=1)
    if isinstance(value, tuple):
        return value + (value[0],) if value else ("x",)
    if value is None:
        return ("ceasefire-talks",)
    if isinstance(value, dict):
        return {**value, "x": None}
    if dataclasses.is_dataclass(value):
        first = dataclasses.fields(value)[0].name
        return dataclasses.replace(value, **{first: changed(getattr(value, first))})
    raise AssertionError(f"no change known for {type(value).__name__}")


def site_of(*articles: Article) -> Site:
    notes = (note("why", MAY_10, articles=tuple(a.slug for a in articles), topics=("china-role",)),)
    texts = {a.slug: f"\u201cNo,\u201d Avril Haines said about {a.title}." for a in articles}
    return factories.site(articles, notes, {a.slug: ("china-role",) for a in articles}, texts,
                          people=(Person("Avril Haines", ()),))


def showing(site: Site, value: Any) -> set[str]:
    """Paths of the pages whose context holds `value` (anywhere inside it)."""
    def holds(item: Any) -> bool:
        if item is value:
            return True
        if isinstance(item, (tuple, list)):
            return any(holds(i) for i in item)
        if isinstance(item, dict):
            return any(holds(i) for i in item.values())
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            return any(holds(getattr(item, f.name)) for f in dataclasses.fields(item))
        return False
    return {page.path for page in plan_pages(site)[0] if holds(page.context)}


def prints(site: Site) -> dict[str, str]:
    printer = Fingerprinter.over("templates", site.config)
    return {page.path: printer.page(page) for page in plan_pages(site)[0]}


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(Article) if f.metadata.get("shown", True)])
def test_every_article_field_changes_every_page_that_shows_the_article(field: str) -> None:
    a, b = article("a", MAY_10), article("b", MAY_10 - dt.timedelta(days=7))
    before_site = site_of(a, b)
    shows_a = showing(before_site, before_site.entries[0].article)
    assert {"articles/a/index.html", "topics/china-role/index.html", "index.html"} <= shows_a
    after = prints(site_of(dataclasses.replace(a, **{field: changed(getattr(a, field))}), b))
    before = prints(before_site)
    unchanged = {path for path in shows_a if path in after and before[path] == after[path]}
    assert not unchanged, f"changing Article.{field} left {sorted(unchanged)} as they were"


@pytest.mark.parametrize("kind, field", [(Entry, f.name) for f in dataclasses.fields(Entry)]
                         + [(NoteEntry, f.name) for f in dataclasses.fields(NoteEntry)])
def test_every_entry_and_note_entry_field_changes_the_fingerprint(kind: type, field: str) -> None:
    site = site_of(article("a", MAY_10))
    value = site.entries[0] if kind is Entry else site.notes[0]
    other = dataclasses.replace(value, **{field: changed(getattr(value, field))})
    page = Page("x/index.html", "x.html", {"shown": (value,)}, "test")
    moved = Page("x/index.html", "x.html", {"shown": (other,)}, "test")
    printer = Fingerprinter.over("templates")
    assert printer.page(page) != printer.page(moved), f"{kind.__name__}.{field} is not fingerprinted"


def test_equal_values_built_apart_have_equal_fingerprints() -> None:
    assert prints(site_of(article("a"), article("b"))) == prints(site_of(article("a"), article("b")))


def test_the_base_and_the_extras_count() -> None:
    site = site_of(article("a"))
    page = plan_pages(site)[0][0]
    assert Fingerprinter.over("v1").page(page) != Fingerprinter.over("v2").page(page)
    with_site = Fingerprinter.over("v1", extra=lambda p: {"briefing": site})
    other = site_of(article("a"), article("b"))
    assert with_site.page(page) != Fingerprinter.over("v1", extra=lambda p: {"briefing": other}).page(page)


def test_functions_count_by_name_not_by_identity() -> None:
    def fetch(revision: str) -> str:
        return revision

    first = Page("p", "t", {"f": fetch, "topic": TALKS}, "o")
    second = Page("p", "t", {"f": (lambda: fetch)(), "topic": TALKS}, "o")
    assert Fingerprinter.over().page(first) == Fingerprinter.over().page(second)


def test_an_article_revision_counts_only_where_its_body_is_printed() -> None:
    """A body edit re-renders the article's own page (its Body holds the revision) and its story's page
    (what each report adds), not the listings it is in."""
    a, b = article("a", MAY_10), article("b", MAY_10 - dt.timedelta(days=7))
    before = prints(site_of(a, b))
    after = prints(site_of(dataclasses.replace(a, revision="rev-a-edited"), b))
    changed = {path for path in before if before[path] != after[path]}
    assert "articles/a/index.html" in changed
    assert changed - {"articles/a/index.html"} <= {p for p in before if p.startswith("stories/")}


def test_a_one_off_digest_leaves_no_garbage_for_the_cyclic_collector() -> None:
    # Builds pause the cyclic collector: a digest per article must not leave a cycle behind
    # (a fingerprinter and its picklers refer to each other).
    import gc

    value = site_of(article("a")).entries[0]
    expected = Fingerprinter.over().digest(value)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        assert Fingerprinter.once(value) == expected
        assert gc.collect() == 0
        Fingerprinter.over().digest(value)
        assert gc.collect() > 0  # the plain form does leave one: the test can fail
    finally:
        if was_enabled:
            gc.enable()


def test_a_released_page_fingerprinter_is_freed_without_the_cyclic_collector() -> None:
    # publish releases its page fingerprinter before rendering: what it kept (a digest per
    # object seen) must go with it, collector paused, and the prints made before must stand.
    import gc
    import weakref

    site = site_of(article("a"), article("b"))
    pages, _ = plan_pages(site)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        kept = Fingerprinter.over("base")
        prints = {page.path: kept.page(page) for page in pages}
        gone = weakref.ref(kept)
        del kept
        assert gone() is not None  # held by its own cycle: the test can fail
        released = Fingerprinter.over("base")
        assert {page.path: released.page(page) for page in pages} == prints
        assert released._reductions  # it did keep digests
        released.release()
        assert not released._reductions and not released._alive
        gone = weakref.ref(released)
        del released
        assert gone() is None
    finally:
        if was_enabled:
            gc.enable()
