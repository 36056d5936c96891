"""An article page names its story's original as its role in the story reads it (S17, T16 finding 5, 2026-12-06).

The T16 briefing's story page called The Kosal Tribune's and The Indian Chronicle's reports of the Union minister's
visit "Independent report", while their own pages said "The original, in this briefing: … (BNA …)", as if they
re-told BNA's. Now a re-telling's page says "The original, in this briefing:", an independent report's (or an update's)
"The first report, in this briefing:" when its story credits an outlet first, else "The report others re-tell, in this
briefing:". Checked on two labelled sets built as sites: every article page that links its story's original agrees
with the role the story page's timeline gives it.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from support.sites import run_cli

SETS = Path(__file__).resolve().parents[1] / "stories"
ROLE = re.compile(r'<span class="role role--([\w-]+)">[^<]*</span>\s*<a class="meta__outlet" href="[^"]*">'
                  r'(?:<bdi>)?[^<]*(?:</bdi>)?</a>:\s*<a href="(?:\.\./)*(articles/[^"]+/)">')
WORDING = re.compile(r'<p class="story-link__original">([^<,]*), in this briefing:')
CREDITED = re.compile(r"<strong>Part of a story told by [^<]*</strong>[^<]*, first reported by ")


@pytest.mark.parametrize("name", ["heatwave", "recall"])
def test_the_original_is_named_as_the_story_reads_the_article(tmp_path: Path, name: str) -> None:
    site = tmp_path / "site"
    shutil.copytree(SETS / name, site, ignore=shutil.ignore_patterns("*.yaml", "*.md"))
    shutil.copytree(SETS / name / "content", site / "content", dirs_exist_ok=True)
    shutil.copy(SETS / name / "config.yaml", site / "config.yaml")
    built = run_cli(["build", "--quiet"], site)
    assert built.returncode == 0, built.stderr
    output = site / "output"
    roles: dict[str, str] = {}  # article address → its role in its story
    for story in (output / "stories").glob("*/index.html"):
        roles.update({url: role for role, url in ROLE.findall(story.read_text(encoding="utf-8"))})
    seen: dict[str, str] = {}
    for page in (output / "articles").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        url = page.parent.relative_to(output).as_posix() + "/"
        wording = WORDING.search(text)
        if wording is None:
            continue
        expected = ("The original" if roles[url] == "re-report" else
                    "The first report" if CREDITED.search(text) else "The report others re-tell")
        assert wording.group(1) == expected, (url, roles[url])
        seen[url] = wording.group(1)
    assert {"The original", "The first report"} <= set(seen.values()), seen
    if name == "heatwave":  # (the reported pages: independent reports of BNA's story; the reprint re-tells it)
        assert seen["articles/tribune-visit/"] == seen["articles/chronicle-visit/"] == "The first report"
        assert seen["articles/standard-visit/"] == "The original"
