"""The ransomware trial's story page (tests/stories/ransom/, 2026-12-05), as kinds (theme/templates/story.html):

- when no outlet is credited with the story (roles.py: an independent report came earlier), the report others re-tell
  is not called "Original reporting" beside "First reported here by" another outlet: "Reporting others re-tell";
- when reports of one day are told apart by their times, every report with a time shows it, a later day's too
  (Gazeta's "13 October 2026" stood without its time under four reports of 12 October with theirs).
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from briefgen.build import BuildOptions, build

RANSOM = Path(__file__).resolve().parents[1] / "stories" / "ransom"


def _text(page: Path) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))))


def test_the_first_report_and_the_times_agree(tmp_path: Path) -> None:
    root = tmp_path / "ransom"
    shutil.copytree(RANSOM, root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    build(root / "config.yaml", BuildOptions(jobs=1))
    text = _text(root / "output" / "stories" / "uni-attack" / "index.html")
    assert "First reported here by University of Castlebridge" in text
    assert "Original reporting" not in text and "the original report" not in text
    assert "Reporting others re-tell Reuters" in text and "1 report others re-tell" in text
    assert re.search(r"13 October 2026, \d\d:\d\d Independent report Gazeta Poranna", text), text
