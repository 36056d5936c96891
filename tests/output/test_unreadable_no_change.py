"""An input made unreadable, and nothing else changed: the build says what a cold build says.

After a successful build, `chmod 000` on a static file changed none of what the no-change
shortcut compares (a static file's identity was its size and mtime), so the next build reported
nothing and exited 0 where a cold build reports "cannot read" and exits 1. A content file made
unreadable slipped through the same way once the file index held its new stat from a build that
could read it (root's). Permissions are enforced on root by dropping the capabilities that
bypass them (`setpriv`, as in test_unreadable_inputs.py).
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples
from support.restricted import needs_permissions, run_restricted as restricted

INPUTS = {"static/files/a.txt": "a\n", "static/b.css": "p {}\n", "templates/partials/footer.html": "<p>f</p>\n",
          "content/articles/second.md": "---\ntitle: Talks go on\nsource: Wire\npublished: 2023-05-12\n---\nText.\n",
          "content/articles/sub/third.md": "---\ntitle: Talks end\nsource: Wire\npublished: 2023-05-13\n---\nEnd.\n",
          "content/notes/later.md": "---\ntitle: Later\ndate: 2023-05-12\n---\nNote.\n"}
LOCKABLE = sorted({*INPUTS, "content/articles/first-report.md", "content/articles/sub", "static/files"})


def cold_run(root: Path, command: str) -> tuple[int, str]:
    """`command` run on a copy of the project without its cache: what a cold build says."""
    copy = root.parent / f"cold-{root.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, symlinks=True, ignore=shutil.ignore_patterns(".briefgen-cache"))
    result = restricted([command], copy)
    return result.returncode, result.stderr


@settings(max_examples=examples(3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(locked=st.lists(st.sampled_from(LOCKABLE), min_size=1, max_size=2, unique=True), refreshed=st.booleans())
@example(locked=["content/articles/first-report.md"], refreshed=True)  # the reported input
@example(locked=["static/b.css"], refreshed=False)
def test_a_build_after_chmod_000_alone_reports_what_a_cold_build_reports(
        tmp_path_factory: pytest.TempPathFactory, locked: list[str], refreshed: bool) -> None:
    needs_permissions()
    root = write_site(tmp_path_factory.mktemp("site"), {**MINIMAL_SITE, **INPUTS})
    old = time.time() - 3600  # old enough for the file index to trust the stats it took
    for path in root.rglob("*"):
        os.utime(path, (old, old))
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    before = tree_bytes(root / "output")
    modes = {path: (root / path).stat().st_mode for path in locked}
    for path in locked:
        (root / path).chmod(0)
    if refreshed:  # a build that can read them all the same (root's) takes their new stats
        assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    for command in ("build", "check"):
        warm = restricted([command], root)
        cold = cold_run(root, command)
        assert (warm.returncode, warm.stderr) == cold, command
        assert warm.returncode == 1 and "cannot read" in warm.stderr and "Traceback" not in warm.stderr
    assert tree_bytes(root / "output") == before
    for path, mode in modes.items():
        (root / path).chmod(mode)
    again = restricted(["build"], root)
    assert again.returncode == 0, again.stderr
    assert tree_bytes(root / "output") == before  # the site the same inputs gave
