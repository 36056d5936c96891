"""A site with many different mistakes: every one is reported, in one run, and nothing is written."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from support.sites import run_cli
from support.trees import BROKEN, tree_bytes


def test_broken_site_reports_every_error_and_leaves_output_untouched(tmp_path: Path) -> None:
    site = tmp_path / "broken"
    shutil.copytree(BROKEN, site)
    (site / "expected.txt").unlink()
    # A previous good build: briefgen's marker plus some pages.
    output = site / "output"
    (output / "articles" / "old").mkdir(parents=True)
    (output / ".briefgen").write_text("previous\n")
    (output / "index.html").write_text("<!doctype html><title>old</title>")
    (output / "articles" / "old" / "index.html").write_text("old article")
    before = tree_bytes(output)

    result = run_cli(["build"], cwd=site)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr == (BROKEN / "expected.txt").read_text()
    assert tree_bytes(output) == before
    # Nothing else is written beside the output (the disposable cache folder aside).
    assert sorted(p.name for p in site.iterdir() if p.name != ".briefgen-cache") == sorted(
        [*(p.name for p in BROKEN.iterdir() if p.name != "expected.txt"), "output"])


def test_expected_diagnostics_cover_at_least_fifteen_kinds_of_mistake() -> None:
    lines = [line for line in (BROKEN / "expected.txt").read_text().splitlines()
             if re.match(r"^[^:]+:\d+: ", line)]
    files = {line.split(":", 1)[0] for line in lines}
    assert len(lines) >= 20 and len(files) >= 18
    for line in lines:
        path, number, _ = line.split(":", 2)
        assert (BROKEN / path).exists() and number.isdigit()


def test_check_reports_the_same_errors(tmp_path: Path) -> None:
    result = run_cli(["check"], cwd=BROKEN)
    assert result.returncode == 1
    expected = (BROKEN / "expected.txt").read_text().splitlines()[:-1]  # minus "Nothing was written"
    assert result.stderr.splitlines() == [*expected, "Likely misspellings and story suggestions are given once the "
                                                     "errors are fixed."]  # (check's advice waits for them)
