"""A topic's page and feed, an outlet's page and an edition's page the last build published and this one does not
are each warned about, with what took it and the fix (a hostile trial, 2026-12-04: a topic removed from `topics:`,
an article's `source:` renamed, the only article of a week re-dated took them without a word; briefgen/gone.py,
briefgen/gonelistings.py). What only `build --drafts` showed is never named."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.examples import examples
from support.sites import MINIMAL_SITE, write_site

ARTICLE = "content/articles/first-report.md"
PORTS = "  - id: ports\n    title: Ports\n    keywords: [harbour]\n"
OTHER = "content/articles/port-reopens.md"
OTHER_TEXT = """\
---
title: The harbour reopens
source: Lone Outlet
published: 2023-04-20T09:00:00+03:00
topics: [ports]
story: none
---
The harbour reopened after the storm.
"""


def _site() -> dict[str, str]:
    return {**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + PORTS, OTHER: OTHER_TEXT}


def _said(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(d) for d in result.diagnostics if "the last build published this page" in d.message]


def _edit(path, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


# change → (the page that goes, words its warning must hold)
CHANGES = {
    "topic": ("output/topics/ports:", ("a topic's, and its feed topics/ports/feed.xml", "put the topic back",
                                       "`id: ports`")),
    "source": ("output/sources/lone-outlet:", ("an outlet's (\"Lone Outlet\")", "write `source: Lone Outlet`",
                                               "content/articles/port-reopens.md now says `source: Lonely Outlet`")),
    "redate": ("output/editions/2023-W16:", ("an edition's, which the digest feed", "2023-W16",
                                             "content/articles/port-reopens.md is now in editions/2023-W19/")),
}


def _change(root, how: str) -> None:  # type: ignore[no-untyped-def]
    if how in ("topic", "all"):
        _edit(root / "config.yaml", PORTS, "")
        _edit(root / OTHER, "topics: [ports]\n", "")
    if how in ("source", "all"):
        _edit(root / OTHER, "source: Lone Outlet", "source: Lonely Outlet")
    if how in ("redate", "all"):
        _edit(root / OTHER, "2023-04-20", "2023-05-09")


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(sorted(CHANGES)))
def test_a_listing_page_that_left_the_site_is_named_with_its_fix(tmp_path_factory, how: str) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("gone") / "site", _site())
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    output = root / "output"
    for page in ("topics/ports/index.html", "topics/ports/feed.xml", "sources/lone-outlet/index.html",
                 "editions/2023-W16/index.html"):
        assert (output / page).is_file(), page
    _change(root, how)
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    where, words = CHANGES[how]
    said = _said(result)
    assert len(said) == 1 and said[0].startswith(where), said
    for word in words:
        assert word in said[0], (word, said[0])
    assert not _said(build(root / "config.yaml", BuildOptions(jobs=1)))  # said once


def test_the_trial_all_three_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path / "site", _site())
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    _change(root, "all")
    said = _said(build(root / "config.yaml", BuildOptions(jobs=1)))
    assert [line.split(":")[0] for line in said] == ["output/editions/2023-W16", "output/sources/lone-outlet",
                                                     "output/topics/ports"], said


def test_pages_only_drafts_showed_are_not_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A `build --drafts` showing a draft of a new outlet in a new week, then a plain build: no warning."""
    site = {**MINIMAL_SITE, OTHER: OTHER_TEXT.replace("topics: [ports]\n", "draft: true\n")}
    root = write_site(tmp_path / "site", site)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    drafts = build(root / "config.yaml", BuildOptions(jobs=1, drafts=True))
    assert (root / "output" / "sources" / "lone-outlet" / "index.html").is_file()
    assert not _said(drafts)
    assert not _said(build(root / "config.yaml", BuildOptions(jobs=1)))


def test_a_published_outlet_made_all_drafts_is_named_by_the_drafts_build(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path / "site", _site())
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    _edit(root / OTHER, "story: none\n", "story: none\ndraft: true\n")
    said = _said(build(root / "config.yaml", BuildOptions(jobs=1, drafts=True)))
    assert any(line.startswith("output/sources/lone-outlet:") and "only because of drafts" in line
               for line in said), said
