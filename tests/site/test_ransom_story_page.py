"""The ransomware trial's story page (tests/stories/ransom/, 2026-12-05), as kinds (theme/templates/story.html):

- the university's own statement, before Reuters' report, is a party's statement (analyse/parties.py, since T17): it
  does not take the credit from Reuters (until 2026-12-06 the page said "First reported here by University of
  Castlebridge" and called Reuters' report "Reporting others re-tell");
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
    # (since T17, 2026-12-06: the university's statement is a party's, analyse/parties.py; it no longer takes the
    # credit from Reuters, so Reuters' report is the original, and the page says the statement came earlier)
    assert "First reported by Reuters , 12 October 2026 . University of Castlebridge , a party to the news, gave a " \
           "statement earlier" in text, text
    assert "Statement by a party University of Castlebridge" in text and "Original reporting Reuters" in text
    assert "1 statement by a party to the news" in text and "First reported here by" not in text
    assert re.search(r"13 October 2026, \d\d:\d\d Independent report Gazeta Poranna", text), text
