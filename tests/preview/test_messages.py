"""What `briefgen serve` tells the editor about a failed build: the terminal and the overlay.

Real sites in temp folders, a real Preview (build, watcher, server on port 0); the
terminal is the Preview's out/err streams, the overlay the HTML a page request gets.
"""
from __future__ import annotations

import html
import io
import re
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.diagnostics import Diagnostic, has_errors, sort_key
from briefgen.preview.command import Preview
from briefgen.preview.livereload import Snapshot, render_snippet
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

GOOD = """\
---
title: Report {n} on the talks
source: Example Times
published: 2023-05-1{n}T09:00:00+03:00
---
Diplomats met again, officials said.
"""
# Each breaks a build on its own, each at its own line.
BREAKAGES = {
    "yaml": ("title: Report", "title: [Report"),  # an unclosed flow sequence
    "topic": ("source: Example Times", "source: Example Times\ntopics: [no-such-topic]"),
    "date": ("published: 2023-05-1{n}T09:00:00+03:00", "published: someday"),
    "no-title": ("title: Report {n} on the talks\n", ""),
}
WARNING = "\n<script>alert(1)</script> More text.\n"  # removed from the page, with a warning


def article(n: int, breakage: str | None, warns: bool) -> str:
    text = GOOD.format(n=n)
    if breakage is not None:
        old, new = BREAKAGES[breakage]
        text = text.replace(old.format(n=n), new.format(n=n))
    return text + (WARNING if warns else "")


def get(url: str) -> str:
    """The body of a GET, whatever its status."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as failed:
        return failed.read().decode("utf-8")


def first_build_output(files: dict[str, str]) -> tuple[str, str, Preview]:
    """Start a watching preview over `files` (its first build and the recheck after it),
    stop it, and return what it printed to stdout and stderr."""
    root = Path(tempfile.mkdtemp(prefix="briefgen-messages-"))
    try:
        write_site(root, files)
        out, err = io.StringIO(), io.StringIO()
        with Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err) as preview:
            pass
        return out.getvalue(), err.getvalue(), preview
    finally:
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([None, *BREAKAGES]), st.booleans()), min_size=1, max_size=4)
       .filter(lambda arts: any(b is not None for b, _ in arts)))
@example([("yaml", False), ("yaml", False), (None, True)])  # two YAML errors and a warning: printed twice before
def test_a_failing_first_build_is_reported_once(articles: list[tuple[str | None, bool]]) -> None:
    files = {**MINIMAL_SITE}
    for n, (breakage, warns) in enumerate(articles):
        files[f"content/articles/report-{n}.md"] = article(n, breakage, warns)
    _, err, preview = first_build_output(files)
    assert preview.last_result is not None and not preview.last_result.ok
    lines = [line for line in err.splitlines() if line]
    assert len(re.findall(r"^Build failed", err, re.M)) == 1, err
    diagnostics = [line for line in lines if re.match(r"^content/|^config\.yaml", line)]
    assert diagnostics and len(diagnostics) == len(set(diagnostics)), err
    assert {str(d) for d in preview.last_result.diagnostics} == set(diagnostics)


def test_a_good_first_build_is_reported_once(site_factory: Callable[..., Path]) -> None:
    root = site_factory({**MINIMAL_SITE, "content/articles/report-0.md": article(0, None, True)})
    out, err = io.StringIO(), io.StringIO()
    with Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err):
        pass
    assert len(re.findall(r"^Built in", out.getvalue(), re.M)) == 1
    assert len(re.findall(r"raw HTML was removed", err.getvalue())) == 1


# --- the overlay: the errors to fix first, then the warnings -----------------------------

def overlay_lists(page: str) -> tuple[list[str], list[str]]:
    """The overlay's error items and warning items (HTML-unescaped), in page order."""
    match = re.search(r'<div id="briefgen-overlay".*?</div>', page, re.S)
    assert match, "no overlay in the page"
    lists = [[html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", ul, re.S)]
             for ul in re.findall(r"<ul[^>]*>(.*?)</ul>", match.group(0), re.S)]
    assert 1 <= len(lists) <= 2, match.group(0)
    return lists[0], (lists[1] if len(lists) == 2 else [])


diagnostic = st.builds(Diagnostic, st.sampled_from(["config.yaml", "content/articles/a.md", "content/notes/z.md",
                                                     "templates/base.html", "static/x.css"]),
                       st.integers(0, 40), st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=30),
                       st.sampled_from(["error", "warning"]))


