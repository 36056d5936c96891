"""What `briefgen serve` tells the editor about a failed build: the terminal and the overlay.

Real sites in temp folders, a real Preview (build, watcher, server on port 0); the
terminal is the Preview's out/err streams, the overlay the HTML a page request gets.
"""
from __future__ import annotations

import io
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.preview.command import Preview
from support.sites import MINIMAL_SITE, write_site

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


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
