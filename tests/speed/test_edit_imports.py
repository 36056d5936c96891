"""An edit that leaves the story grouping as it was loads none of the grouping's or the comparison's modules.

A build reuses the kept grouping when no article's story features changed (speed/stages.whole_site), and compares a
story's reports only when a story page is rendered and the memo has no comparison of them (speed/stages.Comparer).
Importing the grouping's modules (relatedlinks, similarity, backgrounds, roles …) and the comparison's (compare,
adds_*, page_comparison) cost ~0.08-0.11 s of CPU at the start of every edit at 10,000 articles (docs/log/performance.md,
SP7); they are imported where used. Each build runs in a fresh interpreter, as `briefgen build` does.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from support.sites import REPO_ROOT

DRIVER = """
import json, sys
from pathlib import Path
from briefgen.build import BuildOptions, build

config, edit = Path(sys.argv[1]), sys.argv[2]
article = config.parent / "content/articles/lone-report.md"
text = article.read_text(encoding="utf-8")
if edit == "append":  # after the first 1,500 characters: no story feature reads it (analyse/terms.MAX_CHARS)
    text += "\\nOne more sentence about the harbour's new cranes.\\n"
elif edit == "lead":
    text = text.replace("The harbour board", "On Thursday the harbour board", 1)
article.write_text(text, encoding="utf-8")
ok = build(config, BuildOptions(jobs=1)).ok
print(json.dumps({"ok": ok, "modules": sorted(m for m in sys.modules if m.startswith("briefgen."))}))
"""

PARAGRAPH = ("Dock workers unloaded timber and grain through the morning while the cranes stood idle, and the "
             "harbour master's office logged each vessel that waited in the outer roads for a berth. ")

LONE = ("---\ntitle: Harbour board approves new cranes for the timber quay\nsource: Example Times\n"
        "published: 2023-05-12T08:00:00+02:00\n---\nThe harbour board approved four new cranes for the timber quay "
        "on Wednesday, its chair said.\n\n" + "\n\n".join(PARAGRAPH * 2 for _ in range(12)) + "\n")

GROUPING = {"briefgen.analyse.stories", "briefgen.analyse.relatedlinks", "briefgen.analyse.similarity",
            "briefgen.analyse.backgrounds", "briefgen.analyse.roles", "briefgen.analyse.linkage"}
COMPARISON = {"briefgen.analyse.compare", "briefgen.site.page_comparison", "briefgen.analyse.adds_boilerplate"}


def _build(config: Path, edit: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", DRIVER, str(config), edit], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ok"]
    return set(found["modules"])


def test_an_edit_that_keeps_the_grouping_loads_no_grouping_or_comparison(tmp_path: Path) -> None:
    shutil.copy(REPO_ROOT / "config.yaml", tmp_path)
    shutil.copytree(REPO_ROOT / "content", tmp_path / "content")
    (tmp_path / "content/articles/lone-report.md").write_text(LONE, encoding="utf-8")
    config = tmp_path / "config.yaml"
    cold = _build(config, "none")
    assert GROUPING | COMPARISON <= cold  # (a first build groups and compares: the names are right)
    appended = _build(config, "append")
    assert not appended & (GROUPING | COMPARISON)
    assert "briefgen.analyse.storyfeatures" in appended  # (the edited article's features were read again)
    lead = _build(config, "lead")  # its lead edited: its features change, the stories are grouped again
    assert GROUPING <= lead
