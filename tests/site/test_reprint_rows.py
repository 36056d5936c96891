"""A reprint is no telling of its own on the story page (site/page_comparison.own_rows, theme/templates/story.html;
the ransomware trial, tests/stories/ransom/, 2026-12-05): the Courier's word-for-word reprint of Reuters (`via:
Reuters`) made four Reuters sentences rows of "What some of the reports say" ("Told by 1 of 4 reports, and 1
reprint"), and "What all N reports say" counted the reprint as a report. A row only a reprint and its original tell
is what the original adds; the headings count tellings and name the reprints apart.
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from hypothesis import assume, given, settings
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports
from briefgen.build import BuildOptions, build
from briefgen.site.stories import comparison_view

RANSOM = Path(__file__).resolve().parents[1] / "stories" / "ransom"


def _reports(town: str, bridge: str, other: str) -> list[tuple[str, str]]:
    wire = [f"{town} council closed the {bridge} bridge on Monday after engineers found cracks in its main span.",
            "Repairs will cost about 14 million pounds and should be finished by the spring, the council said.",
            f"Drivers face a detour of eleven miles through {other} while the {bridge} bridge is shut.",
            f"The {bridge} bridge carries about 30,000 vehicles a day."]
    own = [f"Engineers found cracks in the main span of the {bridge} bridge, which {town} council closed on Monday.",
           "Shopkeepers on the high street fear losing trade over the winter.",
           "Parents asked whether school buses would still run."]
    return [("wire", " ".join(wire)), ("copy", " ".join(wire)), ("local", " ".join(own))]


@settings(max_examples=examples(40), deadline=None)
@given(word, word, word)
def test_a_fact_only_the_original_and_its_reprint_tell_is_the_originals(town: str, bridge: str, other: str) -> None:
    assume(len({town.lower(), bridge.lower(), other.lower()}) == 3)
    view = comparison_view(compare_reports(_reports(town, bridge, other)))
    assert view.reprinted() == {"copy": "wire"} and view.tellings() == 2
    told = [{slug for slug, _ in row} for row in view.some]
    assert {"wire", "copy"} not in told, view.some  # (no row of one telling)
    adds = dict(view.adds)
    assert any("detour of eleven miles" in sentence for sentence in adds["wire"]), adds
    assert not any("detour" in sentence for sentence in adds["copy"])  # (the reprint's copy is shown once, as its)
    assert any("cracks" in sentence for row in view.shared for sentence in row)  # (the fact every telling gives)


def _text(page: Path) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))))


def test_the_trials_attack_story(tmp_path: Path) -> None:
    root = tmp_path / "ransom"
    shutil.copytree(RANSOM, root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    build(root / "config.yaml", BuildOptions(jobs=1))
    text = _text(root / "output" / "stories" / "uni-attack" / "index.html")
    assert "Told by 1 of 4 reports" not in text
    assert "Facts told by some of the 4 reports (and 1 reprint) but not all" in text
    adds = text.split("What each report adds", 1)[1].split("Castlebridge Courier", 1)[0]
    assert "It did not say whether any personal data had been taken." in adds.split("Reuters", 1)[1]
    # (three of the story's reports: every row the statement, Reuters and the reprint tell)
    for slug in ("herald-attack", "gazeta-attack"):
        (root / "content" / "articles" / f"{slug}.md").unlink()
    shutil.rmtree(root / "output")
    build(root / "config.yaml", BuildOptions(jobs=1))
    text = _text(root / "output" / "stories" / "uni-attack" / "index.html")
    assert "What both reports and 1 reprint say" in text, text
