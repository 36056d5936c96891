"""A folder made read-only in output/ never fails a later build, and leaves nothing the editor cannot remove.

A hostile trial (2026-12-04), permissions enforced: `chmod a-w output/articles/x`, then edits and builds. The first
build succeeded (the swap took the folder into briefgen's spare copy), the second failed naming
`.briefgen-cache/output-…/spare/articles/x: cannot write the site`, a folder the editor never touched, and the third
succeeded; `spare.trash-*` folders that `rm -rf .briefgen-cache` could not remove stayed behind. The spare is
briefgen's own copy: a permission error inside it now makes a fresh one in the same build, and removals give
folders their owner's rights first. Permissions are enforced on root by dropping the capabilities that bypass
them (`setpriv --bounding-set`, as test_denied_folder.py).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, write_site
from support.restricted import RESTRICTED
from test_denied_folder import run

ARTICLE = "content/articles/first-report.md"
pytestmark = pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv (util-linux)")


@settings(max_examples=examples(3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.sampled_from(["articles/first-report", "articles", "sources", "assets"]),
       builds=st.integers(min_value=2, max_value=4))
def test_every_build_after_a_read_only_folder_succeeds(tmp_path_factory, folder: str,
                                                       builds: int) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("ro") / "site", MINIMAL_SITE)
    first = run(root, [])
    assert first.returncode == 0, first.stderr
    os.chmod(root / "output" / folder, 0o555)
    for n in range(builds):
        article = root / ARTICLE
        article.write_text(article.read_text(encoding="utf-8").replace("title: ", f"title: Edit {n} ", 1),
                           encoding="utf-8")
        done = run(root, [])
        assert done.returncode == 0, (n, done.stderr)
        assert f"Edit {n} " in (root / "output/articles/first-report/index.html").read_text(encoding="utf-8")
    # (a tree a build discards is removed by a detached `rm` that gives read-only folders their owner's rights first
    # when refused, output/trash.py: what "stays" is what is there once it is done — a CI run's `rm -rf` raced it)
    deadline = time.monotonic() + 30
    while list((root / ".briefgen-cache").glob("output-*/*.trash-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    removed = subprocess.run([*RESTRICTED, "rm", "-rf", str(root / ".briefgen-cache")], capture_output=True, text=True)
    leftovers = [p.name for p in (root / ".briefgen-cache").glob("output-*/*")] if removed.returncode else []
    # (what the editor cannot remove is only ever the spare holding the folder as they left it, never trash)
    assert not [name for name in leftovers if ".trash-" in name or ".old-" in name], leftovers