@given(st.lists(diagnostic, max_size=12).filter(has_errors), st.booleans())
def test_the_overlay_lists_every_error_before_any_warning(diagnostics: list[Diagnostic], built: bool) -> None:
    snapshot = Snapshot("t-1", "/", built, True, tuple(diagnostics))
    errors, warnings = overlay_lists(render_snippet(snapshot))
    assert errors == [str(d) for d in sorted(diagnostics, key=sort_key) if d.severity == "error"]
    assert warnings == [str(d) for d in sorted(diagnostics, key=sort_key) if d.severity == "warning"]


def test_the_overlay_of_a_real_failing_site_shows_its_error_first(site_factory: Callable[..., Path]) -> None:
    # Warnings in files that sort before and after the broken one (a-, z-), as on a real site.
    files = {**MINIMAL_SITE,
             "content/articles/a-report.md": article(1, None, True),
             "content/articles/m-report.md": article(2, "yaml", False),
             "content/articles/z-report.md": article(3, None, True)}
    root = site_factory(files)
    with Preview(root / "config.yaml", "127.0.0.1", 0, watch=False, jobs=1,
                 out=io.StringIO(), err=io.StringIO()) as preview:
        page = get(preview.url)  # the first build failed: a 404 "not built yet" page, with the overlay
    errors, warnings = overlay_lists(page)
    assert [e.split(":")[0] for e in errors] == ["content/articles/m-report.md"]
    assert [w.split(":")[0] for w in warnings] == ["content/articles/a-report.md", "content/articles/z-report.md"]
    assert "Fix the error below" in page and "Also 2 warnings" in page


# --- the terminal on each failed save: the errors, not every unchanged warning again -------

@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([None, *BREAKAGES]), min_size=1, max_size=6))
@example(["yaml", "topic", "yaml", None, "date"])  # the trial: four failed saves, one good
def test_each_save_prints_its_errors_and_only_the_warnings_new_since_the_last_build(saves: list[str | None]) -> None:
    """A trial: each failed save printed the site's five unchanged '<script> removed' warnings
    again around its one error; with many warnings the error was lost in the scrollback."""
    files = {**MINIMAL_SITE, **{f"content/articles/report-{n}.md": article(n, None, True) for n in range(3)}}
    root = Path(tempfile.mkdtemp(prefix="briefgen-messages-"))
    try:
        write_site(root, files)
        err, out = io.StringIO(), io.StringIO()
        edited = root / "content/articles/report-1.md"
        with Preview(root / "config.yaml", "127.0.0.1", 0, watch=False, jobs=1, out=out, err=err) as preview:
            assert preview.last_result is not None
            before = set(preview.last_result.diagnostics)
            failed = False
            for kind in saves:
                edited.write_text(article(1, kind, True), encoding="utf-8")
                start, said = len(err.getvalue()), len(out.getvalue())
                preview._build(frozenset({"content/articles/report-1.md"}))
                # A good build after a failed one says the errors are fixed (a trial: "(nothing changed)" alone).
                assert ("The errors are fixed" in out.getvalue()[said:]) == (kind is None and failed)
                failed = kind is not None
                now = preview.last_result.diagnostics
                printed = [line for line in err.getvalue()[start:].splitlines() if line.startswith("content/")]
                assert printed == [str(d) for d in sorted(now, key=sort_key)
                                   if d.severity == "error" or d not in before], err.getvalue()[start:]
                before = set(now)
        # The other two articles' warnings never change: printed by the first build only.
        for n in (0, 2):
            assert err.getvalue().count(f"content/articles/report-{n}.md:") == 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


@given(st.lists(diagnostic.filter(lambda d: d.severity == "warning"), min_size=1, max_size=12))
def test_the_advice_panel_counts_its_suggestions_in_words(advice: list[Diagnostic]) -> None:
    """A new editor's preview said "For the editor: 1 suggestion(s)"."""
    page = render_snippet(Snapshot("t-1", "/", True, False, (), tuple(advice)))
    count = "1 suggestion" if len(advice) == 1 else f"{len(advice)} suggestions"
    assert f"For the editor: {count} — only in this preview" in page and "(s)" not in page.split("<ul")[0]
