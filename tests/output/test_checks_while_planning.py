"""Both output trees are checked by a forked child while a big site's build plans (outputchecks.start_checks), and
the build says and publishes exactly what it does when it checks them itself: what was added to or changed in
`output/` by hand is named by the build that takes it out, and the output is the new site, as a cold build makes it.

The child is used only past `MIN_RECORD` bytes of output record (~4,500 files a tree); here the threshold is set to
0 so that a small real site takes that path, and `in_background` is wrapped (still forking) to prove it did."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes

from briefgen import outputchecks
from briefgen.build import BuildOptions, build


def _site(root: Path) -> Path:
    files = dict(MINIMAL_SITE)
    files["content/articles/second.md"] = files["content/articles/first-report.md"].replace(
        "Envoys meet", "Second envoys meet").replace("geneva-ceasefire", "second")
    return write_site(root, files)


@pytest.mark.parametrize("forked", [True, False], ids=["checked-in-a-child", "checked-here"])
def test_a_build_that_checks_the_trees_while_it_plans_names_and_publishes_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool) -> None:
    started: list[bool] = []
    real = outputchecks.in_background

    def spied(work):  # type: ignore[no-untyped-def]
        started.append(True)
        return real(work)
    monkeypatch.setattr(outputchecks, "in_background", spied)
    monkeypatch.setattr(outputchecks, "MIN_RECORD", 0 if forked else 1 << 40)
    root = _site(tmp_path / "site")
    options = BuildOptions(jobs=2)
    assert build(root / "config.yaml", options).ok
    note = root / "content/notes/why-it-matters.md"
    note.write_text(note.read_text() + "\nMore.\n")
    assert build(root / "config.yaml", options).ok  # (from here on the spare is trusted and shares files)
    started.clear()
    (root / "output/CNAME").write_text("briefing.example.org\n")
    with open(root / "output/articles/second/index.html", "a") as handle:
        handle.write("<!-- by hand -->")
    (root / "content/articles/second.md").unlink()
    note.write_text(note.read_text() + "\nMore again.\n")
    result = build(root / "config.yaml", options)
    said = [f"{d.path}: {d.message}" for d in result.diagnostics]
    assert result.ok, said
    assert started == ([True] if forked else [])
    assert any(line.startswith("output/CNAME: was not made by briefgen") and "has left the output" in line
               for line in said), said
    assert any(line.startswith("output/articles/second/index.html: was changed after briefgen wrote it")
               for line in said), said
    cold = tmp_path / "cold"
    shutil.copytree(root, cold, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    assert build(cold / "config.yaml", BuildOptions(jobs=1)).ok
    assert tree_bytes(root / "output") == tree_bytes(cold / "output")
    # The build after names nothing more, and takes nothing back into output/.
    note.write_text(note.read_text() + "\nOnce more.\n")
    again = build(root / "config.yaml", options)
    assert again.ok and not [d for d in again.diagnostics if d.severity == "warning"], again.diagnostics
    assert not (root / "output/CNAME").exists() and not (root / "output/articles/second").exists()
