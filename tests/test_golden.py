"""The sample briefing, built from a copy of the repository's own site, equals the committed golden tree.

After an intended change to the output: `python tests/update_golden.py`, then review `git diff tests/golden`.
"""
from __future__ import annotations

import difflib
from pathlib import Path

from support.sites import run_cli
from support.trees import GOLDEN, copy_sample, tree_bytes


def test_sample_site_matches_golden_output(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    result = run_cli(["build", "--jobs", "1", "--output", str(tmp_path / "out")], cwd=site)
    assert result.returncode == 0, result.stderr
    built, golden = tree_bytes(tmp_path / "out"), tree_bytes(GOLDEN)
    assert sorted(built) == sorted(golden), "files differ; run python tests/update_golden.py if intended"
    for path in sorted(golden):
        if built[path] != golden[path]:
            diff = difflib.unified_diff(golden[path].decode(errors="replace").splitlines(),
                                        built[path].decode(errors="replace").splitlines(),
                                        f"golden/{path}", f"built/{path}", lineterm="", n=1)
            raise AssertionError("\n".join(list(diff)[:40]) + "\n(run python tests/update_golden.py if intended)")
