"""The sample briefing, built from a copy of the repository's own site, equals the committed golden trees
(as it is, and as a daily briefing at a domain root with drafts: `support.trees.VARIANTS`).

After an intended change to the output: `python tests/update_golden.py`, then review `git diff tests/golden`.
"""
from __future__ import annotations

import difflib
from pathlib import Path

from support.sites import run_cli
import pytest

from support.trees import VARIANTS, copy_sample, golden_dir, tree_bytes


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_sample_site_matches_golden_output(tmp_path: Path, variant: str) -> None:
    site = copy_sample(tmp_path / "site", variant)
    result = run_cli(["build", "--jobs", "1", "--output", str(tmp_path / "out"), *VARIANTS[variant][1]], cwd=site)
    assert result.returncode == 0, result.stderr
    built, golden = tree_bytes(tmp_path / "out"), tree_bytes(golden_dir(variant))
    assert sorted(built) == sorted(golden), "files differ; run python tests/update_golden.py if intended"
    for path in sorted(golden):
        if built[path] != golden[path]:
            diff = difflib.unified_diff(golden[path].decode(errors="replace").splitlines(),
                                        built[path].decode(errors="replace").splitlines(),
                                        f"golden/{path}", f"built/{path}", lineterm="", n=1)
            raise AssertionError("\n".join(list(diff)[:40]) + "\n(run python tests/update_golden.py if intended)")


def test_every_golden_page_is_valid_html() -> None:
    from support.htmlcheck import validate_html

    validate_html(sorted(p for variant in VARIANTS for p in golden_dir(variant).rglob("*.html")))
